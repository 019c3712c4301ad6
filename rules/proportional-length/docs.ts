import type { RuleDocs } from '../../src/types.js';

/**
 * Why the rule exists and how it reads, per language (README, language server, SARIF, tests): kept
 * out of the rule's data so the browser bundle, which only lints, does not carry it.
 */
const docs: RuleDocs = {
  en: {
    description: 'The reply is out of proportion: one line to a long letter, or a wall of text to a one-line question.',
    rationale:
      'A client who sat down and described the situation in detail will not feel heard by a one-line answer, even a positive one. The other way round, a short question deserves a short, clear answer (seed 002, proportionality).',
    examples: {
      bad: {
        message:
          "Hello. This is not the first time I'm writing. Two weeks ago I placed an order and paid by card, the money was taken, but the order never arrived. My account says 'handed to the courier' and the tracking number shows nothing. I called your hotline, got passed between agents, was promised a call back and never got one. I want to know where my order is and get either the order or my money back. Very disappointed.",
        reply: 'Hi. Please wait.',
        channel: 'email',
      },
      good: {
        message:
          "Hello. This is not the first time I'm writing. Two weeks ago I placed an order and paid by card, the money was taken, but the order never arrived. My account says 'handed to the courier' and the tracking number shows nothing. I called your hotline, got passed between agents, was promised a call back and never got one. I want to know where my order is and get either the order or my money back. Very disappointed.",
        reply:
          "Hi! Thank you for the details, and I'm sorry you had to contact us several times. We checked your order: the parcel got stuck at a sorting center. We have issued a refund, and the money will reach your card within three business days. If you have any other questions, just reply to this email.",
        channel: 'email',
      },
    },
  },
  ru: {
    description: 'Ответ несоразмерен обращению: одна строка на большое письмо или простыня на короткий вопрос.',
    rationale:
      'Клиент, который сел и подробно описал ситуацию, не почувствует, что его услышали, получив ответ «в одну строку» — даже положительный. И наоборот, на короткий вопрос нужен короткий ясный ответ (статья 002, принцип соразмерности).',
    examples: {
      bad: {
        message:
          'Добрый день. Пишу уже не первый раз. Две недели назад я оформила заказ, оплатила его картой, деньги списались, но заказ так и не пришёл. В личном кабинете статус «передан в доставку», трек-номер не отслеживается. Я звонила на горячую линию, меня переключали между операторами, в итоге пообещали перезвонить и не перезвонили. Я хочу понять, где мой заказ, и получить либо его, либо деньги обратно. Очень разочарована.',
        reply: 'Здравствуйте. Ожидайте.',
        channel: 'email',
      },
      good: {
        message:
          'Добрый день. Пишу уже не первый раз. Две недели назад я оформила заказ, оплатила его картой, деньги списались, но заказ так и не пришёл. В личном кабинете статус «передан в доставку», трек-номер не отслеживается. Я звонила на горячую линию, меня переключали между операторами, в итоге пообещали перезвонить и не перезвонили. Я хочу понять, где мой заказ, и получить либо его, либо деньги обратно. Очень разочарована.',
        reply:
          'Здравствуйте! Спасибо, что подробно описали ситуацию, и простите, что вам пришлось обращаться несколько раз. Мы проверили заказ: посылка застряла на сортировочном складе. Мы оформили возврат денег — они придут на карту в течение трёх рабочих дней. Если остались вопросы, пишите, мы на связи.',
        channel: 'email',
      },
    },
  },
};

export default docs;

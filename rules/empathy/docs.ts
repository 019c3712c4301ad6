import type { RuleDocs } from '../../src/types.js';

/**
 * Why the rule exists and how it reads, per language (README, language server, SARIF, tests): kept
 * out of the rule's data so the browser bundle, which only lints, does not carry it.
 */
const docs: RuleDocs = {
  en: {
    description: 'The message carries emotion (frustration, urgency, "!!!", caps, or praise) and the reply does not respond to it.',
    rationale:
      'Every message carries an emotion, and it needs an answer. An upset client needs sympathy or an apology ("That is really frustrating, we are so sorry"); a happy one, shared joy and thanks. "Glad you contacted us" in reply to a complaint is not sympathy (seed 002, step 5; "I am unhappy! Hear me!"; seed 001).',
    examples: {
      bad: { message: "Third day I can't pay for my order, this is ridiculous!!!", reply: 'Hi! Please update the app and the payment will go through. Have a nice day!', channel: 'chat' },
      good: { message: "Third day I can't pay for my order, this is ridiculous!!!", reply: "Hi! We're really sorry for the trouble. Please update the app and the payment will go through. Have a nice day!", channel: 'chat' },
    },
  },
  ru: {
    description: 'В сообщении клиента есть эмоция (недовольство, срочность, «!!!», капс или похвала), а ответ на неё не реагирует.',
    rationale:
      'Любое обращение несёт эмоцию, и на неё должна быть реакция. Недовольному клиенту — сочувствие и извинение («Ситуация действительно неприятная, нам очень жаль»), довольному — радость и благодарность. «Рады, что вы обратились» в ответ на жалобу — не сочувствие (статья 002, шаг 5; «Я недоволен! Услышьте меня!»; статья 001).',
    examples: {
      bad: { message: 'Третий день не могу оплатить заказ, это просто ужас!!!', reply: 'Здравствуйте! Обновите приложение, оплата заработает. Хорошего дня!', channel: 'chat' },
      good: { message: 'Третий день не могу оплатить заказ, это просто ужас!!!', reply: 'Здравствуйте! Нам очень жаль, что так вышло. Обновите приложение, оплата заработает. Хорошего дня!', channel: 'chat' },
    },
  },
};

export default docs;

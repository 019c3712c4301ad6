import type { RuleDocs } from '../../src/types.js';

/**
 * Why the rule exists and how it reads, per language (README, language server, SARIF, tests): kept
 * out of the rule's data so the browser bundle, which only lints, does not carry it.
 */
const docs: RuleDocs = {
  en: {
    description: 'The client reports a problem or asks for something, and the reply does not say what the company did, is doing or will do.',
    rationale:
      'The client cannot see anyone working on their case, and silence reads badly. Say the actions out loud: checked, forwarded, fixed, refunded, will investigate. A promise only to get back to them is not an action: why would the next reply be any different from the hundred before? (seed 002, steps 4 and 6; seed 000, keep the client posted).',
    examples: {
      bad: { message: 'You charged me twice for one order!', reply: "Hi! Thanks for reaching out. Someone will get back to you. Have a nice day!", channel: 'chat' },
      good: { message: 'You charged me twice for one order!', reply: "Hi! Thanks for reaching out. We've checked the payments and refunded the second charge. Have a nice day!", channel: 'chat' },
    },
  },
  ru: {
    description: 'Клиент сообщает о проблеме или просит о чём-то, а в ответе не сказано, что компания сделала, делает или сделает.',
    rationale:
      'Клиент не видит, как над его вопросом работают: молчание трактуется по-разному. Действия надо проговаривать — проверили, передали, исправили, вернули, разберёмся. Обещание только «связаться» действием не считается: почему следующий ответ будет не таким, как сотня предыдущих? (статья 002, шаги 4 и 6; статья 000 — держать клиента в курсе).',
    examples: {
      bad: { message: 'Деньги списали дважды за один заказ!', reply: 'Здравствуйте! Спасибо за обращение. С вами свяжется специалист. Хорошего дня!', channel: 'chat' },
      good: { message: 'Деньги списали дважды за один заказ!', reply: 'Здравствуйте! Спасибо за обращение. Мы проверили платежи и уже оформили возврат лишнего списания. Хорошего дня!', channel: 'chat' },
    },
  },
};

export default docs;

import type { RuleDocs } from '../../src/types.js';

/**
 * Why the rule exists and how it reads, per language (README, language server, SARIF, tests): kept
 * out of the rule's data so the browser bundle, which only lints, does not carry it.
 */
const docs: RuleDocs = {
  en: {
    description: 'The reply sends the client to another channel (call us, email us, see the website, fill in a form, visit a branch) with no reason and no choice.',
    rationale:
      'The client chose the channel: had they wanted to call or browse the website, they would have. Do not move them for no reason; offer them the choice, or recommend another channel and say why it is better — then meet them there yourself. Moving to private messages on the same platform is not a switch (seed 000, omnichannel; seed 002).',
    examples: {
      bad: { message: "Why don't I get the SMS code?", reply: 'Hi! Please call our hotline. Have a great day!', channel: 'chat' },
      good: {
        message: "Why don't I get the SMS code?",
        reply: "Hi! We checked your number and re-sent the code. If you prefer, you can also call our hotline. Have a great day!",
        channel: 'chat',
      },
    },
  },
  ru: {
    description: 'Ответ отправляет клиента в другой канал (позвонить, написать на почту, зайти на сайт, заполнить форму, прийти в офис) без причины и без выбора.',
    rationale:
      'Клиент выбрал канал сам: если бы он хотел позвонить или пойти на сайт, он бы так и сделал. Менять канал «просто так» нельзя; можно предложить выбрать удобный или порекомендовать другой, объяснив, почему так лучше, — и встретить клиента там самим. Переход в личные сообщения той же площадки сменой канала не считается (статья 000, «Омниканальность»; статья 002).',
    examples: {
      bad: { message: 'Почему не приходит код из СМС?', reply: 'Здравствуйте! Позвоните на горячую линию. Хорошего дня!', channel: 'chat' },
      good: {
        message: 'Почему не приходит код из СМС?',
        reply: 'Здравствуйте! Проверили номер — код отправлен повторно. Если вам удобнее, можно также позвонить на горячую линию. Хорошего дня!',
        channel: 'chat',
      },
    },
  },
};

export default docs;

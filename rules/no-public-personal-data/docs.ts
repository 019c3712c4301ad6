import type { RuleDocs } from '../../src/types.js';

/**
 * Why the rule exists and how it reads, per language (README, language server, SARIF, tests): kept
 * out of the rule's data so the browser bundle, which only lints, does not carry it.
 */
const docs: RuleDocs = {
  en: {
    description: 'In a public channel the reply asks the client to post personal data or reveals it itself; in any channel it asks for a password, SMS code, CVV or PIN.',
    rationale:
      '"Give us your details" — where? Right here, in a public reply, so the spam can start? Everyone sees a public reply: ask for personal data by private message, and never ask for secrets such as passwords, codes or CVV at all (seed 002, "Give us your details", step 7).',
    examples: {
      bad: { message: 'Where is my order?!', reply: "Hi! Please reply with your phone number and we'll check. Have a great day!", channel: 'social' },
      good: { message: 'Where is my order?!', reply: "Hi! Please DM us your phone number and we'll check. Have a great day!", channel: 'social' },
    },
  },
  ru: {
    description: 'В публичном канале ответ просит клиента опубликовать личные данные или сам их раскрывает; в любом канале — просит пароль, код из СМС, CVV или PIN.',
    rationale:
      '«Дайте нам ваши данные» — куда? Прямо сюда, в открытый ответ, чтобы потом посыпался спам? Публичный ответ видят все: личные данные просят в личных сообщениях, а секреты — пароли, коды, CVV — не просят никогда (статья 002, «Дайте нам ваши данные», шаг 7).',
    examples: {
      bad: { message: 'Где мой заказ?!', reply: 'Здравствуйте! Напишите ваш номер телефона, проверим. Хорошего дня!', channel: 'social' },
      good: {
        message: 'Где мой заказ?!',
        reply: 'Здравствуйте! Пришлите, пожалуйста, ваш номер телефона в личные сообщения — проверим. Хорошего дня!',
        channel: 'social',
      },
    },
  },
};

export default docs;

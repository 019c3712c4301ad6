import type { RuleDocs } from '../../src/types.js';

/**
 * Why the rule exists and how it reads, per language (README, language server, SARIF, tests): kept
 * out of the rule's data so the browser bundle, which only lints, does not carry it.
 */
const docs: RuleDocs = {
  en: {
    description: 'The reply never thanks the client.',
    rationale:
      'The client spent time and nerves writing in. Thanking them for reaching out, for the details or for the feedback shows they were heard and sets the tone of the whole reply (seed 002, step 3; seed 004: thank them for pointing out the "broken window").',
    examples: {
      bad: { message: "I can't log in, the app says 'network error'.", reply: 'Hi! Please update the app to version 5.2, the error is fixed there.', channel: 'chat' },
      good: { message: "I can't log in, the app says 'network error'.", reply: 'Hi! Thanks for reaching out. Please update the app to version 5.2, the error is fixed there.', channel: 'chat' },
    },
  },
  ru: {
    description: 'В ответе нет благодарности клиенту.',
    rationale:
      'Клиент потратил время и нервы, чтобы написать. Благодарность за обращение, подробности или обратную связь показывает, что его услышали, и задаёт тон всему ответу (статья 002, шаг 3; статья 004: поблагодарите за указание на «разбитое окно»).',
    examples: {
      bad: { message: 'Не могу войти в приложение, пишет «ошибка сети».', reply: 'Здравствуйте! Обновите приложение до версии 5.2, ошибка исправлена.', channel: 'chat' },
      good: { message: 'Не могу войти в приложение, пишет «ошибка сети».', reply: 'Здравствуйте! Спасибо, что написали. Обновите приложение до версии 5.2, ошибка исправлена.', channel: 'chat' },
    },
  },
};

export default docs;

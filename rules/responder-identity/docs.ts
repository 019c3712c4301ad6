import type { RuleDocs } from '../../src/types.js';

/**
 * Why the rule exists and how it reads, per language (README, language server, SARIF, tests): kept
 * out of the rule's data so the browser bundle, which only lints, does not carry it.
 */
const docs: RuleDocs = {
  en: {
    description: 'The reply does not say who answers: no name and role, no signature (strict preset).',
    rationale:
      'Decide in your style guide who answers: "we", the company, or "I" — "This is Peter Ivanov, senior specialist at the bank". A person with a name earns more trust than a faceless reply (seed 002, step 1).',
    examples: {
      bad: { reply: "Hi! We've checked your order and it's on the way. Have a great day!", channel: 'chat' },
      good: { reply: "Hi! My name is Anna from the support team. We've checked your order and it's on the way. Have a great day!", channel: 'chat' },
    },
  },
  ru: {
    description: 'Ответ не говорит, кто отвечает: ни имени и роли, ни подписи (строгий набор).',
    rationale:
      'Определите по корпоративному стилю, кто отвечает: «мы» от лица компании или «я» — «Вам отвечает старший специалист банка Пётр Иванов». Живой человек с именем вызывает больше доверия, чем безликий ответ (статья 002, шаг 1).',
    examples: {
      bad: { reply: 'Здравствуйте! Мы проверили заказ — он уже в пути. Хорошего дня!', channel: 'chat' },
      good: { reply: 'Здравствуйте! Меня зовут Анна, я специалист поддержки. Мы проверили заказ — он уже в пути. Хорошего дня!', channel: 'chat' },
    },
  },
};

export default docs;

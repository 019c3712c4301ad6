import type { RuleDocs } from '../../src/types.js';

/**
 * Why the rule exists and how it reads, per language (README, language server, SARIF, tests): kept
 * out of the rule's data so the browser bundle, which only lints, does not carry it.
 */
const docs: RuleDocs = {
  en: {
    description: 'Words the company style avoids; by default "problem".',
    rationale:
      '"No saying "problem", OK?" The word itself stresses the negative; "issue" or "situation" sounds calmer and closer to a solution (seed 002, step 3). Extend the list in the config.',
    examples: {
      bad: { reply: 'Hi! We fixed the problem, everything works now. Have a great day!', channel: 'chat' },
      good: { reply: 'Hi! We fixed the issue, everything works now. Have a great day!', channel: 'chat' },
    },
  },
  ru: {
    description: 'Слова, которых избегает стиль компании; по умолчанию — «проблема».',
    rationale:
      '«Давайте только без слова "проблема", ок?» Слово само по себе подчёркивает негатив; «ситуация» или «вопрос» звучат спокойнее и ближе к решению (статья 002, шаг 3). Список дополняется в конфиге.',
    examples: {
      bad: { reply: 'Здравствуйте! Мы решили вашу проблему, всё работает. Хорошего дня!', channel: 'chat' },
      good: { reply: 'Здравствуйте! Мы разобрались в ситуации, всё работает. Хорошего дня!', channel: 'chat' },
    },
  },
};

export default docs;

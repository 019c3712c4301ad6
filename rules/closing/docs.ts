import type { RuleDocs } from '../../src/types.js';

/**
 * Why the rule exists and how it reads, per language (README, language server, SARIF, tests): kept
 * out of the rule's data so the browser bundle, which only lints, does not carry it.
 */
const docs: RuleDocs = {
  en: {
    description: 'The reply stops without a closing: no offer of further help, no wishes, no sign-off.',
    rationale:
      'Last words are remembered. Close with a little warmth: offer more help, wish a good day, repeat the apology with hope that all will end well (seed 002, step 8; seed 000).',
    examples: {
      bad: { reply: 'Hi! Your order is with the courier and will arrive tomorrow between 10 and 2.', channel: 'chat' },
      good: { reply: 'Hi! Your order is with the courier and will arrive tomorrow between 10 and 2. Have a great day!', channel: 'chat' },
    },
  },
  ru: {
    description: 'Ответ обрывается без завершения: ни предложения помочь ещё, ни пожелания, ни подписи.',
    rationale:
      'Последние слова запоминаются. В завершении — ещё немного эмоций: предложите помощь, пожелайте хорошего дня, ещё раз извинитесь и выразите надежду, что всё разрешится благополучно (статья 002, шаг 8; статья 000).',
    examples: {
      bad: { reply: 'Здравствуйте! Заказ передан в доставку, курьер приедет завтра с 10 до 14.', channel: 'chat' },
      good: { reply: 'Здравствуйте! Заказ передан в доставку, курьер приедет завтра с 10 до 14. Хорошего дня!', channel: 'chat' },
    },
  },
};

export default docs;

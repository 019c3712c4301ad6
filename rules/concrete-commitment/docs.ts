import type { RuleDocs } from '../../src/types.js';

/**
 * Why the rule exists and how it reads, per language (README, language server, SARIF, tests): kept
 * out of the rule's data so the browser bundle, which only lints, does not carry it.
 */
const docs: RuleDocs = {
  en: {
    description: 'A promise with no time: "as soon as possible", "soon", "shortly" (strict preset).',
    rationale:
      'Most dissatisfaction comes from expectations that do not match reality. Everyone reads "as soon as possible" differently: the client expects an hour, the answer comes in a week. Name a time the company will keep (seed 003).',
    examples: {
      bad: { reply: "Hi! We've passed the request to a technician, who will contact you shortly. Have a great day!", channel: 'chat' },
      good: { reply: "Hi! We've passed the request to a technician, who will call you today before 6 pm. Have a great day!", channel: 'chat' },
    },
  },
  ru: {
    description: 'Обещание без срока: «в ближайшее время», «скоро», «как можно скорее» (строгий набор).',
    rationale:
      'Главная причина недовольства — несовпадение ожиданий с реальностью. «В ближайшее время» каждый понимает по-своему: клиент ждёт час, а ответ приходит через неделю. Назовите срок, который компания выполнит (статья 003).',
    examples: {
      bad: { reply: 'Здравствуйте! Мы передали заявку мастеру, он свяжется с вами в ближайшее время. Хорошего дня!', channel: 'chat' },
      good: { reply: 'Здравствуйте! Мы передали заявку мастеру, он позвонит вам сегодня до 18:00. Хорошего дня!', channel: 'chat' },
    },
  },
};

export default docs;

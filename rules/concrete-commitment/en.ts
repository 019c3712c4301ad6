import type { RuleLanguageData } from '../../src/types.js';

const en = {
  phrases: {
    vague: [
      'as soon as ~1 possible|we|i|can', 'as soon as we|i ~1 can', '=asap', 'soon', 'shortly', 'at the earliest opportunity', 'in due course',
      'in the near future', 'at some point', 'when ~1 possible', '=sometime', 'before long',
    ],
    // Wishes and the client's own timing, not promises.
    idiom: ['see you soon', 'get well soon', 'hear from you soon', 'talk|speak soon', 'hope ~4 soon', 'as soon as you', 'soon as you'],
  },
  messages: {
    vague: '"{words}" has no time. Name a time you will keep.',
  },
  phrasings: {
    concrete: { default: ['within two business days', 'by the end of the day', 'today before 6 pm'] },
  },
} satisfies RuleLanguageData;

export default en;

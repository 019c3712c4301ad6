import type { RuleLanguageData } from '../../src/types.js';

const en = {
  phrases: {},
  messages: {
    tooShort: 'This is {reply} reply to {message} {written}: answer in proportion — thank them, say what was done and what happens next.',
    tooLong: 'This is {reply} reply to {message} {written}: cut it down to the point.',
  },
  phrasings: {
    tooShort: {
      default: [
        'Thank you for describing the situation in such detail. We have read your message carefully and passed it to the team in charge.',
        "We're really sorry this happened. Here is what we have done so far and what happens next.",
      ],
    },
    tooLong: { default: ['In short: …', 'The quick answer: …'] },
  },
} satisfies RuleLanguageData;

export default en;

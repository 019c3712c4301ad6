import type { RuleLanguageData } from '../../src/types.js';

const en = {
  phrases: {},
  messages: {
    repeated: 'This repeats your earlier reply to this client almost word for word: say what is different this time.',
  },
  phrasings: {
    different: {
      default: [
        'Since my last reply, we have checked … and found …',
        "I see the steps from my last message didn't help, so this time we …",
        "Here is what's different now: …",
      ],
    },
  },
} satisfies RuleLanguageData;

export default en;

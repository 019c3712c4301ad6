import type { RuleLanguageData } from '../../src/types.js';

const en: RuleLanguageData = {
  description: 'Words the company style avoids; by default "problem".',
  rationale:
    '"No saying "problem", OK?" The word itself stresses the negative; "issue" or "situation" sounds calmer and closer to a solution (seed 002, step 3). Extend the list in the config.',
  phrases: {
    banned: ['problem', 'problematic'],
    idiom: ['no problem', 'not a problem'],
  },
  messages: {
    avoid: 'Consider replacing "{word}": "issue", "situation".',
  },
  phrasings: {
    problem: { default: ['issue', 'situation'] },
    problems: { default: ['issues', 'situations'] },
  },
  examples: {
    bad: { reply: 'Hi! We fixed the problem, everything works now. Have a great day!', channel: 'chat' },
    good: { reply: 'Hi! We fixed the issue, everything works now. Have a great day!', channel: 'chat' },
  },
};

export default en;

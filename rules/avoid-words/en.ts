import type { RuleLanguageData } from '../../src/types.js';

const en = {
  phrases: {
    banned: ['problem', 'problematic'],
    idiom: ['no problem', 'not a problem'],
  },
  messages: {
    avoid: 'Consider replacing "{word}": {replacements}.',
    avoidWord: 'Consider replacing "{word}": your style guide avoids it.',
  },
  phrasings: {
    problem: { default: ['issue', 'situation'] },
    problems: { default: ['issues', 'situations'] },
  },
} satisfies RuleLanguageData;

export default en;

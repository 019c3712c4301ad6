import { tokensOf } from '../../src/rule-kit/index.js';
import { defineRule } from '../../src/define-rule.js';
import en from './en.js';
import ru from './ru.js';

export default defineRule({
  meta: {
    id: 'no-blame',
    defaultSeverity: 'error',
    weight: 20,
    preset: 'recommended',
    needsMessage: 'no',
    primaryCategory: 'blame',
    fixable: false,
  },
  languages: { ru, en },
  check(context) {
    // "You should have received an email" informs, it does not blame.
    const excused = tokensOf(context.find('excused'));
    for (const match of context.find('blame')) {
      let isExcused = false;
      for (let i = match.firstToken; i < match.endToken && !isExcused; i++) isExcused = excused.has(i);
      if (isExcused) continue;
      context.report({
        messageId: 'blame',
        data: { words: context.reply.original.slice(match.start, match.end) },
        range: { start: match.start, end: match.end },
        suggestions: context.phrasings('instead').map((text) => ({ text })),
      });
    }
  },
});

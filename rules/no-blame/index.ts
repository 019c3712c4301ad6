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
    const excused = context.find('excused');
    for (const match of context.find('blame')) {
      if (excused.some((excuse) => excuse.firstToken <= match.endToken && excuse.endToken >= match.firstToken)) continue;
      context.report({
        messageId: 'blame',
        data: { words: context.reply.original.slice(match.start, match.end) },
        range: { start: match.start, end: match.end },
        suggestions: context.phrasings('instead').map((text) => ({ text })),
      });
    }
  },
});

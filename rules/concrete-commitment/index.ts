import { sentencesOf, timesOf, tokensOf } from '../../src/rule-kit/index.js';
import { defineRule } from '../../src/define-rule.js';
import en from './en.js';
import ru from './ru.js';

export default defineRule({
  meta: {
    id: 'concrete-commitment',
    defaultSeverity: 'info',
    weight: 5,
    preset: 'strict',
    needsMessage: 'no',
    primaryCategory: 'vague',
    fixable: false,
  },
  languages: { ru, en },
  check(context) {
    // «не позднее пятницы», "no later than Friday": a negated time is still a time.
    // The times are the ones commitments take their due from (the engine's, src/languages/<lang>/lexicon.ts).
    const timed = sentencesOf(timesOf(context.reply).filter((match) => !match.quoted));
    const inIdiom = tokensOf(context.find('idiom'));
    for (const match of context.find('vague')) {
      if (timed.has(match.sentence) || inIdiom.has(match.firstToken)) continue;
      context.report({
        messageId: 'vague',
        data: { words: context.reply.original.slice(match.start, match.end) },
        range: { start: match.start, end: match.end },
        suggestions: context.phrasings('concrete').map((text) => ({ text })),
      });
    }
  },
});

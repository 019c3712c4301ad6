import { defineRule } from '../../src/define-rule.js';
import en from './en.js';
import ru from './ru.js';

export default defineRule({
  meta: {
    id: 'no-public-personal-data',
    defaultSeverity: 'error',
    weight: 20,
    preset: 'recommended',
    needsMessage: 'no',
    primaryCategory: 'askData',
    fixable: false,
  },
  languages: { ru, en },
  check(context) {
    const { audience } = context;
    // Secrets are never asked for, in any channel.
    const secretSentences = new Set<number>();
    for (const match of context.find('askSecret')) {
      secretSentences.add(match.sentence);
      context.report({
        messageId: 'secret',
        range: { start: match.start, end: match.end },
        suggestions: context.phrasings('secret').map((text) => ({ text })),
      });
    }
    if (audience !== 'public') return;
    const privately = new Set(context.find('privately').map((match) => match.sentence));
    for (const match of context.find('askData')) {
      if (privately.has(match.sentence) || secretSentences.has(match.sentence)) continue;
      context.report({
        messageId: 'askPublic',
        range: { start: match.start, end: match.end },
        suggestions: context.phrasings('askPrivately').map((text) => ({ text })),
      });
    }
    for (const match of context.find('reveals')) {
      context.report({
        messageId: 'reveals',
        range: { start: match.start, end: match.end },
        suggestions: context.phrasings('reveals').map((text) => ({ text })),
      });
    }
  },
});

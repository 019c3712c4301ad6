import { defineRule } from '../../src/define-rule.js';
import { insertAfterGreeting } from '../../src/text/placement.js';
import type { TextDocument } from '../../src/types.js';
import en from './en.js';
import ru from './ru.js';

/** Shouting: two words in capitals of four letters or more, or one of six (acronyms are shorter). */
function isShouting(message: TextDocument): boolean {
  let long = 0;
  for (const token of message.tokens) {
    if (!token.caps || token.kind !== 'word') continue;
    const length = token.end - token.start;
    if (length >= 6) return true;
    if (length >= 4) long++;
  }
  return long >= 2;
}

export default defineRule({
  meta: {
    id: 'empathy',
    defaultSeverity: 'warning',
    weight: 12,
    preset: 'recommended',
    needsMessage: 'skips-without',
    primaryCategory: 'sympathy',
    fixable: true,
  },
  languages: { ru, en },
  check(context) {
    const message = context.message!;
    // Words first; then «!!!» and capitals, which only read as anger when nothing praises.
    const negativeWords = context.find('negative', message).length > 0;
    // «Заранее благодарю» under a complaint is manners, not praise: kind words count only without problem words.
    const praise = !negativeWords && context.find('positive', message).length > 0 && context.find('complaint', message).length === 0;
    const negative = negativeWords || (!praise && (message.exclamationRuns > 0 || isShouting(message)));
    const positive = praise;
    if (!negative && !positive) return;
    if (context.find(negative ? 'sympathy' : 'joy').length > 0) return;
    const phrasings = context.phrasings(negative ? 'sympathy' : 'joy');
    const fix = insertAfterGreeting(context.reply, phrasings[0]!);
    context.report({
      messageId: negative ? 'negative' : 'positive',
      range: fix.range,
      suggestions: phrasings.map((text, index) => (index === 0 ? { text, fix } : { text })),
    });
  },
});

import { defineRule } from '../../src/define-rule.js';
import { reportMissingSentence } from '../../src/text/placement.js';
import type { TextDocument } from '../../src/types.js';
import en from './en.js';
import ru from './ru.js';

/** Words in capitals of three letters or more: acronyms and codes are rarely more than one. */
function countShoutedWords(message: TextDocument): number {
  let count = 0;
  for (const token of message.tokens) if (token.caps && token.kind === 'word' && token.end - token.start >= 3) count++;
  return count;
}

export default defineRule({
  meta: {
    id: 'empathy',
    defaultSeverity: 'warning',
    weight: 12,
    preset: 'recommended',
    needsMessage: 'skips-without',
    messageCategories: ['negative', 'positive', 'complaint', 'manners'],
    primaryCategory: 'sympathy',
    fixable: true,
  },
  languages: { ru, en },
  check(context) {
    const message = context.message!;
    const has = (category: string) => context.find(category, message).length > 0;
    const complaint = has('complaint');
    const shouted = countShoutedWords(message);
    const raised = message.exclamationRuns > 0 || shouted >= 2;
    const loud = message.exclamationRuns >= 2 || shouted >= 4;
    // Emotion words decide; «!!!» and capitals read as anger next to a complaint or when there is a lot of them
    // ("BOORITO TIME!" is joy), and kind words under a complaint («заранее благодарю») are manners, not praise.
    const negative = has('negative') || (raised && (complaint || loud));
    // Kind words count as praise unless they are only manners («заранее спасибо», "thanks in advance").
    const manners = context.find('manners', message);
    const praising = context.find('positive', message).some(
      (match) => !manners.some((polite) => polite.firstToken <= match.firstToken && polite.endToken >= match.endToken),
    );
    const positive = !negative && !complaint && praising;
    if (!negative && !positive) return;
    // Sympathy answers an upset client; joy or thanks answers praise (an apology to praise is odd, but it is an answer).
    const answered = negative ? context.find('sympathy').length > 0 : context.find('joy').length > 0 || context.find('sympathy').length > 0;
    if (answered) return;
    reportMissingSentence(context, negative ? 'negative' : 'positive', negative ? 'sympathy' : 'joy', 'afterGreeting');
  },
});

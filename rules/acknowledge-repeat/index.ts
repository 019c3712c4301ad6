import { defineRule } from '../../src/define-rule.js';
import { reportMissingSentence } from '../../src/text/placement.js';
import { negators as negatorsEn } from '../../src/lexicon/en.js';
import { negators as negatorsRu } from '../../src/lexicon/ru.js';
import en from './en.js';
import ru from './ru.js';
import type { Match, RuleContext, TextDocument } from '../../src/types.js';

const NEGATORS: ReadonlySet<string> = new Set([...negatorsEn, ...negatorsRu]);

/**
 * The client's own words: not quoted. A phrase that opens with a negator ("no response",
 * «никто не ответил») stays itself after an earlier one ("No. Did not receive a call").
 */
function said(context: RuleContext, category: string, message: TextDocument, unless?: readonly Match[]): boolean {
  for (const match of context.findAll(category, message)) {
    if (match.quoted) continue;
    if (match.negated && !NEGATORS.has(message.tokens[match.firstToken]!.norm)) continue;
    // Inside a phrase that says otherwise ("received 3 emails" is no contact of the client's).
    if (unless?.some((other) => other.firstToken <= match.firstToken && other.endToken >= match.endToken)) continue;
    return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'acknowledge-repeat',
    defaultSeverity: 'warning',
    weight: 10,
    preset: 'recommended',
    needsMessage: 'skips-without',
    messageCategories: ['repeated', 'notRepeated', 'told', 'stillNot'],
    primaryCategory: 'acknowledged',
    fixable: true,
  },
  languages: { ru, en },
  check(context) {
    const message = context.message!;
    // Said outright («третий раз пишу», "4 tweets and no response"), or a promise from an earlier
    // contact that still has not come true ("we were told Monday… still no tech").
    const repeated =
      said(context, 'repeated', message, context.findAll('notRepeated', message)) || (said(context, 'told', message) && said(context, 'stillNot', message));
    if (!repeated) return;
    if (context.find('acknowledged').length > 0) return;
    reportMissingSentence(context, 'missing', 'acknowledge', 'afterGreeting');
  },
});

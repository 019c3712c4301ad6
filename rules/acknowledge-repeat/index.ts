import { defineRule, type ContextOf } from '../../src/define-rule.js';
import { reportMissingSentence } from '../../src/rule-kit/index.js';
import { negators as negatorsEn } from '../../src/languages/en/lexicon.js';
import { negators as negatorsRu } from '../../src/languages/ru/lexicon.js';
import en from './en.js';
import ru from './ru.js';

/** This rule's context: its own phrase categories, message ids and phrasing ids. */
type Context = ContextOf<typeof ru, typeof en>;
import type { Match, TextDocument } from '../../src/types.js';

const NEGATORS: ReadonlySet<string> = new Set([...negatorsEn, ...negatorsRu]);

/**
 * The client's own words: not quoted. A phrase that opens with a negator ("no response",
 * «никто не ответил») stays itself after an earlier one ("No. Did not receive a call").
 */
function said(context: Context, category: Parameters<Context['findAll']>[0], message: TextDocument, unless?: readonly Match[]): boolean {
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
    messageCategories: ['repeated', 'notRepeated', 'told', 'stillNot', 'settled', 'thanksOnly'],
    primaryCategory: 'acknowledged',
    fixable: true,
  },
  languages: { ru, en },
  check(context) {
    const message = context.message!;
    // Said outright («третий раз пишу», "4 tweets and no response"), or a promise from an earlier
    // contact that still has not come true ("we were told Monday… still no tech").
    // Or only the conversation shows it: an agent already answered, and the client writes again — not
    // to say it works now or to say thanks.
    // Thanks with no question and nothing negated ("Just tried it, it went through. Thanks!") settles it too.
    const settled =
      said(context, 'settled', message) ||
      (said(context, 'thanksOnly', message) && (message.wordCount <= 6 || (!message.masked.includes('?') && !message.tokens.some((token) => token.negated))));
    const cameBack = context.history.some((turn) => turn.role === 'agent') && !settled;
    const repeated =
      cameBack || said(context, 'repeated', message, context.findAll('notRepeated', message)) || (said(context, 'told', message) && said(context, 'stillNot', message));
    if (!repeated) return;
    if (context.find('acknowledged').length > 0) return;
    reportMissingSentence(context, 'missing', 'acknowledge', 'afterGreeting');
  },
});

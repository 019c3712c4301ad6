import { defineRule } from '../../src/define-rule.js';
import type { Match } from '../../src/types.js';
import en from './en.js';
import ru from './ru.js';

/** Token indices inside promises to contact («свяжемся», "get back to you"). */
function contactTokens(contacts: readonly Match[]): Set<number> {
  const covered = new Set<number>();
  for (const contact of contacts) for (let i = contact.firstToken; i < contact.endToken; i++) covered.add(i);
  return covered;
}

export default defineRule({
  meta: {
    id: 'stated-actions',
    defaultSeverity: 'warning',
    weight: 15,
    preset: 'recommended',
    needsMessage: 'skips-without',
    messageCategories: ['problem', 'request', 'howTo', 'praise', 'contrast'],
    primaryCategory: 'action',
    fixable: false,
  },
  languages: { ru, en },
  check(context) {
    const message = context.message!;
    const problems = context.find('problem', message).length;
    // «!!!» on a message that does not praise is a complaint too.
    const problem = problems > 0 || (message.exclamationRuns > 0 && context.find('praise', message).length === 0);
    const request = context.find('request', message).length > 0 && context.find('howTo', message).length === 0;
    if (!problem && !request) return;
    // Pure praise («вернули деньги на следующий день, вы супер!») needs joy, not a report; praise with «но…» does not.
    // Sarcasm («Вот спасибо за сервис!!!», "wow, AMAZING service") is loud or says so; praise is not.
    const loud = message.exclamationRuns > 0 || message.capsWords > 1 || message.masked.includes('?');
    const pureThanks = context.find('praise', message).length > 0 && context.find('contrast', message).length === 0;
    if (pureThanks && problems <= 1 && !request && !loud) return;
    const contacts = context.findAll('contactOnly');
    // An action is on the matter unless its verb is a promise to contact.
    const contactOnly = contactTokens(contacts);
    // «Вы подключили услугу»: the client's action, not the company's.
    const clientEnds = new Set(context.find('clientSubject').map((match) => match.endToken));
    // A signature («отдел обработки обращений») names a team, it does not act; «мы были вынуждены» states nothing done.
    const stated = new Set(context.find('notAction').map((match) => match.endToken));
    const actions = [...context.find('action'), ...context.find('passive')].filter(
      (action) => !clientEnds.has(action.firstToken) && action.sentence < context.reply.signatureStart && !stated.has(action.endToken),
    );
    if (actions.some((action) => !contactOnly.has(action.endToken - 1))) return;
    const promise = contacts.find((contact) => !contact.quoted && !contact.negated);
    context.report({
      messageId: promise ? 'contactOnly' : 'missing',
      range: promise ? { start: promise.start, end: promise.end } : undefined,
      suggestions: context.phrasings('action').map((text) => ({ text })),
    });
  },
});

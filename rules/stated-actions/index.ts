import { defineRule } from '../../src/define-rule.js';
import type { Match } from '../../src/types.js';
import en from './en.js';
import ru from './ru.js';

/** An action is on the matter unless its verb is a promise to contact («свяжемся», "get back to you"). */
function isContactOnly(action: Match, contacts: readonly Match[]): boolean {
  const verb = action.endToken - 1;
  return contacts.some((contact) => verb >= contact.firstToken && verb < contact.endToken);
}

export default defineRule({
  meta: {
    id: 'stated-actions',
    defaultSeverity: 'warning',
    weight: 15,
    preset: 'recommended',
    needsMessage: 'skips-without',
    primaryCategory: 'action',
    fixable: false,
  },
  languages: { ru, en },
  check(context) {
    const message = context.message!;
    const problem = context.find('problem', message).length > 0;
    const request = context.find('request', message).length > 0 && context.find('howTo', message).length === 0;
    if (!problem && !request) return;
    const contacts = context.findAll('contactOnly');
    // «Вы подключили услугу»: the client's action, not the company's.
    const clientEnds = new Set(context.find('clientSubject').map((match) => match.endToken));
    // A signature («отдел обработки обращений») names a team, it does not act.
    const actions = [...context.find('action'), ...context.find('passive')].filter(
      (action) => !clientEnds.has(action.firstToken) && action.sentence < context.reply.signatureStart,
    );
    if (actions.some((action) => !isContactOnly(action, contacts))) return;
    const contactOnly = contacts.find((contact) => !contact.quoted && !contact.negated);
    context.report({
      messageId: contactOnly ? 'contactOnly' : 'missing',
      range: contactOnly ? { start: contactOnly.start, end: contactOnly.end } : undefined,
      suggestions: context.phrasings('action').map((text) => ({ text })),
    });
  },
});

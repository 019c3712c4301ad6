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
    if (context.find('problem', message).length === 0) return;
    const contacts = context.findAll('contactOnly');
    const actions = [...context.find('action'), ...context.find('passive')];
    if (actions.some((action) => !isContactOnly(action, contacts))) return;
    const contactOnly = contacts.find((contact) => !contact.quoted && !contact.negated);
    context.report({
      messageId: contactOnly ? 'contactOnly' : 'missing',
      range: contactOnly ? { start: contactOnly.start, end: contactOnly.end } : undefined,
      suggestions: context.phrasings('action').map((text) => ({ text })),
    });
  },
});

import { defineRule } from '../../src/define-rule.js';
import { insertAfterGreeting } from '../../src/text/placement.js';
import en from './en.js';
import ru from './ru.js';

export default defineRule({
  meta: {
    id: 'responder-identity',
    defaultSeverity: 'info',
    weight: 5,
    preset: 'strict',
    needsMessage: 'no',
    primaryCategory: 'introduction',
    fixable: false,
  },
  languages: { ru, en },
  check(context) {
    const { reply } = context;
    // A signature after the sign-off or at the end (a name, a team, initials) says who answers.
    const signature = reply.sentences[reply.signatureStart];
    if (signature) return;
    if (context.find('introduction').length > 0) return;
    const at = insertAfterGreeting(reply, '').range;
    context.report({
      messageId: 'missing',
      range: at,
      suggestions: context.phrasings('introduce').map((text) => ({ text })),
    });
  },
});

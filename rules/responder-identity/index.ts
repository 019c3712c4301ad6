import { defineRule } from '../../src/define-rule.js';
import { insertAfterGreeting } from '../../src/text/placement.js';
import type { RuleContext } from '../../src/types.js';
import en from './en.js';
import ru from './ru.js';

/** «Это Дмитрий», "this is Dan": a lead-in followed by a capitalized name. */
function hasNamedLeadIn(context: RuleContext): boolean {
  const { reply } = context;
  return context.find('nameLeadIn').some((match) => {
    const next = reply.tokens[match.endToken];
    if (!next || next.sentence !== match.sentence) return false;
    if (next.kind === 'placeholder') return true;
    const first = reply.original[next.start]!;
    return next.kind === 'word' && !next.caps && first !== first.toLowerCase();
  });
}

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
    if (reply.sentences[reply.signatureStart]) return;
    if (context.find('introduction').length > 0 || hasNamedLeadIn(context)) return;
    context.report({
      messageId: 'missing',
      range: insertAfterGreeting(reply, '').range,
      suggestions: context.phrasings('introduce').map((text) => ({ text })),
    });
  },
});

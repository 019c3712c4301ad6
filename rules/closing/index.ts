import { defineRule } from '../../src/define-rule.js';
import { reportMissingSentence } from '../../src/text/placement.js';
import en from './en.js';
import ru from './ru.js';

/** How many sentences at the end of the body may hold the closing. */
const CLOSING_WINDOW = 2;

export default defineRule({
  meta: {
    id: 'closing',
    defaultSeverity: 'warning',
    weight: 8,
    preset: 'recommended',
    needsMessage: 'no',
    primaryCategory: 'closing',
    fixable: true,
  },
  languages: { ru, en },
  check(context) {
    const { reply } = context;
    if (reply.signOffSentence !== -1 || reply.sentences.length === 0) return;
    const bodyEnd = Math.min(reply.signatureStart, reply.sentences.length);
    const first = Math.max(bodyEnd - CLOSING_WINDOW, reply.greetingSentence + 1);
    if (context.find('closing').some((match) => match.sentence >= first && match.sentence < bodyEnd)) return;
    reportMissingSentence(context, 'missing', 'closing', 'atEnd');
  },
});

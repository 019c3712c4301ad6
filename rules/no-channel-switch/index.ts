import { defineRule } from '../../src/define-rule.js';
import type { Channel } from '../../src/types.js';
import en from './en.js';
import ru from './ru.js';

/** Each kind of move, and the channel in which it is no move at all. */
const TARGETS: ReadonlyArray<{ category: string; sameAs?: Channel }> = [
  { category: 'callback' },
  { category: 'toPhone' },
  { category: 'toEmail', sameAs: 'email' },
  { category: 'toWebsite' },
  { category: 'toForm' },
  { category: 'toOffice' },
  { category: 'toChat', sameAs: 'chat' },
  { category: 'toMessenger', sameAs: 'messenger' },
  { category: 'toOther' },
];

export default defineRule({
  meta: {
    id: 'no-channel-switch',
    defaultSeverity: 'warning',
    weight: 12,
    preset: 'recommended',
    needsMessage: 'no',
    primaryCategory: 'toOther',
    fixable: false,
  },
  languages: { ru, en },
  check(context) {
    // "We have opened a ticket", «мы позвонили в службу доставки»: the agent acting, not sending the client.
    const agentEnds = new Set(context.find('agentDoes').map((match) => match.endToken));
    // A reason or a choice in the sentence, or the one before or after, makes the move fair.
    const softened = new Set<number>();
    for (const match of [...context.find('reason'), ...context.find('choice')]) {
      softened.add(match.sentence - 1).add(match.sentence).add(match.sentence + 1);
    }
    const privately = new Set(context.find('privateMessage').map((match) => match.sentence));
    const reported = new Set<number>();
    for (const { category, sameAs } of TARGETS) {
      if (sameAs === context.channel) continue;
      for (const match of context.find(category)) {
        if (agentEnds.has(match.firstToken) || reported.has(match.sentence) || softened.has(match.sentence)) continue;
        if (category === 'toOther' && privately.has(match.sentence)) continue;
        reported.add(match.sentence);
        const phone = category === 'callback' || category === 'toPhone';
        context.report({
          messageId: category === 'callback' ? 'callback' : 'switch',
          range: { start: match.start, end: match.end },
          suggestions: context.phrasings(phone ? 'phone' : 'stay').map((text) => ({ text })),
        });
      }
    }
  },
});

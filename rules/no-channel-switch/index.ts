import { defineRule } from '../../src/define-rule.js';
import type { Channel, Match, RuleContext } from '../../src/types.js';
import en from './en.js';
import ru from './ru.js';

/** Each kind of move, and the channel in which it is no move at all. */
const TARGETS: ReadonlyArray<{ category: string; sameAs?: Channel }> = [
  { category: 'callback' },
  { category: 'redirect' },
  { category: 'toPhone' },
  { category: 'toEmail', sameAs: 'email' },
  { category: 'toWebsite' },
  { category: 'toForm' },
  { category: 'toOffice' },
  { category: 'toChat', sameAs: 'chat' },
  { category: 'toMessenger', sameAs: 'messenger' },
  { category: 'toOther' },
];

/**
 * Pointing to a web page («всё есть на сайте», "you can also see it here: …") is a move only when it
 * is the whole answer: answering fully and adding a link is not. "Whole" = no other sentence this long.
 * A plain order («перейдите на сайт», "please visit our website") is a move either way.
 */
const ANSWER_SENTENCE_WORDS = 7;

/**
 * A move is an instruction to the client: an unambiguous imperative («позвоните»), a verb that
 * opens its clause ("…, call us"), or one after a lead-in such as «можно», "please", "you can".
 * "Thanks for contacting us" or «я звонила» describe; they do not send anyone anywhere.
 * A callback («мы перезвоним») or a routing statement ("handled by our team, on 0345…") needs none of this.
 */
function isInstruction(context: RuleContext, match: Match, leads: LeadIndex, imperatives: ReadonlySet<number>): boolean {
  if (imperatives.has(match.firstToken)) return true;
  const tokens = context.reply.tokens;
  const first = tokens[match.firstToken]!;
  const previous = tokens[match.firstToken - 1];
  if (!previous || previous.sentence !== first.sentence || previous.clause !== first.clause || previous.kind === 'handle') return true;
  return leads.ends.has(match.firstToken) || leads.starts.has(match.firstToken);
}

/** Where lead-ins end and start, by token index: each move is checked in constant time. */
interface LeadIndex {
  ends: ReadonlySet<number>;
  starts: ReadonlySet<number>;
}

function indexLeads(matches: readonly Match[]): LeadIndex {
  return { ends: new Set(matches.map((match) => match.endToken)), starts: new Set(matches.map((match) => match.firstToken)) };
}


function isWholeAnswer(context: RuleContext, move: Match): boolean {
  const { reply } = context;
  return !reply.sentences.some(
    (sentence, index) =>
      index !== move.sentence &&
      index !== reply.greetingSentence &&
      index < reply.signatureStart &&
      sentence.endToken - sentence.firstToken >= ANSWER_SENTENCE_WORDS,
  );
}

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
    const leads = indexLeads(context.find('lead'));
    const softLeads = indexLeads(context.find('softLead'));
    const imperatives = new Set(context.find('imperative').map((match) => match.firstToken));
    // "We have opened a ticket", «мы позвонили в службу доставки»: the agent acting, not sending the client.
    const agentEnds = new Set(context.find('agentDoes').map((match) => match.endToken));
    // A reason or a choice in the same sentence makes the move fair; a choice may also follow it
    // («Позвоните нам. Или, если удобнее, ответим здесь»).
    const softened = new Set<number>();
    for (const match of context.find('reason')) softened.add(match.sentence);
    for (const match of context.find('choice')) softened.add(match.sentence).add(match.sentence - 1);
    const privately = new Set(context.find('privateMessage').map((match) => match.sentence));
    const moves: Array<{ match: Match; category: string }> = [];
    for (const { category, sameAs } of TARGETS) {
      if (sameAs === context.channel) continue;
      for (const match of context.find(category)) {
        if (agentEnds.has(match.firstToken)) continue;
        // Announcements («мы перезвоним») and routing statements ("who can be reached on …") need no imperative.
        const stated = category === 'callback' || category === 'redirect';
        if (!stated && !isInstruction(context, match, leads, imperatives)) continue;
        if (category === 'toOther' && privately.has(match.sentence)) continue;
        const soft = softLeads.ends.has(match.firstToken) || softLeads.starts.has(match.firstToken);
        if (category === 'toWebsite' && soft && !isWholeAnswer(context, match)) continue;
        moves.push({ match, category });
      }
    }
    for (const match of context.find('pointer')) {
      if (isWholeAnswer(context, match)) moves.push({ match, category: 'pointer' });
    }
    const reported = new Set<number>();
    for (const { match, category } of moves) {
      if (reported.has(match.sentence) || softened.has(match.sentence)) continue;
      reported.add(match.sentence);
      const phone = category === 'callback' || category === 'toPhone';
      context.report({
        messageId: category === 'callback' ? 'callback' : 'switch',
        range: { start: match.start, end: match.end },
        suggestions: context.phrasings(phone ? 'phone' : 'stay').map((text) => ({ text })),
      });
    }
  },
});

import { endsOf, sentencesOf, startsOf } from '../../src/rule-kit/index.js';
import { defineRule, type ContextOf } from '../../src/define-rule.js';
import type { Channel, Match, RuleContext } from '../../src/types.js';
import en from './en.js';
import ru from './ru.js';

/** This rule's context: its own phrase categories, message ids and phrasing ids. */
type Context = ContextOf<typeof ru, typeof en>;

/** Each kind of move, and the channel in which it is no move at all. */
/** The reply categories that name a move, and the channel where one is none. */
type Target = 'callback' | 'redirect' | 'toPhone' | 'toEmail' | 'toWebsite' | 'toForm' | 'toOffice' | 'toChat' | 'toMessenger' | 'toOther' | 'toLink' | 'answeredElsewhere';
const TARGETS: ReadonlyArray<{ category: Target; sameAs?: Channel }> = [
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
  { category: 'toLink' },
  { category: 'answeredElsewhere', sameAs: 'email' },
];

/** Moves stated without an order to the client: announcements and routing statements. */
const STATED = new Set(['callback', 'redirect', 'answeredElsewhere']);
/** Moves whose target is a link, a team or a form: a direct message on the same platform in the sentence is no move. */
const LINKED = new Set(['toOther', 'toLink', 'toForm', 'toWebsite', 'redirect']);
/** How many words may stand between a lead-in and the verb: «рекомендую по подобному кейсу обратиться». */
const LEAD_GAP = 3;
/** Ways to reach someone: when the client asked how to reach the company, giving one answers the question. */
const CONTACT = new Set(['callback', 'toPhone', 'toEmail', 'toOther', 'toLink', 'toMessenger', 'toChat', 'toOffice', 'answeredElsewhere']);
/** Self-service steps (a form, a page): inside a long, full answer they are part of it. */
const SELF_SERVICE = new Set(['toForm', 'toWebsite', 'pointer', 'redirect']);
const FULL_ANSWER_SENTENCES = 4;
/** How many words may stand between a move and its refusal: «звонить на горячую линию не нужно». */
const DECLINED_GAP = 2;

/**
 * Pointing to a web page («всё есть на сайте», "you can also see it here: …") is a move only when it
 * is the whole answer: answering fully and adding a link is not. "Whole" = no other answering sentence this long.
 * A plain order («перейдите на сайт», "please visit our website") is a move either way.
 */
const ANSWER_SENTENCE_WORDS = 7;

/**
 * A move is an instruction to the client: an unambiguous imperative («позвоните»), a verb that
 * opens its clause ("…, call us"), or one after a lead-in such as «можно», "please", "you can".
 * "Thanks for contacting us" or «я звонила» describe; they do not send anyone anywhere.
 * A callback («мы перезвоним») or a routing statement ("handled by our team, on 0345…") needs none of this.
 */
function isInstruction(context: Context, match: Match, leads: LeadIndex): boolean {
  const tokens = context.reply.tokens;
  const first = tokens[match.firstToken]!;
  if (context.language === 'ru' && isImperative(first.norm)) return true;
  const previous = tokens[match.firstToken - 1];
  if (!previous || previous.sentence !== first.sentence || previous.clause !== first.clause || previous.kind === 'handle') return true;
  return leads.ends.has(match.firstToken) || leads.starts.has(match.firstToken) || leads.led.has(match.firstToken);
}

/**
 * A Russian imperative by its ending: «позвоните», «обратитесь», «ознакомьтесь». The move's first word is always
 * a verb of the move, so the 2nd person plural present («пишете») never stands there.
 */
function isImperative(norm: string): boolean {
  return norm.endsWith('те') || norm.endsWith('тесь');
}

/** Words before "call you" that make the company the caller: "we'll / our team will / happy to call you" — not "you". */
const CALLER = new Set(['will', 'can', 'could', 'would', 'to', 'shall']);
const CALLER_REACH = 6;

/** "Call you back" is a callback when the company speaks: right after "we [will]", or a few words after "will"/"to". */
function isCallback(context: Context, match: Match, agentEnds: ReadonlySet<number>): boolean {
  if (agentEnds.has(match.firstToken)) return true;
  const tokens = context.reply.tokens;
  let caller = false;
  for (let index = match.firstToken - 1; index >= 0 && index >= match.firstToken - CALLER_REACH; index--) {
    const token = tokens[index]!;
    if (token.sentence !== match.sentence) break;
    if (token.norm === 'you') return false;
    if (CALLER.has(token.norm)) caller = true;
  }
  return caller;
}

/** Where lead-ins end and start, by token index: each move is checked in constant time. */
interface LeadIndex {
  ends: ReadonlySet<number>;
  starts: ReadonlySet<number>;
  /** Tokens a few words after a lead-in, in its clause. */
  led: ReadonlySet<number>;
}

function indexLeads(matches: readonly Match[], context?: Context): LeadIndex {
  const led = new Set<number>();
  if (context) {
    const tokens = context.reply.tokens;
    for (const match of matches) {
      const clause = tokens[match.endToken - 1]?.clause;
      for (let index = match.endToken; index < Math.min(tokens.length, match.endToken + LEAD_GAP + 1) && tokens[index]!.clause === clause; index++) led.add(index);
    }
  }
  return { ends: endsOf(matches), starts: startsOf(matches), led };
}


/** The move points at a bare link ("see here: <link>", «перейдите по ссылке»), not at a site, a FAQ or a portal. */
function isBareLink(context: Context, move: Match): boolean {
  const target = context.reply.tokens[move.endToken - 1]!;
  return target.kind === 'url' || target.stem === 'link' || target.norm.startsWith('ссылк');
}

/** A question to the client ("Have you asked the seller?") answers nothing. */
function isQuestion(text: string, end: number): boolean {
  for (let index = end - 1; index >= 0 && index >= end - 3; index--) {
    const char = text[index];
    if (char === '?') return true;
    if (char !== ' ' && char !== ')' && char !== '"' && char !== '»') return false;
  }
  return false;
}

/** Sentences that answer nothing (apology, thanks, "we'd like to help"), by index. */
function fillerSentences(context: Context): Set<number> {
  return sentencesOf(context.find('filler'));
}

/** Sentences besides the move's (with `before`, only earlier ones) that answer something: this long, not a question, not only apology or thanks. */
/** Which sentences answer something (long enough, not a question, not greeting, filler or signature), counted once per lint. */
interface Answers {
  isAnswer: boolean[];
  /** before[i]: answering sentences before sentence i. */
  before: number[];
  total: number;
}

function findAnswers(context: Context, filler: ReadonlySet<number>): Answers {
  const { reply } = context;
  const isAnswer: boolean[] = [];
  const before: number[] = [];
  let total = 0;
  reply.sentences.forEach((sentence, index) => {
    before.push(total);
    const answer =
      index !== reply.greetingSentence &&
      index < reply.signatureStart &&
      !filler.has(index) &&
      sentence.endToken - sentence.firstToken >= ANSWER_SENTENCE_WORDS &&
      !isQuestion(reply.masked, sentence.end);
    isAnswer.push(answer);
    if (answer) total++;
  });
  return { isAnswer, before, total };
}

/** Answering sentences other than the move's own (with `before`, only those before it). */
function answerSentences(answers: Answers, move: Match, before = false): number {
  if (before) return answers.before[move.sentence]!;
  return answers.total - (answers.isAnswer[move.sentence] ? 1 : 0);
}

/**
 * The reply holds an answer besides the move: another answering sentence — or, with `ownSentence`, as many
 * words in other clauses of the move's own sentence («Эта проблема возникает, если …, (подробнее: ссылка)»),
 * not counting the clause `besides` (the condition of a fallback).
 */
function hasAnswer(context: Context, answers: Answers, move: Match, filler: ReadonlySet<number>, ownSentence = false, besides = -1, before = false): boolean {
  const { reply } = context;
  const found = answerSentences(answers, move, before) > 0;
  if (found || !ownSentence || filler.has(move.sentence)) return found;
  const sentence = reply.sentences[move.sentence]!;
  const clause = reply.tokens[move.firstToken]!.clause;
  let words = 0;
  for (let index = sentence.firstToken; index < sentence.endToken; index++) {
    const token = reply.tokens[index]!;
    if (token.clause !== clause && token.clause !== besides && (token.kind === 'word' || token.kind === 'number')) words++;
  }
  return words >= ANSWER_SENTENCE_WORDS;
}

export default defineRule({
  meta: {
    id: 'no-channel-switch',
    defaultSeverity: 'warning',
    weight: 12,
    preset: 'recommended',
    needsMessage: 'no',
    messageCategories: ['askContact'],
    primaryCategory: 'toOther',
    fixable: false,
  },
  languages: { ru, en },
  check(context) {
    // Most replies hold no move at all: look for moves first, and weigh them only when there are some.
    const candidates: Array<{ match: Match; category: string }> = [];
    for (const { category, sameAs } of TARGETS) {
      if (sameAs === context.channel) continue;
      for (const match of context.find(category)) candidates.push({ match, category });
    }
    const callYou = context.find('callYou');
    const pointers = context.find('pointer');
    if (candidates.length === 0 && callYou.length === 0 && pointers.length === 0) return;
    // The client asked how to reach the company («куда обратиться?», "who can I contact?"): the contact is the answer.
    const askedContact = context.message !== undefined && context.find('askContact', context.message).length > 0;
    const leads = indexLeads(context.find('lead'), context);
    const softLeads = indexLeads(context.find('softLead'));
    // "We have opened a ticket", «мы позвонили в службу доставки»: the agent acting, not sending the client.
    const agents = new Map(context.find('agentDoes').map((match) => [match.endToken, match.start]));
    const agentEnds = new Set(agents.keys());
    for (const match of callYou) if (isCallback(context, match, agentEnds)) candidates.unshift({ match, category: 'callback' });
    const filler = fillerSentences(context);
    let computed: Answers | undefined;
    const answers = () => (computed ??= findAnswers(context, filler));
    // A reason or a choice in the same sentence makes the move fair; a choice may also follow it
    // («Позвоните нам. Или, если удобнее, ответим здесь»).
    const softened = new Set<number>();
    for (const match of context.find('reason')) softened.add(match.sentence);
    // Reasons that name why the other channel serves better count from a neighbouring sentence too
    // ("We can't see account details on Twitter. Please call us …"); "can't see / no access" counts only negated.
    const strong = [...context.find('strongReason'), ...context.findAll('noAccess').filter((match) => match.negated && !match.quoted)];
    for (const match of strong) softened.add(match.sentence).add(match.sentence - 1).add(match.sentence + 1);
    for (const match of context.find('choice')) softened.add(match.sentence).add(match.sentence - 1);
    // Two soft lead-ins in a row ("you can also", «можете также») offer another way: a choice.
    for (const end of softLeads.ends) if (softLeads.starts.has(end)) softened.add(context.reply.tokens[end]!.sentence);
    // A fallback («если не поможет — в сервис») or "for more details" is fair only after an answer.
    // Sentence → the clause of its condition: "if it still fails" is no answer itself.
    const fallbacks = new Map(context.find('fallback').map((match) => [match.sentence, context.reply.tokens[match.firstToken]!.clause]));
    const additions = sentencesOf(context.find('additive'));
    const privately = sentencesOf(context.find('privateMessage'));
    const notified = sentencesOf(context.find('notify'));
    // «Звонить на горячую линию не нужно»: a move declined after it, in its clause, sends no one anywhere.
    const declined = context.find('declined');
    const isDeclined = (move: Match) => {
      const clause = context.reply.tokens[move.endToken - 1]!.clause;
      return declined.some((match) => match.firstToken >= move.endToken && match.firstToken <= move.endToken + DECLINED_GAP && context.reply.tokens[match.firstToken]!.clause === clause);
    };
    const moves: Array<{ match: Match; category: string }> = [];
    for (const { match, category } of candidates) {
      if (askedContact && CONTACT.has(category)) continue;
      if (!STATED.has(category) && agentEnds.has(match.firstToken)) continue;
      // Announcements («мы перезвоним») and routing statements ("who can be reached on …") need no imperative.
      if (!STATED.has(category) && !isInstruction(context, match, leads)) continue;
      if (LINKED.has(category) && privately.has(match.sentence)) continue;
      if (category === 'callback' && notified.has(match.sentence)) continue;
      if (isDeclined(match)) continue;
      const soft = softLeads.ends.has(match.firstToken) || softLeads.starts.has(match.firstToken);
      if (category === 'toWebsite' && soft && hasAnswer(context, answers(), match, filler)) continue;
      // "See here: <link>" after an answer points to more of it, like «подробнее по ссылке»; before the answer it replaces it.
      if (category === 'toWebsite' && isBareLink(context, match) && hasAnswer(context, answers(), match, filler, true, -1, true)) continue;
      moves.push({ match, category });
    }
    for (const match of pointers) {
      if (!hasAnswer(context, answers(), match, filler, true)) moves.push({ match, category: 'pointer' });
    }
    const reported = new Set<number>();
    for (const { match, category } of moves) {
      if (reported.has(match.sentence) || softened.has(match.sentence)) continue;
      const condition = fallbacks.get(match.sentence);
      if (condition !== undefined && hasAnswer(context, answers(), match, filler, true, condition)) continue;
      if (additions.has(match.sentence) && category !== 'callback' && hasAnswer(context, answers(), match, filler)) continue;
      if (SELF_SERVICE.has(category) && answerSentences(answers(), match) >= FULL_ANSWER_SENTENCES) continue;
      reported.add(match.sentence);
      const phone = category === 'callback' || category === 'toPhone';
      context.report({
        messageId: category === 'callback' ? 'callback' : 'switch',
        // «мы перезвоним», "we'll call you": the speaker is part of the announcement.
        range: { start: category === 'callback' ? (agents.get(match.firstToken) ?? match.start) : match.start, end: match.end },
        suggestions: context.phrasings(phone ? 'phone' : 'stay').map((text) => ({ text })),
      });
    }
  },
});

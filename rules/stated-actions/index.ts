import { defineRule } from '../../src/define-rule.js';
import type { Match, RuleContext, TextDocument } from '../../src/types.js';
import { normalizeWord } from '../../src/text/normalize.js';
import { stemWord } from '../../src/text/stem.js';
import en from './en.js';
import ru from './ru.js';

/** How many matches are the agent's own: not quoted, not negated (like context.find, without the copy). */
function count(matches: readonly Match[]): number {
  let n = 0;
  for (const match of matches) if (!match.quoted && !match.negated) n++;
  return n;
}

/** Whether token `index` lies inside one of the matches. */
function inside(matches: readonly Match[], index: number): boolean {
  for (const match of matches) if (index >= match.firstToken && index < match.endToken) return true;
  return false;
}

/** Emoji of annoyance ("😤", "🙄", "☹") and of delight ("😍", "☺", "❤"), by code point. */
const NEGATIVE_EMOJI = new Set([..."😡😤😠😒🙄🤦😞😢😭😩😫👎🤬😑😓😥😔☹😖😣"].map((c) => c.codePointAt(0)!));
const POSITIVE_EMOJI = new Set([..."😍😁😊☺😎👍❤🙌🎉😀😃😄🥰💯👌🤙😋🤩💪🖤💙💚💛💜🧡🤍💕💖💗😘🥳"].map((c) => c.codePointAt(0)!));
const NEGATIVE = 1;
const POSITIVE = 2;
const ASKS = 4;

/**
 * One pass over the message: emoticons of annoyance (":(", ":-(", ":/", "=(") and delight ("^_^"), emoji, "?".
 * ":/" counts before a space or at the very end ("https://" does not).
 */
function marks(text: string): number {
  let found = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2600) {
      if (c === 63) found |= ASKS;
      else if (c === 58) {
        const next = text.charCodeAt(i + 1);
        if (next === 40 || (next === 45 && text.charCodeAt(i + 2) === 40)) found |= NEGATIVE;
        else if (next === 47 && text.charCodeAt(i + 2) !== 47 && (text.charCodeAt(i + 2) === 32 || text.slice(i + 2).trim() === '')) found |= NEGATIVE;
      } else if (c === 61) {
        if (text.charCodeAt(i + 1) === 40) found |= NEGATIVE;
      } else if (c === 94 && text.charCodeAt(i + 1) === 95 && text.charCodeAt(i + 2) === 94) found |= POSITIVE;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (NEGATIVE_EMOJI.has(point)) found |= NEGATIVE;
    else if (POSITIVE_EMOJI.has(point)) found |= POSITIVE;
    if (point > 0xffff) i++;
  }
  return found;
}

/** Sentences that end with a question mark: "Have you updated?" asks, it does not state. */
function isQuestion(doc: TextDocument, sentence: number): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  for (let i = s.end - 1; i >= s.start; i--) {
    const c = doc.masked[i];
    if (c === '?') return true;
    if (c !== '!' && c !== '.' && c !== ' ' && c !== ')' && c !== '"' && c !== '»' && c !== '”' && c !== "'" && c !== '\n') return false;
  }
  return false;
}

/** The first word of the sentence (handles, numbers and links before it skipped). */
function firstWord(doc: TextDocument, sentence: number): number {
  const s = doc.sentences[sentence]!;
  for (let i = s.firstToken; i < s.endToken; i++) if (doc.tokens[i]!.kind === 'word') return i;
  return -1;
}

/** "Locker 7 reset.", "Refund issued today.": a sentence of four words or fewer. */
function isShort(doc: TextDocument, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  let words = 0;
  for (let i = s.firstToken; i < s.endToken; i++) if (doc.tokens[i]!.kind === 'word' && ++words > 4) return false;
  return true;
}

/** The client as the subject right before a verb: "you checked", «вы сами подключили». */
const CLIENT = { en: new Set(['you']), ru: new Set(['вы', 'ты']) };
const SELF = { en: new Set(['yourself']), ru: new Set(['сами', 'сама', 'сам']) };
/** Between the client and the verb: "you should have checked", «вы бы проверили». */
const MODAL = { en: new Set(['should', 'could', 'would', 'must', 'might', 'may', 'can', 'also', 'already', 'just']), ru: new Set(['бы', 'же', 'уже', 'тоже', 'также']) };

const RU_YOU = new Set(['вы', 'ты', 'если', 'когда', 'ли', 'что', 'чтобы', 'вам', 'вас', 'клиент', 'покупатель', 'быть']);
const EN_YOU = new Set(['you', 'if', 'when', 'whether']);

/** Past forms that state no action ("we received your email", «мы получили письмо»): the rule's '@notDone' words. */
const NOT_DONE = {
  en: new Set((en.phrases['@notDone'] ?? []).map((word) => word.slice(1))),
  ru: new Set((ru.phrases['@notDone'] ?? []).map((word) => word.slice(1))),
};

/** English verbs of action ('@act' by stem, '@done' by form), for a sentence that opens with one: "Checking with the team now.", "Fixed." */
const EN_ACT_STEMS = new Set((en.phrases['@act'] ?? []).map((word) => stemWord(normalizeWord(word))));
const EN_DONE = new Set((en.phrases['@done'] ?? []).map((word) => word.slice(1)));

/** What rules an action out: promises to contact, words aimed at the client, the client as subject, stated non-actions. */
interface Exclusions {
  reply: TextDocument;
  contacts: readonly Match[];
  toClient: readonly Match[];
  client: ReadonlySet<string>;
  self: ReadonlySet<string>;
  modal: ReadonlySet<string>;
  stated: readonly Match[];
}

function exclusions(context: RuleContext, contacts: readonly Match[]): Exclusions {
  return {
    reply: context.reply,
    contacts,
    // An action is on the matter unless its verb is a promise to contact or is aimed at the client
    // ("we've sent you a DM", "I would ask you to", "so we can gather more info").
    toClient: context.findAll('toClient'),
    // «Вы подключили услугу», "you yourself checked": the client's action, not the company's.
    client: CLIENT[context.language],
    self: SELF[context.language],
    modal: MODAL[context.language],
    // A signature («отдел обработки обращений») names a team, it does not act; «мы были вынуждены» states nothing done.
    stated: context.findAll('notAction'),
  };
}

function kept(action: Match, x: Exclusions): boolean {
  if (action.quoted || action.negated || action.sentence >= x.reply.signatureStart) return false;
  const last = action.endToken - 1;
  if (inside(x.contacts, last) || inside(x.toClient, last)) return false;
  const tokens = x.reply.tokens;
  let at = action.firstToken - 1;
  while (at > 0 && x.modal.has(tokens[at]!.norm) && tokens[at - 1]!.sentence === action.sentence) at--;
  const before = tokens[at];
  if (before && before.sentence === action.sentence && !before.quoted && !before.negated) {
    if (x.client.has(before.norm)) return false;
    const twoBefore = tokens[at - 1];
    if (x.self.has(before.norm) && twoBefore && twoBefore.sentence === action.sentence && x.client.has(twoBefore.norm)) return false;
  }
  for (const match of x.stated) if (match.endToken === action.endToken && !match.quoted && !match.negated) return false;
  return true;
}

/** A short passive participle, «перенесена», «сделано», «назначен» (seven letters or more: «замена» is a noun). */
function isShortParticiple(norm: string): boolean {
  const n = norm.length;
  if (n < 7) return false;
  let i = n - 1;
  const last = norm[i];
  if (last === 'а' || last === 'о' || last === 'ы') i--;
  if (norm[i] !== 'н') return false;
  const vowel = norm[i - 1];
  return vowel === 'е' || vowel === 'а' || vowel === 'я';
}

/**
 * The reflexive past in the singular acts only with no subject before it in its clause («Разобралась, в чём дело», «Уже
 * связался с курьером»: «я» left out); after one it tells what the thing did («Тариф поменялся 1 марта», «заказ задержался»).
 */
function opensClause(doc: TextDocument, at: number): boolean {
  const token = doc.tokens[at]!;
  for (let i = at - 1; i >= 0; i--) {
    const before = doc.tokens[i]!;
    if (before.clause !== token.clause) return true;
    if (!MODAL.ru.has(before.norm)) return false;
  }
  return true;
}

/**
 * A verb of action by its ending, without a subject: past «проверили», «заявку передала», «разобрались», present «уточняю», passive «перенесена»,
 * (the reflexive passive «рассматривается» is listed in ru.ts: «начисляется автоматически» describes a rule); English "Checking with the team", "Fixed." at the head of a sentence.
 */
function actsByForm(doc: TextDocument, at: number, language: 'ru' | 'en'): boolean {
  const token = doc.tokens[at]!;
  const norm = token.norm;
  if (language === 'en') {
    // English: only at the head of a sentence ("Fixed.", "Refunded today.", "Checking with the team now.").
    if (!EN_DONE.has(norm) && !((norm.endsWith('ing') || norm.endsWith('ed')) && EN_ACT_STEMS.has(token.stem))) return false;
  } else if (
    !(
      norm.endsWith('ли') || norm.endsWith('ла') || (norm.length > 5 && norm.endsWith('л')) || norm.endsWith('лись') ||
      ((norm.endsWith('лся') || norm.endsWith('лась')) && opensClause(doc, at)) ||
      (norm.length > 4 && (norm.endsWith('ем') || norm.endsWith('им') || norm.endsWith('ю') || norm.endsWith('емся') || norm.endsWith('юсь'))) ||
      isShortParticiple(norm)
    )
  ) {
    return false;
  }
  // Not the client's: no «вы», «если» just before in the same clause.
  const stop = language === 'ru' ? RU_YOU : EN_YOU;
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const before = doc.tokens[i]!;
    if (before.clause !== token.clause) break;
    // «Видим, что заказ отправлен» reports what was done; «видим, что вы оформили» is the client's.
    if (stop.has(before.norm) && (before.norm !== 'что' || !isShortParticiple(norm))) return false;
  }
  return !isQuestion(doc, token.sentence);
}

export default defineRule({
  meta: {
    id: 'stated-actions',
    defaultSeverity: 'warning',
    weight: 15,
    preset: 'recommended',
    needsMessage: 'skips-without',
    messageCategories: ['problem', 'weakProblem', 'softProblem', 'settled', 'request', 'howTo', 'praise', 'thanks', 'contrast', 'flaw', 'noFlaw'],
    primaryCategory: 'action',
    fixable: false,
  },
  languages: { ru, en },
  check(context) {
    const message = context.message!;
    const language = context.language;
    // «Недостатки: корпус липнет» in a marketplace review is a complaint; «Недостатки: нет» is not.
    let flaws = 0;
    const flawMatches = context.findAll('flaw', message);
    if (flawMatches.length > 0) {
      const noFlaw = context.findAll('noFlaw', message);
      for (const match of flawMatches) {
        if (match.quoted || match.negated || message.tokens[match.endToken]?.sentence !== match.sentence) continue;
        let none = false;
        for (const other of noFlaw) if (other.firstToken === match.firstToken && !other.quoted && !other.negated) none = true;
        if (!none) flaws++;
      }
    }
    const found = marks(message.masked);
    const negativeMarks = (found & NEGATIVE) !== 0;
    const delighted = (found & POSITIVE) !== 0;
    const asks = (found & ASKS) !== 0;
    const howTo = count(context.findAll('howTo', message)) > 0;
    // A negated verb («не поддерживает», "doesn't support") in a how-to question describes the case, it is no complaint.
    const weak = howTo ? 0 : count(context.findAll('weakProblem', message));
    // "Why is my bill $45 instead of $30? Thanks": a polite question asks why; "why is this happening to me?" complains.
    const thanked = count(context.findAll('thanks', message)) > 0;
    let soft = 0;
    for (const match of context.findAll('softProblem', message)) if (!match.quoted && !match.negated && !(thanked && isQuestion(message, match.sentence))) soft++;
    const problems = count(context.findAll('problem', message)) + weak + soft + flaws + (negativeMarks ? 1 : 0);
    const request = !howTo && count(context.findAll('request', message)) > 0;
    const shouts = message.exclamationRuns > 0 || (message.capsWords > 2 && !asks);
    if (problems === 0 && !request && !shouts) return;
    // Thanks alone is politeness ("…it just crashes. Thanks for the reply."): praise only beside one problem word at most.
    const strongPraise = delighted || count(context.findAll('praise', message)) > 0;
    const praise = strongPraise || (problems <= 1 && thanked);
    // «!!!» or shouting ("WHERES MY PC CASE") on a message that does not praise is a complaint too; a shouted question is still a question.
    const problem = problems > 0 || (shouts && !praise);
    if (!problem && !request) return;
    if (!request && count(context.findAll('settled', message)) > 0) return;
    // Pure praise («вернули деньги на следующий день, вы супер!») needs joy, not a report; praise with «но…» does not.
    // Sarcasm («Вот спасибо за сервис!!!», "wow, AMAZING service") is loud or says so; praise is not.
    // Emoji of delight ("Day is made 😎") make a loud message joyful, not sarcastic.
    if (praise && problems <= 2 && !request && !negativeMarks && flaws === 0) {
      const loud = !delighted && (message.exclamationRuns > 0 || message.capsWords > 1 || asks);
      if (!loud && count(context.findAll('contrast', message)) === 0) return;
    }
    const reply = context.reply;
    // "Thank you for reaching out": the client's contacting, thanked for, is no promise to contact.
    const clientContacting = context.findAll('clientContact');
    const contacts = context.findAll('contactOnly').filter((contact) => !clientContacting.some((match) => contact.firstToken >= match.firstToken && contact.firstToken < match.endToken));
    // The exclusions are looked up at the first candidate: most replies without an action have none.
    let x: Exclusions | undefined;
    // "We received your email", «мы получили письмо»: a past form that states no action.
    const notDone = NOT_DONE[language];
    for (const action of context.findAll('action')) {
      x ??= exclusions(context, contacts);
      if (kept(action, x) && !notDone.has(reply.tokens[action.endToken - 1]!.norm)) return;
    }
    // Passive and impersonal forms state an action, unless the sentence asks: "Is iOS 11.1 installed?", "Have you checked…?"
    for (const action of context.findAll('passive')) {
      x ??= exclusions(context, contacts);
      if (kept(action, x) && !notDone.has(reply.tokens[action.endToken - 1]!.norm) && !isQuestion(reply, action.sentence)) return;
    }
    // "We'll email you a return label": something sent, not only a message (the promise to email ends before it).
    for (const action of context.findAll('sendsThing')) {
      x ??= exclusions(context, contacts);
      if (kept(action, x) && !isQuestion(reply, action.sentence)) return;
    }
    // "Locker 7 reset.", "Refund issued today.": a participle in a sentence of four words or fewer.
    for (const action of context.findAll('doneWord')) {
      x ??= exclusions(context, contacts);
      if (kept(action, x) && isShort(reply, action.sentence) && !isQuestion(reply, action.sentence)) return;
    }
    // A verb of action by its form: English at the head of a sentence, Russian anywhere (see actsByForm).
    if (language === 'en') {
      for (let sentence = 0; sentence < reply.sentences.length && sentence < reply.signatureStart; sentence++) {
        const first = firstWord(reply, sentence);
        if (first === -1 || !actsByForm(reply, first, language)) continue;
        const token = reply.tokens[first]!;
        x ??= exclusions(context, contacts);
        if (kept({ firstToken: first, endToken: first + 1, sentence, quoted: token.quoted, negated: token.negated } as Match, x)) return;
      }
    } else {
      for (const action of context.findAll('actWord')) {
        if (!actsByForm(reply, action.firstToken, language)) continue;
        x ??= exclusions(context, contacts);
        if (kept(action, x)) return;
      }
    }
    const promise = contacts.find((contact) => !contact.quoted && !contact.negated);
    context.report({
      messageId: promise ? 'contactOnly' : 'missing',
      range: promise ? { start: promise.start, end: promise.end } : undefined,
      suggestions: context.phrasings('action').map((text) => ({ text })),
    });
  },
});

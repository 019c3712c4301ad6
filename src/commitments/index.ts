/**
 * The promises a reply makes, as data (seed 003): who acts, the action's words, and its time —
 * resolved on the calendar when the input says when the reply is written. The language's grammar
 * finds the heads (src/languages/<lang>/commitments.ts); here the common part: what is not a
 * promise (quoted, negated, asked), the action's words, the time beside it, conditions.
 */
import type { CommitmentWords } from '../languages/pack.js';
import type { Commitment, Match, TextDocument, Token } from '../types.js';
import { inList, isTime, isTimeWord, readTime, resolveTime, type Clock, type TimeSpec } from './time.js';

export { clockOf } from './time.js';

/** Words an action runs to at most. */
const MAX_ACTION_WORDS = 8;

interface TimeSpan {
  first: number;
  /** Exclusive. */
  end: number;
  spec: TimeSpec;
}

/** Does the sentence ask ("Shall we call you tomorrow?")? */
function asks(doc: TextDocument, sentence: number): boolean {
  const { start, end } = doc.sentences[sentence]!;
  for (let i = end - 1; i >= start; i--) {
    const c = doc.masked.charCodeAt(i);
    if (c === 63) return true;
    if (c > 32 && c !== 41 && c !== 34 && c !== 0xbb && c !== 0x201d) return false;
  }
  return false;
}

/** Between two words, a signature tag's mark: "… suggest /MT", "… ^Helen", "… *Zach", "2/2". */
function isTagGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 47 || c === 94 || c === 42 || c === 124) return true;
  }
  return false;
}

/** An emoji or a line break between two words ends a chat message's thought: "соберём к 16:00 👍 если вдруг…". */
function endsThought(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c >= 0xd83c && c <= 0xd83e) || (c >= 0x2600 && c <= 0x27bf)) return true;
  }
  return false;
}


/** Is this token a clock time ("15:00", "18.30"; "3pm": a number run into a letter)? */
function isClock(token: Token | undefined): boolean {
  if (!token || token.kind !== 'number') return false;
  const { norm } = token;
  return norm.includes(':') || (norm.length === 5 && norm[2] === '.') || (norm.length > 2 && norm.charCodeAt(norm.length - 1) > 57);
}

/** The times of a text: its time phrases and clock times ("at 3 pm", «в 15:00»), joined when they touch, run on over a clock, read. */
export function timeSpans(doc: TextDocument, matches: readonly Match[], words: CommitmentWords): TimeSpan[] {
  const { tokens, original } = doc;
  const { time } = words;
  /** Words that join a time's parts: "tomorrow at 3 pm", "end of the month", «завтра в 15:00». */
  const joins = (norm: string) => time.at.includes(norm) || time.links.includes(norm);
  const starts: Array<{ first: number; end: number }> = [];
  for (const match of matches) {
    // "today's downtime": a day as a possessive names no time.
    const written = original.slice(match.start, match.end);
    const possessive = match.endToken - match.firstToken === 1 && (written.endsWith("'s") || written.endsWith('’s'));
    if (match.quoted || possessive) continue;
    // A phrase's gap may cross a comma («к выходным, в пятницу»): each clause's part is read on its own.
    let first = match.firstToken;
    for (let i = first + 1; i <= match.endToken; i++) {
      if (i === match.endToken || tokens[i]!.clause !== tokens[first]!.clause) {
        starts.push({ first, end: i });
        first = i;
      }
    }
  }
  // Clock times: "at 3 pm", «в 15:00», "by 10 am".
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.quoted || !joins(tokens[i - 1]!.norm) || token.kind !== 'number') continue;
    const after = tokens[i + 1];
    if (isClock(token) || (after?.clause === token.clause && (inList(time.pm, after.norm) || time.am.includes(after.norm)))) starts.push({ first: i - 1, end: i + 1 });
  }
  // A template's date placeholder: "on {{appointment.date}}" (a time, placed only when the template is filled).
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'placeholder' || token.quoted) continue;
    const name = original.slice(token.start, token.end).toLowerCase();
    if (time.placeholders.some((part) => name.includes(part))) starts.push({ first: joins(tokens[i - 1]?.norm ?? '') || time.limits.includes(tokens[i - 1]?.norm ?? '') ? i - 1 : i, end: i + 1 });
  }
  starts.sort((a, b) => a.first - b.first || b.end - a.end);
  const spans: TimeSpan[] = [];
  for (const next of starts) {
    const last = spans.at(-1);
    if (last && next.first <= last.end && tokens[next.first]!.clause === tokens[last.end - 1]!.clause) {
      last.end = Math.max(last.end, next.end);
      continue;
    }
    spans.push({ ...next, spec: {} });
  }
  for (const span of spans) {
    // Run on over the time's words: "by the end" + "of the month", "within 3 business" + "days", "tomorrow" + "at 3 pm".
    const clause = tokens[span.first]!.clause;
    const timeLike = (at: number): boolean => {
      const token = tokens[at];
      if (token === undefined || token.clause !== clause || token.quoted) return false;
      if (token.kind === 'number') return isClock(token) || isTimeWord(tokens[at + 1]?.norm ?? '', time);
      return isTimeWord(token.norm, time);
    };
    for (;;) {
      const next = tokens[span.end];
      if (timeLike(span.end)) span.end++;
      else if (next && joins(next.norm) && timeLike(span.end + 1)) span.end += 2;
      else if (next && joins(next.norm) && joins(tokens[span.end + 1]?.norm ?? '') && timeLike(span.end + 2)) span.end += 3;
      else break;
    }
    const norms: string[] = [];
    for (let i = span.first; i < span.end; i++) norms.push(tokens[i]!.norm);
    span.spec = tokens[span.end - 1]!.kind === 'placeholder' ? { part: true } : readTime(norms, time);
    // «через 99999999999 часов»: a count the tokenizer took for a phone number — a time, but none to place.
    const before = tokens[span.first - 1];
    if (before && before.clause === clause && (before.kind === 'phone' || before.kind === 'number') && before.end === tokens[span.first]!.start - 1) span.spec = { part: true };
    // "for 3 months", «продлим на 30 дней»: a length, not a time.
    // "credit you for the three days concerned", "a credit for this month": the period a thing covers, not its time.
    const lead = time.links.includes(tokens[span.first - 1]?.norm ?? '') ? tokens[span.first - 2] : tokens[span.first - 1];
    const period = span.spec.day === undefined && span.spec.weekday === undefined && span.spec.hour === undefined && span.spec.date === undefined;
    if (inList(time.durations, lead?.norm ?? '') && period && (span.spec.count !== undefined || span.spec.unit !== undefined)) span.spec = {};
  }
  return spans.filter((span) => isTime(span.spec));
}

interface WordSets {
  conditions: ReadonlySet<string>;
  /** Conditions only when they open their clause ("^should"). */
  openers: ReadonlySet<string>;
  refusals: ReadonlySet<string>;
  stops: ReadonlySet<string>;
  requests: ReadonlySet<string>;
  habitual: ReadonlySet<string>;
  hedges: ReadonlySet<string>;
}
/** Each language's word lists as sets, made once (not on every lint). */
const wordSets = new WeakMap<CommitmentWords, WordSets>();
function setsOf(words: CommitmentWords): WordSets {
  let sets = wordSets.get(words);
  if (!sets) {
    sets = {
      conditions: new Set(words.conditions.filter((word) => !word.startsWith('^'))),
      openers: new Set(words.conditions.filter((word) => word.startsWith('^')).map((word) => word.slice(1))), refusals: new Set(words.refusals), stops: new Set(words.stops), requests: new Set(words.requests), habitual: new Set(words.habitual), hedges: new Set(words.hedges) };
    wordSets.set(words, sets);
  }
  return sets;
}

/** The promises of a reply, in order. `clock`: when it is written (resolves the times). */
export function findCommitments(doc: TextDocument, words: CommitmentWords, times: readonly Match[], clock: Clock | undefined): Commitment[] {
  const { tokens, original } = doc;
  const found: Commitment[] = [];
  const { conditions: plain, openers, refusals, stops, requests, habitual, hedges } = setsOf(words);
  /** Is token i a condition word ("if", «если»; "should" only opening its clause)? */
  const isCondition = (i: number) => plain.has(tokens[i]!.norm) || (openers.has(tokens[i]!.norm) && (i === 0 || tokens[i - 1]!.clause !== tokens[i]!.clause));
  /** A condition word in the verb's clause before it: «если эксперт подтвердит» is the condition, not a promise. */
  const inCondition = (verb: number) => {
    for (let i = verb - 1; i >= 0 && tokens[i]!.clause === tokens[verb]!.clause; i--) if (isCondition(i)) return true;
    return false;
  };
  /**
   * "We can't promise it will be ready by Friday", «не можем обещать, что…»: a refused promise before it in the sentence;
   * "they will always help", «обычно вернут»: a general statement in its clause; "we hope it will…", «возможно, будет сделано позже»:
   * a hope or a maybe before it in its sentence.
   */
  const refused = (verb: number) => {
    const { sentence, clause } = tokens[verb]!;
    for (let i = verb - 1; i >= 0 && tokens[i]!.sentence === sentence; i--) {
      if ((tokens[i]!.negated && refusals.has(tokens[i]!.norm)) || (tokens[i]!.clause === clause && habitual.has(tokens[i]!.norm)) || hedges.has(tokens[i]!.norm)) return true;
    }
    for (let i = verb + 1; i < tokens.length && tokens[i]!.clause === clause; i++) if (habitual.has(tokens[i]!.norm)) return true;
    return false;
  };
  const heads = words
    .heads(tokens)
    .sort((a, b) => a.verb - b.verb)
    .filter((head, k, all) => {
      const verb = tokens[head.verb];
      if (!verb || all[k - 1]?.verb === head.verb || verb.quoted || verb.negated || asks(doc, verb.sentence)) return false;
      if (head.actorToken !== undefined && tokens[head.actorToken]!.quoted) return false;
      if (verb.sentence === doc.greetingSentence || verb.sentence >= doc.signatureStart) return false;
      // «Что мы сделаем:», "Here's what we'll do:": a heading over the promises, not one.
      if (original.slice(verb.end, verb.end + 2).trimStart().startsWith(':')) return false;
      return (head.actor === 'we' || head.actor === 'I' || !inCondition(head.verb)) && !refused(head.verb);
    });
  if (heads.length === 0) return found;
  const spans = timeSpans(doc, times, words);
  // Clauses that hold a promise, a condition or a request: a time there is theirs («если не придёт до среды, мы…», "pls use it before sunday").
  const claimed = new Set<number>();
  for (const head of heads) claimed.add(tokens[head.verb]!.clause);
  tokens.forEach((token, i) => {
    if (isCondition(i) || requests.has(token.norm)) claimed.add(token.clause);
  });
  /** A time that is (nearly) all of its clause ("Tomorrow, we'll call", "…, by Friday"), not one inside another statement («Документы переданы 1 декабря; …»). */
  const aloneInClause = (span: TimeSpan) => {
    const { clause } = tokens[span.first]!;
    let others = 0;
    for (let i = span.first - 1; i >= 0 && tokens[i]!.clause === clause; i--) others++;
    for (let i = span.end; i < tokens.length && tokens[i]!.clause === clause; i++) others++;
    return others <= 1;
  };
  const verbs: number[] = [];
  /** Does one of `list` stand between two tokens? */
  const hasWord = (from: number, to: number, list: readonly string[]) => {
    for (let i = from; i < to; i++) if (list.includes(tokens[i]!.norm)) return true;
    return false;
  };
  heads.forEach((head, k) => {
    const verb = tokens[head.verb]!;
    const previous = heads[k - 1];
    const next = heads[k + 1];
    const nextVerb = next && tokens[next.verb]!.clause === verb.clause ? next.verb : Infinity;
    const firstInClause = !previous || tokens[previous.verb]!.clause !== verb.clause;
    // The time: after the verb and before the clause's next promise ("check now and get back to you by 5 pm": the second's),
    // else before the verb for the clause's first promise, else in a clause of the sentence that holds no promise or condition.
    const inClause = spans.filter((span) => tokens[span.first]!.clause === verb.clause);
    const due =
      inClause.find((span) => span.first > head.verb && span.first < nextVerb) ??
      (firstInClause ? inClause.find((span) => span.first < head.verb) : undefined) ??
      spans.find((span) => tokens[span.first]!.sentence === verb.sentence && !claimed.has(tokens[span.first]!.clause) && aloneInClause(span));
    if (head.needsTime && !due) return;
    // The action: from the verb to its clause's end, a stop word or the time.
    let last = head.verb;
    for (let i = head.verb + 1; i < tokens.length && i < head.verb + MAX_ACTION_WORDS && i < nextVerb; i++) {
      const token = tokens[i]!;
      if (token.clause !== verb.clause || stops.has(token.norm) || (due && i >= due.first && i < due.end)) break;
      // A link, a handle or a signature tag ("/MT", "^Helen", "*Zach") ends the action's words.
      if (token.kind === 'url' || token.kind === 'email' || token.kind === 'handle' || isTagGap(original, tokens[i - 1]!.end, token.start)) break;
      last = i;
    }
    // Conditional: a condition before the verb in its sentence ("If it happens again, we'll…"), or after it in its clause before the next promise ("…and reverse it if it's confirmed").
    const sentence = doc.sentences[verb.sentence]!;
    let conditional = false;
    for (let i = sentence.firstToken; i < sentence.endToken && !conditional; i++) {
      if (isCondition(i)) conditional = i < head.verb || (tokens[i]!.clause === verb.clause && i < nextVerb && !endsThought(original, verb.end, tokens[i]!.start));
    }
    let start = verb.start;
    let end = tokens[last]!.end;
    const actor = head.actorToken !== undefined ? tokens[head.actorToken]! : undefined;
    if (actor && actor.sentence === verb.sentence && actor.start < start) start = actor.start;
    const commitment: Commitment = { range: { start, end }, actor: head.actor, action: original.slice(verb.start, tokens[last]!.end), conditional };
    if (due) {
      const range = { start: tokens[due.first]!.start, end: tokens[due.end - 1]!.end };
      if (tokens[due.first]!.clause === verb.clause) {
        start = Math.min(start, range.start);
        end = Math.max(end, range.end);
        commitment.range = { start, end };
      }
      const placed = clock ? resolveTime(due.spec, clock) : undefined;
      commitment.due = { range, text: original.slice(range.start, range.end), ...placed };
    }
    found.push(commitment);
    verbs.push(head.verb);
  });
  // Two promises joined by "and"/«и» with one time after both share it: «уточню и напишу вам через 30 минут», "pick up the broken
  // blender and drop off the new one on Monday" — unless the first names its own moment ("check with the warehouse now and get back
  // to you by 5 pm"); so does a time before both. A time between them is the first's alone ("resend the invoice within the hour and update the email"): the
  // blind authors of two rounds out of three read it so.
  for (let k = 0; k + 1 < found.length; k++) {
    const [first, second] = [found[k]!, found[k + 1]!];
    const join = tokens[verbs[k + 1]! - 1];
    if (first.actor !== second.actor || !join || !words.joins.includes(join.norm) || join.clause !== tokens[verbs[k]!]!.clause) continue;
    if (second.due && !first.due && second.due.range.start > join.end && !hasWord(verbs[k]!, verbs[k + 1]!, words.now)) first.due = second.due;
    // A time before both ("в ПН проверим и поправим", "Tomorrow we'll check and fix it") is both's.
    else if (first.due && !second.due && first.due.range.end <= tokens[verbs[k]!]!.start) second.due = first.due;
  }
  return found;
}

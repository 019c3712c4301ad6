/**
 * A parsed text: masked markup, tokens, sentences, language, quotation and negation marks,
 * greeting and signature, and every phrase match. Built once per text per lint.
 */
import type { Match, Sentence, TextDocument, Token } from './types.js';
import type { Matcher } from './matcher/compile.js';
import { findMatches } from './matcher/match.js';
import { detectLanguage } from './text/language.js';
export { detectLanguage };
import { maskMarkup } from './text/mask.js';
import { scanText, type WordCache } from './text/tokenize.js';
import { LANGUAGE_PACKS, PACKS, type LanguagePack } from './languages/index.js';
import type { DetectedLanguage, Language } from './types.js';

/** Keys of the engine's own phrase categories in every matcher. */
export const GREETING_KEY = '_document/greeting';
export const SIGNOFF_KEY = '_document/signoff';
export const ROLE_KEY = '_document/role';
export const SIGNOFF_THANKS_KEY = '_document/signoffThanks';
/** Times («завтра», "by Friday"): commitments' dues and concrete-commitment's test. */
export const TIME_KEY = '_document/time';

const NEGATION_WINDOW = 3;
const ECHO_LENGTH = 5;
const EMPTY: readonly Match[] = [];

export interface ParsedText {
  original: string;
  masked: string;
  tokens: Token[];
  sentences: Sentence[];
  exclamationRuns: number;
  language: DetectedLanguage;
}

/**
 * The language-independent part: mask, scan, quotes, and (unless `detect` is false: the client's
 * message, whose language matters only when the reply's cannot be told) detect the language.
 */
export function parseText(original: string, words: WordCache, detect = true): ParsedText {
  const masked = maskMarkup(original);
  const scan = scanText(masked, words);
  markQuoted(scan.tokens, scan.quotedSpans);
  return {
    original,
    masked,
    tokens: scan.tokens,
    sentences: scan.sentences,
    exclamationRuns: scan.exclamationRuns,
    language: detect ? detectLanguage(masked, scan.tokens) : 'und',
  };
}

/** Marks tokens inside quotation spans; one pass over tokens and spans, both in order of position. */
function markQuoted(tokens: Token[], spans: ReadonlyArray<[number, number]>): void {
  if (spans.length === 0) return;
  const ordered = [...spans].sort((a, b) => a[0] - b[0]);
  let span = 0;
  let reach = -1; // the farthest end of the spans opened so far (spans may nest)
  for (const token of tokens) {
    while (span < ordered.length && ordered[span]![0] <= token.start) reach = Math.max(reach, ordered[span++]![1]);
    if (token.end <= reach) token.quoted = true;
  }
}

/** Marks reply words repeated verbatim from the message (five words or more) as quoted. */
export function markEchoes(reply: Token[], message: readonly Token[]): void {
  if (message.length < ECHO_LENGTH || reply.length < ECHO_LENGTH) return;
  // Words are numbers already (token.id, one per distinct word), five-word runs one hash: no strings
  // or maps built per word.
  const gramAt = (tokens: readonly Token[], start: number) => {
    let hash = 0;
    // Kept within 30 bits: small integers stay unboxed in V8, so the table of runs stays fast.
    for (let k = 0; k < ECHO_LENGTH; k++) hash = (Math.imul(hash, 65_599) + tokens[start + k]!.id) & 0x3fffffff;
    return hash;
  };
  // Only the client's own words: not an earlier answer of the company quoted in the message.
  const own = message.filter((token) => !token.quoted);
  const grams = new Map<number, number>();
  for (let i = 0; i + ECHO_LENGTH <= own.length; i++) {
    const hash = gramAt(own, i);
    if (!grams.has(hash)) grams.set(hash, i);
  }
  for (let i = 0; i + ECHO_LENGTH <= reply.length; i++) {
    const at = grams.get(gramAt(reply, i));
    if (at === undefined) continue;
    let same = true;
    for (let k = 0; k < ECHO_LENGTH && same; k++) same = reply[i + k]!.id === own[at + k]!.id;
    if (same) for (let k = 0; k < ECHO_LENGTH; k++) reply[i + k]!.quoted = true;
  }
}

function markNegated(tokens: Token[], negators: ReadonlySet<string>, from = 0, to = tokens.length): void {
  let lastNegator = -1;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    token.negated = lastNegator !== -1 && tokens[lastNegator]!.clause === token.clause && i - lastNegator <= NEGATION_WINDOW;
    if (negators.has(token.norm)) lastNegator = i;
  }
}

/** The other language's phrases and negators, for sentences written in it. */
export interface ForeignLanguage {
  pack: LanguagePack;
  matcher: Matcher;
  negators: ReadonlySet<string>;
}

/**
 * Token ranges of sentences written in the other language: three words or more in its script,
 * and more of them than in the text's own («…в WhatsApp Business…» stays Russian).
 */
function foreignRuns(parsed: ParsedText, language: Language, foreign: LanguagePack): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const { tokens } = parsed;
  const ownPack = LANGUAGE_PACKS[language];
  for (const sentence of parsed.sentences) {
    let own = 0;
    let other = 0;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word') continue;
      const code = token.norm.charCodeAt(0);
      if (ownPack.startsWord(code)) own++;
      else if (foreign.startsWord(code)) other++;
    }
    if (other < 3 || other <= own) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === sentence.firstToken) last[1] = sentence.endToken;
    else runs.push([sentence.firstToken, sentence.endToken]);
  }
  return runs;
}

/** Adds the matches found in foreign sentences to the text's own, in order, skipping overlaps. */
function mergeMatches(matches: Map<string, Match[]>, extra: ReadonlyMap<string, Match[]>): void {
  for (const [key, found] of extra) {
    const merged = [...(matches.get(key) ?? []), ...found].sort((a, b) => a.firstToken - b.firstToken || b.endToken - a.endToken);
    const kept: Match[] = [];
    for (const match of merged) if (kept.length === 0 || kept[kept.length - 1]!.endToken <= match.firstToken) kept.push(match);
    matches.set(key, kept);
  }
}

function firstWordIndex(tokens: readonly Token[], sentence: Sentence): number {
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const kind = tokens[i]!.kind;
    if (kind !== 'handle') return i;
  }
  return -1;
}

/** Text before the first token of a sentence on its line, e.g. "-" or "^" of "-KC". */
function leadMark(masked: string, sentence: Sentence, tokens: readonly Token[]): string {
  const first = tokens[sentence.firstToken]!;
  let start = first.start;
  while (start > 0 && start > first.start - 3 && !/[\n.!?…]/.test(masked[start - 1]!)) start--;
  return masked.slice(start, first.start).trim();
}

function endsWithPunctuation(masked: string, sentence: Sentence): boolean {
  const text = masked.slice(sentence.start, sentence.end).trimEnd();
  return /[.!?…]$/.test(text);
}

interface Signature {
  greetingSentence: number;
  signOffSentence: number;
  signatureStart: number;
}

/**
 * Greeting: the first sentence when it opens with a greeting. Sign-off: a short line among the
 * last four that matches a sign-off («С уважением», "Best regards"). Signature: the lines after
 * the sign-off, or trailing short lines that look like one (a dash and initials, a name and role,
 * a placeholder).
 */
function findFrame(parsed: ParsedText, matches: ReadonlyMap<string, readonly Match[]>): Signature {
  const { tokens, sentences, masked } = parsed;
  // The greeting opens the agent's own text: quoted lines of the client before it do not count.
  let greetingSentence = -1;
  const greetings = matches.get(GREETING_KEY) ?? EMPTY;
  const own = sentences.findIndex((sentence) => {
    const first = firstWordIndex(tokens, sentence);
    return first !== -1 && !tokens[first]!.quoted;
  });
  if (own !== -1) {
    const first = firstWordIndex(tokens, sentences[own]!);
    if (greetings.some((match) => match.firstToken === first)) greetingSentence = own;
  }

  let signOffSentence = -1;
  // A line that ends the body and opens the signature: «С уважением,» (a closing too) or a bare
  // «Спасибо,» / "Thanks," followed by a name (thanks, not a closing).
  let signatureOpener = -1;
  const signOffs = matches.get(SIGNOFF_KEY) ?? EMPTY;
  const thanksSignOffs = matches.get(SIGNOFF_THANKS_KEY) ?? EMPTY;
  // Quoted history after the signature ("-Becky\n\n> On Monday you wrote: …") is not the reply's end.
  let tail = sentences.length;
  while (tail > 1 && isQuotedHistory(parsed, tail - 1)) tail--;
  for (let s = tail - 1; s >= Math.max(0, tail - 7) && s > greetingSentence; s--) {
    const sentence = sentences[s]!;
    const words = sentence.endToken - sentence.firstToken;
    const first = firstWordIndex(tokens, sentence);
    const opens = (match: Match) => match.firstToken === first && match.endToken >= sentence.endToken - 1;
    const isLast = s === tail - 1;
    // A sign-off stands on its own line, before a name or at the very end.
    const lineEnds = isLast || masked.slice(sentence.end, sentences[s + 1]!.start).includes('\n');
    if (words > 5 || !lineEnds) continue;
    if (signOffs.some(opens)) {
      signOffSentence = s;
      signatureOpener = s;
      break;
    }
    if (!isLast && words <= 2 && !endsWithPunctuation(masked, sentence) && thanksSignOffs.some(opens)) {
      signatureOpener = s;
      break;
    }
  }

  let signatureStart = sentences.length;
  if (signatureOpener !== -1) {
    signatureStart = signatureOpener + 1;
  } else {
    for (let s = tail - 1; s > greetingSentence && s >= tail - 6; s--) {
      if (!looksLikeSignatureLine(parsed, sentences[s]!, matches)) break;
      const startsLine = masked.slice(s === 0 ? 0 : sentences[s - 1]!.end, sentences[s]!.start).includes('\n');
      const mark = leadMark(masked, sentences[s]!, tokens);
      if (!startsLine && !/^[-—–~^]/.test(mark)) break;
      signatureStart = s;
    }
  }
  return { greetingSentence, signOffSentence, signatureStart };
}

/** "On Monday, Anna wrote:" / «Пн, 12 мая, Анна написала:» before quoted lines (the verbs of every language). */
const WROTE_VERBS = PACKS.flatMap((pack) => pack.quoteHeaders.wrote);

/** Ends with a "wrote" verb of any language and a colon ("Anna wrote:", «Анна написала :»); a Latin verb starts a word. */
function endsWithWrote(text: string): boolean {
  const body = text.trimEnd();
  if (!body.endsWith(':')) return false;
  const head = body.slice(0, -1).trimEnd().toLowerCase();
  return WROTE_VERBS.some((verb) => head.endsWith(verb) && !(/^[a-z]/.test(verb) && /[a-z0-9_]$/.test(head.slice(0, head.length - verb.length))));
}

/** A sentence of quoted history: all its tokens quoted ("> …"), or the "… wrote:" line before them. */
function isQuotedHistory(parsed: ParsedText, s: number): boolean {
  const sentence = parsed.sentences[s]!;
  let quoted = true;
  for (let i = sentence.firstToken; i < sentence.endToken && quoted; i++) quoted = parsed.tokens[i]!.quoted;
  const lineStart = parsed.original.lastIndexOf('\n', sentence.start - 1) + 1;
  // On a `>` line: the line's first sentence, or a later one ("> It broke. Here is what I did:").
  if (quoted && /^[ \t]*>/.test(parsed.original.slice(lineStart, sentence.start + 1))) return true;
  return endsWithWrote(parsed.masked.slice(sentence.start, sentence.end)) && s + 1 < parsed.sentences.length && isQuotedHistory(parsed, s + 1);
}

const CONTACT_KINDS = new Set(['phone', 'email', 'url', 'handle', 'number']);

/**
 * A line of a signature block: contacts only ("8 800 555-01-23"), a role or team («старший
 * специалист», "Customer Care, Shield Insurance"), a name and a comma ("Вера, администратор"),
 * initials after a dash ("-KC"), or two or three capitalized words ("Anna Petrova", "HomeNest | 0330…").
 */
function looksLikeSignatureLine(parsed: ParsedText, sentence: Sentence, matches: ReadonlyMap<string, readonly Match[]>): boolean {
  const { tokens, masked } = parsed;
  const words = sentence.endToken - sentence.firstToken;
  const first = tokens[sentence.firstToken]!;
  // "{{agent.name}}", "%AGENT% | Support": a placeholder opening a short line (not "{{name}}, your order…").
  if (first.kind === 'placeholder' && words <= 4) return true;
  if (words > 12 || endsWithPunctuation(masked, sentence)) return false;
  let contacts = 0;
  let capitalized = 0;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const token = tokens[i]!;
    const ch = masked[token.start]!;
    if (CONTACT_KINDS.has(token.kind)) contacts++;
    else if (token.kind === 'placeholder' || ch !== ch.toLowerCase()) capitalized++;
  }
  if (contacts === words) return true;
  const mark = leadMark(masked, sentence, tokens);
  if (/^[-—–~^]/.test(mark) && words <= 7) return true;
  const roles = matches.get(ROLE_KEY) ?? EMPTY;
  if (roles.some((match) => match.sentence === first.sentence)) return true;
  // "Вера, администратор клуба": a capitalized name and a comma.
  const second = tokens[sentence.firstToken + 1];
  const firstChar = masked[first.start]!;
  if (first.kind === 'word' && firstChar !== firstChar.toLowerCase() && !first.caps && second && masked.slice(first.end, second.start).trim() === ',') return true;
  // "Anna" / "Анна Петрова" / "HomeNest | 0330 123 4567": capitalized words (and contacts) only.
  return words <= 4 && capitalized + contacts === words && capitalized <= 3;
}

export function buildDocument(
  parsed: ParsedText,
  language: Language,
  matcher: Matcher,
  negators: ReadonlySet<string>,
  foreign: readonly ForeignLanguage[] = [],
): TextDocument {
  markNegated(parsed.tokens, negators);
  const matches = findMatches(matcher, parsed.tokens);
  // A sentence in the other language is judged in it: its negators, its phrases.
  for (const other of foreign) {
    for (const [from, to] of foreignRuns(parsed, language, other.pack)) {
      markNegated(parsed.tokens, other.negators, from, to);
      mergeMatches(matches, findMatches(other.matcher, parsed.tokens, from, to));
    }
  }
  const frame = findFrame(parsed, matches);
  let wordCount = 0;
  let capsWords = 0;
  for (const token of parsed.tokens) {
    if (token.kind === 'word' || token.kind === 'number') wordCount++;
    if (token.caps && token.kind === 'word') capsWords++;
  }
  return {
    original: parsed.original,
    masked: parsed.masked,
    language: parsed.language,
    tokens: parsed.tokens,
    sentences: parsed.sentences,
    wordCount,
    greetingSentence: frame.greetingSentence,
    signOffSentence: frame.signOffSentence,
    signatureStart: frame.signatureStart,
    exclamationRuns: parsed.exclamationRuns,
    capsWords,
    matches,
  };
}

/**
 * One linear pass over the masked text: tokens (UTF-16 offsets), sentences, clauses, quotation
 * spans, runs of «!». No regular expression runs over the whole text.
 */
import type { Sentence, Token, TokenKind } from '../types.js';
import { PACKS } from '../languages/index.js';
import { PLACEHOLDER_CHAR } from './mask.js';
import { expandContraction, normalizeWord } from './normalize.js';
import { stemWord } from './stem.js';

const PLACEHOLDER_CODE = PLACEHOLDER_CHAR.charCodeAt(0);

export interface Scan {
  tokens: Token[];
  sentences: Sentence[];
  /** [start, end) offsets of text between paired quotation marks and of `>`-quoted lines. */
  quotedSpans: Array<[number, number]>;
  /** Runs of two or more «!»/«?» in the author's own text (not on `>`-quoted lines or in quoted history). */
  exclamationRuns: number;
}

const LETTER = /[\p{L}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/;
const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '(', ')', '[', ']']);
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const OPEN_QUOTES: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"' };
// The headers of a quoted earlier message, in every language: "-----Original message-----",
// "On Mon, Anna wrote:", «В пн, Анна написала:». Words, not regular expressions built from data.
const SEPARATORS = PACKS.flatMap((pack) => pack.quoteHeaders.separators);
const OPENERS = PACKS.flatMap((pack) => pack.quoteHeaders.openers.map((opener) => `${opener} `));
const WROTE = PACKS.flatMap((pack) => pack.quoteHeaders.wrote);
/** First letters of the openers, both cases, and the separator's dash: the lines worth a look. */
const HEADER_STARTS = new Set(['-', ...OPENERS.flatMap((opener) => [opener[0]!, opener[0]!.toUpperCase()])]);

function isQuoteHeader(line: string): boolean {
  const text = line.trim().toLowerCase();
  if (text.startsWith('--')) return SEPARATORS.some((separator) => text.includes(separator));
  if (text.length > 160 || !OPENERS.some((opener) => text.startsWith(opener))) return false;
  const end = text.endsWith(':') ? text.slice(0, -1) : text;
  return WROTE.some((verb) => end.endsWith(verb));
}

const ABBREVIATIONS = new Set(PACKS.flatMap((pack) => pack.abbreviations));
const NUMBER_ABBREVIATIONS = new Set(PACKS.flatMap((pack) => pack.numberAbbreviations ?? []));
const TLDS = /\.(com|ru|org|net|io|рф|su|info|biz|co|us|uk|de|app|me|ly|gl|gov|edu|help|support|shop|store|online|site)(\/|$)/i;

/** Fast paths for ASCII and Cyrillic; the Unicode property test only for the rest. */
function isLetterOrDigitCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0x0400 && code <= 0x04ff) return true;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

function isLetterOrDigit(ch: string): boolean {
  return isLetterOrDigitCode(ch.charCodeAt(0));
}

function isSpaceCode(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  return code > 0x7f && SPACE.test(String.fromCharCode(code));
}


function isDigit(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0x30 && code <= 0x39;
}

function trimTrailingPunctuation(text: string, start: number, end: number): number {
  while (end > start && /[.,;:!?)»"'”\]]/.test(text[end - 1]!)) end--;
  return end;
}

interface WordPart {
  norm: string;
  stem: string;
  /** The norm's number (see WordCache.id). */
  id: number;
  start: number;
  end: number;
}

interface WordInfo {
  /** The word as written. */
  raw: string;
  /** Another word with the same hash (see WordCache.analyzeAt). */
  next: WordInfo | undefined;
  kind: 'word' | 'number';
  /** Written in capitals: two letters or more, no digits ("K8P2LM" is a code, not shouting). */
  caps: boolean;
  /** One part, or several for a contraction ("we've" → we + have). */
  parts: WordPart[];
}

const WORD_CACHE_LIMIT = 50_000;
const WORD_ID_LIMIT = 500_000;

/**
 * What a linter remembers of the words it has read, for speed: each written form's
 * normalization, contraction and stem (support text repeats its words), and a number per
 * distinct normalized word (the echo check compares numbers, not strings). It holds words of
 * the texts linted, so it belongs to one linter, is bounded, and `clear()` (the linter's
 * `dispose()`) forgets every word. Numbers are never reused, so after a reset a word only gets
 * a new one.
 */
export class WordCache {
  /** Words by the hash of their characters (wordHash), chained: looked up without slicing the text. */
  private readonly words = new Map<number, WordInfo>();
  private size = 0;
  private readonly ids = new Map<string, number>();
  private nextId = 1;

  id(norm: string): number {
    let id = this.ids.get(norm);
    if (id === undefined) {
      if (this.ids.size >= WORD_ID_LIMIT) {
        this.ids.clear();
        this.generation++;
      }
      this.ids.set(norm, (id = this.nextId++));
    }
    return id;
  }

  /** The word text[start, end), whose wordHash is `hash`. */
  analyzeAt(text: string, start: number, end: number, hash: number): WordInfo {
    const first = this.words.get(hash);
    for (let info = first; info !== undefined; info = info.next) if (info.raw.length === end - start && text.startsWith(info.raw, start)) return info;
    if (this.size >= WORD_CACHE_LIMIT) {
      this.words.clear();
      this.size = 0;
    }
    const info = this.analyze(text.slice(start, end), this.size === 0 ? undefined : first);
    this.words.set(hash, info);
    this.size++;
    return info;
  }

  private analyze(raw: string, next: WordInfo | undefined): WordInfo {
    const norm = normalizeWord(raw);
    const kind = isDigit(raw[0]!) ? 'number' : 'word';
    const caps = kind === 'word' && raw.length >= 2 && raw !== norm && raw === raw.toUpperCase() && !/[0-9]/.test(raw);
    // (Once per written form: the word cache keeps the pieces. A pack may split words without an apostrophe too: chat's "im".)
    const pieces = kind === 'word' ? expandContraction(norm) : [{ norm, start: 0, end: raw.length }];
    const parts: WordPart[] = pieces.map((piece) => ({
      norm: piece.norm,
      stem: kind === 'word' ? stemWord(piece.norm) : piece.norm,
      id: this.id(piece.norm),
      start: piece.start,
      end: piece.end,
    }));
    return { raw, next, kind, caps, parts };
  }

  /** Bumped whenever word numbers are reset: tokens numbered before cannot be compared with later ones. */
  generation = 0;

  /** Forgets every word read so far. */
  clear(): void {
    this.words.clear();
    this.size = 0;
    this.ids.clear();
    this.generation++;
  }
}

/**
 * The scanner's state while it reads one text, and one method per thing it can meet: a line break,
 * a quoted-history header or `>` line, a placeholder, a phone number, a chunk of non-space text (an
 * e-mail address, a URL, a handle, or words and punctuation).
 */
class Scanner {
  readonly tokens: Token[] = [];
  readonly sentences: Sentence[] = [];
  /** [start, end) offsets of text between paired quotation marks and of `>`-quoted lines. */
  readonly quotedSpans: Array<[number, number]> = [];
  exclamationRuns = 0;
  private clause = 0;
  /** The number of the sentence being read (sentences.length). */
  private sentence = 0;
  private sentenceStart = -1;
  private sentenceFirstToken = 0;
  private lineStart = 0;
  // On a `>`-quoted line, or anywhere in quoted history: «!!!» there is not the author's own.
  private quotedLine = false;
  private history = false;
  private readonly openQuotes: Array<{ char: string; at: number }> = [];
  private readonly length: number;

  constructor(
    private readonly text: string,
    private readonly words: WordCache,
  ) {
    this.length = text.length;
  }

  run(): Scan {
    const text = this.text;
    const length = this.length;
    let i = 0;
    while (i < length) {
      const ch = text[i]!;
      if (ch === '\n') {
        i = this.lineBreak(i);
        continue;
      }
      if (isSpaceCode(ch.charCodeAt(0))) {
        i++;
        continue;
      }
      if (i === this.lineStart) {
        // A quoted earlier message: everything below its header is quoted; a `>` line is the client's.
        if (HEADER_STARTS.has(ch)) this.quoteHeader(i);
        if (ch === '>') {
          i = this.quotedLineAt(i);
          continue;
        }
      } else if (ch === '>' && text.slice(this.lineStart, i).trim() === '') {
        i = this.quotedLineAt(i);
        continue;
      }
      if (ch === PLACEHOLDER_CHAR) {
        let end = i;
        while (text[end] === PLACEHOLDER_CHAR) end++;
        this.push('placeholder', i, end, '{placeholder}', '{placeholder}', false);
        i = end;
        continue;
      }
      if (ch === '+' || ch === '(' || isDigit(ch)) {
        const end = this.phoneAt(i);
        if (end !== -1) {
          i = end;
          continue;
        }
      }
      i = this.chunkAt(i);
    }
    this.closeSentence(length);
    return { tokens: this.tokens, sentences: this.sentences, quotedSpans: this.quotedSpans, exclamationRuns: this.exclamationRuns };
  }

  private closeSentence(end: number): void {
    if (this.sentenceStart !== -1 && this.tokens.length > this.sentenceFirstToken) {
      this.sentences.push({ start: this.sentenceStart, end, firstToken: this.sentenceFirstToken, endToken: this.tokens.length });
      this.sentence++;
    }
    this.sentenceStart = -1;
    this.sentenceFirstToken = this.tokens.length;
    this.clause++;
  }

  private push(kind: TokenKind, start: number, end: number, norm: string, stem: string, caps: boolean): void {
    if (this.sentenceStart === -1) this.sentenceStart = start;
    this.tokens.push({ kind, start, end, norm, stem, id: this.words.id(norm), sentence: this.sentence, clause: this.clause, quoted: false, negated: false, caps });
  }

  private pushWord(start: number, end: number, hash: number): void {
    const word = this.words.analyzeAt(this.text, start, end, hash);
    if (this.sentenceStart === -1) this.sentenceStart = start;
    const parts = word.parts;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      this.tokens.push({
        kind: word.kind,
        start: start + part.start,
        end: start + part.end,
        norm: part.norm,
        stem: part.stem,
        id: part.id,
        sentence: this.sentence,
        clause: this.clause,
        quoted: false,
        negated: false,
        caps: word.caps,
      });
    }
  }

  /** A line break ends the sentence; a blank line also ends an unclosed quotation (none runs across a paragraph). */
  private lineBreak(i: number): number {
    const text = this.text;
    this.closeSentence(i);
    this.lineStart = i + 1;
    this.quotedLine = false;
    let next = i + 1;
    while (text[next] === ' ' || text[next] === '\t' || text[next] === '\r') next++;
    if (text[next] === '\n') this.openQuotes.length = 0;
    return i + 1;
  }

  /** "-----Original message-----", "On Mon, Anna wrote:", «… написал(а):» at a line start: the rest of the text is quoted. */
  private quoteHeader(i: number): void {
    const lineEnd = this.text.indexOf('\n', i);
    if (isQuoteHeader(this.text.slice(i, lineEnd === -1 ? this.length : lineEnd))) {
      this.quotedSpans.push([i, this.length]);
      this.history = true;
    }
  }

  /** A `>`-quoted line (e-mail quoting): the whole line is the client's. */
  private quotedLineAt(i: number): number {
    let end = this.text.indexOf('\n', i);
    if (end === -1) end = this.length;
    this.quotedSpans.push([i, end]);
    this.quotedLine = true;
    return i + 1;
  }

  /** A phone number at i (+ or digits, with spaces, dashes, brackets; 10 to 15 digits): its end, or -1. */
  private phoneAt(i: number): number {
    const text = this.text;
    let end = i;
    let digits = 0;
    let separators = 0;
    while (end < this.length && end - i < 24) {
      const c = text[end]!;
      if (isDigit(c)) digits++;
      else if (c === ' ' || c === '-' || c === '(' || c === ')' || c === '.' || (c === '+' && end === i)) separators++;
      else break;
      end++;
    }
    while (end > i && !isDigit(text[end - 1]!)) end--;
    if (digits < 10 || digits > 15 || (text[i] !== '+' && separators === 0 && digits > 11)) return -1;
    const number = text.slice(i, end).replace(/[^0-9+]/g, '');
    this.push('phone', i, end, number, number, false);
    return end;
  }

  /**
   * A chunk of non-space text at i: an e-mail address, a URL, a handle, or words and punctuation.
   * Its end, and where its first "@" and "." are, are found in one pass: most chunks are plain words
   * and need no substring. Returns where scanning goes on.
   */
  private chunkAt(i: number): number {
    const text = this.text;
    const length = this.length;
    const ch = text[i]!;
    let chunkEnd = i;
    let at = -1;
    let dot = -1;
    let dotAfterAt = -1;
    for (let code = text.charCodeAt(chunkEnd); chunkEnd < length && !isSpaceCode(code) && code !== PLACEHOLDER_CODE; ) {
      if (code === 0x40 && at === -1) at = chunkEnd - i;
      else if (code === 0x2e) {
        if (dot === -1) dot = chunkEnd - i;
        if (at !== -1 && dotAfterAt === -1) dotAfterAt = chunkEnd - i;
      }
      code = text.charCodeAt(++chunkEnd);
    }
    if (at > 0 && dotAfterAt > at + 1 && isLetterOrDigit(text[i + at - 1]!)) {
      const end = trimTrailingPunctuation(text, i, chunkEnd);
      let start = i;
      while (start < end && !isLetterOrDigit(text[start]!)) start++;
      const address = normalizeWord(text.slice(start, end));
      this.push('email', start, end, address, address, false);
      if (this.endsSentence(end, chunkEnd)) this.closeSentence(chunkEnd);
      return chunkEnd;
    }
    const chunkLength = chunkEnd - i;
    const isUrl =
      dot !== -1 &&
      dot < chunkLength - 2 &&
      (/^(https?:\/\/|www\.)/i.test(text.slice(i, i + 8)) || (isLetterOrDigit(ch) && at === -1 && TLDS.test(text.slice(i, chunkEnd))));
    if (isUrl) {
      const end = trimTrailingPunctuation(text, i, chunkEnd);
      const url = normalizeWord(text.slice(i, end));
      this.push('url', i, end, url, url, false);
      if (this.endsSentence(end, chunkEnd)) {
        this.closeSentence(chunkEnd);
        return chunkEnd;
      }
      return end;
    }
    let next = i;
    if (ch === '@' && i + 1 < length && /[A-Za-z0-9_]/.test(text[i + 1]!)) {
      let end = i + 1;
      while (end < length && /[A-Za-z0-9_]/.test(text[end]!)) end++;
      const handle = text.slice(i, end).toLowerCase();
      this.push('handle', i, end, handle, handle, false);
      // The rest of the chunk ("@anna," or "@a@a@a…") is read below, not scanned afresh: linear.
      next = end;
    }
    while (next < chunkEnd) next = isLetterOrDigit(text[next]!) ? this.wordAt(next, chunkEnd) : this.punctuationAt(next, chunkEnd);
    return chunkEnd;
  }

  /** Sentence punctuation right after an address or a URL (ending at `end`) still ends the sentence. */
  private endsSentence(end: number, chunkEnd: number): boolean {
    return end < chunkEnd && SENTENCE_END.has(this.text[end]!) && (chunkEnd === this.length || isSpaceCode(this.text.charCodeAt(chunkEnd)));
  }

  /** A word or number at i, inside a chunk ending at chunkEnd; its hash is taken as it is read (FNV-1a over UTF-16 units). */
  private wordAt(i: number, chunkEnd: number): number {
    const text = this.text;
    let end = i + 1;
    const numeric = isDigit(text[i]!);
    let hash = Math.imul(0x811c9dc5 ^ text.charCodeAt(i), 0x01000193);
    while (end < chunkEnd) {
      const code = text.charCodeAt(end);
      if (isLetterOrDigitCode(code)) {
        end++;
      } else if ((code === 0x27 || code === 0x2019) && !numeric && end + 1 < chunkEnd && LETTER.test(text[end + 1]!)) {
        end++;
      } else if (numeric && (code === 0x2e || code === 0x2c || code === 0x3a) && end + 1 < chunkEnd && isDigit(text[end + 1]!)) {
        end++;
      } else {
        break;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
    }
    this.pushWord(i, end, hash & 0x3fffffff);
    return end;
  }

  /** Punctuation at i: runs of «!»/«?», sentence ends (not after an abbreviation), clause breaks, quotation marks. */
  private punctuationAt(i: number, chunkEnd: number): number {
    const text = this.text;
    const c = text[i]!;
    if ((c === '!' || c === '?') && (i === 0 || (text[i - 1] !== '!' && text[i - 1] !== '?'))) {
      // «!!!», «?!», «???»: two or more in a row.
      let end = i;
      while (end < this.length && (text[end] === '!' || text[end] === '?')) end++;
      if (end - i >= 2 && !this.quotedLine && !this.history) this.exclamationRuns++;
    }
    if (SENTENCE_END.has(c)) {
      let end = i;
      while (end < chunkEnd && (SENTENCE_END.has(text[end]!) || /[)»"”']/.test(text[end]!))) end++;
      const atBoundary = end === this.length || isSpaceCode(text.charCodeAt(end)) || end === chunkEnd;
      const last = this.tokens[this.tokens.length - 1];
      const abbreviation =
        c === '.' &&
        last !== undefined &&
        last.end === i &&
        (ABBREVIATIONS.has(last.norm) || (NUMBER_ABBREVIATIONS.has(last.norm) && /^\s*\d/.test(text.slice(end, end + 4))));
      if (atBoundary && !abbreviation) {
        // A quotation that ends with its sentence ("…within 24 hours." ) closes here: its mark is in the run.
        for (let k = i + 1; k < end; k++) {
          const top = this.openQuotes[this.openQuotes.length - 1];
          if (top !== undefined && OPEN_QUOTES[top.char] === text[k]) {
            this.openQuotes.pop();
            this.quotedSpans.push([top.at + 1, k]);
          }
        }
        this.closeSentence(end);
        return end;
      }
      return i + 1;
    }
    if (CLAUSE_BREAK.has(c)) this.clause++;
    const closeFor = OPEN_QUOTES[c];
    const top = this.openQuotes[this.openQuotes.length - 1];
    if (top !== undefined && OPEN_QUOTES[top.char] === c) {
      this.openQuotes.pop();
      this.quotedSpans.push([top.at + 1, i]);
      this.clause++;
    } else if (closeFor !== undefined && this.openQuotes.length < 8) {
      this.openQuotes.push({ char: c, at: i });
      this.clause++;
    }
    return i + 1;
  }
}

/** One linear pass over the masked text: tokens, sentences, quotation spans, runs of «!». */
export function scanText(masked: string, words: WordCache): Scan {
  return new Scanner(masked, words).run();
}

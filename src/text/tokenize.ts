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
    const pieces = kind === 'word' && norm.includes("'") ? expandContraction(norm) : [{ norm, start: 0, end: raw.length }];
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

export function scanText(masked: string, words: WordCache): Scan {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const quotedSpans: Array<[number, number]> = [];
  const length = masked.length;
  let exclamationRuns = 0;
  let clause = 0;
  let sentenceStart = -1;
  let sentenceFirstToken = 0;
  let lineStart = 0;
  // On a `>`-quoted line, or anywhere in quoted history: «!!!» there is not the author's own.
  let quotedLine = false;
  let history = false;
  const openQuotes: Array<{ char: string; at: number }> = [];

  const closeSentence = (end: number) => {
    if (sentenceStart !== -1 && tokens.length > sentenceFirstToken) {
      sentences.push({ start: sentenceStart, end, firstToken: sentenceFirstToken, endToken: tokens.length });
    }
    sentenceStart = -1;
    sentenceFirstToken = tokens.length;
    clause++;
  };

  const push = (kind: TokenKind, start: number, end: number, norm: string, stem: string, caps: boolean) => {
    if (sentenceStart === -1) sentenceStart = start;
    tokens.push({ kind, start, end, norm, stem, id: words.id(norm), sentence: sentences.length, clause, quoted: false, negated: false, caps });
  };

  const pushWord = (start: number, end: number, hash: number) => {
    const word = words.analyzeAt(masked, start, end, hash);
    if (sentenceStart === -1) sentenceStart = start;
    const parts = word.parts;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      tokens.push({
        kind: word.kind,
        start: start + part.start,
        end: start + part.end,
        norm: part.norm,
        stem: part.stem,
        id: part.id,
        sentence: sentences.length,
        clause,
        quoted: false,
        negated: false,
        caps: word.caps,
      });
    }
  };

  let i = 0;
  while (i < length) {
    const ch = masked[i]!;

    if (ch === '\n') {
      closeSentence(i);
      lineStart = i + 1;
      quotedLine = false;
      // A quotation does not run across a paragraph: an unclosed «, “ or " ends at a blank line.
      let next = i + 1;
      while (masked[next] === ' ' || masked[next] === '\t' || masked[next] === '\r') next++;
      if (masked[next] === '\n') openQuotes.length = 0;
      i++;
      continue;
    }
    if (isSpaceCode(ch.charCodeAt(0))) {
      i++;
      continue;
    }
    // A quoted earlier message: "-----Original message-----", "On Mon, Anna wrote:", «… написал(а):».
    // Everything below it is quoted.
    if (i === lineStart && HEADER_STARTS.has(ch)) {
      const lineEnd = masked.indexOf('\n', i);
      if (isQuoteHeader(masked.slice(i, lineEnd === -1 ? length : lineEnd))) {
        quotedSpans.push([i, length]);
        history = true;
      }
    }
    // A `>`-quoted line (e-mail quoting): the whole line is the client's.
    if (ch === '>' && masked.slice(lineStart, i).trim() === '') {
      let end = masked.indexOf('\n', i);
      if (end === -1) end = length;
      quotedSpans.push([i, end]);
      quotedLine = true;
      i++;
      continue;
    }
    if (ch === PLACEHOLDER_CHAR) {
      let end = i;
      while (masked[end] === PLACEHOLDER_CHAR) end++;
      push('placeholder', i, end, '{placeholder}', '{placeholder}', false);
      i = end;
      continue;
    }

    // Phone numbers: + or digits, with spaces, dashes, brackets; 10 to 15 digits.
    if (ch === '+' || ch === '(' || isDigit(ch)) {
      let end = i;
      let digits = 0;
      let separators = 0;
      while (end < length && end - i < 24) {
        const c = masked[end]!;
        if (isDigit(c)) digits++;
        else if (c === ' ' || c === '-' || c === '(' || c === ')' || c === '.' || (c === '+' && end === i)) separators++;
        else break;
        end++;
      }
      while (end > i && !isDigit(masked[end - 1]!)) end--;
      if (digits >= 10 && digits <= 15 && (ch === '+' || separators > 0 || digits <= 11)) {
        const digits = masked.slice(i, end).replace(/[^0-9+]/g, '');
        push('phone', i, end, digits, digits, false);
        i = end;
        continue;
      }
    }

    // A chunk of non-space text: e-mail, URL, handle, or words and punctuation.
    // The chunk's end, and where its first "@" and "." are: most chunks are plain words and need no substring.
    let chunkEnd = i;
    let at = -1;
    let dot = -1;
    let dotAfterAt = -1;
    for (let code = masked.charCodeAt(chunkEnd); chunkEnd < length && !isSpaceCode(code) && code !== PLACEHOLDER_CODE; ) {
      if (code === 0x40 && at === -1) at = chunkEnd - i;
      else if (code === 0x2e) {
        if (dot === -1) dot = chunkEnd - i;
        if (at !== -1 && dotAfterAt === -1) dotAfterAt = chunkEnd - i;
      }
      code = masked.charCodeAt(++chunkEnd);
    }
    if (at > 0 && dotAfterAt > at + 1 && isLetterOrDigit(masked[i + at - 1]!)) {
      const end = trimTrailingPunctuation(masked, i, chunkEnd);
      let start = i;
      while (start < end && !isLetterOrDigit(masked[start]!)) start++;
      const address = normalizeWord(masked.slice(start, end));
      push('email', start, end, address, address, false);
      // Sentence punctuation right after the address still counts, as after a URL.
      if (end < chunkEnd && SENTENCE_END.has(masked[end]!) && (chunkEnd === length || isSpaceCode(masked.charCodeAt(chunkEnd)))) closeSentence(chunkEnd);
      i = chunkEnd;
      continue;
    }
    const chunkLength = chunkEnd - i;
    const isUrl =
      dot !== -1 &&
      dot < chunkLength - 2 &&
      (/^(https?:\/\/|www\.)/i.test(masked.slice(i, i + 8)) || (isLetterOrDigit(ch) && at === -1 && TLDS.test(masked.slice(i, chunkEnd))));
    if (isUrl) {
      const end = trimTrailingPunctuation(masked, i, chunkEnd);
      const url = normalizeWord(masked.slice(i, end));
      push('url', i, end, url, url, false);
      // Sentence punctuation right after the URL still counts.
      i = end;
      if (i < chunkEnd && SENTENCE_END.has(masked[i]!) && (chunkEnd === length || isSpaceCode(masked.charCodeAt(chunkEnd)))) {
        closeSentence(chunkEnd);
        i = chunkEnd;
      }
      continue;
    }
    if (ch === '@' && i + 1 < length && /[A-Za-z0-9_]/.test(masked[i + 1]!)) {
      let end = i + 1;
      while (end < length && /[A-Za-z0-9_]/.test(masked[end]!)) end++;
      const handle = masked.slice(i, end).toLowerCase();
      push('handle', i, end, handle, handle, false);
      // The rest of the chunk ("@anna," or "@a@a@a…") is read below, not scanned afresh: linear.
      i = end;
    }

    // Words, numbers and punctuation inside the chunk.
    while (i < chunkEnd) {
      const c = masked[i]!;
      if (isLetterOrDigit(c)) {
        let end = i + 1;
        const numeric = isDigit(c);
        // The word's hash, as the word cache looks it up (FNV-1a over UTF-16 units).
        let hash = Math.imul(0x811c9dc5 ^ masked.charCodeAt(i), 0x01000193);
        while (end < chunkEnd) {
          const code = masked.charCodeAt(end);
          if (isLetterOrDigitCode(code)) {
            end++;
          } else if ((code === 0x27 || code === 0x2019) && !numeric && end + 1 < chunkEnd && LETTER.test(masked[end + 1]!)) {
            end++;
          } else if (numeric && (code === 0x2e || code === 0x2c || code === 0x3a) && end + 1 < chunkEnd && isDigit(masked[end + 1]!)) {
            end++;
          } else {
            break;
          }
          hash = Math.imul(hash ^ code, 0x01000193);
        }
        pushWord(i, end, hash & 0x3fffffff);
        i = end;
        continue;
      }
      if ((c === '!' || c === '?') && (i === 0 || (masked[i - 1] !== '!' && masked[i - 1] !== '?'))) {
        // «!!!», «?!», «???»: two or more in a row.
        let end = i;
        while (end < length && (masked[end] === '!' || masked[end] === '?')) end++;
        if (end - i >= 2 && !quotedLine && !history) exclamationRuns++;
      }
      if (SENTENCE_END.has(c)) {
        let end = i;
        while (end < chunkEnd && (SENTENCE_END.has(masked[end]!) || /[)»"”']/.test(masked[end]!))) end++;
        const atBoundary = end === length || isSpaceCode(masked.charCodeAt(end)) || end === chunkEnd;
        const last = tokens[tokens.length - 1];
        const abbreviation = c === '.' && last !== undefined && last.end === i && ABBREVIATIONS.has(last.norm);
        if (atBoundary && !abbreviation) {
          closeSentence(end);
          i = end;
          continue;
        }
        i++;
        continue;
      }
      if (CLAUSE_BREAK.has(c)) clause++;
      const closeFor = OPEN_QUOTES[c];
      const top = openQuotes[openQuotes.length - 1];
      if (top !== undefined && OPEN_QUOTES[top.char] === c) {
        openQuotes.pop();
        quotedSpans.push([top.at + 1, i]);
        clause++;
      } else if (closeFor !== undefined && openQuotes.length < 8) {
        openQuotes.push({ char: c, at: i });
        clause++;
      }
      i++;
    }
  }
  closeSentence(length);
  return { tokens, sentences, quotedSpans, exclamationRuns };
}

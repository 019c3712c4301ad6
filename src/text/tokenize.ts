/**
 * One linear pass over the masked text: tokens (UTF-16 offsets), sentences, clauses, quotation
 * spans, runs of «!». No regular expression runs over the whole text.
 */
import type { Sentence, Token, TokenKind } from '../types.js';
import { PLACEHOLDER_CHAR } from './mask.js';
import { expandContraction, normalizeWord } from './normalize.js';
import { stemWord } from './stem.js';

export interface Scan {
  tokens: Token[];
  sentences: Sentence[];
  /** [start, end) offsets of text between paired quotation marks and of `>`-quoted lines. */
  quotedSpans: Array<[number, number]>;
  exclamationRuns: number;
}

const LETTER = /[\p{L}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /[0-9]/;
const SPACE = /\s/;
const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '(', ')', '[', ']']);
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const OPEN_QUOTES: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"' };
const ABBREVIATIONS = new Set([
  'т', 'е', 'г', 'гг', 'ул', 'д', 'кв', 'см', 'тел', 'руб', 'коп', 'им', 'пр', 'стр', 'др', 'тыс', 'млн', 'напр',
  'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'e', 'g', 'i', 'inc', 'ltd', 'no', 'approx', 'dept', 'jr', 'sr',
]);
const TLDS = /\.(com|ru|org|net|io|рф|su|info|biz|co|us|uk|de|app|me|ly|gl|gov|edu|help|support|shop|store|online|site)(\/|$)/i;

function isLetterOrDigit(ch: string): boolean {
  return LETTER_OR_DIGIT.test(ch);
}

function trimTrailingPunctuation(text: string, start: number, end: number): number {
  while (end > start && /[.,;:!?)»"'”\]]/.test(text[end - 1]!)) end--;
  return end;
}

export function scanText(masked: string): Scan {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const quotedSpans: Array<[number, number]> = [];
  const length = masked.length;
  let exclamationRuns = 0;
  let clause = 0;
  let sentenceStart = -1;
  let sentenceFirstToken = 0;
  let lineStart = 0;
  const openQuotes: Array<{ char: string; at: number }> = [];

  const closeSentence = (end: number) => {
    if (sentenceStart !== -1 && tokens.length > sentenceFirstToken) {
      sentences.push({ start: sentenceStart, end, firstToken: sentenceFirstToken, endToken: tokens.length });
    }
    sentenceStart = -1;
    sentenceFirstToken = tokens.length;
    clause++;
  };

  const push = (kind: TokenKind, start: number, end: number, norm: string) => {
    if (sentenceStart === -1) sentenceStart = start;
    const first = masked[start]!;
    // Capitals: letters only (a booking code such as "K8P2LM" is not shouting), two or more.
    const caps =
      kind === 'word' &&
      end - start >= 2 &&
      first !== first.toLowerCase() &&
      masked.slice(start, end) === masked.slice(start, end).toUpperCase() &&
      !/[0-9]/.test(masked.slice(start, end));
    tokens.push({
      kind,
      start,
      end,
      norm,
      stem: kind === 'word' ? stemWord(norm) : norm,
      sentence: sentences.length,
      clause,
      quoted: false,
      negated: false,
      caps,
    });
  };

  const pushWord = (start: number, end: number) => {
    const norm = normalizeWord(masked.slice(start, end));
    if (norm.includes("'")) {
      for (const part of expandContraction(norm)) push('word', start + part.start, start + part.end, part.norm);
    } else {
      push(DIGIT.test(norm[0]!) ? 'number' : 'word', start, end, norm);
    }
  };

  let i = 0;
  while (i < length) {
    const ch = masked[i]!;

    if (ch === '\n') {
      closeSentence(i);
      lineStart = i + 1;
      i++;
      continue;
    }
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    // A `>`-quoted line (e-mail quoting): the whole line is the client's.
    if (ch === '>' && masked.slice(lineStart, i).trim() === '') {
      let end = masked.indexOf('\n', i);
      if (end === -1) end = length;
      quotedSpans.push([i, end]);
      i++;
      continue;
    }
    if (ch === PLACEHOLDER_CHAR) {
      let end = i;
      while (masked[end] === PLACEHOLDER_CHAR) end++;
      push('placeholder', i, end, '{placeholder}');
      i = end;
      continue;
    }

    // Phone numbers: + or digits, with spaces, dashes, brackets; 10 to 15 digits.
    if (ch === '+' || ch === '(' || DIGIT.test(ch)) {
      let end = i;
      let digits = 0;
      let separators = 0;
      while (end < length && end - i < 24) {
        const c = masked[end]!;
        if (DIGIT.test(c)) digits++;
        else if (c === ' ' || c === '-' || c === '(' || c === ')' || c === '.' || (c === '+' && end === i)) separators++;
        else break;
        end++;
      }
      while (end > i && !DIGIT.test(masked[end - 1]!)) end--;
      if (digits >= 10 && digits <= 15 && (ch === '+' || separators > 0 || digits <= 11)) {
        push('phone', i, end, masked.slice(i, end).replace(/[^0-9+]/g, ''));
        i = end;
        continue;
      }
    }

    // A chunk of non-space text: e-mail, URL, handle, or words and punctuation.
    let chunkEnd = i;
    while (chunkEnd < length && !SPACE.test(masked[chunkEnd]!) && masked[chunkEnd] !== PLACEHOLDER_CHAR) chunkEnd++;
    const chunk = masked.slice(i, chunkEnd);
    const at = chunk.indexOf('@');
    if (at > 0 && chunk.indexOf('.', at) > at + 1 && isLetterOrDigit(chunk[at - 1]!)) {
      const end = trimTrailingPunctuation(masked, i, chunkEnd);
      let start = i;
      while (start < end && !isLetterOrDigit(masked[start]!)) start++;
      push('email', start, end, normalizeWord(masked.slice(start, end)));
      i = chunkEnd;
      continue;
    }
    if (/^(https?:\/\/|www\.)/i.test(chunk) || (isLetterOrDigit(chunk[0]!) && TLDS.test(chunk) && !chunk.includes('@'))) {
      const end = trimTrailingPunctuation(masked, i, chunkEnd);
      push('url', i, end, normalizeWord(masked.slice(i, end)));
      // Sentence punctuation right after the URL still counts.
      i = end;
      if (i < chunkEnd && SENTENCE_END.has(masked[i]!) && (chunkEnd === length || SPACE.test(masked[chunkEnd]!))) {
        closeSentence(chunkEnd);
        i = chunkEnd;
      }
      continue;
    }
    if (ch === '@' && i + 1 < length && /[A-Za-z0-9_]/.test(masked[i + 1]!)) {
      let end = i + 1;
      while (end < length && /[A-Za-z0-9_]/.test(masked[end]!)) end++;
      push('handle', i, end, masked.slice(i, end).toLowerCase());
      i = end;
      continue;
    }

    // Words, numbers and punctuation inside the chunk.
    while (i < chunkEnd) {
      const c = masked[i]!;
      if (isLetterOrDigit(c)) {
        let end = i + 1;
        const numeric = DIGIT.test(c);
        while (end < chunkEnd) {
          const d = masked[end]!;
          if (isLetterOrDigit(d)) {
            end++;
          } else if ((d === "'" || d === '’') && !numeric && end + 1 < chunkEnd && LETTER.test(masked[end + 1]!)) {
            end++;
          } else if (numeric && (d === '.' || d === ',' || d === ':') && end + 1 < chunkEnd && DIGIT.test(masked[end + 1]!)) {
            end++;
          } else {
            break;
          }
        }
        pushWord(i, end);
        i = end;
        continue;
      }
      if ((c === '!' || c === '?') && (i === 0 || (masked[i - 1] !== '!' && masked[i - 1] !== '?'))) {
        // «!!!», «?!», «???»: two or more in a row.
        let end = i;
        while (end < length && (masked[end] === '!' || masked[end] === '?')) end++;
        if (end - i >= 2) exclamationRuns++;
      }
      if (SENTENCE_END.has(c)) {
        let end = i;
        while (end < chunkEnd && (SENTENCE_END.has(masked[end]!) || /[)»"”']/.test(masked[end]!))) end++;
        const atBoundary = end === length || SPACE.test(masked[end] ?? ' ') || end === chunkEnd;
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

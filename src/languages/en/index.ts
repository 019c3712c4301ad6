/** English. */
import englishStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { LanguagePack, WordPiece } from '../pack.js';
import { classes, documentPhrases, negators } from './lexicon.js';
import { verbForms } from './verb-forms.js';
import { englishCommitments } from './commitments.js';

const SUFFIXES: Record<string, string> = { "'ve": 'have', "'ll": 'will', "'re": 'are', "'m": 'am', "'d": 'would' };
const S_CONTRACTIONS: Record<string, string> = {
  it: 'is', that: 'is', there: 'is', here: 'is', what: 'is', who: 'is', he: 'is', she: 'is', where: 'is', how: 'is', let: 'us',
};
const NOT_BASES: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

/** Contractions written without their apostrophe in chat ("im going to", "ive sent it"): unambiguous ones only (not "well", "were", "ill"). */
const BARE: Record<string, readonly [string, string, number]> = { im: ['i', 'am', 1], ive: ['i', 'have', 1], youre: ['you', 'are', 3], theyre: ['they', 'are', 4] };

/** Splits an English contraction ("we've", "don't", "it's", chat's "im") into the words it stands for. */
export function expandContraction(norm: string): WordPiece[] {
  const apostrophe = norm.indexOf("'");
  if (apostrophe <= 0) {
    const bare = BARE[norm];
    if (bare) return [{ norm: bare[0], start: 0, end: bare[2] }, { norm: bare[1], start: bare[2], end: norm.length }];
    return [{ norm, start: 0, end: norm.length }];
  }
  const length = norm.length;
  if (norm.endsWith("n't") && length > 3) {
    const base = norm.slice(0, length - 3);
    return [
      { norm: NOT_BASES[base] ?? base, start: 0, end: length - 3 },
      { norm: 'not', start: length - 3, end: length },
    ];
  }
  const head = norm.slice(0, apostrophe);
  const tail = norm.slice(apostrophe);
  const expanded = SUFFIXES[tail] ?? (tail === "'s" ? S_CONTRACTIONS[head] : undefined);
  if (expanded !== undefined) {
    return [
      { norm: head, start: 0, end: apostrophe },
      { norm: expanded, start: apostrophe, end: length },
    ];
  }
  // Possessive ("company's") and anything else: the word without the suffix.
  return [{ norm: tail === "'s" ? head : norm, start: 0, end: length }];
}

export const en: LanguagePack = {
  id: 'en',
  startsWord: (code) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f),
  stems: (norm) => /^[a-z']+$/.test(norm),
  stem: (norm) => englishStemmer.stem(norm),
  functionWords: new Set([
    'the', 'a', 'an', 'and', 'or', 'to', 'of', 'in', 'on', 'for', 'with', 'is', 'are', 'was', 'were', 'be', 'been',
    'i', 'you', 'we', 'it', 'this', 'that', 'my', 'your', 'our', 'me', 'us', 'not', 'have', 'has', 'had', 'do',
    'does', 'did', 'will', 'would', 'can', 'could', 'please', 'thanks', 'thank', 'hi', 'hello', 'hey', 'sorry',
    'what', 'why', 'how', 'when', 'where', 'at', 'from', 'just', 'still', 'no', 'yes', 'they', 'if', 'so', 'but',
  ]),
  abbreviations: ['mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'e', 'g', 'i', 'inc', 'ltd', 'approx', 'dept', 'jr', 'sr'],
  numberAbbreviations: ['no'],
  quoteHeaders: { separators: ['original message', 'forwarded message'], openers: ['on', 'from:'], wrote: ['wrote'] },
  expandContraction,
  classes,
  negators,
  verbForms,
  documentPhrases,
  commitments: englishCommitments(verbForms),
  courtesy: /^(?:thank|sorry|apolog|regret|glad|pleased|this is|my name|i'?m |we'?re |we (?:regret|apolog|are |truly |sincerely )|i (?:apolog|regret))/i,
  texts: {
    'unsupported-language': 'The reply is in neither Russian nor English: the rules were not run.',
    'input-truncated': '{what} is longer than {limit} characters: only the first {limit} were checked.',
    'internal-error': 'Rule {rule} failed with an internal error: {error}',
    reply: 'The reply',
    message: "The client's message",
  },
};

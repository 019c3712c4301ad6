import { defineRule } from '../../src/define-rule.js';
import type { TextDocument } from '../../src/types.js';
import en from './en.js';
import ru from './ru.js';

/** Three words in a row: the unit two replies are compared in. */
const SHINGLE = 3;
/** A draft shorter than this (in words of its body) is not judged: "Thanks, done!" may well repeat. */
const MIN_WORDS = 6;
/** The share of the draft's word triples found in one earlier agent reply that makes it a repeat. */
const REPEATED = 0.7;

/**
 * The body of a reply as word keys: greeting and signature left out, quoted words left out, and
 * what changes from one canned reply to the next — numbers, dates, addresses, placeholders, names
 * (capitalized words inside a sentence) — each one mask.
 */
function bodyKeys(doc: TextDocument): { keys: number[]; first: number; last: number } {
  const keys: number[] = [];
  let first = -1;
  let last = -1;
  const from = doc.greetingSentence + 1;
  // The sign-off line («С уважением», "Kind regards") is part of the signature here.
  const to = doc.signOffSentence >= 0 ? Math.min(doc.signOffSentence, doc.signatureStart) : doc.signatureStart;
  for (let s = from; s < to; s++) {
    const sentence = doc.sentences[s]!;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = doc.tokens[i]!;
      if (first === -1) first = i;
      last = i;
      if (token.quoted) continue;
      let key = token.id;
      if (token.kind !== 'word') key = -1;
      else if (i > sentence.firstToken && doc.original[token.start] !== doc.original[token.start]!.toLowerCase() && !token.caps) key = -2;
      keys.push(key);
    }
  }
  return { keys, first, last };
}

function shingles(keys: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= keys.length; i++) {
    let hash = 0;
    for (let k = 0; k < SHINGLE; k++) hash = (Math.imul(hash, 65_599) + keys[i + k]!) & 0x3fffffff;
    out.add(hash);
  }
  return out;
}

/**
 * An earlier turn's word triples, made once per document: the linter keeps the history's documents
 * while an agent types, so a keystroke does not redo them. (Numbers of words, never words.)
 */
const earlierTriples = new WeakMap<TextDocument, Set<number>>();
function triplesOf(doc: TextDocument): Set<number> {
  let triples = earlierTriples.get(doc);
  if (triples === undefined) earlierTriples.set(doc, (triples = shingles(bodyKeys(doc).keys)));
  return triples;
}

export default defineRule({
  meta: {
    id: 'repeated-reply',
    defaultSeverity: 'warning',
    weight: 10,
    preset: 'recommended',
    needsMessage: 'no',
    fixable: false,
  },
  languages: { ru, en },
  check(context) {
    const earlier = context.history.filter((turn) => turn.document !== undefined);
    if (earlier.length === 0) return;
    const draft = bodyKeys(context.reply);
    if (draft.keys.length < MIN_WORDS) return;
    const own = shingles(draft.keys);
    for (const turn of earlier) {
      const before = triplesOf(turn.document!);
      let shared = 0;
      for (const shingle of own) if (before.has(shingle)) shared++;
      if (shared / own.size < REPEATED) continue;
      const { tokens } = context.reply;
      context.report({
        messageId: 'repeated',
        range: { start: tokens[draft.first]!.start, end: tokens[draft.last]!.end },
        suggestions: context.phrasings('different').map((text) => ({ text })),
      });
      return;
    }
  },
});

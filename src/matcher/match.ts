import type { Match, Token } from '../types.js';
import { wordEntry, type Atom, type CompiledPattern, type Element, type Matcher, type WordEntry } from './compile.js';

/**
 * Steps (gap words, optional words) tried in one attempt before it is redone with memoised
 * failures: gaps and optional words in a row multiply the ways to try (`a ~99 ~99 ~99 ~99 b` from
 * a config file would take minutes), while phrase data needs a few dozen.
 */
const STEP_LIMIT = 2_000;
const OVER_BUDGET = -2;
let steps = 0;

/**
 * Index of the token after the match of elements[from..] starting at token `at`, or -1 (or
 * OVER_BUDGET without `failed`). `entries[i]` is what token i is to the matcher: an atom matches
 * it when its number is among the entry's atoms. With `failed`, each (element, token) state that
 * failed is remembered, so every state is tried once: time linear in elements × tokens of the
 * sentence. The result does not depend on the start of the attempt, so `failed` serves every start.
 */
function matchElements(elements: readonly Element[], from: number, tokens: readonly Token[], entries: readonly WordEntry[], at: number, sentence: number, failed?: Set<number>): number {
  if (from === elements.length) return at;
  const element = elements[from]!;
  if (element.type === 'atom') {
    const token = tokens[at];
    if (token === undefined || token.sentence !== sentence || !entries[at]!.atoms.has(element.atom.id)) return -1;
    return matchElements(elements, from + 1, tokens, entries, at + 1, sentence, failed);
  }
  let state = -1;
  if (failed === undefined) {
    if (++steps > STEP_LIMIT) return OVER_BUDGET;
  } else if (at < tokens.length && tokens[at]!.sentence === sentence) {
    state = from * tokens.length + at;
    if (failed.has(state)) return -1;
  }
  const end =
    element.type === 'gap'
      ? matchGap(elements, from, element.max, tokens, entries, at, sentence, failed)
      : matchOptional(elements, from, element.atoms, tokens, entries, at, sentence, failed);
  if (end === -1 && state !== -1) failed!.add(state);
  return end;
}

function matchGap(elements: readonly Element[], from: number, max: number, tokens: readonly Token[], entries: readonly WordEntry[], at: number, sentence: number, failed?: Set<number>): number {
  for (let skip = 0; skip <= max; skip++) {
    // Each word a gap tries is a step: the budget counts work, not branch points.
    if (failed === undefined && ++steps > STEP_LIMIT) return OVER_BUDGET;
    const next = at + skip;
    if (next >= tokens.length || tokens[next]!.sentence !== sentence) return -1;
    const end = matchElements(elements, from + 1, tokens, entries, next, sentence, failed);
    if (end !== -1) return end;
  }
  return -1;
}

function matchOptional(elements: readonly Element[], from: number, atoms: readonly Atom[], tokens: readonly Token[], entries: readonly WordEntry[], at: number, sentence: number, failed?: Set<number>): number {
  let next = at;
  for (const atom of atoms) {
    const token = tokens[next];
    if (token === undefined || token.sentence !== sentence || !entries[next]!.atoms.has(atom.id)) {
      next = -1;
      break;
    }
    next++;
  }
  if (next !== -1) {
    const end = matchElements(elements, from + 1, tokens, entries, next, sentence, failed);
    if (end !== -1) return end;
  }
  return matchElements(elements, from + 1, tokens, entries, at, sentence, failed);
}

/**
 * One attempt of a compiled pattern from its second element at token `at`, as findMatches makes
 * it: within the step budget (OVER_BUDGET past it), or memoised with `failed`. Exported for tests.
 */
export function matchOnce(matcher: Matcher, pattern: CompiledPattern, tokens: readonly Token[], at: number, sentence: number, failed?: Set<number>): number {
  steps = 0;
  return matchElements(pattern.elements, 1, tokens, entriesOf(matcher, tokens, 0, tokens.length), at, sentence, failed);
}

/** Patterns memoised in the current findMatches call (their `failed` sets are dropped at its end). */
const memoised: CompiledPattern[] = [];

/** The match of a pattern from its second element: within the step budget, or memoised. */
function matchRest(pattern: CompiledPattern, tokens: readonly Token[], entries: readonly WordEntry[], at: number, sentence: number): number {
  if (pattern.failed === undefined) {
    steps = 0;
    const end = matchElements(pattern.elements, 1, tokens, entries, at, sentence);
    if (end !== OVER_BUDGET) return end;
    // Over budget once: this pattern is memoised for the rest of the text.
    pattern.failed = new Set();
    memoised.push(pattern);
  }
  return matchElements(pattern.elements, 1, tokens, entries, at, sentence, pattern.failed);
}

const ENTRY_CACHE_LIMIT = 20_000;

/** What a word or number token is to the matcher: the atoms it matches by kind, stem, exact form, prefix and ending. */
function entryOf(matcher: Matcher, token: Token): WordEntry {
  const cached = matcher.entries.get(token.norm);
  if (cached !== undefined) return cached;
  const lists: Array<readonly number[] | undefined> = [matcher.atomsByKind.get(token.kind), matcher.atomsByStem.get(token.stem), matcher.atomsByNorm.get(token.norm)];
  // Prefixes of two letters or more; endings that leave two letters or more before them.
  const norm = token.norm;
  for (let k = 2; k <= norm.length; k++) lists.push(matcher.atomsByPrefix.get(norm.slice(0, k)), matcher.atomsBySuffix.get(norm.slice(k)));
  const entry = wordEntry(matcher, lists.flatMap((list) => list ?? []));
  if (matcher.entries.size >= ENTRY_CACHE_LIMIT) matcher.entries.clear();
  matcher.entries.set(token.norm, entry);
  return entry;
}

const NO_ENTRY: WordEntry = { candidates: [], atoms: new Set(), atomList: [] };

/** Entries of tokens [from, to), and on to the end of the sentence at `to` (a match may run past `to`). */
function entriesOf(matcher: Matcher, tokens: readonly Token[], from: number, to: number): WordEntry[] {
  let end = to;
  if (end > 0 && end < tokens.length) while (end < tokens.length && tokens[end]!.sentence === tokens[to - 1]!.sentence) end++;
  const entries: WordEntry[] = new Array(end);
  for (let i = from; i < end; i++) {
    const token = tokens[i]!;
    entries[i] = token.kind === 'word' || token.kind === 'number' ? entryOf(matcher, token) : (matcher.kindEntries.get(token.kind) ?? NO_ENTRY);
  }
  return entries;
}

/** Marks every atom of the sentence starting at token `from` as seen with a new mark; returns the mark. */
function markSentence(matcher: Matcher, tokens: readonly Token[], entries: readonly WordEntry[], from: number): number {
  if (matcher.mark >= 0x3fffffff) {
    matcher.seen.fill(0);
    matcher.mark = 0;
  }
  const mark = ++matcher.mark;
  const seen = matcher.seen;
  const sentence = tokens[from]!.sentence;
  for (let i = from; i < entries.length && tokens[i]!.sentence === sentence; i++) {
    const list = entries[i]!.atomList;
    for (let k = 0; k < list.length; k++) seen[list[k]!] = mark;
  }
  return mark;
}

/**
 * Every match of every phrase in one pass over the tokens (those starting in [from, to)), grouped by key. Within a key,
 * overlapping matches are merged to the first (longest at the same start).
 */
export function findMatches(matcher: Matcher, tokens: readonly Token[], from = 0, to = tokens.length): Map<string, Match[]> {
  const lists: Array<Match[] | undefined> = new Array(matcher.keys.length);
  const entries = entriesOf(matcher, tokens, from, to);
  const seen = matcher.seen;
  let markedSentence = -1;
  let mark = 0;
  try {
    for (let index = from; index < to; index++) {
      const token = tokens[index]!;
      const candidates = entries[index]!.candidates;
      if (candidates.length === 0) continue;
      if (token.sentence !== markedSentence) {
        mark = markSentence(matcher, tokens, entries, index);
        markedSentence = token.sentence;
      }
      candidates: for (let c = 0; c < candidates.length; c++) {
        const pattern = candidates[c]!;
        // A sentence without a word the pattern needs cannot hold a match: not tried.
        const required = pattern.required;
        for (let r = 0; r < required.length; r++) if (seen[required[r]!] !== mark) continue candidates;
        // A candidate's first word is this token already (that is how it was found): match from the second.
        const endToken = matchRest(pattern, tokens, entries, index + 1, token.sentence);
        if (endToken === -1) continue;
        let list = lists[pattern.slot];
        if (!list) lists[pattern.slot] = list = [];
        const previous = list[list.length - 1];
        let quoted = false;
        for (let k = index; k < endToken; k++) if (tokens[k]!.quoted) quoted = true;
        // «вы не виноваты» for the phrase «вы ~2 виноват*»: a negated last word negates the whole
        // (but «если не откроется, напишите» is not negated: the negation stays in its clause).
        const negated = token.negated || (!pattern.hasNegator && tokens[endToken - 1]!.negated);
        if (previous && previous.endToken > index) {
          // A longer match at the same start replaces the shorter one, with its own marks.
          if (previous.firstToken === index && endToken > previous.endToken) {
            previous.endToken = endToken;
            previous.end = tokens[endToken - 1]!.end;
            previous.pattern = pattern.pattern;
            previous.quoted = quoted;
            previous.negated = negated;
          }
          continue;
        }
        list.push({
          key: pattern.key,
          pattern: pattern.pattern,
          start: token.start,
          end: tokens[endToken - 1]!.end,
          firstToken: index,
          endToken,
          sentence: token.sentence,
          quoted,
          negated,
        });
      }
    }
  } finally {
    for (const pattern of memoised) pattern.failed = undefined;
    memoised.length = 0;
  }
  const result = new Map<string, Match[]>();
  for (let slot = 0; slot < lists.length; slot++) {
    const list = lists[slot];
    if (list) result.set(matcher.keys[slot]!, list);
  }
  return result;
}

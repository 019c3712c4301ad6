import type { Match, Token } from '../types.js';
import type { Atom, CompiledPattern, Element, Matcher, PrefixNode } from './compile.js';

function atomMatches(atom: Atom, token: Token): boolean {
  if (token.kind !== 'word' && token.kind !== 'number') return atom.affixed && atom.kinds.has(token.kind);
  if (atom.stems.has(token.stem) || (atom.exact && atom.norms.has(token.norm))) return true;
  return atom.affixed && affixesMatch(atom, token);
}

function affixesMatch(atom: Atom, token: Token): boolean {
  const norm = token.norm;
  for (let i = 0; i < atom.prefixes.length; i++) if (norm.startsWith(atom.prefixes[i]!)) return true;
  for (let i = 0; i < atom.suffixes.length; i++) {
    const suffix = atom.suffixes[i]!;
    if (norm.length > suffix.length + 1 && norm.endsWith(suffix)) return true;
  }
  return atom.kinds.size > 0 && atom.kinds.has(token.kind);
}

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
 * OVER_BUDGET without `failed`). With `failed`, each (element, token) state that failed is
 * remembered, so every state is tried once: time linear in elements × tokens of the sentence.
 * The result does not depend on the start of the attempt, so `failed` serves every start.
 */
function matchElements(elements: readonly Element[], from: number, tokens: readonly Token[], at: number, sentence: number, failed?: Set<number>): number {
  if (from === elements.length) return at;
  const element = elements[from]!;
  if (element.type === 'atom') {
    const token = tokens[at];
    if (token === undefined || token.sentence !== sentence || !atomMatches(element.atom, token)) return -1;
    return matchElements(elements, from + 1, tokens, at + 1, sentence, failed);
  }
  let state = -1;
  if (failed === undefined) {
    if (++steps > STEP_LIMIT) return OVER_BUDGET;
  } else if (at < tokens.length && tokens[at]!.sentence === sentence) {
    state = from * tokens.length + at;
    if (failed.has(state)) return -1;
  }
  const end = element.type === 'gap' ? matchGap(elements, from, element.max, tokens, at, sentence, failed) : matchOptional(elements, from, element.atoms, tokens, at, sentence, failed);
  if (end === -1 && state !== -1) failed!.add(state);
  return end;
}

/** One attempt as findMatches makes it: within the step budget (OVER_BUDGET past it), or memoised. Exported for tests. */
export function matchOnce(elements: readonly Element[], tokens: readonly Token[], at: number, sentence: number, failed?: Set<number>): number {
  steps = 0;
  return matchElements(elements, 1, tokens, at, sentence, failed);
}

function matchGap(elements: readonly Element[], from: number, max: number, tokens: readonly Token[], at: number, sentence: number, failed?: Set<number>): number {
  for (let skip = 0; skip <= max; skip++) {
    // Each word a gap tries is a step: the budget counts work, not branch points.
    if (failed === undefined && ++steps > STEP_LIMIT) return OVER_BUDGET;
    const next = at + skip;
    if (next >= tokens.length || tokens[next]!.sentence !== sentence) return -1;
    const end = matchElements(elements, from + 1, tokens, next, sentence, failed);
    if (end !== -1) return end;
  }
  return -1;
}

function matchOptional(elements: readonly Element[], from: number, atoms: readonly Atom[], tokens: readonly Token[], at: number, sentence: number, failed?: Set<number>): number {
  let next = at;
  for (const atom of atoms) {
    const token = tokens[next];
    if (token === undefined || token.sentence !== sentence || !atomMatches(atom, token)) {
      next = -1;
      break;
    }
    next++;
  }
  if (next !== -1) {
    const end = matchElements(elements, from + 1, tokens, next, sentence, failed);
    if (end !== -1) return end;
  }
  return matchElements(elements, from + 1, tokens, at, sentence, failed);
}

/** Failed states per pattern over budget, for the tokens of the current findMatches call. */
const memo = new Map<CompiledPattern, Set<number>>();

/** The match of a pattern from its second element: within the step budget, or memoised. */
function matchRest(pattern: CompiledPattern, tokens: readonly Token[], at: number, sentence: number): number {
  let failed = memo.get(pattern);
  if (failed === undefined) {
    steps = 0;
    const end = matchElements(pattern.elements, 1, tokens, at, sentence);
    if (end !== OVER_BUDGET) return end;
    // Over budget once: this pattern is memoised for the rest of the text.
    memo.set(pattern, (failed = new Set()));
  }
  return matchElements(pattern.elements, 1, tokens, at, sentence, failed);
}

const CANDIDATE_CACHE_LIMIT = 20_000;
const NO_CANDIDATES: CompiledPattern[] = [];

/** The patterns whose first word can be this token: by kind, stem, exact form and prefix. */
function candidatesAt(matcher: Matcher, token: Token): readonly CompiledPattern[] {
  if (token.kind !== 'word' && token.kind !== 'number') return matcher.byKind.get(token.kind) ?? NO_CANDIDATES;
  const cached = matcher.candidatesByNorm.get(token.norm);
  if (cached !== undefined) return cached;
  const out: CompiledPattern[] = [];
  // A pattern reached twice (its first word both as a stem and as an exact form) is tried once.
  const push = (list: CompiledPattern[] | undefined) => {
    if (list) for (const pattern of list) if (!out.includes(pattern)) out.push(pattern);
  };
  push(matcher.byKind.get(token.kind));
  push(matcher.byStem.get(token.stem));
  push(matcher.byNorm.get(token.norm));
  let node: PrefixNode | undefined = matcher.byPrefix;
  for (let i = 0; i < token.norm.length && node; i++) {
    node = node.children.get(token.norm[i]!);
    if (node && node.patterns.length > 0) push(node.patterns);
  }
  const result = out.length === 0 ? NO_CANDIDATES : out;
  if (matcher.candidatesByNorm.size >= CANDIDATE_CACHE_LIMIT) matcher.candidatesByNorm.clear();
  matcher.candidatesByNorm.set(token.norm, result);
  return result;
}

/**
 * Every match of every phrase in one pass over the tokens (those starting in [from, to)), grouped by key. Within a key,
 * overlapping matches are merged to the first (longest at the same start).
 */
export function findMatches(matcher: Matcher, tokens: readonly Token[], from = 0, to = tokens.length): Map<string, Match[]> {
  const lists: Array<Match[] | undefined> = new Array(matcher.keys.length);
  if (memo.size > 0) memo.clear();
  for (let index = from; index < to; index++) {
    const token = tokens[index]!;
    const candidates = candidatesAt(matcher, token);
    for (let c = 0; c < candidates.length; c++) {
      const pattern = candidates[c]!;
      // A candidate's first word is this token already (that is how it was found): match from the second.
      const endToken = matchRest(pattern, tokens, index + 1, token.sentence);
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
  const result = new Map<string, Match[]>();
  for (let slot = 0; slot < lists.length; slot++) {
    const list = lists[slot];
    if (list) result.set(matcher.keys[slot]!, list);
  }
  if (memo.size > 0) memo.clear();
  return result;
}

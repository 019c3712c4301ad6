/**
 * Phrase data → one matcher per language, compiled once when the linter is created.
 *
 * Pattern syntax (words separated by spaces; every word is normalized and stemmed the same way
 * as the text, so «благодарим» also finds «благодарю», "checked" also finds "checking"):
 *
 *   word       a word with the same stem (English verbs also match their irregular forms: send → sent)
 *   word*      a word starting with these letters (normalized: lower case, ё → е)
 *   *ending    a word ending with these letters (e.g. Russian past tense «*ли», English «*ed»); never first
 *   =word      exactly this word form
 *   a|b|c      any of the alternatives (each one of the forms above)
 *   @class     any word of a shared class, e.g. @we (мы, я, нами… / we, I, our team…)
 *   #kind      a token of a kind: #phone #email #url #number #handle #placeholder
 *   [x]        optional: x may be absent
 *   ~N         up to N words of any kind in between (same sentence)
 *
 * Matches never cross a sentence boundary.
 */
import type { Language, TokenKind } from '../types.js';
import { expandContraction, normalizeWord } from '../text/normalize.js';
import { stemWord } from '../text/stem.js';

/**
 * Stems of phrase-data words, cached across compilations (a linter compiles thousands of words,
 * many again and again: verb forms, negators). Phrase data, never the text linted.
 */
const phraseStems = new Map<string, string>();
function stemPhraseWord(norm: string): string {
  let stem = phraseStems.get(norm);
  if (stem === undefined) {
    if (phraseStems.size >= 50_000) phraseStems.clear();
    phraseStems.set(norm, (stem = stemWord(norm)));
  }
  return stem;
}

export interface Atom {
  stems: Set<string>;
  norms: Set<string>;
  prefixes: string[];
  suffixes: string[];
  kinds: Set<TokenKind>;
  /**
   * The atom's number in its matcher (-1 until compiled): atoms with the same content share one, and a
   * word form's entry lists the numbers of every atom it matches, so matching tests a number in a set.
   */
  id: number;
}

export type Element =
  | { type: 'atom'; atom: Atom }
  | { type: 'gap'; max: number }
  /** `[x]` after the first required word: tried with x, then without (no copies of the pattern). */
  | { type: 'optional'; atoms: Atom[] };

export interface CompiledPattern {
  key: string;
  /** The key's index in `Matcher.keys`: matches are gathered in an array, not a map, while matching. */
  slot: number;
  pattern: string;
  elements: Element[];
  /** The pattern itself names a negator («не работает», "not working"): only a negator before it negates it. */
  hasNegator: boolean;
  /**
   * Numbers of the atoms every match needs after the first word: a sentence lacking one of them
   * cannot hold a match, and the pattern is not tried there.
   */
  required: readonly number[];
  /** Failed (element, token) states while this pattern is memoised (over the step budget) in one findMatches call. */
  failed: Set<number> | undefined;
}

/** What a word form (or a token kind) is to a matcher: the patterns it can start, the atoms it matches. */
export interface WordEntry {
  candidates: readonly CompiledPattern[];
  atoms: ReadonlySet<number>;
  /** The same numbers in a list (iterated faster than the set). */
  atomList: readonly number[];
}

export interface Matcher {
  readonly language: Language;
  /** Every pattern variant, in the order compiled. */
  patterns: CompiledPattern[];
  /** Every key, by slot. */
  keys: string[];
  /** Distinct atoms, by number. */
  atoms: Atom[];
  atomsByContent: Map<string, Atom>;
  /** Patterns by the number of their first atom. */
  starts: CompiledPattern[][];
  /** Indexes from what a token is (stem, exact form, prefix, ending, kind) to the atoms it matches. */
  atomsByStem: Map<string, number[]>;
  atomsByNorm: Map<string, number[]>;
  atomsByPrefix: Map<string, number[]>;
  atomsBySuffix: Map<string, number[]>;
  atomsByKind: Map<TokenKind, number[]>;
  /** Entries per word form, filled as texts are matched (bounded; `dispose()` clears them): a word is looked up once, not per use. */
  entries: Map<string, WordEntry>;
  /** Entries per token kind, for tokens that are not words (phones, e-mails…): made at compile time. */
  kindEntries: Map<TokenKind, WordEntry>;
  /** Per atom, the sentence mark of the last sentence that holds it (see findMatches). */
  seen: Int32Array;
  mark: number;
}

export interface LanguageLexicon {
  /** Word classes for `@class`: the engine's shared ones and the rule's own (`@name` categories). */
  classes: Record<string, readonly string[]>;
  /** Words that negate what follows (не, never…). */
  negators: ReadonlySet<string>;
  /** Irregular English verb forms: base → forms (generated with compromise). */
  verbForms?: Readonly<Record<string, readonly string[]>>;
}

export class PhraseError extends Error {
  constructor(
    readonly key: string,
    readonly pattern: string,
    reason: string,
  ) {
    super(`phrase "${pattern}" in ${key}: ${reason}`);
    this.name = 'PhraseError';
  }
}

/** Every bad phrase of a compilation. */
export class PhraseErrors extends Error {
  constructor(readonly errors: readonly PhraseError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'PhraseErrors';
  }
}

const KINDS: readonly TokenKind[] = ['word', 'number', 'url', 'email', 'phone', 'handle', 'placeholder'];

/** Splits a word as the tokenizer would: hyphens and contractions give several words. */
function splitWord(word: string): string[] {
  const parts: string[] = [];
  for (const piece of normalizeWord(word).split(/[-‐–]/)) {
    if (piece === '') continue;
    for (const part of expandContraction(piece)) parts.push(part.norm);
  }
  return parts;
}

function emptyAtom(): Atom {
  return { stems: new Set(), norms: new Set(), prefixes: [], suffixes: [], kinds: new Set(), id: -1 };
}

function addAlternative(atom: Atom, alternative: string, lexicon: LanguageLexicon, fail: (reason: string) => never, depth = 0): void {
  if (alternative.startsWith('@')) {
    const members = lexicon.classes[alternative.slice(1)];
    if (!members || depth > 2) fail(`unknown class ${alternative}`);
    for (const member of members) addAlternative(atom, member, lexicon, fail, depth + 1);
    return;
  }
  if (alternative.startsWith('#')) {
    const kind = alternative.slice(1) as TokenKind;
    if (!KINDS.includes(kind)) fail(`unknown token kind ${alternative}`);
    atom.kinds.add(kind);
    return;
  }
  if (alternative.startsWith('=')) {
    if (splitWord(alternative.slice(1)).length !== 1) fail(`"${alternative}" is several words; an exact form among alternatives must be one`);
    atom.norms.add(normalizeWord(alternative.slice(1)));
    return;
  }
  if (alternative.startsWith('*')) {
    const suffix = normalizeWord(alternative.slice(1));
    if (suffix.length < 1) fail('an ending needs a letter or more');
    atom.suffixes.push(suffix);
    return;
  }
  if (alternative.endsWith('*')) {
    const prefix = normalizeWord(alternative.slice(0, -1));
    if (prefix.length < 2) fail('a prefix needs two letters or more');
    atom.prefixes.push(prefix);
    return;
  }
  const parts = splitWord(alternative);
  if (parts.length !== 1) fail(`"${alternative}" is several words; write them as separate words, not alternatives`);
  const norm = parts[0]!;
  atom.stems.add(stemPhraseWord(norm));
  for (const form of lexicon.verbForms?.[norm] ?? []) atom.stems.add(stemPhraseWord(normalizeWord(form)));
}

/** Parses one pattern into its variants (each optional element present or absent). */
export function parsePattern(key: string, pattern: string, lexicon: LanguageLexicon): Element[][] {
  const fail = (reason: string): never => {
    throw new PhraseError(key, pattern, reason);
  };
  const words = pattern.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) fail('empty phrase');
  // Each slot: a list of alternative element sequences ([] = absent).
  const slots: Element[][][] = [];
  for (const word of words) {
    const gap = /^~(\d{1,2})$/.exec(word);
    if (gap) {
      slots.push([[{ type: 'gap', max: Number(gap[1]) }]]);
      continue;
    }
    if (/^\[?~/.test(word)) fail(`cannot read "${word}": a gap is ~N with N from 0 to 99, and it cannot be optional`);
    const optional = word.startsWith('[') && word.endsWith(']');
    const body = optional ? word.slice(1, -1) : word;
    if (body === '' || /[[\]]/.test(body)) fail(`cannot read "${word}"`);
    const alternatives = body.split('|');
    let elements: Element[];
    const exact = body.startsWith('=');
    if (alternatives.length === 1 && !/^[@#*]/.test(body) && !body.endsWith('*') && splitWord(exact ? body.slice(1) : body).length > 1) {
      // "we've", "e-mail", "=e-mail": a sequence of words, as the text is tokenized.
      elements = splitWord(exact ? body.slice(1) : body).map((part) => {
        const atom = emptyAtom();
        addAlternative(atom, exact ? `=${part}` : part, lexicon, fail);
        return { type: 'atom', atom } as Element;
      });
    } else {
      const atom = emptyAtom();
      for (const alternative of alternatives) {
        if (alternative === '') fail(`empty alternative in "${word}"`);
        addAlternative(atom, alternative, lexicon, fail);
      }
      elements = [{ type: 'atom', atom }];
    }
    slots.push(optional ? [elements, []] : [elements]);
  }
  // Optional words before the first required one are expanded into variants (each variant needs a
  // required first word to be indexed by); later ones stay in place as `optional` elements.
  let variants: Element[][] = [[]];
  let leading = true;
  for (const slot of slots) {
    if (!leading && slot.length === 2) {
      const atoms = slot[0]!.map((element) => (element as { type: 'atom'; atom: Atom }).atom);
      for (const variant of variants) variant.push({ type: 'optional', atoms });
      continue;
    }
    const next: Element[][] = [];
    for (const variant of variants) for (const choice of slot) next.push([...variant, ...choice]);
    variants = next;
    if (slot.length === 1 && slot[0]!.some((element) => element.type === 'atom')) leading = false;
    if (variants.length > 64) fail('too many optional words at the start (at most 6)');
  }
  const result: Element[][] = [];
  for (const variant of variants) {
    // A gap at either end means nothing.
    while (variant.length > 0 && variant[0]!.type !== 'atom') variant.shift();
    while (variant.length > 0 && variant[variant.length - 1]!.type === 'gap') variant.pop();
    if (variant.length > 0) result.push(variant);
  }
  if (result.length === 0) fail('the phrase has no required word');
  return result;
}

export interface PhraseList {
  key: string;
  patterns: readonly string[];
  lexicon: LanguageLexicon;
}

function namesNegator(elements: readonly Element[], negators: ReadonlySet<string>): boolean {
  const atoms = elements.flatMap((element) => (element.type === 'atom' ? [element.atom] : element.type === 'optional' ? element.atoms : []));
  for (const atom of atoms) {
    for (const negator of negators) {
      if (atom.norms.has(negator) || atom.stems.has(stemPhraseWord(negator))) return true;
    }
  }
  return false;
}

function addTo<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** The matcher's own copy of an atom with this content (one number per distinct atom), indexed by what it matches. */
function internAtom(matcher: Matcher, atom: Atom): Atom {
  const content = [atom.stems, atom.norms, atom.prefixes, atom.suffixes, atom.kinds].map((part) => [...part].sort().join('|')).join('/');
  const known = matcher.atomsByContent.get(content);
  if (known) return known;
  const id = matcher.atoms.length;
  const own: Atom = { ...atom, id };
  matcher.atoms.push(own);
  matcher.atomsByContent.set(content, own);
  for (const stem of own.stems) addTo(matcher.atomsByStem, stem, id);
  for (const norm of own.norms) addTo(matcher.atomsByNorm, norm, id);
  for (const kind of own.kinds) addTo(matcher.atomsByKind, kind, id);
  for (const prefix of own.prefixes) addTo(matcher.atomsByPrefix, prefix, id);
  for (const suffix of own.suffixes) addTo(matcher.atomsBySuffix, suffix, id);
  return own;
}

function addPattern(matcher: Matcher, key: string, slot: number, pattern: string, lexicon: LanguageLexicon): void {
  for (const parsed of parsePattern(key, pattern, lexicon)) {
    const elements = parsed.map((element): Element => {
      if (element.type === 'atom') return { type: 'atom', atom: internAtom(matcher, element.atom) };
      if (element.type === 'optional') return { type: 'optional', atoms: element.atoms.map((atom) => internAtom(matcher, atom)) };
      return element;
    });
    const first = elements[0]!;
    if (first.type !== 'atom') continue;
    if (first.atom.suffixes.length > 0) throw new PhraseError(key, pattern, 'a phrase cannot start with an ending (*…): put a word before it');
    const required = [...new Set(elements.slice(1).flatMap((element) => (element.type === 'atom' ? [element.atom.id] : [])))];
    const compiled: CompiledPattern = { key, slot, pattern, elements, hasNegator: namesNegator(elements, lexicon.negators), required, failed: undefined };
    (matcher.starts[first.atom.id] ??= []).push(compiled);
    matcher.patterns.push(compiled);
  }
}

/**
 * Compiles phrase lists into one matcher indexed by what each variant's first word can be. Throws
 * PhraseErrors naming every bad phrase.
 */
export function compileMatcher(language: Language, lists: readonly PhraseList[]): Matcher {
  const matcher: Matcher = {
    language,
    patterns: [],
    keys: [],
    atoms: [],
    atomsByContent: new Map(),
    starts: [],
    atomsByStem: new Map(),
    atomsByNorm: new Map(),
    atomsByPrefix: new Map(),
    atomsBySuffix: new Map(),
    atomsByKind: new Map(),
    entries: new Map(),
    kindEntries: new Map(),
    seen: new Int32Array(0),
    mark: 0,
  };
  const problems: PhraseError[] = [];
  for (const { key, patterns, lexicon } of lists) {
    let slot = matcher.keys.indexOf(key);
    if (slot === -1) slot = matcher.keys.push(key) - 1;
    const seen = new Set<string>();
    for (const pattern of patterns) {
      try {
        if (seen.has(pattern)) throw new PhraseError(key, pattern, 'listed twice');
        seen.add(pattern);
        addPattern(matcher, key, slot, pattern, lexicon);
      } catch (error) {
        // Every bad phrase is named, not only the first.
        if (!(error instanceof PhraseError)) throw error;
        problems.push(error);
      }
    }
  }
  if (problems.length > 0) throw new PhraseErrors(problems);
  matcher.seen = new Int32Array(matcher.atoms.length);
  // Tokens that are not words match by kind only.
  for (const kind of KINDS) if (kind !== 'word' && kind !== 'number') matcher.kindEntries.set(kind, wordEntry(matcher, matcher.atomsByKind.get(kind) ?? []));
  return matcher;
}

/** A word form's (or a token kind's) entry from the numbers of the atoms it matches. */
export function wordEntry(matcher: Matcher, atoms: Iterable<number>): WordEntry {
  const set = new Set(atoms);
  const candidates: CompiledPattern[] = [];
  for (const id of set) for (const pattern of matcher.starts[id] ?? []) candidates.push(pattern);
  return { candidates, atoms: set, atomList: [...set] };
}

/** Normalized forms: lower case, ё→е, one apostrophe, English contractions expanded. */

export function normalizeWord(raw: string): string {
  let out = raw.toLowerCase();
  if (out.includes('ё')) out = out.replaceAll('ё', 'е');
  if (out.includes('’') || out.includes('ʼ') || out.includes('`')) out = out.replace(/[’ʼ`]/g, "'");
  return out;
}

/** A piece of a word after expanding a contraction: its norm and its offsets inside the word. */
export interface WordPart {
  norm: string;
  start: number;
  end: number;
}

const SUFFIXES: Record<string, string> = { "'ve": 'have', "'ll": 'will', "'re": 'are', "'m": 'am', "'d": 'would' };
const S_CONTRACTIONS: Record<string, string> = {
  it: 'is', that: 'is', there: 'is', here: 'is', what: 'is', who: 'is', he: 'is', she: 'is', where: 'is', how: 'is', let: 'us',
};
const NOT_BASES: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

/** Splits an English contraction ("we've", "don't", "it's") into the words it stands for. */
export function expandContraction(norm: string): WordPart[] {
  const apostrophe = norm.indexOf("'");
  if (apostrophe <= 0) return [{ norm, start: 0, end: norm.length }];
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

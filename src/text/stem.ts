import { PACKS } from '../languages/index.js';

/**
 * Stems a normalized word with the stemmer of the first language that claims it (Cyrillic →
 * Russian, a–z → English), so a Russian reply that says "e-mail" still stems it right.
 * Not cached here: a module-level cache would keep the words of every text linted (see
 * `WordCache`, which a linter owns and can clear).
 */

const MAX_STEMMED = 40;

export function stemWord(norm: string): string {
  // No real word is longer than 40 letters; natural's Porter stemmer is quadratic on a long one.
  if (norm.length <= 2 || norm.length > MAX_STEMMED) return norm;
  for (const pack of PACKS) if (pack.stems(norm)) return pack.stem(norm);
  return norm;
}

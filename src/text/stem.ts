import russianStemmer from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import englishStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/**
 * Stems a normalized word with natural's Porter stemmer for its script (Cyrillic → Russian,
 * anything else → English), so a Russian reply that says "e-mail" still stems it right.
 * Not cached here: a module-level cache would keep the words of every text linted (see
 * `WordCache`, which a linter owns and can clear).
 */

const CYRILLIC = /[\u0400-\u04FF]/;
const MAX_STEMMED = 40;

export function stemWord(norm: string): string {
  // No real word is longer than 40 letters; natural's Porter stemmer is quadratic on a long one.
  if (norm.length <= 2 || norm.length > MAX_STEMMED) return norm;
  if (CYRILLIC.test(norm)) return russianStemmer.stem(norm);
  if (/^[a-z']+$/.test(norm)) return englishStemmer.stem(norm);
  return norm;
}

import russianStemmer from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import englishStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/**
 * Stems a normalized word with natural's Porter stemmer for its script (Cyrillic → Russian,
 * anything else → English), so a Russian reply that says "e-mail" still stems it right.
 * Results are cached: support text repeats the same few thousand words.
 */
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

const CYRILLIC = /[\u0400-\u04FF]/;
const MAX_STEMMED = 40;

export function stemWord(norm: string): string {
  let stem = cache.get(norm);
  if (stem !== undefined) return stem;
  // No real word is longer than 40 letters; natural's Porter stemmer is quadratic on a long one.
  if (norm.length <= 2 || norm.length > MAX_STEMMED) stem = norm;
  else if (CYRILLIC.test(norm)) stem = russianStemmer.stem(norm);
  else if (/^[a-z']+$/.test(norm)) stem = englishStemmer.stem(norm);
  else stem = norm;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(norm, stem);
  return stem;
}

/** Normalized forms: lower case, ё→е, one apostrophe; contractions expanded by the language that has them. */
import { PACKS, type WordPiece } from '../languages/index.js';

export type { WordPiece };

export function normalizeWord(raw: string): string {
  let out = raw.toLowerCase();
  if (out.includes('ё')) out = out.replaceAll('ё', 'е');
  if (out.includes('’') || out.includes('ʼ') || out.includes('`')) out = out.replace(/[’ʼ`]/g, "'");
  return out;
}

/** The words a normalized word stands for: a contraction ("we've" → we + have) split by its language; otherwise itself. */
export function expandContraction(norm: string): WordPiece[] {
  for (const pack of PACKS) if (pack.expandContraction && pack.stems(norm)) return pack.expandContraction(norm);
  return [{ norm, start: 0, end: norm.length }];
}

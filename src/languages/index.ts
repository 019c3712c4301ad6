/**
 * The registry of languages: one pack per folder (see ./pack.ts and docs/adding-a-language.md).
 * The order matters where scripts are shared or mixed: a word is stemmed by the first pack that
 * claims it, and a tie in detection goes to the earlier pack.
 */
import { en } from './en/index.js';
import { ru } from './ru/index.js';
import type { LanguagePack } from './pack.js';

export type { LanguagePack, WordPiece } from './pack.js';

export const LANGUAGE_PACKS = { ru, en } as const satisfies Record<string, LanguagePack>;

/** A language the built-in rules speak. */
export type Language = keyof typeof LANGUAGE_PACKS;

/** The packs in registry order. */
export const PACKS: readonly LanguagePack[] = Object.values(LANGUAGE_PACKS);

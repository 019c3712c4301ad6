/** Interface texts: each language's live in src/languages/<lang>/ui.ts; the page follows the reply's language. */
import type { Language } from '../src/index.js';
import { uiTexts, type Texts } from '../src/languages/ui.js';

export type { Texts };

export const TEXTS: Record<Language, Texts> = { en: uiTexts('en').playground, ru: uiTexts('ru').playground };

/** The browser's language, for the start and for replies in no language yet. */
export function browserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ru') return 'ru';
    if (base === 'en') return 'en';
  }
  return 'en';
}

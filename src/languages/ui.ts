/**
 * The interface texts of the adapters, per language: the language server's action titles, the QA
 * report's labels and the playground's. Each language's live in `src/languages/<lang>/ui.ts`, next to
 * its pack, but outside the core (the browser bundle does not carry them); `uiTexts()` picks them.
 */
import { en } from './en/ui.js';
import { ru } from './ru/ui.js';
import type { UiTexts } from './ui-texts.js';

export type { LspTexts, QaReportTexts, Texts, UiTexts } from './ui-texts.js';

const UI: Readonly<Record<string, UiTexts>> = { ru, en };

/** The interface texts of a language (English for one without its own). */
export function uiTexts(language: string): UiTexts {
  return UI[language] ?? en;
}

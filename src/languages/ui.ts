/**
 * The interface texts of the adapters, per language: the language server's action titles, the QA
 * report's labels and the playground's. Each language's live in `src/languages/<lang>/ui.ts`, next to
 * its pack, but outside the core (the browser bundle does not carry them); `uiTexts()` picks them.
 */
import { en } from './en/ui.js';
import { ru } from './ru/ui.js';
import type { UiTexts } from './ui-texts.js';

export type { LspTexts, PromiseTexts, QaReportTexts, Texts, UiTexts } from './ui-texts.js';

const UI: Readonly<Record<string, UiTexts>> = { ru, en };

/** The interface texts of a language (English for one without its own). */
export function uiTexts(language: string): UiTexts {
  return UI[language] ?? en;
}

/** A deadline as people read it: "2026-12-11T23:59:59+03:00" → "2026-12-11 23:59 (+03:00)". */
export function readableTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} (${iso.slice(19) === '+00:00' ? 'UTC' : iso.slice(19)})`;
}

/** What a promise line needs: a core `Commitment` or the CLI's `FileCommitment`. */
export interface PromiseLike {
  actor: string;
  action: string;
  conditional: boolean;
  due?: { text: string; deadline?: string };
}

/**
 * One promise as a line, in the interface language: "we: send a replacement — by Friday → by 2026-12-11 23:59 (+03:00)",
 * «мы: перезвоним — без срока». The CLI's stylish output and the language server's hover read it.
 */
export function promiseLine(commitment: PromiseLike, language: string): string {
  const texts = uiTexts(language).promises;
  const time = commitment.due
    ? `${commitment.due.text}${commitment.due.deadline ? ` → ${texts.by} ${readableTime(commitment.due.deadline)}` : ''}`
    : texts.noTime;
  return `${texts.actor(commitment.actor)}: ${commitment.action} — ${time}${commitment.conditional ? ` (${texts.conditional})` : ''}`;
}

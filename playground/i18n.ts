/** Interface texts: each language's live in src/languages/<lang>/ui.ts; the page follows the reply's language. */
import type { Language } from '../src/index.js';
import { uiTexts, type PromiseTexts, type Texts } from '../src/languages/ui.js';

export type { PromiseTexts, Texts };

export const TEXTS: Record<Language, Texts> = { en: uiTexts('en').playground, ru: uiTexts('ru').playground };

/** How the promises panel names things (the same texts as the CLI's and the language server's). */
export const PROMISE_TEXTS: Record<Language, PromiseTexts> = { en: uiTexts('en').promises, ru: uiTexts('ru').promises };

/** The browser's language, for the start and for replies in no language yet. */
export function browserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ru') return 'ru';
    if (base === 'en') return 'en';
  }
  return 'en';
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, timeZone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language} ${timeZone ?? ''} ${JSON.stringify(options)}`;
  let made = formats.get(key);
  if (!made) formats.set(key, (made = new Intl.DateTimeFormat(language, { ...options, timeZone: timeZone ?? 'UTC', ...(timeZone ? {} : { timeZoneName: 'short' }) })));
  return made;
}

/**
 * A promise's deadline as the page's language writes it, in the zone the times were resolved in:
 * «вт, 8 декабря в 15:00», "Tue, December 8 at 3:00 PM"; the year only when it is not this year.
 * Without a zone the core resolved in the offset of `now` (UTC), so the time is UTC and says so.
 */
export function readableDeadline(iso: string, language: Language, timeZone: string | undefined, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const year = format(language, timeZone, { year: 'numeric' });
  const otherYear = year.format(date) !== year.format(now);
  return format(language, timeZone, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    ...(otherYear ? { year: 'numeric' } : {}),
    hour: 'numeric',
    minute: '2-digit',
  }).format(date);
}

/** The browser's IANA time zone ("Europe/Moscow"), or undefined when it names none. */
export function localTimeZone(): string | undefined {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return typeof zone === 'string' && zone !== '' ? zone : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Control characters of user text (file names, macro titles, quoted replies) shown visibly, as
 * `\u001b`: a raw ESC, BEL or CSI would drive the terminal (retitle it, clear it, forge output), and
 * a bidirectional override (U+202A–U+202E, U+2066–U+2069) would show text in another order than
 * it is written ("Trojan Source").
 */
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/** The same but CR and LF, which GitHub's workflow commands encode themselves (%0D, %0A). */
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

const escape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Every C0 and C1 control character but the tab, and every bidirectional override, as `\uXXXX`. */
export function visible(text: string): string {
  return text.replace(CONTROL, escape);
}

/** As `visible`, keeping CR and LF. */
export function visibleButLineBreaks(text: string): string {
  return text.replace(CONTROL_BUT_LINE_BREAKS, escape);
}

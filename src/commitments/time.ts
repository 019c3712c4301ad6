/**
 * The time a promise names, read from its words and placed on the calendar: «завтра в 15:00»,
 * "within 2 business days", «до пятницы», "today before 6 pm". A small grammar of our own over each
 * language's TimeWords (no date library: the browser bundle stays small). Conventions (README,
 * "Commitments"): a day ends at 23:59:59; a weekday is the next one after today; business days
 * skip Saturdays and Sundays, counted from tomorrow; a week runs Monday–Sunday.
 */
import type { TimeWords } from '../languages/pack.js';

/** What the words say, before a calendar is at hand. */
export interface TimeSpec {
  count?: number;
  unit?: string;
  business?: boolean;
  day?: number;
  weekday?: number;
  month?: number;
  date?: number;
  hour?: number;
  minute?: number;
  end?: boolean;
  next?: boolean;
  /** A limit ("by", «до», "within"): the interval runs from now. */
  limit?: boolean;
  /** A part of the day ("afternoon", «утром»). */
  part?: boolean;
}

/** The moment a reply is written and how its wall clock reads. */
export interface Clock {
  now: number;
  /** Minutes east of UTC at an instant. */
  offset(instant: number): number;
}

function lookup(table: Readonly<Record<string, string | number>>, norm: string): string | number | undefined {
  const exact = table[norm];
  if (exact !== undefined) return exact;
  for (const key in table) if (key.endsWith('*') && norm.startsWith(key.slice(0, -1))) return table[key];
  return undefined;
}

export function inList(list: readonly string[], norm: string): boolean {
  for (const word of list) if (word === norm || (word.endsWith('*') && norm.startsWith(word.slice(0, -1)))) return true;
  return false;
}

function indexIn(lists: readonly (readonly string[])[], norm: string): number {
  return lists.findIndex((list) => inList(list, norm));
}

const DIGITS = (text: string) => text !== '' && [...text].every((c) => c >= '0' && c <= '9');

/**
 * Reads the words of a time. `words` are the normalized tokens of the span (numbers as written);
 * an empty spec means the words name no time ("до 5 000 рублей").
 */
export function readTime(words: readonly string[], time: TimeWords): TimeSpec {
  const spec: TimeSpec = {};
  let pending: number | undefined;
  let clockCue = false;
  let pm = false;
  const setClock = (hour: number, minute: number) => {
    spec.hour = hour;
    spec.minute = minute;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const previous = words[i - 1] ?? '';
    const separator = word.indexOf(':') > 0 ? word.indexOf(':') : word.indexOf('.');
    if (separator > 0 && DIGITS(word.slice(0, separator)) && DIGITS(word.slice(separator + 1))) {
      const a = Number(word.slice(0, separator));
      const b = Number(word.slice(separator + 1));
      if (word[separator] === ':' || b > 12 || word.endsWith('.00') || time.at.includes(previous)) setClock(a, b);
      else {
        spec.date = a;
        spec.month = b - 1;
      }
      continue;
    }
    // "3pm", "10am": a clock with its suffix.
    const suffix = [...time.am, ...time.pm].find((end) => word.endsWith(end) && DIGITS(word.slice(0, -end.length)));
    if (suffix !== undefined) {
      setClock((Number(word.slice(0, -suffix.length)) % 12) + (time.pm.includes(suffix) ? 12 : 0), 0);
      continue;
    }
    if (DIGITS(word)) {
      const value = Number(word);
      if (spec.month !== undefined && spec.date === undefined && value <= 31) spec.date = value;
      else pending = value;
      clockCue = time.at.includes(previous);
      continue;
    }
    const unit = lookup(time.units, word);
    const number = lookup(time.numbers, word);
    if (typeof number === 'number' && !(pending === 0.5 && number === 1)) pending = number;
    if (typeof unit === 'string') {
      if (unit === 'h' && clockCue && pending !== undefined && pending >= 1 && pending <= 24) {
        setClock(pending, 0);
        pending = undefined;
        continue;
      }
      spec.unit = unit;
      if (pending !== undefined) spec.count = pending;
      pending = undefined;
      continue;
    }
    if (number !== undefined) continue;
    const day = time.days[word];
    if (day !== undefined) spec.day = day;
    else if (indexIn(time.weekdays, word) >= 0) spec.weekday = indexIn(time.weekdays, word);
    else if (indexIn(time.months, word) >= 0) {
      spec.month = indexIn(time.months, word);
      if (pending !== undefined && pending >= 1 && pending <= 31) spec.date = pending;
      pending = undefined;
    } else if (inList(time.business, word)) spec.business = true;
    else if (inList(time.end, word)) spec.end = true;
    else if (inList(time.next, word)) spec.next = true;
    else if (inList(time.noon, word)) setClock(12, 0);
    else if (inList(time.parts, word)) spec.part = true;
    if (inList(time.pm, word)) pm = true;
    else if (inList(time.limits, word)) spec.limit = true;
  }
  if (spec.hour === undefined && pending !== undefined && pending >= 1 && pending <= 12 && (pm || clockCue) && spec.unit === undefined) {
    if (pm || pending >= 8 || spec.day !== undefined || spec.weekday !== undefined) setClock(pending, 0);
  }
  if (pm && spec.hour !== undefined && spec.hour < 12) spec.hour += 12;
  if (spec.hour !== undefined && (spec.hour > 24 || (spec.minute ?? 0) > 59)) {
    delete spec.hour;
    delete spec.minute;
  }
  return spec;
}

/** Does a word belong to a time by itself (a unit, a day, a month, "business", "end", "pm")? Run-on of a time's words. */
export function isTimeWord(norm: string, time: TimeWords): boolean {
  return (
    lookup(time.units, norm) !== undefined ||
    time.days[norm] !== undefined ||
    indexIn(time.weekdays, norm) >= 0 ||
    indexIn(time.months, norm) >= 0 ||
    inList(time.business, norm) ||
    inList(time.end, norm) ||
    inList(time.pm, norm) ||
    inList(time.noon, norm) ||
    inList(time.parts, norm) ||
    time.am.includes(norm)
  );
}

/** Does the spec name a time at all? */
export function isTime(spec: TimeSpec): boolean {
  return spec.unit !== undefined || spec.day !== undefined || spec.weekday !== undefined || spec.month !== undefined || spec.hour !== undefined || spec.part === true;
}

// ---------------------------------------------------------------- the calendar

const MINUTE = 60_000;
/** How far ahead a promise is placed at most, in days, and each unit in days. */
const MAX_DAYS = 3660;
const UNIT_DAYS: Readonly<Record<string, number>> = { m: 1 / 1440, h: 1 / 24, D: 1, d: 1, w: 7, M: 31 };
const DAY = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC in a time zone at an instant (Intl: no time-zone data of our own). */
function zoneOffset(zone: string, instant: number): number {
  if (!isTimeZone(zone)) throw new RangeError(`unknown time zone ${zone}`);
  const format = formats.get(zone)!;
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(instant)) part[type] = Number(value);
  const wall = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour! % 24, part.minute!, part.second!);
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / MINUTE);
}

/** Is this an IANA time zone the runtime knows? (Known ones are remembered: a helpdesk lints every keystroke in one zone.) */
export function isTimeZone(zone: string): boolean {
  if (formats.has(zone)) return true;
  try {
    formats.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }));
    return true;
  } catch {
    return false;
  }
}

/** "2026-12-07T10:30:00+03:00" (an offset or Z required), as an instant and the offset written; undefined when it is not one. */
export function parseNow(text: string): { instant: number; offset: number } | undefined {
  if (text.length < 20 || text.length > 40 || text[10] !== 'T') return undefined;
  const instant = Date.parse(text);
  if (Number.isNaN(instant)) return undefined;
  if (text.endsWith('Z') || text.endsWith('z')) return { instant, offset: 0 };
  const sign = text.at(-6);
  if ((sign !== '+' && sign !== '-') || text.at(-3) !== ':') return undefined;
  const minutes = Number(text.slice(-5, -3)) * 60 + Number(text.slice(-2));
  return { instant, offset: sign === '-' ? -minutes : minutes };
}

export function clockOf(now: string, timeZone?: string): Clock | undefined {
  const parsed = parseNow(now);
  if (!parsed) return undefined;
  return timeZone ? { now: parsed.instant, offset: (instant) => zoneOffset(timeZone, instant) } : { now: parsed.instant, offset: () => parsed.offset };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as ISO 8601 with the clock's offset there: "2026-12-08T15:00:00+03:00". */
export function isoAt(clock: Clock, instant: number): string {
  const offset = clock.offset(instant);
  const wall = new Date(instant + offset * MINUTE);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T` +
    `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** A wall-clock time (as UTC fields) back to an instant, in the clock's zone. */
function instantOf(clock: Clock, wall: number): number {
  const first = wall - clock.offset(wall - clock.offset(clock.now) * MINUTE) * MINUTE;
  return wall - clock.offset(first) * MINUTE;
}

/** Midnight of a wall day, `days` after the one holding `wall`. */
function dayStart(wall: number, days = 0): number {
  return Math.floor(wall / DAY) * DAY + days * DAY;
}

const weekdayOf = (wall: number) => (new Date(wall).getUTCDay() + 6) % 7;

/** Places a spec on the calendar: `resolved` (a date-time or `start/end`) and `deadline`; undefined when it cannot. */
export function resolveTime(spec: TimeSpec, clock: Clock): { resolved: string; deadline: string } | undefined {
  const wallNow = clock.now + clock.offset(clock.now) * MINUTE;
  const today = dayStart(wallNow);
  const endOf = (day: number) => instantOf(clock, day + DAY - 1000);
  let point: number | undefined;
  let deadline: number | undefined;
  let start = clock.now;
  const { unit } = spec;
  // "this afternoon", «в первой половине дня»: a part of a day the words do not name.
  if (spec.part && spec.day === undefined && spec.weekday === undefined && spec.month === undefined) return undefined;
  // Ten years is the longest a promise is placed ("within 1000000000 business days" is no time, and no loop).
  if (spec.count !== undefined && !(spec.count >= 0 && spec.count * (UNIT_DAYS[spec.unit ?? 'd'] ?? 1) <= MAX_DAYS)) return undefined;
  // Without a count, a day or a week "within" is one ("within a week", «в течение дня»); otherwise the period itself ("this week", «до конца месяца»).
  const counted = spec.count !== undefined || unit === 'D' || unit === 'm' || unit === 'h' || (spec.limit === true && !spec.end && !spec.next);
  if (unit !== undefined && counted) {
    const count = spec.count ?? 1;
    if (unit === 'm' || unit === 'h' || unit === 'D') {
      const until = clock.now + count * (unit === 'm' ? MINUTE : unit === 'h' ? 60 * MINUTE : DAY);
      if (spec.limit) deadline = until;
      else point = until;
    } else if (unit === 'd' && spec.business) {
      let day = today;
      for (let left = count; left > 0; ) {
        day += DAY;
        if (weekdayOf(day) < 5) left--;
      }
      deadline = endOf(day);
    } else if (unit === 'd' || unit === 'w') deadline = endOf(today + Math.round(count * (unit === 'w' ? 7 : 1)) * DAY);
    else if (unit === 'M') {
      const date = new Date(today);
      deadline = endOf(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count, date.getUTCDate()));
    }
  } else if (unit !== undefined) {
    // "end of the day", «на следующей неделе», "by the end of the month".
    if (unit === 'd') deadline = endOf(today);
    else if (unit === 'w') {
      const sunday = today + (6 - weekdayOf(today)) * DAY;
      deadline = endOf(spec.next ? sunday + 7 * DAY : sunday);
      if (spec.next && !spec.limit) start = instantOf(clock, sunday + DAY);
    } else if (unit === 'M') {
      const date = new Date(today);
      const months = spec.next ? 2 : 1;
      deadline = endOf(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1) - DAY);
      if (spec.next && !spec.limit) start = instantOf(clock, Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
    }
  } else {
    let day: number | undefined;
    if (spec.day !== undefined) day = today + spec.day * DAY;
    else if (spec.weekday !== undefined) day = today + (((spec.weekday - weekdayOf(today) + 6) % 7) + 1) * DAY;
    else if (spec.month !== undefined) {
      // A date («10 декабря»), or a month alone ("in March": its last day), this year or next.
      const year = new Date(today).getUTCFullYear();
      const dateIn = (y: number) => (spec.date !== undefined ? Date.UTC(y, spec.month!, spec.date) : Date.UTC(y, spec.month! + 1, 1) - DAY);
      day = dateIn(year);
      if (day < today) day = dateIn(year + 1);
      // «31 февраля»: no such day.
      if (spec.date !== undefined && new Date(day).getUTCDate() !== spec.date) return undefined;
    }
    if (spec.hour !== undefined) {
      let at = instantOf(clock, (day ?? today) + spec.hour * 60 * MINUTE + (spec.minute ?? 0) * MINUTE);
      if (day === undefined && at <= clock.now) at = instantOf(clock, today + DAY + spec.hour * 60 * MINUTE + (spec.minute ?? 0) * MINUTE);
      if (spec.limit) deadline = at;
      else point = at;
    } else if (day !== undefined) {
      deadline = endOf(day);
      if (!spec.limit && day > today) start = instantOf(clock, day);
    }
  }
  if (point !== undefined) return { resolved: isoAt(clock, point), deadline: isoAt(clock, point) };
  if (deadline === undefined || deadline < clock.now) return undefined;
  return { resolved: `${isoAt(clock, start)}/${isoAt(clock, deadline)}`, deadline: isoAt(clock, deadline) };
}

import type { Fix } from './types.js';

export interface FixResult {
  /** The text with every applied fix. */
  output: string;
  applied: Fix[];
  /** Fixes that overlap an earlier one (or share its insertion point) or fall outside the text. */
  rejected: Fix[];
}

/** Whole offsets, start ≤ end, inside a text of this length (a plugin's range is not trusted). */
export function isRangeIn(start: unknown, end: unknown, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length;
}

/**
 * Applies non-overlapping fixes in one pass, in order of position (ties: the order given).
 * A fix that overlaps one already taken — or inserts at the same point — is rejected, not
 * merged: lint again and apply the rest (ESLint does the same in passes).
 */
export function applyFixes(text: string, fixes: readonly Fix[]): FixResult {
  const ordered = fixes
    .map((fix, index) => ({ fix, index }))
    .sort((a, b) => a.fix.range.start - b.fix.range.start || a.fix.range.end - b.fix.range.end || a.index - b.index);
  const applied: Fix[] = [];
  const rejected: Fix[] = [];
  let output = '';
  let cursor = 0;
  let lastEnd = -1;
  let lastStart = -1;
  for (const { fix } of ordered) {
    const { start, end } = fix.range;
    if (!isRangeIn(start, end, text.length) || start < lastEnd || start === lastStart) {
      rejected.push(fix);
      continue;
    }
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    lastEnd = end;
    lastStart = start;
    applied.push(fix);
  }
  output += text.slice(cursor);
  return { output, applied, rejected };
}

/** The order opening sentences take after the greeting, as a person writes them (seed 002). */
const OPENING_ORDER: Readonly<Record<string, number>> = { thanks: 0, 'acknowledge-repeat': 1, empathy: 2 };
const OPENING_ORDER_OTHER = 3;

/**
 * The fixes of one pass, each once, in the order to apply them. Sentences that go in at the same
 * point (after the greeting) land before the ones put there in earlier passes, so the one meant to
 * come last goes first: the reply then reads thanks, the acknowledgement, the sympathy. The
 * acknowledgement of repeated contacts apologizes already («…, — приносим извинения», "We're sorry
 * you've had to contact us several times"), so a sympathy for the same spot is not added beside it.
 */
export function fixesInOrder(items: ReadonlyArray<{ ruleId: string; fix?: Fix }>): Fix[] {
  const seen = new Set<string>();
  const candidates: Array<{ fix: Fix; rank: number }> = [];
  const acknowledged = new Set<number>();
  for (const { ruleId, fix } of items) if (fix && ruleId === 'acknowledge-repeat') acknowledged.add(fix.range.start);
  for (const { ruleId, fix } of items) {
    if (!fix || (ruleId === 'empathy' && fix.range.start === fix.range.end && acknowledged.has(fix.range.start))) continue;
    const key = `${fix.range.start}:${fix.range.end}:${fix.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push({ fix, rank: OPENING_ORDER[ruleId] ?? OPENING_ORDER_OTHER });
  }
  return candidates.sort((a, b) => a.fix.range.start - b.fix.range.start || b.rank - a.rank).map((candidate) => candidate.fix);
}

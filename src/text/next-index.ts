/**
 * `text.indexOf(needle, from)` for a scan that asks again and again from growing positions: the
 * answer for each needle is remembered, so a run of openers that never close (25,000 `<!--`) costs
 * one search of the text, not one per opener. -1 when absent.
 */
export function nextIndexIn(text: string): (needle: string, from: number) => number {
  const seen = new Map<string, { from: number; at: number }>();
  return (needle, from) => {
    let next = seen.get(needle);
    if (next === undefined || from < next.from || (next.at !== -1 && next.at < from)) {
      next = { from, at: text.indexOf(needle, from) };
      seen.set(needle, next);
    }
    return next.at;
  };
}

/**
 * Splits the reply into plain runs and marked runs at every finding's range boundary: what the
 * playground paints behind the draft and the QA report marks in the worst replies.
 */
import type { Finding, Severity } from '../types.js';

type Marked = Pick<Finding, 'range' | 'severity'>;

export interface Run {
  start: number;
  end: number;
  /** Indices of the findings whose range covers this run (or, for an empty run, points at it). */
  findings: number[];
  severity?: Severity;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function worst(findings: readonly Marked[], indices: readonly number[]): Severity | undefined {
  let result: Severity | undefined;
  for (const index of indices) {
    const severity = findings[index]!.severity;
    if (result === undefined || RANK[severity] > RANK[result]) result = severity;
  }
  return result;
}

/**
 * Runs covering `text` in order. A range [a, b) with a < b becomes marked runs whose text is
 * exactly text.slice(a, b), split where other ranges start or end (overlaps stay exact);
 * an empty range [a, a) — an insertion point — becomes an empty marked run at a.
 */
export function highlightRuns(text: string, findings: readonly Marked[]): Run[] {
  const ranged: { index: number; start: number; end: number }[] = [];
  findings.forEach((finding, index) => {
    const range = finding.range;
    if (!range) return;
    const start = Math.max(0, Math.min(range.start, text.length));
    const end = Math.max(start, Math.min(range.end, text.length));
    ranged.push({ index, start, end });
  });
  const cuts = new Set<number>([0, text.length]);
  for (const { start, end } of ranged) cuts.add(start).add(end);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    const inserts = ranged.filter((r) => r.start === at && r.end === at).map((r) => r.index);
    if (inserts.length > 0) runs.push({ start: at, end: at, findings: inserts, severity: worst(findings, inserts) });
    const next = points[i + 1];
    if (next === undefined || next === at) continue;
    const covering = ranged.filter((r) => r.start <= at && r.end >= next && r.start < r.end).map((r) => r.index);
    runs.push({ start: at, end: next, findings: covering, severity: covering.length > 0 ? worst(findings, covering) : undefined });
  }
  return runs;
}

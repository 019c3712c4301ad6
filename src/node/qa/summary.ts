/**
 * The QA summary keeps counts, never only ratios, so that summaries of shards merge exactly:
 * `merge(summary(a), summary(b))` equals `summary(a + b)`. Ratios and means are derived on output.
 */
import { ENGINE_FINDING_IDS, type Commitment, type Finding, type Severity } from '../../index.js';
import * as z from 'zod/mini';
import { idText, jsonWithIds, numberId, numberTexts, type Id } from './number-text.js';
import { visible } from '../format/visible.js';

/** How many of the lowest-scoring replies (below 100) a summary keeps for the report. */
export const WORST_KEPT = 20;

export interface WorstReply {
  id: Id;
  /** Index of the reply inside a conversation. */
  index?: number;
  agent?: string;
  score: number;
  message?: string;
  reply: string;
  findings: Array<Pick<Finding, 'ruleId' | 'message' | 'range'> & { severity: Severity }>;
}

export interface AgentCounts {
  replies: number;
  scoreSum: number;
  /** Promises the agent's replies make (report.commitments), and those with no time named. */
  promises: number;
  promisesNoTime: number;
  /** Replies with at least one finding of the rule. */
  violations: Record<string, number>;
}

export interface QaCounts {
  lines: { read: number; linted: number; bad: number };
  pairs: number;
  conversations: number;
  /** Conversations that held no agent message (no score). */
  withoutReply: number;
  replies: number;
  /** Sum of reply scores (integers, so exact). */
  scoreSum: number;
  /** histogram[s] = replies that scored s, for s = 0..100. */
  histogram: number[];
  languages: Record<string, number>;
  /** Per rule: replies that violate it, and findings. */
  rules: Record<string, { violations: number; findings: number }>;
  /** Replies with an engine finding (unsupported-language, input-truncated, internal-error): not rule violations. */
  engine: Record<string, number>;
  agents: Record<string, AgentCounts>;
  /** Promises the replies make (report.commitments), and those with no time named (seed 003). */
  promises: { total: number; noTime: number };
  worst: WorstReply[];
}

export interface QaSummary extends QaCounts {
  replylintQaSummary: 1;
  meanScore: number | null;
  ruleShares: Record<string, number>;
  agentScores: Array<{ agent: string; replies: number; meanScore: number; worstRule: string | null; promises: number; promisesNoTime: number }>;
}

/**
 * A table keyed by text from the input (agent names, languages, rule ids): no prototype, so
 * "__proto__", "constructor" or "toString" are names like any other and can pollute nothing.
 */
export function table<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function emptyCounts(): QaCounts {
  return {
    lines: { read: 0, linted: 0, bad: 0 },
    pairs: 0,
    conversations: 0,
    withoutReply: 0,
    replies: 0,
    scoreSum: 0,
    histogram: new Array<number>(101).fill(0),
    languages: table(),
    rules: table(),
    engine: table(),
    agents: table(),
    promises: { total: 0, noTime: 0 },
    worst: [],
  };
}

const compareText = (a = '', b = '') => (a < b ? -1 : a > b ? 1 : 0);

/** Lowest score first; ties by more findings, then id, index and text: the pick is the same however lines are split. */
function compareWorst(a: WorstReply, b: WorstReply): number {
  return (
    a.score - b.score ||
    b.findings.length - a.findings.length ||
    compareText(idText(a.id), idText(b.id)) ||
    (a.index ?? -1) - (b.index ?? -1) ||
    compareText(a.reply, b.reply) ||
    compareText(a.message, b.message)
  );
}

/** Adds one linted reply. `worst` is built lazily: only replies that could enter the kept list are materialized. */
export function addReply(
  counts: QaCounts,
  reply: { score: number; language: string; agent?: string; findings: readonly Finding[]; commitments?: readonly Commitment[] },
  worst: () => WorstReply,
): void {
  counts.replies++;
  counts.scoreSum += reply.score;
  const promises = reply.commitments?.length ?? 0;
  let noTime = 0;
  for (const commitment of reply.commitments ?? []) if (!commitment.due) noTime++;
  counts.promises.total += promises;
  counts.promises.noTime += noTime;
  counts.histogram[reply.score]!++;
  counts.languages[reply.language] = (counts.languages[reply.language] ?? 0) + 1;
  const violated = new Set<string>();
  for (const finding of reply.findings) {
    if (ENGINE_FINDING_IDS.has(finding.ruleId)) {
      counts.engine[finding.ruleId] = (counts.engine[finding.ruleId] ?? 0) + 1;
      continue;
    }
    const rule = (counts.rules[finding.ruleId] ??= { violations: 0, findings: 0 });
    rule.findings++;
    if (!violated.has(finding.ruleId)) {
      violated.add(finding.ruleId);
      rule.violations++;
    }
  }
  if (reply.agent !== undefined) {
    const agent = (counts.agents[reply.agent] ??= emptyAgent());
    agent.replies++;
    agent.scoreSum += reply.score;
    agent.promises += promises;
    agent.promisesNoTime += noTime;
    for (const ruleId of violated) agent.violations[ruleId] = (agent.violations[ruleId] ?? 0) + 1;
  }
  const kept = counts.worst;
  const last = kept[kept.length - 1];
  if (reply.score < 100 && (kept.length < WORST_KEPT || (last !== undefined && reply.score <= last.score))) keepWorst(kept, [worst()]);
}

const emptyAgent = (): AgentCounts => ({ replies: 0, scoreSum: 0, promises: 0, promisesNoTime: 0, violations: table() });

function keepWorst(kept: WorstReply[], more: readonly WorstReply[]): void {
  kept.push(...more);
  kept.sort(compareWorst);
  kept.length = Math.min(kept.length, WORST_KEPT);
}

/** Adds `other` into `into` (both counts). Exact: every field is a count or a sum of integers. */
export function mergeCounts(into: QaCounts, other: QaCounts): QaCounts {
  into.lines.read += other.lines.read;
  into.lines.linted += other.lines.linted;
  into.lines.bad += other.lines.bad;
  into.pairs += other.pairs;
  into.conversations += other.conversations;
  into.withoutReply += other.withoutReply;
  into.replies += other.replies;
  into.scoreSum += other.scoreSum;
  other.histogram.forEach((count, score) => (into.histogram[score] = (into.histogram[score] ?? 0) + count));
  for (const [language, count] of Object.entries(other.languages)) into.languages[language] = (into.languages[language] ?? 0) + count;
  for (const [id, count] of Object.entries(other.engine)) into.engine[id] = (into.engine[id] ?? 0) + count;
  for (const [ruleId, rule] of Object.entries(other.rules)) {
    const target = (into.rules[ruleId] ??= { violations: 0, findings: 0 });
    target.violations += rule.violations;
    target.findings += rule.findings;
  }
  // Summaries written before promises were counted have none (0).
  into.promises.total += other.promises?.total ?? 0;
  into.promises.noTime += other.promises?.noTime ?? 0;
  for (const [name, agent] of Object.entries(other.agents)) {
    const target = (into.agents[name] ??= emptyAgent());
    target.replies += agent.replies;
    target.scoreSum += agent.scoreSum;
    target.promises += agent.promises ?? 0;
    target.promisesNoTime += agent.promisesNoTime ?? 0;
    for (const [ruleId, count] of Object.entries(agent.violations)) target.violations[ruleId] = (target.violations[ruleId] ?? 0) + count;
  }
  keepWorst(into.worst, other.worst);
  return into;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Counts plus the derived figures people read; keys sorted so equal summaries serialize equally. */
export function toSummary(counts: QaCounts): QaSummary {
  const sortKeys = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const rules = sortKeys(counts.rules);
  const ruleShares = Object.fromEntries(Object.entries(rules).map(([id, rule]) => [id, counts.replies ? round(rule.violations / counts.replies, 4) : 0]));
  const agents = sortKeys(counts.agents);
  const agentScores = Object.entries(agents)
    .map(([agent, data]) => {
      const worst = Object.entries(data.violations).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0];
      return {
        agent,
        replies: data.replies,
        meanScore: round(data.scoreSum / data.replies),
        worstRule: worst ? worst[0] : null,
        promises: data.promises,
        promisesNoTime: data.promisesNoTime,
      };
    })
    .sort((a, b) => a.meanScore - b.meanScore || (a.agent < b.agent ? -1 : 1));
  return {
    replylintQaSummary: 1,
    ...counts,
    languages: sortKeys(counts.languages),
    rules,
    engine: sortKeys(counts.engine),
    agents,
    meanScore: counts.replies ? round(counts.scoreSum / counts.replies) : null,
    ruleShares,
    agentScores,
  };
}

/** Strips derived fields: what `qa-merge` reads back from a summary file. */
const count = z.int().check(z.nonnegative());
const score = z.int().check(z.gte(0), z.lte(100));
const counts = <T extends z.core.SomeType>(value: T) => z.record(z.string(), value);
/** What `qa-merge` accepts: every count a whole number, every score 0..100, every severity known. */
const countsSchema = z.object({
  replylintQaSummary: z.literal(1),
  lines: z.object({ read: count, linted: count, bad: count }),
  pairs: count,
  conversations: count,
  withoutReply: count,
  replies: count,
  scoreSum: count,
  histogram: z.array(count).check(z.length(101)),
  languages: counts(count),
  rules: counts(z.object({ violations: count, findings: count })),
  engine: counts(count),
  agents: counts(z.object({ replies: count, scoreSum: count, promises: z.optional(count), promisesNoTime: z.optional(count), violations: counts(count) })),
  promises: z.optional(z.object({ total: count, noTime: count })),
  worst: z.array(
    z.object({
      id: z.union([z.string(), z.number()]),
      index: z.optional(count),
      agent: z.optional(z.string()),
      score,
      message: z.optional(z.string()),
      reply: z.string(),
      findings: z.array(
        z.object({
          ruleId: z.string(),
          severity: z.enum(['error', 'warning', 'info']),
          message: z.string(),
          range: z.optional(z.object({ start: count, end: count })),
        }),
      ),
    }),
  ).check(z.maxLength(WORST_KEPT)),
});

/** A summary as JSON (2-space indent), ids of worst replies as they were written. */
export const summaryJson = (summary: QaSummary): string => `${jsonWithIds(summary)}\n`;

/**
 * The counts of a summary file, validated: the problems (path and reason) when it is not one. With
 * the file's text, a worst reply's number id keeps its digits (checked as text, kept as a number).
 */
export function parseSummary(data: unknown, source?: string): { counts: QaCounts } | { problems: string[] } {
  const worst = (data as { worst?: unknown } | null)?.worst;
  const numbers: Array<[{ id: unknown }, Id]> = [];
  if (source !== undefined && Array.isArray(worst) && worst.some((entry: { id?: unknown } | null) => typeof entry?.id === 'number')) {
    const texts = numberTexts(source, (path) => path.length === 3 && path[0] === 'worst' && path[2] === 'id');
    worst.forEach((entry: { id: unknown } | null, index) => {
      const id = typeof entry?.id === 'number' ? numberId(entry.id, texts.get(JSON.stringify(['worst', index, 'id']))) : undefined;
      if (typeof id !== 'object') return;
      numbers.push([entry!, id]);
      entry!.id = id.number;
    });
  }
  const parsed = countsSchema.safeParse(data);
  if (!parsed.success) return { problems: parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`) };
  for (const [entry, id] of numbers) entry.id = id;
  // Merged from the input itself, checked above: zod's records would drop an agent named "__proto__".
  return { counts: mergeCounts(emptyCounts(), data as QaCounts) };
}


/** The summary a person reads at the end of a run (stderr). */
export function formatSummary(summary: QaSummary, extra = ''): string {
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  const out = [
    `replylint qa: ${summary.lines.read} ${summary.lines.read === 1 ? 'line' : 'lines'} read, ${summary.lines.linted} linted, ${summary.lines.bad} bad${extra}`,
    `  replies: ${summary.replies} (${summary.pairs} pairs, ${summary.conversations} conversations${summary.withoutReply ? `, ${summary.withoutReply} without an agent reply` : ''})`,
  ];
  if (summary.replies === 0) return `${out.join('\n')}\n`;
  out.push(`  mean score: ${summary.meanScore}`);
  const buckets = bucketize(summary.histogram);
  const widest = Math.max(...buckets);
  buckets.forEach((count, bucket) => {
    const label = bucket === 9 ? '90–100' : `${bucket * 10}–${bucket * 10 + 9}`;
    out.push(`    ${label.padStart(6)} ${'█'.repeat(widest ? Math.round((count / widest) * 30) : 0).padEnd(30)} ${count}`);
  });
  for (const [id, count] of Object.entries(summary.engine)) out.push(`  ${visible(id)}: ${count} repl${count === 1 ? 'y' : 'ies'}`);
  out.push(`  promises: ${summary.promises.total} (${summary.promises.noTime} with no time named)`);
  const rules = Object.entries(summary.ruleShares).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  if (rules.length > 0) {
    out.push('  replies violating each rule:');
    for (const [ruleId, share] of rules) out.push(`    ${visible(ruleId).padEnd(26)} ${percent(share).padStart(6)}  (${summary.rules[ruleId]!.violations})`);
  }
  if (summary.agentScores.length > 0) {
    out.push(`  agents, lowest mean score first${summary.agentScores.length > 10 ? ' (10 of ' + summary.agentScores.length + ')' : ''}:`);
    for (const agent of summary.agentScores.slice(0, 10)) {
      out.push(
        `    ${visible(agent.agent).padEnd(26)} ${String(agent.meanScore).padStart(5)}  ${agent.replies} replies  worst rule: ${visible(agent.worstRule ?? '—')}  promises: ${agent.promises} (${agent.promisesNoTime} with no time)`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/** 101 per-score counts → ten buckets (0–9 … 90–100). */
export function bucketize(histogram: readonly number[]): number[] {
  const buckets = new Array<number>(10).fill(0);
  histogram.forEach((count, score) => (buckets[Math.min(9, Math.floor(score / 10))]! += count));
  return buckets;
}

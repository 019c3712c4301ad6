/**
 * Lints one batch of input lines into output JSON lines, bad-line reasons and partial counts.
 * Pure (no I/O): a worker thread runs it, and so can a test.
 */
import type { Audience, Channel, Commitment, Finding, Linter } from '../../index.js';
import { idJson, type Id } from './number-text.js';
import { parseJsonLine, repliesOf, toRecord, type QaRecord } from './records.js';
import { NOT_UTF8 } from './utf8.js';
import { addReply, emptyCounts, type QaCounts, type WorstReply } from './summary.js';

export interface BatchItem {
  /** Line number in the input (where the row starts, for CSV). */
  line: number;
  /** A JSONL line… */
  text?: string;
  /** …or a CSV row keyed by the header… */
  record?: Record<string, string>;
  /** …or why the line could not be read. */
  bad?: string;
}

export interface QaOptions {
  channel?: Channel;
  audience?: Audience;
  language?: 'ru' | 'en' | 'auto';
  /** Keep each finding's phrasings and fixes in the output (`--suggestions`); by default a finding is rule, severity, message and range. */
  suggestions?: boolean;
}

export type QaFinding = Pick<Finding, 'ruleId' | 'severity' | 'message' | 'range'> & Partial<Pick<Finding, 'suggestions'>>;

/** A finding without its phrasings: the same for every reply that breaks the rule, so an audit leaves them out. */
const brief = ({ ruleId, severity, message, range }: Finding): QaFinding => (range ? { ruleId, severity, message, range } : { ruleId, severity, message });

export interface BatchResult {
  /** Output JSON lines, each ending in "\n", in input order. */
  output: string;
  bad: Array<{ line: number; reason: string }>;
  counts: QaCounts;
}

/** A run of whole JSONL lines → items numbered from 1 (the caller adds the batch's offset); blank lines skipped. */
export function splitLines(text: string): { items: BatchItem[]; lines: number } {
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  const items: BatchItem[] = [];
  const marked = text.includes(NOT_UTF8);
  for (let index = 0; index < parts.length; index++) {
    const line = parts[index]!;
    if (marked && line === NOT_UTF8) items.push({ line: index + 1, bad: 'not valid UTF-8' });
    else if (line.trim() !== '') items.push({ line: index + 1, text: line });
  }
  return { items, lines: parts.length };
}

/** The client's text kept with a worst reply for the report is cut to this many characters. */
const MESSAGE_KEPT = 2000;

/** A reply's result; its promises only when it makes any (no times resolved: an export line carries no `now`). */
type ReplyResult = { index: number; score: number; findings: QaFinding[]; commitments?: Commitment[] };

/** Lints every reply of a record first, so that a reply lint() refuses leaves no partial counts. */
function lintRecord(linter: Linter, options: QaOptions, record: QaRecord, counts: QaCounts): ReplyResult[] {
  const linted = repliesOf(record).map((reply) => ({
    ...reply,
    report: linter.lint({
      message: reply.message,
      reply: reply.reply,
      history: reply.history,
      channel: record.channel ?? options.channel,
      audience: record.audience ?? options.audience,
      language: record.language ?? options.language ?? 'auto',
    }),
  }));
  for (const { index, message, reply, report } of linted) {
    const worst = (): WorstReply => ({
      id: record.id,
      ...(record.kind === 'conversation' ? { index } : {}),
      ...(record.agent !== undefined ? { agent: record.agent } : {}),
      score: report.score,
      ...(message !== undefined ? { message: message.length > MESSAGE_KEPT ? `${message.slice(0, MESSAGE_KEPT)}…` : message } : {}),
      reply,
      findings: report.findings.map(brief),
    });
    addReply(counts, { score: report.score, language: report.language, agent: record.agent, findings: report.findings, commitments: report.commitments }, worst);
  }
  return linted.map(({ index, report }) => ({
    index,
    score: report.score,
    findings: options.suggestions ? report.findings : report.findings.map(brief),
    ...(report.commitments.length > 0 ? { commitments: report.commitments } : {}),
  }));
}

/** An output line: the id first, as it was written (a number digit for digit), then the results. */
const outputLine = (id: Id, results: object): string => `{"id":${idJson(id)},${JSON.stringify(results).slice(1)}\n`;

export function lintBatch(linter: Linter, options: QaOptions, items: readonly BatchItem[]): BatchResult {
  const counts = emptyCounts();
  const bad: BatchResult['bad'] = [];
  let output = '';
  for (const item of items) {
    counts.lines.read++;
    const record = item.bad !== undefined ? { bad: item.bad } : item.text !== undefined ? parseJsonLine(item.text) : toRecord(item.record);
    if ('bad' in record) {
      counts.lines.bad++;
      bad.push({ line: item.line, reason: record.bad });
      continue;
    }
    let replies: ReplyResult[];
    try {
      replies = lintRecord(linter, options, record, counts);
    } catch (error) {
      // Whatever lint() refuses (it validates its input too) is a bad line, not a crash.
      counts.lines.bad++;
      bad.push({ line: item.line, reason: (error as Error).message.split('\n')[0]! });
      continue;
    }
    counts.lines.linted++;
    if (record.kind === 'pair') {
      counts.pairs++;
      const [reply] = replies;
      output += outputLine(record.id, { score: reply!.score, findings: reply!.findings, ...(reply!.commitments ? { commitments: reply!.commitments } : {}) });
    } else {
      counts.conversations++;
      if (replies.length === 0) counts.withoutReply++;
      const score = replies.length > 0 ? Math.round((replies.reduce((sum, reply) => sum + reply.score, 0) / replies.length) * 10) / 10 : null;
      output += outputLine(record.id, { score, replies });
    }
  }
  return { output, bad, counts };
}

/**
 * Commitments against labeled cases (fixtures/commitments/*.json, written blind): precision and
 * recall of the promises found, and of their times; actors and conditions on the promises both
 * sides found; and deadlines resolved on the cases that carry `now`.
 *
 * A found promise matches a labeled one when its range overlaps the labeled action's words (one to
 * one, in order); its time matches when the ranges overlap; a deadline matches when it names the
 * same instant.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Commitment, Linter } from '../src/index.js';
import { loadCorpusRecords } from './real-set.js';

export interface LabeledCommitment {
  actor: string;
  action: string;
  due?: string;
  deadline?: string;
  conditional?: boolean;
}

export interface CommitmentCase {
  id: string;
  channel?: string;
  now?: string;
  timeZone?: string;
  message?: string;
  reply: string;
  commitments: LabeledCommitment[];
  note?: string;
}

export const COMMITMENT_CASES_DIR = join(import.meta.dirname, '..', 'fixtures', 'commitments');
/** Labels of promises in real replies of the corpus: `{ id, commitments, note? }`, joined by id to its records at run time. */
export const REAL_COMMITMENT_LABELS = join(import.meta.dirname, '..', 'fixtures', 'commitments-real', 'labels.json');

/** The real replies with their labeled promises; undefined without the corpus. Unknown ids are named. */
export function loadRealCommitments(corpusDir: string): { cases: Array<CommitmentCase & { language: string }>; problems: string[] } | undefined {
  if (!existsSync(corpusDir)) return undefined;
  const { records, problems } = loadCorpusRecords(corpusDir);
  const labels = JSON.parse(readFileSync(REAL_COMMITMENT_LABELS, 'utf8')) as Array<{ id: string; commitments: LabeledCommitment[] }>;
  const cases = labels.flatMap((label) => {
    const record = records.get(label.id);
    if (!record) {
      problems.push(`${label.id}: no such record in the corpus`);
      return [];
    }
    const language = /[а-яё]/i.test(record.reply) ? 'ru' : 'en';
    return [{ id: label.id, language, reply: record.reply, message: record.message, channel: record.channel, commitments: label.commitments }];
  });
  return { cases, problems };
}

export function loadCommitmentCases(dir = COMMITMENT_CASES_DIR): Array<CommitmentCase & { language: string }> {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => (JSON.parse(readFileSync(join(dir, name), 'utf8')) as CommitmentCase[]).map((c) => ({ ...c, language: name.slice(0, 2) })));
}

export interface CommitmentScore {
  promises: { tp: number; fp: number; fn: number };
  dues: { tp: number; fp: number; fn: number };
  actors: { right: number; of: number };
  conditions: { right: number; of: number };
  deadlines: { right: number; of: number; extra: number };
  misses: string[];
}

const overlaps = (a: { start: number; end: number }, start: number, end: number) => a.start < end && start < a.end;
/** Actors agree when one is a form of the other («специалист», «специалисты»). */
const sameActor = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || (x.length >= 4 && y.length >= 4 && x.slice(0, 5) === y.slice(0, 5));
};

export function scoreCommitments(linter: Linter, cases: ReadonlyArray<CommitmentCase & { language: string }>): Map<string, CommitmentScore> {
  const scores = new Map<string, CommitmentScore>();
  const scoreOf = (key: string) => {
    let s = scores.get(key);
    if (!s) {
      s = { promises: { tp: 0, fp: 0, fn: 0 }, dues: { tp: 0, fp: 0, fn: 0 }, actors: { right: 0, of: 0 }, conditions: { right: 0, of: 0 }, deadlines: { right: 0, of: 0, extra: 0 }, misses: [] };
      scores.set(key, s);
    }
    return s;
  };
  for (const item of cases) {
    const report = linter.lint({ message: item.message, reply: item.reply, channel: item.channel as never, now: item.now, timeZone: item.timeZone });
    const found = report.commitments;
    const used = new Set<Commitment>();
    for (const s of [scoreOf(item.language), scoreOf('all')]) {
      const log = (line: string) => {
        if (s === scores.get('all')) s.misses.push(`${item.id}: ${line}`);
      };
      const matched = new Set<Commitment>();
      for (const label of item.commitments) {
        const at = item.reply.indexOf(label.action);
        const hit = found.find((f) => !matched.has(f) && overlaps(f.range, at, at + label.action.length));
        if (!hit) {
          s.promises.fn++;
          if (label.due) s.dues.fn++;
          log(`FN promise «${label.action}»${label.due ? ` due «${label.due}»` : ''}`);
          continue;
        }
        matched.add(hit);
        used.add(hit);
        s.promises.tp++;
        s.actors.of++;
        if (sameActor(hit.actor, label.actor)) s.actors.right++;
        else log(`actor ${hit.actor} ≠ ${label.actor} «${label.action}»`);
        s.conditions.of++;
        if (hit.conditional === (label.conditional ?? false)) s.conditions.right++;
        else log(`conditional ${hit.conditional} ≠ ${label.conditional ?? false} «${label.action}»`);
        const dueAt = label.due ? item.reply.indexOf(label.due) : -1;
        if (label.due && hit.due && overlaps(hit.due.range, dueAt, dueAt + label.due.length)) s.dues.tp++;
        else {
          if (label.due) s.dues.fn++;
          if (hit.due) s.dues.fp++;
          if (label.due || hit.due) log(`due «${hit.due?.text ?? '—'}» ≠ «${label.due ?? '—'}» («${label.action}»)`);
        }
        if (label.deadline) {
          s.deadlines.of++;
          if (hit.due?.deadline !== undefined && Date.parse(hit.due.deadline) === Date.parse(label.deadline)) s.deadlines.right++;
          else log(`deadline ${hit.due?.deadline ?? '—'} ≠ ${label.deadline} («${label.due}»)`);
        } else if (hit.due?.deadline !== undefined && item.now !== undefined && label.due) {
          s.deadlines.extra++;
          log(`deadline ${hit.due.deadline} for «${label.due}», which the label leaves unresolved`);
        }
      }
      for (const f of found) {
        if (matched.has(f)) continue;
        s.promises.fp++;
        if (f.due) s.dues.fp++;
        log(`FP promise ${f.actor}: «${item.reply.slice(f.range.start, f.range.end)}»`);
      }
    }
  }
  return scores;
}

const fmt = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(2));

/** The table: one row per language and one for all. */
export function commitmentTable(scores: Map<string, CommitmentScore>): string[] {
  const rows = [
    '| cases | promises: precision | recall | times: precision | recall | actor right | condition right | deadlines right |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [key, s] of [...scores].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
    const { promises: p, dues: d } = s;
    rows.push(
      `| ${key} | ${fmt(p.tp, p.tp + p.fp)} | ${fmt(p.tp, p.tp + p.fn)} (${p.tp}/${p.tp + p.fn}) | ${fmt(d.tp, d.tp + d.fp)} | ${fmt(d.tp, d.tp + d.fn)} (${d.tp}/${d.tp + d.fn}) | ` +
        `${fmt(s.actors.right, s.actors.of)} | ${fmt(s.conditions.right, s.conditions.of)} | ${fmt(s.deadlines.right, s.deadlines.of)} (${s.deadlines.right}/${s.deadlines.of}) |`,
    );
  }
  return rows;
}

/**
 * The labeled real exchanges: every `labels/*.json` under the corpus folder, joined by `id` to the
 * records of the corpus's `*.jsonl` files. Read at run time and never copied into the package.
 * Labels are `{ id, expect: { ruleId: true | false | null }, note? }`; `null` means "not judged"
 * and is skipped. Unreadable files, unknown ids and malformed entries are reported, not fatal.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as z from 'zod';

export const REAL_CORPUS_DIR = resolve(process.env.REPLYLINT_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'));

export interface RealItem {
  id: string;
  file: string;
  language?: string;
  message?: string;
  reply: string;
  channel?: string;
  audience?: string;
  expect: Map<string, boolean>;
  note?: string;
}

const Record = z.object({
  id: z.string(),
  message: z.string().optional(),
  reply: z.string(),
  channel: z.string().optional(),
  audience: z.string().optional(),
  language: z.string().optional(),
});
const Label = z.object({
  id: z.string(),
  expect: z.record(z.string(), z.boolean().nullable()),
  note: z.string().optional(),
});

export type CorpusRecord = z.infer<typeof Record>;

/** The records of the corpus's `*.jsonl` files by id; malformed lines are named, not fatal. */
export function loadCorpusRecords(dir = REAL_CORPUS_DIR): { records: Map<string, CorpusRecord>; problems: string[] } {
  const problems: string[] = [];
  const records = new Map<string, CorpusRecord>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, name), 'utf8').split('\n').forEach((line, index) => {
      if (!line.trim()) return;
      try {
        const parsed = Record.safeParse(JSON.parse(line));
        if (parsed.success) records.set(parsed.data.id, parsed.data);
        else problems.push(`${name}:${index + 1}: ${parsed.error.issues[0]?.message}`);
      } catch {
        problems.push(`${name}:${index + 1}: not JSON`);
      }
    });
  }
  return { records, problems };
}

export function loadRealSet(dir = REAL_CORPUS_DIR):
  | { items: RealItem[]; files: { name: string; count: number }[]; problems: string[] }
  | undefined {
  const labelsDir = join(dir, 'labels');
  if (!existsSync(labelsDir)) return undefined;
  const { records, problems } = loadCorpusRecords(dir);
  const items: RealItem[] = [];
  const files: { name: string; count: number }[] = [];
  for (const name of readdirSync(labelsDir).filter((n) => n.endsWith('.json')).sort()) {
    let labels: unknown;
    try {
      labels = JSON.parse(readFileSync(join(labelsDir, name), 'utf8'));
    } catch {
      problems.push(`labels/${name}: not JSON`);
      continue;
    }
    if (!Array.isArray(labels)) {
      problems.push(`labels/${name}: not an array`);
      continue;
    }
    let count = 0;
    for (const [index, raw] of labels.entries()) {
      const label = Label.safeParse(raw);
      if (!label.success) {
        problems.push(`labels/${name}[${index}]: ${label.error.issues[0]?.message}`);
        continue;
      }
      const record = records.get(label.data.id);
      if (!record) {
        problems.push(`labels/${name}: ${label.data.id} is in no corpus file`);
        continue;
      }
      const expect = new Map<string, boolean>();
      for (const [rule, value] of Object.entries(label.data.expect)) if (value !== null) expect.set(rule, value);
      items.push({ ...record, file: name, expect, note: label.data.note });
      count++;
    }
    files.push({ name: name.replace(/\.json$/, ''), count });
  }
  return { items, files, problems };
}

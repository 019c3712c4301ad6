/** Loads the labeled cases in fixtures/cases/*.json (shared by the eval and the tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Audience, Channel, HistoryTurn } from '../src/types.js';

export interface LabeledCase {
  id: string;
  file: string;
  channel: Channel;
  audience?: Audience;
  message?: string;
  reply: string;
  /** Earlier turns of the conversation, oldest first. */
  history?: HistoryTurn[];
  expect: string[];
  excerpts?: Record<string, string>;
  note?: string;
}

export const CASES_DIR = join(import.meta.dirname, '..', 'fixtures', 'cases');

export function loadCases(dir = CASES_DIR): LabeledCase[] {
  const cases: LabeledCase[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const list = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<LabeledCase, 'file'>[];
    for (const item of list) cases.push({ ...item, file });
  }
  return cases;
}

/** Loads the labeled cases in fixtures/cases/*.json (shared by the eval and the tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Audience, Channel } from '../src/types.js';

export interface LabeledCase {
  id: string;
  file: string;
  channel: Channel;
  audience?: Audience;
  message?: string;
  reply: string;
  expect: string[];
  excerpts?: Record<string, string>;
  note?: string;
}

export const CASES_DIR = join(import.meta.dirname, '..', 'fixtures', 'cases');

export function loadCases(): LabeledCase[] {
  const cases: LabeledCase[] = [];
  for (const file of readdirSync(CASES_DIR).filter((name) => name.endsWith('.json')).sort()) {
    const list = JSON.parse(readFileSync(join(CASES_DIR, file), 'utf8')) as Omit<LabeledCase, 'file'>[];
    for (const item of list) cases.push({ ...item, file });
  }
  return cases;
}

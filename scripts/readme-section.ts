/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in the README. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeReadmeSection(name: string, body: string): void {
  const path = join(import.meta.dirname, '..', 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`README has no ${name} markers`);
  writeFileSync(path, `${readme.slice(0, from + start.length)}\n${body.trim()}\n${readme.slice(to)}`);
}

/**
 * npm run bench — speed of the built package (dist/), on the real pairs in ../shared/corpus
 * (read at bench time, never copied into the package). Numbers go in the README; no test times anything.
 *
 *   per pair     median and p99 of message+reply lints, warm, all recommended rules
 *   import       cold `import('replylint')` in a fresh Node process
 *   bundle       the main entry bundled for browsers (esbuild, minified), gzip size
 *   scaling      a 500 KB pair against a 50 KB pair (target: under 20×)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { build } from 'esbuild';
import { writeReadmeSection } from '../scripts/readme-section.js';
// The built package, as users get it (imported by path so the typecheck does not need dist/).
const distEntry = join(import.meta.dirname, '..', 'dist', 'index.js');
const { createLinter } = (await import(distEntry)) as typeof import('../src/index.js');

const root = join(import.meta.dirname, '..');
const corpusDir = join(root, '..', 'shared', 'corpus');

interface Pair {
  message: string;
  reply: string;
  channel?: 'social' | 'review';
}

function readPairs(): Pair[] {
  const pairs: Pair[] = [];
  for (const file of ['twcs-pairs.jsonl', 'gp-ru-pairs.jsonl']) {
    const path = join(corpusDir, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').trim().split('\n')) {
      const { message, reply, channel } = JSON.parse(line) as Pair;
      pairs.push({ message, reply, channel });
    }
  }
  if (pairs.length === 0) throw new Error(`no corpus found in ${corpusDir}`);
  return pairs;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Median per pair in each of several rounds; the best round is reported (the machine is shared and noisy). */
function perPair(pairs: Pair[]) {
  const linter = createLinter();
  for (let round = 0; round < 3; round++) for (const pair of pairs) linter.lint(pair); // warm up
  let best = { medianUs: Infinity, p99Us: Infinity };
  for (let round = 0; round < 7; round++) {
    const times: number[] = [];
    for (const pair of pairs) {
      const start = process.hrtime.bigint();
      linter.lint(pair);
      times.push(Number(process.hrtime.bigint() - start) / 1000);
    }
    times.sort((a, b) => a - b);
    const result = { medianUs: quantile(times, 0.5), p99Us: quantile(times, 0.99) };
    if (result.medianUs < best.medianUs) best = result;
  }
  return { pairs: pairs.length, ...best };
}

function importMs(): number {
  const script = `const t=performance.now();await import(${JSON.stringify(join(root, 'dist', 'index.js'))});console.log(performance.now()-t)`;
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) runs.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script]).toString()));
  return runs.sort((a, b) => a - b)[2]!;
}

async function bundleKb(): Promise<number> {
  const result = await build({
    entryPoints: [join(root, 'dist', 'index.js')],
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
  });
  return gzipSync(result.outputFiles[0]!.contents).length / 1024;
}

function scaling(pairs: Pair[]) {
  const linter = createLinter();
  const make = (size: number) => {
    let message = '';
    let reply = '';
    for (let i = 0; message.length < size; i++) message += `${pairs[i % pairs.length]!.message}\n`;
    for (let i = 0; reply.length < size; i++) reply += `${pairs[(i * 7) % pairs.length]!.reply}\n`;
    return { message, reply };
  };
  const time = (input: { message: string; reply: string }) => {
    linter.lint(input);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      linter.lint(input);
      runs.push(performance.now() - start);
    }
    return runs.sort((a, b) => a - b)[2]!;
  };
  const small = time(make(50_000));
  const large = time(make(500_000));
  return { ms50k: small, ms500k: large, ratio: large / small, mbPerS: 1 / (large / 1000) };
}

const pairs = readPairs();
const pair = perPair(pairs);
const imported = importMs();
const bundle = await bundleKb();
const scale = scaling(pairs);
const table = `| measure | result | target |
|---|---|---|
| lint, median per real pair (${pair.pairs} pairs, warm, best of 7 rounds) | ${pair.medianUs.toFixed(1)} µs | ≤ 50 µs |
| lint, p99 per real pair | ${pair.p99Us.toFixed(1)} µs | — |
| cold import of the package | ${imported.toFixed(1)} ms | ≤ 50 ms |
| browser bundle (esbuild, minified, gzip) | ${bundle.toFixed(1)} KB | ≤ 80 KB |
| 50 KB pair | ${scale.ms50k.toFixed(1)} ms | — |
| 500 KB pair | ${scale.ms500k.toFixed(1)} ms (${scale.ratio.toFixed(1)}×, ${scale.mbPerS.toFixed(1)} MB/s) | < 20× the 50 KB pair |`;
console.log(table);
if (process.argv.includes('--readme')) {
  writeReadmeSection('bench', `${table}\n\nMeasured on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}).`);
}

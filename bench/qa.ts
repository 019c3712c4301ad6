/**
 * npm run bench:qa — `replylint qa` (the built CLI, as users run it) over the real pairs in
 * ../shared/corpus/twcs-pairs.jsonl repeated to 100,000 lines (written to a temp file, never into the
 * package): pairs per second with 1 worker and with every core, the speed-up, and peak RSS (main
 * thread and workers: one process). Best of 5 runs each — the machine is shared.
 *
 *   npm run bench:qa                 the table
 *   npm run bench:qa -- --readme     and write it into the README
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { writeReadmeSection } from '../scripts/readme-section.js';

const LINES = 100_000;
const RUNS = 5;
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const corpus = readFileSync(join(root, '..', 'shared', 'corpus', 'twcs-pairs.jsonl'), 'utf8').trim().split('\n');

const dir = mkdtempSync(join(os.tmpdir(), 'replylint-bench-qa-'));
const input = join(dir, 'export.jsonl');
writeFileSync(input, `${Array.from({ length: LINES }, (_, index) => corpus[index % corpus.length]).join('\n')}\n`);
const megabytes = readFileSync(input).length / 1e6;
// Three times the input, once: memory must not grow with it.
const large = join(dir, 'large.jsonl');
writeFileSync(large, `${readFileSync(input, 'utf8').repeat(3)}`);

function measure(workers: number, file = input, runs = RUNS): { pairsPerSecond: number; peakMb: number } {
  const lines = file === input ? LINES : 3 * LINES;
  let best = { pairsPerSecond: 0, peakMb: 0 };
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const { status, stderr } = spawnSync(process.execPath, [cli, 'qa', file, '--workers', String(workers), '--out', join(dir, 'out.jsonl'), '--no-progress'], { encoding: 'utf8' });
    if (status !== 0) throw new Error(`replylint qa exited with ${status}: ${stderr}`);
    const seconds = (performance.now() - started) / 1000;
    const peakMb = Number(/peak memory (\d+) MB/.exec(stderr)?.[1]);
    if (lines / seconds > best.pairsPerSecond) best = { pairsPerSecond: lines / seconds, peakMb };
  }
  return best;
}

const cores = os.availableParallelism();
const one = measure(1);
const all = measure(cores);
const three = measure(cores, large, 1);
rmSync(dir, { recursive: true, force: true });

const rows: Array<[string, string, string]> = [
  [`qa, 1 worker (${LINES.toLocaleString('en-US')} real pairs, ${megabytes.toFixed(0)} MB, whole command)`, `${Math.round(one.pairsPerSecond).toLocaleString('en-US')} pairs/s`, '—'],
  [`qa, ${cores} workers`, `${Math.round(all.pairsPerSecond).toLocaleString('en-US')} pairs/s`, '≥ 20,000 pairs/s on 2 cores'],
  ['qa, speed-up', `${(all.pairsPerSecond / one.pairsPerSecond).toFixed(2)}×`, '≥ 1.6× on 2 cores'],
  [`qa, peak RSS (1 / ${cores} workers)`, `${one.peakMb} / ${all.peakMb} MB`, '≤ 300 MB'],
  [`qa, peak RSS over 3× the input (${(3 * LINES).toLocaleString('en-US')} lines, ${(3 * megabytes).toFixed(0)} MB), ${cores} workers`, `${three.peakMb} MB`, 'flat'],
];
const table = ['| measure | result | target |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
console.log(table);
if (process.argv.includes('--readme')) {
  writeReadmeSection('bench-qa', `${table}\n\nMeasured on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}).`);
}

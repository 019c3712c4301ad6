/**
 * npm run bench:qa — `replylint qa` (the built CLI, as users run it) over the real pairs in
 * ../shared/corpus/twcs-pairs.jsonl repeated to 20,000 and to 100,000 lines (written to a temp file,
 * never into the package), with `--workers 1` and `--workers 2`: the whole command, from start to
 * exit. The runs are interleaved (1w, 2w, 1w, 2w …), the same number for both; reported per size and
 * worker count: mean and median seconds, pairs per second from each, the 2w ÷ 1w speed-up (mean ÷
 * mean) and peak RSS (main thread and workers: one process). Then 3× the 100,000 lines once with 2
 * workers: memory must not grow with the input. The machine is shared: only the ratios count.
 *
 *   npm run bench:qa                 the table
 *   npm run bench:qa -- --readme     and write it into the README
 *   npm run bench:qa -- --runs 3     fewer runs (default 5)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { writeReadmeSection } from '../scripts/readme-section.js';

const SIZES = [20_000, 100_000];
const WORKERS = [1, 2];
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg === -1 ? 5 : Number(process.argv[runsArg + 1]);
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const corpus = readFileSync(join(root, '..', 'shared', 'corpus', 'twcs-pairs.jsonl'), 'utf8').trim().split('\n');

const dir = mkdtempSync(join(os.tmpdir(), 'replylint-bench-qa-'));
function inputOf(lines: number): string {
  const path = join(dir, `export-${lines}.jsonl`);
  writeFileSync(path, `${Array.from({ length: lines }, (_, index) => corpus[index % corpus.length]).join('\n')}\n`);
  return path;
}

/** Lines the CLI reported bad in the last run (exit 3: the others were linted and written). */
let badLines = 0;

/** One run of the whole command: seconds and the peak RSS it reports. */
function run(file: string, workers: number): { seconds: number; peakMb: number } {
  const started = performance.now();
  const { status, stderr } = spawnSync(process.execPath, [cli, 'qa', file, '--workers', String(workers), '--out', join(dir, 'out.jsonl'), '--no-progress'], { encoding: 'utf8' });
  if (status !== 0 && status !== 3) throw new Error(`replylint qa exited with ${status}: ${stderr}`);
  badLines = Number(/(\d+) bad/.exec(stderr)?.[1] ?? 0);
  return { seconds: (performance.now() - started) / 1000, peakMb: Number(/peak memory (\d+) MB/.exec(stderr)?.[1]) };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const rate = (lines: number, seconds: number) => Math.round(lines / seconds).toLocaleString('en-US');

interface Result {
  lines: number;
  megabytes: number;
  byWorkers: Map<number, { seconds: number[]; peakMb: number }>;
}

const results: Result[] = [];
/** Per size, the lines `qa` reported bad (timed all the same: they are read, just not linted). */
const bad: string[] = [];
for (const lines of SIZES) {
  const file = inputOf(lines);
  const byWorkers = new Map(WORKERS.map((workers) => [workers, { seconds: [] as number[], peakMb: 0 }]));
  run(file, 1); // untimed: the file into the page cache, the CLI's modules read once
  if (badLines > 0) bad.push(`${badLines} of ${lines.toLocaleString('en-US')}`);
  for (let round = 0; round < RUNS; round++) {
    for (const workers of WORKERS) {
      const { seconds, peakMb } = run(file, workers);
      const entry = byWorkers.get(workers)!;
      entry.seconds.push(seconds);
      entry.peakMb = Math.max(entry.peakMb, peakMb);
      console.error(`${lines} lines, ${workers}w, run ${round + 1}/${RUNS}: ${seconds.toFixed(2)} s, ${peakMb} MB`);
    }
  }
  results.push({ lines, megabytes: statSync(file).size / 1e6, byWorkers });
}

// Three times the largest input, once: memory must not grow with it.
const largest = SIZES.at(-1)!;
const large = join(dir, 'large.jsonl');
writeFileSync(large, readFileSync(join(dir, `export-${largest}.jsonl`), 'utf8').repeat(3));
const three = run(large, 2);
rmSync(dir, { recursive: true, force: true });

const lines: string[] = [
  '| lines (MB) | workers | mean s | median s | pairs/s (from mean / median) | 2w ÷ 1w speed-up (mean ÷ mean) | peak RSS |',
  '|---|---|---|---|---|---|---|',
];
for (const { lines: count, megabytes, byWorkers } of results) {
  const one = mean(byWorkers.get(1)!.seconds);
  for (const workers of WORKERS) {
    const { seconds, peakMb } = byWorkers.get(workers)!;
    const speedUp = workers === 1 ? '—' : `${(one / mean(seconds)).toFixed(2)}×`;
    lines.push(`| ${count.toLocaleString('en-US')} (${megabytes.toFixed(1)} MB) | ${workers} | ${mean(seconds).toFixed(2)} | ${median(seconds).toFixed(2)} | ${rate(count, mean(seconds))} / ${rate(count, median(seconds))} | ${speedUp} | ${peakMb} MB |`);
  }
}
lines.push(`| ${(3 * largest).toLocaleString('en-US')}, 3× the input, once | 2 | ${three.seconds.toFixed(2)} | — | ${rate(3 * largest, three.seconds)} | — | ${three.peakMb} MB |`);
const table = lines.join('\n');
console.log(table);
if (bad.length > 0) console.log(`bad lines reported by qa: ${bad.join(', ')}`);

if (process.argv.includes('--readme')) {
  const machine = `Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'})`;
  writeReadmeSection(
    'bench-qa',
    [
      `\`npm run bench:qa\` runs the built CLI, \`replylint qa file --workers N --out … --no-progress\`, over the real pairs of \`../shared/corpus/twcs-pairs.jsonl\` repeated to ${SIZES.map((size) => size.toLocaleString('en-US')).join(' and ')} lines, and times the whole command from start to exit. After one untimed run, 1 and 2 workers alternate (1w, 2w, 1w, 2w …), ${RUNS} runs each; the table gives the mean and the median, the speed-up is mean ÷ mean, and peak RSS is the highest of the runs (main thread and workers). Measured on a shared 2-core machine with other jobs running: absolute rates move between runs, the ratios less.`,
      table,
      `${bad.length > 0 ? `\`qa\` reported ${bad.join(' and ')} lines bad (exit 3); they are read and timed but not linted. ` : ''}Measured on ${new Date().toISOString().slice(0, 10)}, ${machine}. Targets: ≥ 20,000 pairs/s and ≥ 1.6× with 2 workers at 100,000 lines on 2 cores; peak RSS ≤ 300 MB and flat over 3× the input.`,
    ].join('\n\n'),
  );
}

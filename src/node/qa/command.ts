/**
 * `replylint qa <file.jsonl | file.csv | -> [--out F] [--report F] [--summary F] [--workers N] [--config PATH]`
 * and `replylint qa-merge <summary.json…> [--out F] [--report F]`.
 *
 * The input is streamed: lines are read in batches, linted by a pool of worker threads and written
 * in input order, with a bounded number of batches in flight. Exit: 0 done, 3 some lines were bad,
 * 2 usage, config or unreadable input.
 */
import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { ConfigFinder } from '../config-file.js';
import { readRegularFile } from '../read-file.js';

/** A summary file of `qa --summary` is read up to this size (its tables grow with agents and rules, not lines). */
const MAX_SUMMARY_BYTES = 64 * 1024 * 1024;
import { visible } from '../format/visible.js';
import { OutputFile, writeOutputFile } from '../output-file.js';
import { UsageError, wholeNumberOption } from '../usage-error.js';
import type { BatchItem, QaOptions } from './batch.js';
import { CsvHeaderError, CsvReader, type CsvRow } from './csv.js';
import { InlinePool, OrderedPool } from './pool.js';
import { Progress } from './progress.js';
import { renderReport } from './report.js';
import { emptyCounts, formatSummary, mergeCounts, parseSummary, summaryJson, toSummary, type QaSummary } from './summary.js';
import { markNotUtf8, Utf8Reader, type Decoded } from './utf8.js';
import { batchMapper, type WorkerInput, type WorkerOutput } from './worker.js';

/** Batch sizes: small enough to keep every worker busy, large enough to cost little to send. */
const BATCH_CHARS = 64 * 1024;
const BATCH_ROWS = 200;
/** A line longer than this is reported as bad instead of being buffered (lint() reads 1 M characters of a text anyway). */
export const MAX_LINE_CHARS = 4 << 20;

/**
 * Yields the input in batches. JSONL: runs of whole lines, cut at a newline — the main thread never
 * looks inside a line (the workers split, parse and number them). CSV: rows read by the header.
 * Bytes are decoded strictly: a line that is not valid UTF-8 is reported, not read with U+FFFD.
 */
async function* readBatches(stream: Readable, format: 'jsonl' | 'csv'): AsyncGenerator<WorkerInput> {
  if (format === 'csv') {
    const reader = new CsvReader(['id', 'reply']);
    let items: BatchItem[] = [];
    for await (const { text, notUtf8 } of decode(stream)) {
      items.push(...reader.push(text, notUtf8).map(csvItem));
      if (items.length >= BATCH_ROWS) {
        yield { items };
        items = [];
      }
    }
    items.push(...reader.end().map(csvItem));
    if (items.length > 0) yield { items };
    return;
  }
  let pending = '';
  let skipping = false;
  let first = true;
  for await (const decoded of decode(stream)) {
    let text = markNotUtf8(decoded);
    // Exports saved by Windows tools may start with a byte order mark.
    if (first && text !== '') {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    if (skipping) {
      // The rest of a line already reported as too long.
      const newline = text.indexOf('\n');
      if (newline < 0) continue;
      text = text.slice(newline + 1);
      skipping = false;
    }
    pending += text;
    if (pending.length < BATCH_CHARS) continue;
    const cut = pending.lastIndexOf('\n');
    if (cut >= 0) {
      yield { text: pending.slice(0, cut + 1) };
      pending = pending.slice(cut + 1);
    } else if (pending.length > MAX_LINE_CHARS) {
      yield { items: [{ line: 1, bad: `longer than ${MAX_LINE_CHARS / (1 << 20)} M characters` }], lines: 1 };
      pending = '';
      skipping = true;
    }
  }
  if (pending !== '') yield { text: pending };
}

/** The input's chunks, decoded strictly (a character cut between two chunks waits for the second). */
async function* decode(stream: Readable): AsyncGenerator<Decoded> {
  const utf8 = new Utf8Reader();
  for await (const chunk of stream as AsyncIterable<Buffer>) yield utf8.push(chunk);
  yield utf8.end();
}

const csvItem = (row: CsvRow): BatchItem => ('record' in row ? { line: row.line, record: row.record } : { line: row.line, bad: row.bad });

function sniffFormat(path: string, explicit: string | undefined): 'jsonl' | 'csv' {
  if (explicit !== undefined) {
    if (explicit !== 'jsonl' && explicit !== 'csv') throw new UsageError(`--input-format must be jsonl or csv, got "${explicit}"`);
    return explicit;
  }
  return /\.(csv|tsv)$/i.test(path) ? 'csv' : 'jsonl';
}

async function write(stream: Writable, bytes: Uint8Array): Promise<void> {
  if (bytes.length > 0 && !stream.write(bytes)) await once(stream, 'drain');
}

/**
 * Opens every output file before the run, so a wrong path is a usage error, not a crash after the work.
 * Each is written beside its target and renamed over it at the end (./output-file.ts): Ctrl+C midway leaves the old one.
 */
/**
 * The output files, named by their options: none may be an input (`inputs`, also named), and no two
 * may be the same file — one would silently replace the other.
 */
function openForWriting(outputs: Array<[option: string, path: string | undefined]>, inputs: readonly string[], inputWord: string): Array<OutputFile | undefined> {
  const seen = new Map<string, string>();
  for (const [option, path] of outputs) {
    if (path === undefined || path === '-' || path.startsWith('/dev/')) continue;
    const target = resolve(path);
    if (inputs.some((input) => input !== '-' && resolve(input) === target)) throw new UsageError(`${option} ${path} is ${inputWord}: write the results to another file`);
    const other = seen.get(target);
    if (other !== undefined) throw new UsageError(`${other} and ${option} both name ${path}: give each its own file`);
    seen.set(target, option);
  }
  return outputs.map(([, path]) => (path === undefined ? undefined : new OutputFile(path)));
}

function writeSummaryFiles(summary: QaSummary, summaryFile: OutputFile | undefined, reportFile: OutputFile | undefined): void {
  if (summaryFile) writeOutputFile(summaryFile, summaryJson(summary));
  if (reportFile) writeOutputFile(reportFile, renderReport(summary));
}

export async function runQa(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      report: { type: 'string' },
      summary: { type: 'string' },
      workers: { type: 'string' },
      config: { type: 'string' },
      'input-format': { type: 'string' },
      'no-progress': { type: 'boolean' },
      suggestions: { type: 'boolean' },
    },
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('qa takes one input: a .jsonl or .csv file, or - for standard input (replylint --help)');
  const inputPath = positionals[0]!;
  const requested = wholeNumberOption('--workers', values.workers, 1);
  const fromStdin = inputPath === '-';
  let size: number | undefined;
  if (!fromStdin) {
    try {
      size = statSync(inputPath).size;
    } catch (error) {
      throw new UsageError(`cannot read ${inputPath}: ${(error as Error).message}`);
    }
  }
  const workers = workerCount(requested, size, availableParallelism(), (text) => process.stderr.write(text));
  const effective = new ConfigFinder(values.config).configFor(resolve(fromStdin ? 'stdin.jsonl' : inputPath));
  const [outFile, summaryFile, reportFile] = openForWriting(
    [
      ['--out', values.out],
      ['--summary', values.summary],
      ['--report', values.report],
    ],
    fromStdin ? [] : [inputPath],
    'the input',
  );
  const options: QaOptions = { channel: effective.channel, audience: effective.audience, language: effective.language, suggestions: values.suggestions };
  const name = fromStdin ? '<stdin>' : inputPath;

  const input: Readable = fromStdin ? process.stdin : createReadStream(inputPath);
  const output: Writable = outFile ? outFile.stream() : process.stdout;
  // `qa … | head`: a closed pipe ends the run quietly; any other write error stops it at the next batch.
  let outputError: Error | undefined;
  output.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(counts.lines.bad > 0 ? 3 : 0);
    outputError ??= error;
  });
  const progress = new Progress(process.stderr, values['no-progress'] !== true && process.stderr.isTTY === true, size, () => (input as { bytesRead?: number }).bytesRead ?? 0);
  const counts = emptyCounts();
  const reportBad = (line: number, reason: string) => progress.log(`${visible(name)}:${line}: ${visible(reason)}\n`);
  const started = performance.now();

  // JSONL batches number their lines from 1; results arrive in order, so the offset is known.
  let lineOffset = 0;
  const deliver = async (result: WorkerOutput) => {
    for (const { line, reason } of result.bad) reportBad(lineOffset + line, reason);
    lineOffset += result.lines;
    mergeCounts(counts, result.counts);
    progress.update(counts.lines.read);
    if (outputError) throw outputError;
    await write(output, result.output);
  };
  // One worker lints in this thread: a thread would cost its start and its own warm-up for nothing.
  const pool =
    workers === 1
      ? new InlinePool(batchMapper(effective.core, options), deliver)
      : new OrderedPool<WorkerInput, WorkerOutput>(new URL('./qa-worker.js', import.meta.url), workers, { core: effective.core, options, qaWorker: true }, workers * 4, deliver);
  try {
    for await (const batch of readBatches(input, sniffFormat(inputPath, values['input-format']))) await pool.submit(batch);
    await pool.close();
  } catch (error) {
    await pool.close().catch(() => undefined);
    progress.stop();
    if (error instanceof CsvHeaderError) throw new UsageError(`${name}: ${error.message}`);
    if ((error as { code?: string }).code === 'ENOENT' || (error as { code?: string }).code === 'EISDIR') throw new UsageError(`cannot read ${name}: ${(error as Error).message}`);
    throw new UsageError(`stopped: ${(error as Error).message}`);
  }
  if (outFile) {
    output.end();
    await once(output, 'close');
    if (outputError) throw new UsageError(`stopped: ${outputError.message}`);
    outFile.commit();
  }
  progress.stop();
  const summary = toSummary(counts);
  writeSummaryFiles(summary, summaryFile, reportFile);
  const seconds = (performance.now() - started) / 1000;
  const peak = process.resourceUsage().maxRSS / 1024;
  process.stderr.write(formatSummary(summary, ` · ${seconds.toFixed(1)} s, ${Math.round(counts.lines.read / Math.max(seconds, 1e-3))} lines/s, ${workers} worker${workers === 1 ? '' : 's'}, peak memory ${Math.round(peak)} MB`));
  return counts.lines.bad > 0 ? 3 : 0;
}

/**
 * Input bytes that pay for one more worker's warm-up. Measured with farm-bench, 1 vs 2 workers on
 * real pairs (2 cores): 2 MB 0.83×, 5 MB 1.04×, 15 MB 1.42× (wall, median of the pairwise ratio).
 */
const BYTES_PER_WORKER = 8 * 1024 * 1024;

/**
 * How many workers: as asked, but never more than the cores (each costs memory and a warm-up, and
 * thousands of them exhaust the machine); by default one per 8 MB of input, up to the cores.
 */
export function workerCount(requested: number | undefined, size: number | undefined, cores: number, say: (text: string) => void): number {
  if (requested !== undefined) {
    if (requested <= cores) return requested;
    say(`replylint qa: --workers ${requested} is more than the ${cores} cores here; using ${cores}\n`);
    return cores;
  }
  if (size === undefined) return cores; // standard input: size unknown
  return Math.max(1, Math.min(cores, Math.ceil(size / BYTES_PER_WORKER)));
}

export async function runQaMerge(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, report: { type: 'string' } },
    strict: true,
  });
  if (positionals.length === 0) throw new UsageError('qa-merge takes the summary files of `replylint qa --summary` to merge');
  const [outFile, reportFile] = openForWriting(
    [
      ['--out', values.out],
      ['--report', values.report],
    ],
    positionals,
    'one of the summaries being merged',
  );
  const counts = emptyCounts();
  for (const path of positionals) {
    let text: string;
    let data: unknown;
    try {
      text = readRegularFile(path, MAX_SUMMARY_BYTES).toString('utf8');
      data = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
    }
    // Summary files are untrusted input: every count, score and severity is checked before it reaches the report.
    const parsed = parseSummary(data, text);
    if ('problems' in parsed) throw new UsageError(`${path} is not a summary written by replylint qa --summary (${parsed.problems.join('; ')})`);
    mergeCounts(counts, parsed.counts);
  }
  const summary = toSummary(counts);
  const json = summaryJson(summary);
  if (outFile) writeOutputFile(outFile, json);
  else process.stdout.write(json);
  if (reportFile) writeOutputFile(reportFile, renderReport(summary));
  process.stderr.write(formatSummary(summary));
  return 0;
}

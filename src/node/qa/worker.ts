/**
 * A `replylint qa` worker thread: creates the linter once, then lints the batches it is sent — a run
 * of whole JSONL lines (numbered from 1 within the batch) or CSV rows — and sends the output back as
 * UTF-8 bytes (transferred, not copied), so the main thread only reads and writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../../config.js';
import { createLinter } from '../../linter.js';
import { lintBatch, splitLines, type BatchItem, type QaOptions } from './batch.js';
import type { QaCounts } from './summary.js';

/** Whole JSONL lines, or items with their own line numbers (CSV rows; `lines` when they stand for JSONL lines). */
export type WorkerInput = { text: string } | { items: BatchItem[]; lines?: number };

export interface WorkerOutput {
  output: Uint8Array;
  bad: Array<{ line: number; reason: string }>;
  counts: QaCounts;
  /** Lines the batch held (JSONL), so the main thread can number the next batch's bad lines. */
  lines: number;
}

const { core, options } = workerData as { core: Config; options: QaOptions };
const linter = createLinter(core);
const encoder = new TextEncoder();

parentPort!.on('message', ({ seq, input }: { seq: number; input: WorkerInput }) => {
  const { items, lines } = 'text' in input ? splitLines(input.text) : { items: input.items, lines: input.lines ?? 0 };
  const { output, bad, counts } = lintBatch(linter, options, items);
  const bytes = encoder.encode(output);
  const result: WorkerOutput = { output: bytes, bad, counts, lines };
  parentPort!.postMessage({ seq, result }, [bytes.buffer]);
});

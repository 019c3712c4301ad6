/**
 * A `replylint qa` worker thread: creates the linter once, then lints the batches it is sent — a run
 * of whole JSONL lines (numbered from 1 within the batch) or CSV rows — and sends the output back as
 * UTF-8 bytes (transferred, not copied), so the main thread only reads and writes.
 */
import { createLinter, type Config } from '../../index.js';
import { parentPort, workerData } from 'node:worker_threads';
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

/** What a worker does with a batch; also run in the main thread when there is one worker. */
export function batchMapper(core: Config, options: QaOptions): (input: WorkerInput) => WorkerOutput {
  const linter = createLinter(core);
  const encoder = new TextEncoder();
  return (input) => {
    const { items, lines } = 'text' in input ? splitLines(input.text) : { items: input.items, lines: input.lines ?? 0 };
    const { output, bad, counts } = lintBatch(linter, options, items);
    return { output: encoder.encode(output), bad, counts, lines };
  };
}

// Only in a worker the pool started (this module is also imported by the command, which may itself
// run in some other worker thread).
if (parentPort && (workerData as { qaWorker?: boolean } | null)?.qaWorker === true) {
  const { core, options } = workerData as { core: Config; options: QaOptions };
  const map = batchMapper(core, options);
  parentPort.on('message', ({ seq, input }: { seq: number; input: WorkerInput }) => {
    const result = map(input);
    parentPort!.postMessage({ seq, result }, [result.output.buffer as ArrayBuffer]);
  });
}

/** A `replylint qa` worker thread: creates the linter once, then lints the batches it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../../config.js';
import { createLinter } from '../../linter.js';
import { lintBatch, type BatchItem, type Defaults } from './batch.js';

const { core, defaults } = workerData as { core: Config; defaults: Defaults };
const linter = createLinter(core);

parentPort!.on('message', ({ seq, items }: { seq: number; items: BatchItem[] }) => {
  parentPort!.postMessage({ seq, result: lintBatch(linter, defaults, items) });
});

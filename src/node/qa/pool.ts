/**
 * A pool of worker threads that maps batches in parallel and delivers the results in the order
 * they were submitted. At most `maxInFlight` batches are submitted but not yet delivered, so memory
 * stays bounded however large the input and however slow the output.
 */
import { Worker } from 'node:worker_threads';

/**
 * A worker's old generation is capped: its live data is small (the linter, ~13 MB, and its word
 * caches), and without a cap V8 lets garbage pile up to well over 100 MB per worker before a full
 * collection. The longest line accepted (4 M characters) needs under 100 MB.
 */
const WORKER_OLD_GENERATION_MB = 128;

export class OrderedPool<In, Out> {
  private readonly workers: Worker[];
  private readonly load: number[];
  private readonly done = new Map<number, Out>();
  private submitted = 0;
  private delivered = 0;
  private delivering = false;
  private failure?: Error;
  private closing = false;
  private wake?: () => void;

  constructor(
    script: URL,
    count: number,
    workerData: unknown,
    private readonly maxInFlight: number,
    private readonly deliver: (result: Out) => void | Promise<void>,
  ) {
    this.workers = Array.from({ length: count }, (_, index) => {
      const worker = new Worker(script, { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB } });
      worker.on('message', ({ seq, result }: { seq: number; result: Out }) => {
        this.load[index]!--;
        this.done.set(seq, result);
        void this.flush();
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a worker thread exited with code ${code}`));
      });
      return worker;
    });
    this.load = this.workers.map(() => 0);
  }

  /** Resolves once the batch is queued; waits while too many are in flight. */
  async submit(input: In): Promise<void> {
    while (this.submitted - this.delivered >= this.maxInFlight && !this.failure) await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failure) throw this.failure;
    const index = this.load.indexOf(Math.min(...this.load));
    this.load[index]!++;
    this.workers[index]!.postMessage({ seq: this.submitted++, input });
  }

  /** Waits until every submitted batch is delivered, then stops the workers. */
  async close(): Promise<void> {
    try {
      while (this.delivered < this.submitted && !this.failure) await new Promise<void>((resolve) => (this.wake = resolve));
      if (this.failure) throw this.failure;
    } finally {
      this.closing = true;
      await Promise.all(this.workers.map((worker) => worker.terminate()));
    }
  }

  private async flush(): Promise<void> {
    if (this.delivering) return;
    this.delivering = true;
    try {
      while (this.done.has(this.delivered)) {
        const result = this.done.get(this.delivered)!;
        this.done.delete(this.delivered);
        await this.deliver(result);
        this.delivered++;
        this.wake?.();
      }
    } catch (error) {
      this.fail(error as Error);
    } finally {
      this.delivering = false;
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake?.();
  }
}

/**
 * The pool's interface with no thread: each batch is mapped in this thread as it is submitted.
 * For one worker, where a thread costs its start and its own warm-up and buys no parallelism.
 */
export class InlinePool<In, Out> {
  constructor(
    private readonly map: (input: In) => Out,
    private readonly deliver: (result: Out) => void | Promise<void>,
  ) {}

  async submit(input: In): Promise<void> {
    await this.deliver(this.map(input));
  }

  async close(): Promise<void> {}
}

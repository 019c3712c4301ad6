/** A one-line progress bar on a terminal (lines done, lines/s, ETA from the bytes read); silent elsewhere. */
export class Progress {
  private readonly started = performance.now();
  private lines = 0;
  private shown = false;
  private readonly timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
    private readonly totalBytes: number | undefined,
    private readonly bytesRead: () => number,
  ) {
    if (enabled) this.timer = setInterval(() => this.draw(), 200).unref();
  }

  update(lines: number): void {
    this.lines = lines;
  }

  /** Writes a line above the bar (which the next tick redraws). */
  log(text: string): void {
    this.clear();
    this.stream.write(text);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.clear();
  }

  private clear(): void {
    if (this.shown) {
      this.stream.write('\r\u001b[K');
      this.shown = false;
    }
  }

  private draw(): void {
    const seconds = (performance.now() - this.started) / 1000;
    const rate = this.lines / Math.max(seconds, 1e-3);
    const fraction = this.totalBytes ? Math.min(1, this.bytesRead() / this.totalBytes) : undefined;
    const width = 24;
    const bar = fraction === undefined ? '' : `[${'#'.repeat(Math.round(fraction * width)).padEnd(width)}] ${(fraction * 100).toFixed(0).padStart(3)}% `;
    const eta = fraction && fraction < 1 ? ` · ETA ${formatDuration((seconds * (1 - fraction)) / fraction)}` : '';
    const text = `${bar}${this.lines.toLocaleString('en-US')} lines · ${Math.round(rate).toLocaleString('en-US')} lines/s${eta}`;
    this.stream.write(`\r${text}\u001b[K`);
    this.shown = true;
  }
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * Report files (`--output`, qa's `--out`, `--summary` and `--report`) are written to a temporary file
 * beside the target and renamed over it once complete: a run that is interrupted (Ctrl+C), crashes or
 * fails to write leaves the old file as it was — never empty or half-written — and no temporary file.
 * A target that is no regular file (/dev/stdout, a FIFO) is written directly.
 */
import { accessSync, chmodSync, closeSync, constants, createWriteStream, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './usage-error.js';

/** Temporary files not yet renamed: removed when the process exits or is stopped by a signal. */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removePending(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  for (const name of SIGNALS) process.off(name, onSignal);
  // Uncaught now: the process ends by the signal, as it would have without this handler.
  process.kill(process.pid, signal);
}

let listening = false;
function track(path: string): void {
  pending.add(path);
  if (listening) return;
  listening = true;
  process.on('exit', removePending);
  for (const name of SIGNALS) process.on(name, onSignal);
}

export class OutputFile {
  /** Where the text goes until commit(): the temporary file, or the target itself when it is no regular file. */
  readonly writePath: string;
  private readonly target: string;
  private readonly mode?: number;
  private opened = false;

  /**
   * Checks the target can be written, so a wrong path is a usage error before the work. The temporary
   * file is made by the first write: a long synchronous lint leaves nothing to clean up if stopped.
   */
  constructor(readonly path: string) {
    let stats: Stats | undefined;
    try {
      stats = statSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw cannotWrite(path, error);
    }
    if (stats && !stats.isFile()) {
      try {
        closeSync(openSync(path, 'a')); // a folder fails here; a device is not truncated
      } catch (error) {
        throw cannotWrite(path, error);
      }
      this.target = this.writePath = path;
      return;
    }
    // A link is written through, as a plain write would; a read-only report stays so, and keeps its mode.
    this.target = stats ? realpathSync(path) : path;
    this.mode = stats ? stats.mode & 0o7777 : undefined;
    try {
      if (stats) accessSync(this.target, constants.W_OK);
      accessSync(dirname(this.target), constants.W_OK);
    } catch (error) {
      throw cannotWrite(path, error);
    }
    this.writePath = join(dirname(this.target), `.${basename(this.target)}.replylint-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  }

  private open(): void {
    if (this.opened || this.writePath === this.target) return;
    try {
      closeSync(openSync(this.writePath, 'wx', this.mode ?? 0o666));
    } catch (error) {
      throw cannotWrite(this.path, error, this.writePath);
    }
    this.opened = true;
    track(this.writePath);
    if (this.mode !== undefined) chmodSync(this.writePath, this.mode); // the umask may have narrowed it
  }

  /** Writes the whole text (to the temporary file). */
  write(text: string): void {
    this.open();
    writeFileSync(this.writePath, text);
  }

  /** A stream to write the text in parts (to the temporary file); end it before commit(). */
  stream(): WriteStream {
    this.open();
    return createWriteStream(this.writePath);
  }

  /** Puts the written text in place of the target. */
  commit(): void {
    if (this.writePath === this.target) return;
    this.open(); // nothing written: an empty file
    renameSync(this.writePath, this.target);
    pending.delete(this.writePath);
  }

  /** Leaves the target as it was and removes the temporary file. */
  discard(): void {
    if (!this.opened || this.writePath === this.target) return;
    rmSync(this.writePath, { force: true });
    pending.delete(this.writePath);
  }
}

function cannotWrite(path: string, error: unknown, temporary?: string): UsageError {
  const message = (error as Error).message;
  return new UsageError(`cannot write ${path}: ${temporary ? message.split(temporary).join(path) : message}`);
}

/** Writes a whole output file, or leaves the target as it was and says why. */
export function writeOutputFile(output: OutputFile, text: string): void {
  try {
    output.write(text);
    output.commit();
  } catch (error) {
    output.discard();
    throw cannotWrite(output.path, error, output.writePath);
  }
}

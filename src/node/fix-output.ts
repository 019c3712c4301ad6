/** Writing fixes: atomic replacement of a file, and a small unified diff for --fix-dry-run. */
import { chmodSync, lstatSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { decodeText, encodeText, type TextEncoding } from './encoding.js';

/** The path, or a folder on it below the working directory, is a symbolic link. */
function throughLink(path: string): boolean {
  const stop = resolve('.');
  for (let at = resolve(path); at !== stop && at !== dirname(at); at = dirname(at)) {
    if (lstatSync(at).isSymbolicLink()) return true;
  }
  return false;
}

/**
 * `--fix`'s write: the fixed text replaces the file only if it is safe — the path is no symbolic link
 * and runs through none (a link is never replaced, nothing outside the tree is written), the file is
 * not read-only, and it still holds what was linted (a template saved meanwhile is not overwritten).
 * Written in the file's encoding (a BOM is U+FEFF in the text, so it stays) to a temporary file with
 * the same mode, then renamed; on any failure (a full disk) the temporary file is removed. Returns
 * why it was not written, or undefined.
 */
export function writeFixed(path: string, original: string, text: string, encoding: TextEncoding = 'utf-8'): string | undefined {
  let mode: number;
  try {
    if (throughLink(path)) return 'a symbolic link (or inside a linked folder): not rewritten';
    mode = statSync(path).mode & 0o7777;
    if ((mode & 0o200) === 0) return 'read-only: not rewritten';
    let current: string | undefined;
    try {
      current = decodeText(readFileSync(path), encoding);
    } catch {
      // Bytes no longer in its encoding: changed.
    }
    if (current !== original) return 'changed since it was linted: not rewritten';
  } catch (error) {
    return `could not be checked: ${(error as Error).message}`;
  }
  const temporary = join(dirname(path), `.${basename(path)}.replylint-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, encodeText(text, encoding), { mode, flag: 'wx' });
    chmodSync(temporary, mode); // the umask may have narrowed it
    renameSync(temporary, path);
    return undefined;
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOSPC' ? 'the disk is full: not rewritten' : `could not be written: ${(error as Error).message}`;
  }
}

/** One hunk from the first to the last changed line, with two lines of context. */
export function unifiedDiff(file: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - 2);
  const toA = Math.min(a.length - 1, endA + 2);
  const toB = Math.min(b.length - 1, endB + 2);
  const lines = [`--- ${file}`, `+++ ${file}`, `@@ -${from + 1},${toA - from + 1} +${from + 1},${toB - from + 1} @@`];
  for (let i = from; i < start; i++) lines.push(` ${a[i]}`);
  for (let i = start; i <= endA; i++) lines.push(`-${a[i]}`);
  for (let i = start; i <= endB; i++) lines.push(`+${b[i]}`);
  for (let i = endA + 1; i <= toA; i++) lines.push(` ${a[i]}`);
  return `${lines.join('\n')}\n`;
}

/** Writing fixes: atomic replacement of a file, and a unified line diff for --fix-dry-run. */
import { chmodSync, lstatSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { decodeText, encodeText, type TextEncoding } from './encoding.js';
import { visible } from './format/visible.js';

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

/** A text's lines with their line ends, so that a last line without "\n" differs from one with it. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

type Edit = { op: ' ' | '-' | '+'; line: string };

/** Past this many differing lines the edit script is not minimized (Myers keeps D² numbers): the middle is replaced whole. */
const MAX_EDITS = 2000;

/** The shortest edit script from a to b by Myers' O((N+M)·D) algorithm, after the common head and tail. */
function diffLines(a: string[], b: string[]): Edit[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x0 = a.slice(head, a.length - tail);
  const y0 = b.slice(head, b.length - tail);
  const keep = (lines: string[]) => lines.map((line): Edit => ({ op: ' ', line }));
  return [...keep(a.slice(0, head)), ...middle(x0, y0), ...keep(a.slice(a.length - tail))];
}

function middle(a: string[], b: string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  const whole = (): Edit[] => [...a.map((line): Edit => ({ op: '-', line })), ...b.map((line): Edit => ({ op: '+', line }))];
  if (n === 0 || m === 0) return whole();
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  // trace[d] holds v[k] for k in -d…d after step d.
  const trace: Int32Array[] = [];
  let steps = -1;
  for (let d = 0; d <= n + m && steps < 0; d++) {
    if (d > MAX_EDITS) return whole();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) steps = d;
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = steps; d > 0; d--) {
    const previous = trace[d - 1]!;
    const at = (k: number) => previous[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    for (; x > previousX && y > previousY; x--, y--) edits.push({ op: ' ', line: a[x - 1]! });
    if (down) edits.push({ op: '+', line: b[--y]! });
    else edits.push({ op: '-', line: a[--x]! });
  }
  for (; x > 0; x--) edits.push({ op: ' ', line: a[x - 1]! });
  return edits.reverse();
}

const CONTEXT = 3;

/** A hunk range as `diff -u` writes it: the start, and the count unless it is 1 (an empty range starts at the line before). */
const range = (start: number, count: number) => (count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`);

/**
 * `diff -u` of two texts, line by line: a hunk per group of changes with three lines of context,
 * "\ No newline at end of file" where a text ends without one. Control characters of the file name
 * and lines are shown visibly (a template's raw escape sequence would drive the terminal); a CR
 * before the line end is kept.
 */
export function unifiedDiff(file: string, before: string, after: string): string {
  const edits = diffLines(splitLines(before), splitLines(after));
  const out = [`--- ${visible(file)}`, `+++ ${visible(file)}`];
  // Where each edit is in a and in b (0-based line numbers before it).
  const positions: Array<[number, number]> = [];
  let inA = 0;
  let inB = 0;
  for (const edit of edits) {
    positions.push([inA, inB]);
    if (edit.op !== '+') inA++;
    if (edit.op !== '-') inB++;
  }
  let index = 0;
  while (index < edits.length) {
    if (edits[index]!.op === ' ') {
      index++;
      continue;
    }
    const start = Math.max(0, index - CONTEXT);
    // The hunk goes on while the next change is within twice the context.
    let end = index;
    for (let next = index; next < edits.length; next++) {
      if (edits[next]!.op !== ' ') end = next;
      else if (next - end > 2 * CONTEXT) break;
    }
    const stop = Math.min(edits.length, end + CONTEXT + 1);
    const hunk = edits.slice(start, stop);
    const [fromA, fromB] = positions[start]!;
    out.push(`@@ -${range(fromA, hunk.filter((edit) => edit.op !== '+').length)} +${range(fromB, hunk.filter((edit) => edit.op !== '-').length)} @@`);
    for (const { op, line } of hunk) {
      const [, text, cr] = /^(.*?)(\r?)\n?$/s.exec(line)!;
      out.push(`${op}${visible(text!)}${cr}`);
      if (!line.endsWith('\n')) out.push('\\ No newline at end of file');
    }
    index = stop;
  }
  return `${out.join('\n')}\n`;
}

import { readFileSync, statSync } from 'node:fs';

/**
 * A file's bytes, if it is a regular file within `limit` bytes: a FIFO would block forever and
 * /dev/zero never end. The error says which, in words.
 */
export function readRegularFile(path: string, limit: number): Buffer {
  const stats = statSync(path);
  if (stats.isDirectory()) throw new Error('a folder, not a file');
  if (!stats.isFile()) throw new Error('not a regular file (a pipe, device or socket)');
  if (stats.size > limit) throw new Error(`over the ${limit / 1024 / 1024} MB limit`);
  return readFileSync(path);
}

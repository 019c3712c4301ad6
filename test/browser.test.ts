/** The main entry bundles for browsers: no Node built-ins anywhere in it, and at most 80 KB gzip. */
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('browser bundle', () => {
  it('has no Node built-ins and stays under 80 KB gzip', async () => {
    const nodeModules = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const result = await build({
      entryPoints: [join(import.meta.dirname, '..', 'src', 'index.ts')],
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const imported = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((entry) => entry.path));
    expect(imported.filter((path) => nodeModules.has(path))).toEqual([]);
    const gzip = gzipSync(result.outputFiles[0]!.contents).length;
    expect(gzip).toBeLessThan(80 * 1024);
  });
});

/**
 * The main entry bundles for browsers: no Node built-ins anywhere in it, at most 96 KB gzip, and the
 * bundle (Russian data stored as A–Z by scripts/esbuild-ru-ascii.ts, as tsup ships it) lints exactly
 * as the sources do.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';
import { ruAscii, toRuAscii } from '../src/text/ru-ascii.js';
import { rewriteRussianLiterals, ruAsciiPlugin } from '../scripts/esbuild-ru-ascii.js';
import { naturalStemmersPlugin } from '../scripts/esbuild-natural-stemmers.js';
import { loadCases } from './cases.js';

async function bundle() {
  return build({
    entryPoints: [join(import.meta.dirname, '..', 'src', 'index.ts')],
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [ruAsciiPlugin, naturalStemmersPlugin],
  });
}

describe('browser bundle', () => {
  // 86 KB, not 80 (#15): identifier renaming alone moves the gzip size by a few hundred bytes (a
  // 190-byte addition measured +510 B), so a guard 19 B above the bundle failed on any change; then
  // the judgment fixes found by the tests beside the rules (+2.1 KB of phrase data and logic) and
  // what adapters now import from the public entry (highlightRuns, validation helpers: +0.45 KB).
  // 96 KB, not 86 (#16): commitments are in every report, so the promise grammar of both
  // languages, the time grammar and its calendar (time zones through Intl) are in the core: +10 KB (95.4 KB; the guard keeps the slack identifier renaming needs).
  // chrono-node's Russian and English parsers alone measured 17.9 KB gzip (2.10.3, esbuild --minify).
  it('has no Node built-ins and stays under 96 KB gzip', async () => {
    const nodeModules = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const result = await bundle();
    const imported = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((entry) => entry.path));
    expect(imported.filter((path) => nodeModules.has(path))).toEqual([]);
    const gzip = gzipSync(result.outputFiles[0]!.contents).length;
    expect(gzip).toBeLessThan(96 * 1024);
  });

  it('stores Russian literals as A–Z and reads them back unchanged', () => {
    for (const text of ['не работает|работают', 'спасибо за ~2 ничего', 'щёлкнуть ъ ю ф', '@we ~2 #number передали', '']) expect(ruAscii(toRuAscii(text))).toBe(text);
    expect(rewriteRussianLiterals("const a = ['спасибо', 'e-mail', 'ok'];")).toContain("__ruAscii('HKCHDQA')");
    expect(rewriteRussianLiterals("const a = ['спасибо', 'e-mail'];")).toContain("'e-mail'");
    expect(rewriteRussianLiterals("const a = ['@we ~2 передали', 'SMS код'];")).toContain("__ruAscii('@we ~2 KBGBLCJD')");
    expect(rewriteRussianLiterals("const a = ['SMS код'];")).toContain("'SMS код'");
    expect(rewriteRussianLiterals("const o = { 'ключ': 1 };")).toContain("'ключ':");
    expect(rewriteRussianLiterals("const a = ['e-mail'];")).toBe("const a = ['e-mail'];");
  });

  it('lints every labeled case exactly as the sources do', { timeout: 30_000 }, async () => {
    const code = (await bundle()).outputFiles[0]!.text;
    const file = join(mkdtempSync(join(tmpdir(), 'replylint-bundle-')), 'index.mjs');
    writeFileSync(file, code);
    const bundled = (await import(pathToFileURL(file).href)) as typeof import('../src/index.js');
    const fromBundle = bundled.createLinter({ preset: 'strict' });
    const fromSource = createLinter({ preset: 'strict' });
    for (const item of loadCases()) {
      const input = { message: item.message, reply: item.reply, history: item.history, channel: item.channel, audience: item.audience };
      expect(fromBundle.lint(input), item.id).toEqual(fromSource.lint(input));
    }
  });
});

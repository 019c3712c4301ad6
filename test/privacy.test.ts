/**
 * Privacy: the core does no I/O, no network and no logging, and a report never carries the
 * client's message — findings quote only the reply, at the words they point at.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';

describe('privacy', () => {
  it('the main entry reaches no fs, net, http, child_process, fetch or console', async () => {
    const result = await build({
      entryPoints: [join(import.meta.dirname, '..', 'src', 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((entry) => entry.path));
    expect(imports.filter((path) => /^(node:)?(fs|net|http|https|child_process|dgram|tls|worker_threads)(\/|$)/.test(path))).toEqual([]);
    const code = result.outputFiles[0]!.text;
    for (const call of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'console.log(', 'console.info(', 'console.debug(']) {
      expect(code.includes(call), call).toBe(false);
    }
  });

  it("findings never copy the client's message", () => {
    const linter = createLinter({ preset: 'strict' });
    // Distinctive words only the message has, inside realistic complaint text.
    const secretWord = fc.stringMatching(/^[a-z]{6,10}$/).map((word) => `zq${word}`);
    fc.assert(
      fc.property(fc.array(secretWord, { minLength: 3, maxLength: 8 }), fc.constantFrom('ru', 'en'), (words, language) => {
        const message =
          language === 'ru'
            ? `Я вам тысячу раз звонила!!! ${words.join(' ')} — деньги списали дважды, верните!`
            : `Third time I'm writing!!! ${words.join(' ')} — you charged me twice, refund me!`;
        const reply = language === 'ru' ? 'Здравствуйте. Ожидайте.' : 'Hi. Please wait.';
        const report = linter.lint({ message, reply, channel: 'social' });
        const carried = JSON.stringify(report.findings);
        for (const word of words) expect(carried.includes(word)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  describe('no word of a message stays in memory (heap snapshot of a separate process)', () => {
    const entry = join(import.meta.dirname, '..', 'dist', 'index.js');
    // Passed reversed, so the probe's own arguments never hold the secret.
    const probe = (mode: string) => {
      if (!existsSync(entry)) throw new Error('dist/index.js is missing: run `npm run build` (npm test does it first)');
      const secret = `zq${[...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;
      const out = execFileSync(process.execPath, ['--expose-gc', join(import.meta.dirname, 'heap-probe.mjs'), entry, [...secret].reverse().join(''), mode], { encoding: 'utf8' });
      return JSON.parse(out) as { held: boolean };
    };

    it('after the one-shot lint() returns', () => {
      expect(probe('lint').held).toBe(false);
    }, 60_000);

    it('a linter holds the words it read (the probe can see them) until dispose()', () => {
      expect(probe('keep').held).toBe(true);
      expect(probe('dispose').held).toBe(false);
    }, 60_000);
  });
});

/**
 * esbuild plugin: in the rules and the word classes (rules/**, src/languages/ru/*), a single-quoted
 * string literal with Cyrillic and no Latin capitals becomes `__ruAscii('…')` with its frequent
 * Russian letters written as A–Z (src/text/ru-ascii.ts). Used by tsup, the playground build and the
 * bundle-size test, so what is measured is what ships. Object keys are left alone.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { toRuAscii } from '../src/text/ru-ascii.js';

const LITERAL = /'([^'\\\n]*)'(\s*:)?/g;
const LATIN_CAPITAL = /[A-Z]/;
const CYRILLIC = /[а-яё]/;

const FILES = /[\\/](rules[\\/][^\\/]+|src[\\/]languages[\\/]ru)[\\/][^\\/]+\.ts$/;

/** `decoder`: the path of src/text/ru-ascii.ts to import from (derived from the file's own path). */
export function rewriteRussianLiterals(source: string, decoder = 'replylint/ru-ascii'): string {
  let rewritten = 0;
  const body = source.replace(LITERAL, (whole, text: string, key: string | undefined) => {
    if (key !== undefined || LATIN_CAPITAL.test(text) || !CYRILLIC.test(text)) return whole;
    rewritten++;
    return `__ruAscii('${toRuAscii(text)}')`;
  });
  return rewritten === 0 ? source : `import { ruAscii as __ruAscii } from ${JSON.stringify(decoder)};\n${body}`;
}

export const ruAsciiPlugin: Plugin = {
  name: 'replylint-ru-ascii',
  setup(build) {
    build.onLoad({ filter: FILES }, async (args) => ({
      contents: rewriteRussianLiterals(await readFile(args.path, 'utf8'), args.path.replace(FILES, '/src/text/ru-ascii.ts').replaceAll('\\', '/')),
      loader: 'ts',
    }));
  },
};

/**
 * Builds the playground into one self-contained HTML file: the script and the styles are
 * inlined, and a Content-Security-Policy with their hashes forbids any network access.
 *
 *   npm run playground            → playground/dist/index.html
 *   buildPlayground({ outDir })   → the same from code (the tests build into a temp dir)
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ruAsciiPlugin } from '../scripts/esbuild-ru-ascii.js';
import { naturalStemmersPlugin } from '../scripts/esbuild-natural-stemmers.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface BuildOptions {
  /** Where index.html goes; default playground/dist. */
  outDir?: string;
  /** Default true. */
  minify?: boolean;
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Builds the page and returns the path of the HTML file. */
export async function buildPlayground(options: BuildOptions = {}): Promise<string> {
  const outDir = resolve(options.outDir ?? join(here, 'dist'));
  const result = await build({
    entryPoints: [join(here, 'main.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['es2022', 'chrome111', 'firefox113', 'safari16.2'],
    minify: options.minify ?? true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    outdir: outDir,
    logLevel: 'silent',
    plugins: [ruAsciiPlugin, naturalStemmersPlugin],
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'))?.text;
  const css = result.outputFiles.find((file) => file.path.endsWith('.css'))?.text;
  if (js === undefined || css === undefined) throw new Error('esbuild produced no script or no styles');

  // Nothing in the inlined code may end the element early.
  const script = js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const style = css.replace(/<\/(style)/gi, '<\\/$1');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const template = await readFile(join(here, 'index.html'), 'utf8');
  const parts = template.split(/(__CSP__|__CSS__|__JS__)/);
  const html = parts.map((part) => (part === '__CSP__' ? csp : part === '__CSS__' ? style : part === '__JS__' ? script : part)).join('');

  await mkdir(outDir, { recursive: true });
  const file = join(outDir, 'index.html');
  await writeFile(file, html);
  return file;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const file = await buildPlayground();
  const { size } = await import('node:fs').then((fs) => fs.statSync(file));
  const { gzipSync } = await import('node:zlib');
  const gzip = gzipSync(await readFile(file)).length;
  console.log(`${file}: ${(size / 1024).toFixed(1)} KB (${(gzip / 1024).toFixed(1)} KB gzip)`);
}

import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readdirSync } from 'node:fs';
const { ruAsciiPlugin } = await import('./esbuild-ru-ascii.ts');
const size = async (stub) => {
  const plugins = [];
  if (stub) plugins.push({ name: 'stub', setup(b) { b.onLoad({ filter: new RegExp(stub.replace(/[.]/g, '\\.') + '$') }, () => ({ contents: stub.endsWith('lexicon.ts') ? "export const EN_WORDS={},RU_STEMS={},EMOJI={},EMOTICONS={};" : 'export default {}', loader: 'ts' })); } });
  plugins.push(ruAsciiPlugin);
  const r = await build({ entryPoints: ['src/index.ts'], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, plugins, logLevel: 'silent' });
  return gzipSync(r.outputFiles[0].contents).length;
};
const total = await size();
console.log('total', total);
const files = ['rules/empathy/lexicon.ts', ...readdirSync('rules', { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => ['rules/' + d.name + '/en.ts', 'rules/' + d.name + '/ru.ts'])];
const rows = [];
for (const f of files) rows.push([total - await size(f), f]);
for (const [d, f] of rows.sort((a, b) => b[0] - a[0])) console.log(String(d).padStart(6), f);

import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const { ruAsciiPlugin } = await import('./esbuild-ru-ascii.ts');
const r = await build({ entryPoints: ['src/index.ts'], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, metafile: true, plugins: [ruAsciiPlugin, (await import('./esbuild-natural-stemmers.ts')).naturalStemmersPlugin] });
console.log('gzip', gzipSync(r.outputFiles[0].contents).length);
const out = Object.values(r.metafile.outputs)[0];
for (const [k, v] of Object.entries(out.inputs).map(([k, v]) => [k, v.bytesInOutput]).sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(String(v).padStart(7), k);

import { defineConfig } from 'tsup';
import { ruAsciiPlugin } from './scripts/esbuild-ru-ascii.js';
import { naturalStemmersPlugin } from './scripts/esbuild-natural-stemmers.js';

// Bundled in: one file loads in a few milliseconds, where zod's and natural's many modules take ~80 ms to resolve.
const bundled = ['zod', 'natural'];

export default defineConfig([
  {
    // The core: browser-safe, no Node built-ins.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    noExternal: bundled,
    // Russian phrase data with its frequent letters as A–Z: a tenth of the bundle's gzip bytes (see the plugin).
    esbuildPlugins: [ruAsciiPlugin, naturalStemmersPlugin],
  },
  {
    // Node: file linting for CI and editors.
    entry: { node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    treeshake: true,
    noExternal: bundled,
    // Russian phrase data with its frequent letters as A–Z: a tenth of the bundle's gzip bytes (see the plugin).
    esbuildPlugins: [ruAsciiPlugin, naturalStemmersPlugin],
  },
  {
    // The `replylint` command, and the worker thread of `replylint qa`.
    entry: { cli: 'src/node/cli.ts', 'qa-worker': 'src/node/qa/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    treeshake: true,
    noExternal: bundled,
    // Russian phrase data with its frequent letters as A–Z: a tenth of the bundle's gzip bytes (see the plugin).
    esbuildPlugins: [ruAsciiPlugin, naturalStemmersPlugin],
  },
]);

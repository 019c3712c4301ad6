import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  // Bundled in: one file loads in a few milliseconds, where zod's and natural's many modules take ~80 ms to resolve.
  noExternal: ['zod', 'natural'],
});

/**
 * esbuild plugin: natural's stemmers pull in its stop-word lists and tokenizers for
 * `tokenizeAndStem`, which replylint never calls (it only calls `stem`). In the bundles they are
 * replaced with empty stand-ins — about 1.5 KB gzip of the browser bundle. The test that lints
 * every labeled case through the bundle checks that nothing changes.
 */
import type { Plugin } from 'esbuild';

const UNUSED = /[\\/]natural[\\/]lib[\\/]natural[\\/](util[\\/]stopwords(_ru)?|tokenizers[\\/]aggressive_tokenizer(_ru)?)\.js$/;

export const naturalStemmersPlugin: Plugin = {
  name: 'replylint-natural-stemmers',
  setup(build) {
    build.onLoad({ filter: UNUSED }, (args) => ({
      contents: args.path.includes('stopwords')
        ? 'exports.words = [];'
        : 'module.exports = class { tokenize() { throw new Error("not bundled: replylint only stems"); } };',
      loader: 'js',
    }));
  },
};

import type { Rule } from '../../index.js';
import type { FileResult } from '../lint-files.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

/** `rules`: the rules that ran (plugins included), described by SARIF; the built-in rules when not given. */
export function formatResults(format: Format, results: readonly FileResult[], options: { color: boolean; version: string; rules?: readonly Rule[] }): string {
  switch (format) {
    case 'stylish':
      return formatStylish(results, options.color);
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results, options.version, options.rules);
    case 'github':
      return formatGithub(results);
    case 'junit':
      return formatJunit(results);
  }
}

export { countFindings } from './summary.js';

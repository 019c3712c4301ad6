import type { FileResult } from '../lint-files.js';

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  unreadable: number;
}

export function countFindings(results: readonly FileResult[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0, unreadable: 0 };
  for (const result of results) {
    if (result.error) counts.unreadable++;
    for (const finding of result.findings) {
      if (finding.severity === 'error') counts.errors++;
      else if (finding.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
  }
  return counts;
}

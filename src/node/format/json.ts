/**
 * Stable JSON output (version 1): { version, files: [{ file, error?, scores, findings: [{ ruleId,
 * severity, message, line, column, endLine, endColumn, suggestions, template?, messageIndex?, fix? }] }],
 * summary: { errors, warnings, infos, unreadable, files } }.
 */
import type { FileResult } from '../lint-files.js';
import { countFindings } from './summary.js';

export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(
    {
      version: 1,
      files: results.map(({ file, error, scores, findings }) => ({ file, ...(error ? { error } : {}), scores, findings })),
      summary: { ...countFindings(results), files: results.length },
    },
    null,
    2,
  )}\n`;
}

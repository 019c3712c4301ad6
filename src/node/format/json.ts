/**
 * Stable JSON output (version 1): { version, files: [{ file, error?, scores, findings: [{ ruleId,
 * severity, message, line, column, endLine, endColumn, suggestions, template?, messageIndex?, fix? }],
 * commitments: [{ actor, action, conditional, line, column, endLine, endColumn, due?: { text, line,
 * column, resolved?, deadline? }, template? }] }], summary: { errors, warnings, infos, unreadable, files } }.
 * (`commitments` was added within version 1: a reader that ignores unknown keys reads it as before.)
 */
import type { FileResult } from '../lint-files.js';
import { countFindings } from './summary.js';

export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(
    {
      version: 1,
      files: results.map(({ file, error, scores, findings, commitments }) => ({ file, ...(error ? { error } : {}), scores, findings, commitments: commitments ?? [] })),
      summary: { ...countFindings(results), files: results.length },
    },
    null,
    2,
  )}\n`;
}

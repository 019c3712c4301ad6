/**
 * GitHub Actions workflow commands. GitHub shows at most 10 error and 10 warning annotations per
 * step (and 10 notices): the rest are summed up in one line instead of being silently dropped.
 */
import type { FileResult } from '../lint-files.js';
import { visibleButLineBreaks } from './visible.js';

const CAP = 10;
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** As the workflow commands want %, CR and LF; other control characters shown visibly (the log renders ANSI escapes). */
function escapeData(text: string): string {
  return visibleButLineBreaks(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(results: readonly FileResult[]): string {
  const shown = { error: 0, warning: 0, notice: 0 };
  let hidden = 0;
  const out: string[] = [];
  for (const result of results) {
    if (result.error) {
      if (shown.error >= CAP) {
        hidden++;
        continue;
      }
      shown.error++;
      out.push(`::error file=${escapeProperty(result.file)},title=replylint::${escapeData(result.error)}`);
      continue;
    }
    for (const finding of result.findings) {
      const command = COMMAND[finding.severity];
      if (shown[command] >= CAP) {
        hidden++;
        continue;
      }
      shown[command]++;
      const properties = [
        `file=${escapeProperty(result.file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `endLine=${finding.endLine}`,
        `endColumn=${finding.endColumn}`,
        `title=${escapeProperty(`replylint(${finding.ruleId})`)}`,
      ].join(',');
      const suggestion = finding.suggestions[0] ? ` → ${finding.suggestions[0]}` : '';
      out.push(`::${command} ${properties}::${escapeData(finding.message + suggestion)}`);
    }
  }
  if (hidden > 0) out.push(`::notice title=replylint::${hidden} more finding${hidden === 1 ? '' : 's'} not annotated (GitHub shows 10 errors and 10 warnings per step); run replylint locally for all of them.`);
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

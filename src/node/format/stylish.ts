/**
 * Human output: findings grouped by file, line:col, severity, message, rule id and the first phrasing;
 * then the promises the file's replies make, with their times (resolved when `check --now` is given).
 * Every text from the files (names, titles, messages that quote them) has its control characters shown visibly.
 */
import type { FileResult } from '../lint-files.js';
import { countFindings } from './summary.js';
import { visible } from './visible.js';
import { promiseLine } from '../../languages/ui.js';

export function formatStylish(results: readonly FileResult[], color: boolean): string {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const severityColor = { error: '31', warning: '33', info: '36' } as const;
  const out: string[] = [];
  for (const result of results) {
    const promises = result.commitments ?? [];
    if (!result.error && result.findings.length === 0 && promises.length === 0) continue;
    out.push('', paint('4', visible(result.file)));
    if (result.error) out.push(`  ${paint('31', 'error')}  ${visible(result.error)}`);
    for (const finding of result.findings) {
      const where = `${finding.line}:${finding.column}`.padEnd(7);
      const macro = (finding.template ? ` [${visible(finding.template)}]` : '') + (finding.messageIndex !== undefined ? ` [message ${finding.messageIndex + 1}]` : '');
      out.push(`  ${paint('2', where)} ${paint(severityColor[finding.severity], finding.severity.padEnd(7))} ${visible(finding.message)}  ${paint('2', visible(finding.ruleId))}${macro}`);
      if (finding.suggestions[0]) out.push(`  ${' '.repeat(7)} ${' '.repeat(7)} ${paint('32', '→')} ${visible(finding.suggestions[0].replace(/\n/g, ' '))}`);
    }
    for (const promise of promises) {
      const where = `${promise.line}:${promise.column}`.padEnd(7);
      const macro = promise.template ? ` [${visible(promise.template)}]` : '';
      const line = visible(promiseLine(promise, 'en'));
      out.push(`  ${paint('2', where)} ${paint('35', 'promise')} ${promise.due ? line : paint('33', line)}${macro}`);
    }
  }
  const { errors, warnings, infos, unreadable } = countFindings(results);
  const total = errors + warnings + infos;
  const summary = `${total} finding${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info) in ${results.length} file${results.length === 1 ? '' : 's'}${unreadable ? `, ${unreadable} not linted` : ''}`;
  out.push('', total === 0 && unreadable === 0 ? paint('32', `✓ ${summary}`) : paint('1', summary), '');
  return out.join('\n');
}

/** JUnit XML: a test suite per file, a test case per template, a failure per error or warning. */
import type { FileResult } from '../lint-files.js';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

export function formatJunit(results: readonly FileResult[]): string {
  const suites = results.map((result) => {
    if (result.error) {
      return `  <testsuite name="${xml(result.file)}" tests="1" failures="0" errors="1">\n    <testcase name="${xml(result.file)}" classname="replylint"><error message="${xml(result.error)}"/></testcase>\n  </testsuite>`;
    }
    const failures = result.findings.filter((finding) => finding.severity !== 'info');
    const cases = failures.length === 0
      ? [`    <testcase name="${xml(result.file)}" classname="replylint"/>`]
      : failures.map(
          (finding) =>
            `    <testcase name="${xml(`${finding.ruleId} at ${finding.line}:${finding.column}`)}" classname="${xml(result.file)}"><failure message="${xml(finding.message)}" type="${finding.severity}">${xml(`${result.file}:${finding.line}:${finding.column} ${finding.message}${finding.suggestions[0] ? `\n→ ${finding.suggestions[0]}` : ''}`)}</failure></testcase>`,
        );
    return `  <testsuite name="${xml(result.file)}" tests="${cases.length}" failures="${failures.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const failures = results.reduce((sum, result) => sum + result.findings.filter((finding) => finding.severity !== 'info').length, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="replylint" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
}

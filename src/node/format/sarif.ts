/** SARIF 2.1.0, as GitHub code scanning and other tools read it. */
import { builtInRules, type Rule } from '../../index.js';
import { descriptionOf, rationaleOf } from '../../../rules/docs.js';
import type { FileResult } from '../lint-files.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * A file path as a SARIF artifact URI: a relative reference, or a file: URI for an absolute path;
 * each segment percent-encoded (Cyrillic, spaces, #, %, :), Windows backslashes as "/".
 */
export function artifactUri(path: string, windows = process.platform === 'win32'): string {
  const segments = path.split(windows ? /[\\/]/ : '/');
  const drive = /^[A-Za-z]:$/.test(segments[0]!) && segments.length > 1 ? segments.shift()! : undefined;
  const encoded = segments.map(encodeURIComponent).join('/');
  if (drive !== undefined) return `file:///${drive}${encoded.startsWith('/') ? '' : '/'}${encoded}`;
  return encoded.startsWith('/') ? `file://${encoded}` : encoded;
}

/** `described`: the rules that ran, plugin rules included (their own description and rationale); default the built-in ones. */
export function formatSarif(results: readonly FileResult[], version: string, described: readonly Rule[] = builtInRules): string {
  const rules = described.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id,
    shortDescription: { text: descriptionOf(rule, 'en') },
    fullDescription: { text: rationaleOf(rule, 'en') },
    help: { text: `${descriptionOf(rule, 'en')}\n\n${rationaleOf(rule, 'en')}` },
    ...(rule.meta.id.includes('/') ? {} : { helpUri: `https://www.npmjs.com/package/replylint#${rule.meta.id}` }),
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
  }));
  // Findings of the CLI itself.
  rules.push(
    { id: 'unused-suppression', name: 'unused-suppression', shortDescription: { text: 'A replylint-disable comment that silences nothing.' }, fullDescription: { text: 'Remove suppression comments that no longer silence a finding, so they cannot hide a future one.' }, help: { text: 'Remove the comment.' }, helpUri: 'https://www.npmjs.com/package/replylint#suppressing-a-finding', defaultConfiguration: { level: 'note' } },
    { id: 'unreadable-file', name: 'unreadable-file', shortDescription: { text: 'A template file that could not be linted.' }, fullDescription: { text: 'Binary, empty, too large, not UTF-8, or with invalid front matter or JSON.' }, help: { text: 'Fix or remove the file, or leave it out of the paths you lint.' }, helpUri: 'https://www.npmjs.com/package/replylint#cli', defaultConfiguration: { level: 'error' } },
  );
  const ids = new Set(rules.map((rule) => rule.id));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'replylint', version, informationUri: 'https://www.npmjs.com/package/replylint', rules } },
        results: results.flatMap((result) => [
          ...(result.error
            ? [{ ruleId: 'unreadable-file', ruleIndex: rules.length - 1, level: 'error', message: { text: result.error }, locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(result.file) }, region: { startLine: 1, startColumn: 1 } } }] }]
            : []),
          ...result.findings.map((finding) => ({
            ruleId: finding.ruleId,
            ...(ids.has(finding.ruleId) ? { ruleIndex: rules.findIndex((rule) => rule.id === finding.ruleId) } : {}),
            level: LEVEL[finding.severity],
            message: { text: finding.suggestions[0] ? `${finding.message} Suggested: ${finding.suggestions[0]}` : finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(result.file) },
                  region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: Math.max(finding.endColumn, finding.column) },
                },
              },
            ],
          })),
        ]),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

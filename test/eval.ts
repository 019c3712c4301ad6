/**
 * Precision and recall per rule over the labeled cases (strict preset: all twelve rules).
 *   npm run eval                 the table
 *   npm run eval -- --verbose    and every disagreement
 *   npm run eval -- --check      exit 1 when a rule is below 0.95 on either
 *   npm run eval -- --readme     write the table into the README
 */
import { createLinter } from '../src/index.js';
import { builtInRules } from '../rules/index.js';
import { join } from 'node:path';
import { CASES_DIR, loadCases } from './cases.js';
import { writeReadmeSection } from '../scripts/readme-section.js';

const THRESHOLD = 0.95;
const args = new Set(process.argv.slice(2));
const linter = createLinter({ preset: 'strict' });
const dirIndex = process.argv.indexOf('--dir');
const cases = loadCases(dirIndex === -1 ? CASES_DIR : join(process.cwd(), process.argv[dirIndex + 1]!));
const ids = builtInRules.map((rule) => rule.meta.id);
const counts = new Map(ids.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
const misses: string[] = [];

for (const item of cases) {
  const report = linter.lint({ message: item.message, reply: item.reply, channel: item.channel, audience: item.audience });
  const fired = new Set(report.findings.map((finding) => finding.ruleId));
  for (const id of ids) {
    const expected = item.expect.includes(id);
    const got = fired.has(id);
    const count = counts.get(id)!;
    if (expected && got) count.tp++;
    else if (got) count.fp++;
    else if (expected) count.fn++;
    if (expected !== got) {
      const finding = report.findings.find((f) => f.ruleId === id);
      const where = finding?.range ? ` at «${item.reply.slice(finding.range.start, finding.range.end)}»` : '';
      misses.push(`${got ? 'FP' : 'FN'} ${id.padEnd(24)} ${item.id}${where}`);
    }
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const rows: string[] = ['| rule | precision | recall | fired / expected |', '|---|---|---|---|'];
let failed = false;
for (const id of ids) {
  const { tp, fp, fn } = counts.get(id)!;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  if (precision < THRESHOLD || recall < THRESHOLD) failed = true;
  rows.push(`| \`${id}\` | ${precision.toFixed(2)} | ${recall.toFixed(2)} | ${tp + fp} / ${tp + fn} |`);
}
const languages = { ru: cases.filter((c) => c.id.startsWith('ru')).length, en: cases.filter((c) => c.id.startsWith('en')).length };
const heading = `${cases.length} labeled cases (ru ${languages.ru}, en ${languages.en}), strict preset`;
console.log(`${heading}\n`);
console.log(rows.join('\n'));
if (args.has('--readme')) writeReadmeSection('eval', `${heading}:\n\n${rows.join('\n')}`);
if (args.has('--verbose')) console.log(`\n${misses.join('\n')}`);
if (args.has('--check') && failed) {
  console.error(`\nA rule is below ${THRESHOLD} precision or recall (npm run eval -- --verbose shows the cases).`);
  process.exit(1);
}

/**
 * Precision and recall per rule (strict preset: all twelve rules), on two sets:
 *  - the labeled cases in fixtures/cases/ (threshold 0.95 on every rule);
 *  - the labeled real exchanges in ../shared/corpus/labels/*.json, joined by id to the records of
 *    ../shared/corpus/*.jsonl (read at run time, never copied; `null` labels are skipped; a new
 *    labels file is picked up without code changes). Threshold 0.85 for every rule with at least
 *    15 true labels. REPLYLINT_CORPUS points elsewhere; without a corpus the real set is skipped.
 *
 *   npm run eval                  both tables
 *   npm run eval -- --verbose     and every disagreement (real ones with message, reply and note)
 *   npm run eval -- --rule empathy   only that rule's disagreements
 *   npm run eval -- --check       exit 1 when a rule is below its threshold on either set
 *   npm run eval -- --readme      write both tables into the README
 *   npm run eval -- --dir F       fixtures from another folder (a blind round), real set skipped
 *   npm run eval -- --commitments F   commitment cases from another folder
 *
 * A third table: the promises replies make (report.commitments) against fixtures/commitments/
 * (test/commitments-eval.ts); threshold 0.90 on promises, their times and deadlines.
 */
import { createLinter } from '../src/index.js';
import { builtInRules } from '../rules/index.js';
import { join } from 'node:path';
import { CASES_DIR, loadCases } from './cases.js';
import { loadRealSet, REAL_CORPUS_DIR } from './real-set.js';
import { writeReadmeSection } from '../scripts/readme-section.js';
import { COMMITMENT_CASES_DIR, commitmentTable, loadCommitmentCases, loadRealCommitments, scoreCommitments } from './commitments-eval.js';

const FIXTURE_THRESHOLD = 0.95;
const REAL_THRESHOLD = 0.85;
const REAL_MIN_TRUE = 15;

const argv = process.argv.slice(2);
const args = new Set(argv);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const onlyRule = option('--rule');
const dir = option('--dir');
const linter = createLinter({ preset: 'strict' });
const ids = builtInRules.map((rule) => rule.meta.id);

interface Count { tp: number; fp: number; fn: number }
const newCounts = () => new Map(ids.map((id) => [id, { tp: 0, fp: 0, fn: 0 } as Count]));
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(2));
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Item { id: string; language?: string; message?: string; reply: string; history?: Array<{ role: 'client' | 'agent'; text: string }>; channel?: string; audience?: string; expect: Map<string, boolean>; note?: string }

function score(items: Item[], byLanguage: boolean) {
  const total = newCounts();
  const languages = new Map<string, Map<string, Count>>();
  const misses: string[] = [];
  for (const item of items) {
    const report = linter.lint({ message: item.message, reply: item.reply, history: item.history, channel: item.channel as never, audience: item.audience as never });
    const language = item.language ?? report.language;
    if (byLanguage && !languages.has(language)) languages.set(language, newCounts());
    const fired = new Set(report.findings.map((finding) => finding.ruleId));
    for (const [id, expected] of item.expect) {
      const got = fired.has(id);
      for (const counts of [total, byLanguage ? languages.get(language)! : undefined]) {
        const count = counts?.get(id);
        if (!count) continue;
        if (expected && got) count.tp++;
        else if (got) count.fp++;
        else if (expected) count.fn++;
      }
      if (expected !== got && (!onlyRule || onlyRule === id)) {
        const finding = report.findings.find((f) => f.ruleId === id);
        const where = finding?.range ? ` at «${item.reply.slice(finding.range.start, finding.range.end)}»` : '';
        let line = `${got ? 'FP' : 'FN'} ${id.padEnd(24)} ${item.id}${where}`;
        if (byLanguage) line += `\n   M: ${oneLine(item.message ?? '').slice(0, 400)}\n   R: ${oneLine(item.reply)}${item.note ? `\n   note: ${item.note}` : ''}`;
        misses.push(line);
      }
    }
  }
  return { total, languages, misses };
}

// Fixtures.
const cases = loadCases(dir ? join(process.cwd(), dir) : CASES_DIR);
const fixtures = score(
  cases.map((c) => ({ ...c, expect: new Map(ids.map((id) => [id, c.expect.includes(id)])) })),
  false,
);
let failed = false;
const fixtureRows = ['| rule | precision | recall | fired / expected |', '|---|---|---|---|'];
for (const id of ids) {
  const { tp, fp, fn } = fixtures.total.get(id)!;
  if (ratio(tp, tp + fp) < FIXTURE_THRESHOLD || ratio(tp, tp + fn) < FIXTURE_THRESHOLD) failed = true;
  fixtureRows.push(`| \`${id}\` | ${ratio(tp, tp + fp).toFixed(2)} | ${ratio(tp, tp + fn).toFixed(2)} | ${tp + fp} / ${tp + fn} |`);
}
const ru = cases.filter((c) => c.id.startsWith('ru')).length;
const fixtureHeading = `${cases.length} labeled cases (ru ${ru}, en ${cases.length - ru}), strict preset`;
console.log(`${fixtureHeading}\n\n${fixtureRows.join('\n')}`);
if (args.has('--verbose') || onlyRule) console.log(`\n${fixtures.misses.join('\n')}`);

// Real exchanges.
const real = dir ? undefined : loadRealSet();
let realBody = '';
if (!real) {
  if (!dir) console.log(`\nReal set: no labels under ${REAL_CORPUS_DIR} (set REPLYLINT_CORPUS), skipped.`);
} else {
  for (const problem of real.problems) console.error(`real set: ${problem}`);
  const result = score(real.items, true);
  // Languages with something to show (replies in neither language get no findings: 'und' stays out).
  const languages = [...result.languages.keys()].sort().filter((language) =>
    [...result.languages.get(language)!.values()].some((c) => c.tp + c.fp + c.fn > 0),
  );
  const header = ['rule', 'precision', 'recall', 'true labels', ...languages.map((l) => `${l} P / R (true)`)];
  const realRows = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const id of ids) {
    const { tp, fp, fn } = result.total.get(id)!;
    if (tp + fp + fn === 0 && !real.items.some((item) => item.expect.has(id))) continue;
    const gated = tp + fn >= REAL_MIN_TRUE;
    if (gated && (ratio(tp, tp + fp) < REAL_THRESHOLD || ratio(tp, tp + fn) < REAL_THRESHOLD)) {
      failed = true;
      console.error(`${id}: real-set precision ${fmt(tp, tp + fp)} / recall ${fmt(tp, tp + fn)} is below ${REAL_THRESHOLD}`);
    }
    const cells = languages.map((l) => {
      const c = result.languages.get(l)!.get(id)!;
      return `${fmt(c.tp, c.tp + c.fp)} / ${fmt(c.tp, c.tp + c.fn)} (${c.tp + c.fn})`;
    });
    realRows.push(`| \`${id}\`${gated ? '' : ' ¹'} | ${fmt(tp, tp + fp)} | ${fmt(tp, tp + fn)} | ${tp + fn} | ${cells.join(' | ')} |`);
  }
  const perFile = real.files.map((f) => `${f.name} ${f.count}`).join(', ');
  const realHeading = `${real.items.length} labeled real exchanges (${perFile}), strict preset, languages as detected`;
  const footnote = `¹ fewer than ${REAL_MIN_TRUE} true labels: shown, not gated.`;
  realBody = `${realHeading}:\n\n${realRows.join('\n')}\n\n${footnote}`;
  console.log(`\n${realHeading}\n\n${realRows.join('\n')}\n${footnote}`);
  if (args.has('--verbose') || onlyRule) console.log(`\n${result.misses.join('\n')}`);
}

// Commitments.
const COMMITMENT_THRESHOLD = 0.9;
const commitmentDir = option('--commitments');
const commitmentCases = loadCommitmentCases(commitmentDir ? join(process.cwd(), commitmentDir) : COMMITMENT_CASES_DIR);
const commitmentScores = scoreCommitments(linter, commitmentCases);
const commitmentRows = commitmentTable(commitmentScores);
const promiseCount = commitmentCases.reduce((n, c) => n + c.commitments.length, 0);
const commitmentHeading = `Commitments: ${commitmentCases.length} labeled replies (${promiseCount} promises; ${commitmentCases.filter((c) => c.now).length} with \`now\`)`;
console.log(`\n${commitmentHeading}\n\n${commitmentRows.join('\n')}`);
{
  const all = commitmentScores.get('all')!;
  const low = [
    ['promise precision', ratio(all.promises.tp, all.promises.tp + all.promises.fp)],
    ['promise recall', ratio(all.promises.tp, all.promises.tp + all.promises.fn)],
    ['time precision', ratio(all.dues.tp, all.dues.tp + all.dues.fp)],
    ['time recall', ratio(all.dues.tp, all.dues.tp + all.dues.fn)],
    ['deadlines', ratio(all.deadlines.right, all.deadlines.of)],
  ].filter(([, value]) => (value as number) < COMMITMENT_THRESHOLD);
  for (const [name, value] of low) console.error(`commitments: ${name} ${(value as number).toFixed(2)} is below ${COMMITMENT_THRESHOLD}`);
  if (low.length > 0) failed = true;
  if (args.has('--verbose') || onlyRule === 'commitments') console.log(`\n${all.misses.join('\n')}`);
}
// Promises in real replies (fixtures/commitments-real/, joined to the corpus): shown, not gated (few promises yet).
const realCommitments = dir || commitmentDir ? undefined : loadRealCommitments(REAL_CORPUS_DIR);
let realCommitmentBody = '';
if (realCommitments) {
  for (const problem of realCommitments.problems) console.error(`real commitments: ${problem}`);
  const scores = scoreCommitments(linter, realCommitments.cases);
  const promises = realCommitments.cases.reduce((n, c) => n + c.commitments.length, 0);
  realCommitmentBody = `Promises in ${realCommitments.cases.length} real replies of the corpus (${promises} labeled promises; no \`now\`), not gated:\n\n${commitmentTable(scores).join('\n')}`;
  console.log(`\n${realCommitmentBody}`);
  if (args.has('--verbose') || onlyRule === 'commitments') console.log(`\n${scores.get('all')!.misses.join('\n')}`);
}

if (args.has('--readme')) {
  writeReadmeSection('eval', `${fixtureHeading}:\n\n${fixtureRows.join('\n')}`);
  writeReadmeSection('eval-commitments', `${commitmentHeading}:\n\n${commitmentRows.join('\n')}${realCommitmentBody ? `\n\n${realCommitmentBody}` : ''}`);
  if (realBody) writeReadmeSection('eval-real', realBody);
}
if (args.has('--check') && failed) {
  console.error(
    `\nA rule is below ${FIXTURE_THRESHOLD} on the fixtures or ${REAL_THRESHOLD} on the real set (npm run eval -- --verbose shows the cases).`,
  );
  process.exit(1);
}

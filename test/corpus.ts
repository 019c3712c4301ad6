/**
 * Runs the linter over the real exchanges in ../shared/corpus (read at run time, never copied):
 *   npm run corpus                       per-rule firing rates
 *   npm run corpus -- --rule thanks      and every finding of one rule, to read for false alarms
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from '../src/index.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const files = ['twcs-pairs.jsonl', 'gp-ru-pairs.jsonl'];
const args = process.argv.slice(2);
const ruleToShow = args[args.indexOf('--rule') + 1];
const limit = Number(args[args.indexOf('--limit') + 1]) || 60;
const linter = createLinter({ preset: 'strict' });

for (const file of files) {
  const path = join(CORPUS, file);
  if (!existsSync(path)) {
    console.log(`${file}: not found next to the repository (../shared/corpus), skipped`);
    continue;
  }
  const pairs = readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  const counts = new Map<string, number>();
  const languages = new Map<string, number>();
  let shown = 0;
  for (const pair of pairs) {
    const report = linter.lint({ message: pair.message, reply: pair.reply, channel: pair.channel, audience: pair.audience });
    languages.set(report.language, (languages.get(report.language) ?? 0) + 1);
    for (const id of new Set(report.findings.map((finding) => finding.ruleId))) counts.set(id, (counts.get(id) ?? 0) + 1);
    if (ruleToShow && shown < limit) {
      for (const finding of report.findings.filter((f) => f.ruleId === ruleToShow)) {
        shown++;
        const excerpt = finding.range && finding.range.end > finding.range.start ? ` «${pair.reply.slice(finding.range.start, finding.range.end)}»` : '';
        console.log(`--- ${pair.id}${excerpt}\nM: ${pair.message.replace(/\s+/g, ' ').slice(0, 300)}\nR: ${pair.reply.replace(/\s+/g, ' ')}`);
      }
    }
  }
  console.log(`\n${file}: ${pairs.length} pairs; languages ${[...languages].map(([l, n]) => `${l} ${n}`).join(', ')}`);
  for (const [id, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(26)} ${String(n).padStart(5)}  ${((100 * n) / pairs.length).toFixed(1)}%`);
}

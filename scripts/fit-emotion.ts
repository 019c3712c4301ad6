/**
 * Fits the empathy rule's emotion weights: lints the labeled real exchanges (../shared/corpus/labels)
 * and the fixtures with a probe rule that records every signal of the client's message and whether
 * the reply answers each kind of feeling, then prints precision/recall for thresholds around the one
 * in rules/empathy/weights.ts.
 *   npx tsx scripts/fit-emotion.ts [--show fp|fn] [--set real|fixtures] [--presence]
 */
import { createLinter, defineRule } from '../src/index.js';
import empathy, { judgeEmpathy, type EmpathyJudgement } from '../rules/empathy/index.js';
import { builtInRules } from '../rules/index.js';
import type { EmotionSignals } from '../rules/empathy/emotion.js';
import { EPSILON, NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD } from '../rules/empathy/weights.js';
import { loadRealSet } from '../test/real-set.js';
import { loadCases } from '../test/cases.js';

interface Row { id: string; set: string; label: boolean; judged: EmpathyJudgement; message: string; reply: string; note?: string }
let last: EmpathyJudgement | undefined;
const probe = defineRule({
  ...empathy,
  meta: { ...empathy.meta, id: 'probe' },
  check(context) {
    last = judgeEmpathy(context);
  },
});
const linter = createLinter({ preset: 'recommended', rules: Object.fromEntries(builtInRules.map((rule) => [rule.meta.id, 'off' as const])), plugins: [{ rules: [probe] }] });
const judge = (input: Parameters<typeof linter.lint>[0]): EmpathyJudgement | undefined => {
  last = undefined;
  linter.lint(input);
  return last;
};
const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const rows: Row[] = [];
for (const item of loadRealSet()?.items ?? []) {
  const label = item.expect.get('empathy');
  if (label === undefined || !item.message) continue;
  const judged = judge({ message: item.message, reply: item.reply, channel: item.channel as never, audience: item.audience as never });
  if (judged) rows.push({ id: item.id, set: 'real', label, judged, message: item.message, reply: item.reply, note: item.note });
}
for (const item of loadCases()) {
  if (!item.message) continue;
  const judged = judge({ message: item.message, reply: item.reply, channel: item.channel, audience: item.audience });
  if (judged) rows.push({ id: item.id, set: 'fixtures', label: item.expect.includes('empathy'), judged, message: item.message, reply: item.reply, note: item.note });
}

/** Would the rule fire on this row with this threshold? */
function fires({ judged }: Row, threshold: number): boolean {
  const { emotion, answersNegative, answersPositive } = judged;
  const negative = emotion.negative >= threshold - EPSILON && (emotion.signals.complaint > 0 || emotion.negative >= emotion.positive);
  const positive = !negative && emotion.signals.complaint === 0 && emotion.positive >= POSITIVE_THRESHOLD - EPSILON;
  return negative ? !answersNegative : positive ? !answersPositive : false;
}

function evaluate(set: string, threshold: number) {
  let tp = 0, fp = 0, fn = 0;
  for (const row of rows.filter((r) => r.set === set)) {
    const fired = fires(row, threshold);
    if (fired && row.label) tp++;
    else if (fired) fp++;
    else if (row.label) fn++;
  }
  return `P ${(tp / (tp + fp || 1)).toFixed(2)} R ${(tp / (tp + fn || 1)).toFixed(2)} (tp ${tp} fp ${fp} fn ${fn})`;
}
for (const threshold of [0.7, 0.85, NEGATIVE_THRESHOLD, 1.15, 1.3]) console.log(`threshold ${threshold}: real ${evaluate('real', threshold)} | fixtures ${evaluate('fixtures', threshold)}`);

if (show) {
  for (const row of rows.filter((r) => !only || r.set === only)) {
    const fired = fires(row, NEGATIVE_THRESHOLD);
    if ((show === 'fp' && fired && !row.label) || (show === 'fn' && !fired && row.label)) {
      const { emotion } = row.judged;
      const signals = Object.entries(emotion.signals).filter(([, v]) => v).map(([k, v]) => `${k}=${+v.toFixed(2)}`).join(' ');
      console.log(`\n${show.toUpperCase()} ${row.id} neg=${emotion.negative.toFixed(2)} pos=${emotion.positive.toFixed(2)} answers=${+row.judged.answersNegative}/${+row.judged.answersPositive} ${signals}\n  M: ${row.message.replace(/\s+/g, ' ').slice(0, 300)}\n  R: ${row.reply.replace(/\s+/g, ' ').slice(0, 200)}${row.note ? `\n  note: ${row.note}` : ''}`);
    }
  }
}

// Which signals separate the labels among messages whose reply answers nothing.
if (args.includes('--presence')) {
  const data = rows.filter((r) => !r.judged.answersNegative && (!only || r.set === only));
  for (const name of Object.keys(data[0]!.judged.emotion.signals) as (keyof EmotionSignals)[]) {
    const t = data.filter((r) => r.label && r.judged.emotion.signals[name] > 0).length;
    const f = data.filter((r) => !r.label && r.judged.emotion.signals[name] > 0).length;
    console.log(`${name.padEnd(16)} present: labeled true ${t}, false ${f}`);
  }
}

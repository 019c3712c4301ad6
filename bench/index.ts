/**
 * npm run bench — speed of the built package (dist/), on the real pairs in ../shared/corpus (read at
 * bench time, never copied into the package). Numbers go in the README; no test times anything.
 *
 *   npm run bench                 the tables
 *   npm run bench -- --readme     and write them into the README
 *   npm run bench -- --check      exit 1 when the mean per pair or the cold import is more than 20%
 *                                 worse than the README's
 *   npm run build && npx tsx bench/index.ts --adversarial
 *                                 the adversarial part alone, every unit's ratio; exit 1 at 15× or more
 *   npm run build && npx tsx bench/index.ts --peers
 *                                 the peer comparison alone
 *
 * The peer comparison (#14, item 6) times every contender in one process, interleaved: each round
 * runs every contender once over its items, in an order rotated by one each round, and records the
 * time of every item; all contenders get the same warm-up and the same rounds. Reported: mean and
 * median µs per item over all rounds, the spread of the round means, and mean ÷ mean ratios. The
 * machine is shared and noisy: only the ratios mean much.
 *
 * Also measured: cold import; throughput on 1 KB … 1 MB replies (best of 5); the browser bundle; and
 * adversarial input — 10^4 and 10^5 repetitions of the characters the patterns care about, the
 * tokenizer and stemmer probes of #13 and a config phrase with many gaps and optional words — where
 * 10× the input must cost under 15× the time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { text as alexText } from 'alex';
import { build } from 'esbuild';
import writeGood from 'write-good';
import { writeReadmeSection } from '../scripts/readme-section.js';

// The built package, as users get it (imported by path so the typecheck does not need dist/).
const root = join(import.meta.dirname, '..');
const distEntry = join(root, 'dist', 'index.js');
const { createLinter } = (await import(distEntry)) as typeof import('../src/index.js');
const corpusDir = join(root, '..', 'shared', 'corpus');

interface Pair {
  message: string;
  reply: string;
  channel?: 'social' | 'review';
}

function readPairs(): Pair[] {
  const pairs: Pair[] = [];
  for (const file of ['twcs-pairs.jsonl', 'gp-ru-pairs.jsonl']) {
    const path = join(corpusDir, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').trim().split('\n')) {
      const { message, reply, channel } = JSON.parse(line) as Pair;
      pairs.push({ message, reply, channel });
    }
  }
  if (pairs.length === 0) throw new Error(`no corpus found in ${corpusDir}`);
  return pairs;
}

function quantile(sorted: ArrayLike<number>, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const WARMUP_ROUNDS = 3;
const ROUNDS = 15;

/** A contender: `run(i)` handles item i of `count`; every contender's result goes into `sink`. */
interface Contender {
  name: string;
  count: number;
  run: (index: number) => unknown;
}

interface Timing {
  /** µs per item over every item of every round. */
  mean: number;
  median: number;
  p99: number;
  /** The lowest and highest per-item mean of a single round. */
  roundMin: number;
  roundMax: number;
}

let sink = 0;
function consume(value: unknown): void {
  if (value !== undefined && value !== null) sink++;
}

/**
 * Interleaved rounds: in round r the contenders run in the order rotated by r (A B C, B C A, C A B …),
 * each once over all of its items, each item timed alone. The warm-up rounds run the same way and are
 * not recorded. Every contender gets the same number of rounds.
 */
function interleaved(contenders: Contender[], rounds = ROUNDS, warmup = WARMUP_ROUNDS): Map<string, Timing> {
  const times = contenders.map((contender) => new Float64Array(contender.count * rounds));
  const roundMeans = contenders.map(() => [] as number[]);
  for (let round = -warmup; round < rounds; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const which = (((round + k) % contenders.length) + contenders.length) % contenders.length;
      const { count, run } = contenders[which]!;
      const out = times[which]!;
      let total = 0;
      for (let i = 0; i < count; i++) {
        const start = process.hrtime.bigint();
        consume(run(i));
        const us = Number(process.hrtime.bigint() - start) / 1000;
        total += us;
        if (round >= 0) out[round * count + i] = us;
      }
      if (round >= 0) roundMeans[which]!.push(total / count);
    }
  }
  const result = new Map<string, Timing>();
  contenders.forEach((contender, index) => {
    const all = times[index]!.slice().sort();
    let sum = 0;
    for (const us of all) sum += us;
    const means = roundMeans[index]!;
    result.set(contender.name, { mean: sum / all.length, median: quantile(all, 0.5), p99: quantile(all, 0.99), roundMin: Math.min(...means), roundMax: Math.max(...means) });
  });
  return result;
}

/** What timing an item alone costs: an empty contender, µs per item (included in every row). */
function timerOverhead(): number {
  return interleaved([{ name: 'timer', count: 10_000, run: () => 0 }], 5, 1).get('timer')!.mean;
}

function importMs(): number {
  const script = `const t=performance.now();await import(${JSON.stringify(distEntry)});console.log(performance.now()-t)`;
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) runs.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script]).toString()));
  return runs.sort((a, b) => a - b)[2]!;
}

async function bundleKb(): Promise<number> {
  const result = await build({ entryPoints: [distEntry], bundle: true, minify: true, platform: 'browser', format: 'esm', write: false });
  return gzipSync(result.outputFiles[0]!.contents).length / 1024;
}

/**
 * Milliseconds for one lint, the best of `rounds` after a warm-up. A run over a second is timed
 * once, its warm-up included (JIT warm-up is noise then, and more rounds would cost minutes).
 */
function bestMs(run: () => unknown, rounds = 5): number {
  const time = () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  const first = time();
  if (first > 1000) return first;
  let best = Infinity;
  for (let i = 0; i < rounds; i++) best = Math.min(best, time());
  return best;
}

function textOfSize(pairs: Pair[], size: number, pick: (pair: Pair) => string): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += `${pick(pairs[(i * 7) % pairs.length]!)}\n`;
  return out.slice(0, size);
}

/**
 * 10× the input must cost less than this many times the time. Measured with Node's default heap
 * flags: at 10^5 characters the tokenizer probes (?a .a !a @a) keep enough objects alive for V8 to
 * promote them out of the young generation, and measure 15–20× (2026-12-06); with
 * --max-semi-space-size=64 the same runs measure 10–13× — allocation, not a quadratic step.
 */
const ADVERSARIAL_MAX_RATIO = 15;

/** A phrase with five 99-word gaps and one with 24 optional words: matched with memoised failures (#13). */
const phraseLinter = createLinter({
  preset: 'strict',
  phrases: { 'avoid-words': { en: { add: ['thank ~99 ~99 ~99 ~99 ~99 zzz', `thank ${'[you] '.repeat(24)}zzz`] } } },
});

/**
 * The characters the masking, tokenizer and patterns care about, each repeated to 10^4 and 10^5
 * characters (message and reply); then #13's probes: sentence ends glued to a letter and glued
 * handles (tokenizer); a vowel-less word as one word (over 40 letters it is not stemmed) and many
 * 39-letter vowel-less words (natural's stemmer on each); the phrases above on 'thank you ' × n.
 */
function adversarialRatios(): Array<{ unit: string; ratio: number; smallMs: number; largeMs: number }> {
  const vowelless39 = 'bcdfghjklmnpqrstvwxz'.repeat(2).slice(0, 39);
  const cyrillic39 = 'бвгджзклмнпрстфхцчшщ'.repeat(2).slice(0, 39);
  const units: Array<{ unit: string; linter?: ReturnType<typeof createLinter>; messageToo?: boolean }> = [
    ...['<', '&', '{{', '{%', '%', '[[', '[', '*', '_', '`', '#', '>', '!', '?', '«', '"', "'", '-', '.', '7', '@', 'a@b.', 'www.', '+7 ', 'не ', 'not ', 'the ', 'спасибо ', 'problem ', '\n'].map((unit) => ({ unit, messageToo: true })),
    // Tokenizer: sentence ends glued to a letter, glued handles.
    ...['…a', '.a', '!a', '?a', '.)a', '!»a', '@a'].map((unit) => ({ unit, messageToo: true })),
    // Stemmer: one long vowel-less word, and many words just under the 40-letter cut.
    { unit: 'b', messageToo: true },
    { unit: 'bcdfg', messageToo: true },
    { unit: `${vowelless39} `, messageToo: true },
    { unit: `${cyrillic39} `, messageToo: true },
    // Config phrases with many gaps and optional words.
    { unit: 'thank you ', linter: phraseLinter },
  ];
  const texts = (unit: string, size: number, messageToo?: boolean) => {
    const text = unit.repeat(Math.ceil(size / unit.length));
    return { reply: text, message: messageToo ? text : undefined };
  };
  // Every code path warm before the first timing (run alone, nothing else has warmed the linter).
  for (const { unit, linter: which = linter, messageToo } of units) if (which === linter) which.lint(texts(unit, 10_000, messageToo));
  return units
    .map(({ unit, linter: which = linter, messageToo }) => {
      const small = texts(unit, 10_000, messageToo);
      const large = texts(unit, 100_000, messageToo);
      const smallMs = bestMs(() => which.lint(small), 9);
      const largeMs = bestMs(() => which.lint(large), 7);
      return { unit: which === linter ? unit : `${unit} (phrases with gaps)`, ratio: largeMs / Math.max(smallMs, 0.05), smallMs, largeMs };
    })
    .sort((a, b) => b.ratio - a.ratio);
}

const linter = createLinter();

if (process.argv.includes('--adversarial')) {
  const ratios = adversarialRatios();
  console.log('| unit | 10^4 chars | 10^5 chars | ratio |\n|---|---|---|---|');
  for (const { unit, smallMs, largeMs, ratio } of ratios) console.log(`| ${JSON.stringify(unit)} | ${smallMs.toFixed(2)} ms | ${largeMs.toFixed(2)} ms | ${ratio.toFixed(1)}× |`);
  const worst = ratios[0]!;
  console.log(`worst: ${worst.ratio.toFixed(1)}× (${JSON.stringify(worst.unit)}), target < ${ADVERSARIAL_MAX_RATIO}×`);
  process.exit(worst.ratio < ADVERSARIAL_MAX_RATIO ? 0 : 1);
}

const pairs = readPairs();

/**
 * The naive rival: one case-insensitive regular expression of 54 trigger phrases (apologies, thanks,
 * blame, stock phrases; English and Russian), no word boundaries, run over the message and the reply.
 */
const TRIGGERS = new RegExp(
  [
    'sorry', 'apologi[sz]e', 'apologies', 'thank you', 'thanks', 'appreciate', 'unfortunately', 'inconvenience',
    'frustrat', 'i understand', 'please', 'asap', 'urgent', 'refund', 'cancel', 'angry', 'terrible', 'worst',
    'disappoint', 'unacceptable', 'ridiculous', 'as i said', 'calm down', 'policy', 'unable to', "can't",
    'cannot', 'no problem', 'let me', 'dm us', 'have a (?:nice|great) day', 'regards', 'kind regards',
    'спасибо', 'благодарим', 'извините', 'простите', 'приносим извинения', 'к сожалению', 'понимаю',
    'неудобств', 'ужасн', 'отвратительн', 'возврат', 'отмен', 'пожалуйста', 'здравствуйте', 'добрый день',
    'всего доброго', 'хорошего дня', 'ожидайте', 'не можем', 'обратитесь', 'по правилам',
  ].join('|'),
  'gi',
);

/**
 * The floor: what reading both texts word by word costs at the least — lower-case each text, split it
 * with one regular expression, and one Map lookup per token against a small word map.
 */
const WORDS = /[\p{L}\p{N}]+/gu;
const FLOOR_MAP = new Map<string, number>(
  ['sorry', 'thanks', 'thank', 'please', 'refund', 'worst', 'terrible', 'angry', 'unfortunately', 'help', 'hi', 'hello',
    'спасибо', 'извините', 'пожалуйста', 'ужасно', 'возврат', 'здравствуйте', 'жаль', 'помочь'].map((word, index) => [word, index % 5 - 2]),
);
function floorScore(text: string | undefined): number {
  if (!text) return 0;
  let score = 0;
  for (const token of text.toLowerCase().match(WORDS) ?? []) score += FLOOR_MAP.get(token) ?? 0;
  return score;
}

/** A fixed subset for alex (too slow for every pair) and the keystroke rows: every 4th pair. */
const subset = pairs.filter((_, index) => index % 4 === 0);
const PREFIXES = 8;
/** 8 growing prefixes of each reply of the subset: what an editor lints while the agent types. */
const keystrokes = subset.flatMap((pair) =>
  Array.from({ length: PREFIXES }, (_, k) => ({
    pair,
    reply: pair.reply.slice(0, Math.max(1, Math.ceil(((k + 1) * pair.reply.length) / PREFIXES))),
    // The fresh-parse row alternates the message and the message with a trailing space (both built
    // here, not while timing): a different string each call, so the linter's last-message cache never
    // hits, while its word cache stays as warm as the other linter's.
    freshMessage: k % 2 === 0 ? pair.message : `${pair.message} `,
  })),
);

const keystrokeLinter = createLinter();
const freshLinter = createLinter();
const subsetLinter = createLinter();

const contenders: Contender[] = [
  { name: 'replylint', count: pairs.length, run: (i) => linter.lint(pairs[i]!) },
  { name: 'replylint-reply', count: pairs.length, run: (i) => linter.lint({ reply: pairs[i]!.reply, channel: pairs[i]!.channel }) },
  { name: 'write-good', count: pairs.length, run: (i) => writeGood(pairs[i]!.reply) },
  { name: 'regex', count: pairs.length, run: (i) => (pairs[i]!.message.match(TRIGGERS)?.length ?? 0) + (pairs[i]!.reply.match(TRIGGERS)?.length ?? 0) },
  { name: 'floor', count: pairs.length, run: (i) => floorScore(pairs[i]!.message) + floorScore(pairs[i]!.reply) },
  { name: 'replylint-subset', count: subset.length, run: (i) => subsetLinter.lint(subset[i]!) },
  { name: 'alex', count: subset.length, run: (i) => alexText(subset[i]!.reply) },
  { name: 'keystroke', count: keystrokes.length, run: (i) => { const { pair, reply } = keystrokes[i]!; return keystrokeLinter.lint({ message: pair.message, reply, channel: pair.channel }); } },
  { name: 'keystroke-fresh', count: keystrokes.length, run: (i) => { const { pair, reply, freshMessage } = keystrokes[i]!; return freshLinter.lint({ message: freshMessage, reply, channel: pair.channel }); } },
];

function peerComparison(): { table: string; ours: Timing; footnote: string } {
  const overhead = timerOverhead();
  const timings = interleaved(contenders);
  const t = (name: string) => timings.get(name)!;
  const english = pairs.filter((pair) => pair.channel === 'social').length;
  const n = pairs.length;
  // [row, items, contender, compared with]
  const rows: Array<[string, string, string, string]> = [
    ['replylint: `linter.lint({ message, reply, channel })`, one linter', `${n} pairs`, 'replylint', 'replylint'],
    ['replylint, the reply alone', `${n} replies`, 'replylint-reply', 'replylint'],
    ['write-good, the reply', `${n} replies`, 'write-good', 'replylint'],
    ['naive trigger words: one regex of 54 phrases over message and reply', `${n} pairs`, 'regex', 'replylint'],
    ['floor: lower-case, split both texts with one regex, one `Map` lookup per token', `${n} pairs`, 'floor', 'replylint'],
    ["replylint on alex's subset (every 4th pair)", `${subset.length} pairs`, 'replylint-subset', 'replylint-subset'],
    ['alex, the reply', `${subset.length} replies`, 'alex', 'replylint-subset'],
    ['keystroke: same message each time, one linter (the last message stays parsed)', `${keystrokes.length} prefixes`, 'keystroke', 'keystroke-fresh'],
    ['keystroke, the message parsed afresh each time', `${keystrokes.length} prefixes`, 'keystroke-fresh', 'keystroke-fresh'],
  ];
  const label: Record<string, string> = { replylint: 'replylint', 'replylint-subset': 'replylint on the subset', 'keystroke-fresh': 'fresh parse' };
  const lines = [
    '| contender | items | mean µs/item | median µs/item | round means (min–max) | ratio (mean ÷ mean) |',
    '|---|---|---|---|---|---|',
    ...rows.map(([row, items, key, vs]) => {
      const { mean, median, roundMin, roundMax } = t(key);
      const ratio = mean / t(vs).mean;
      const ratioText = key === vs ? `1 (${label[vs]})` : `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(ratio >= 0.1 ? 2 : 3)}× ${label[vs]}`;
      return `| ${row} | ${items} | ${mean.toFixed(1)} | ${median.toFixed(1)} | ${roundMin.toFixed(1)}–${roundMax.toFixed(1)} | ${ratioText} |`;
    }),
  ];
  const footnote =
    `${WARMUP_ROUNDS} warm-up rounds, then ${ROUNDS} rounds; every item timed alone (the timer itself costs ${overhead.toFixed(2)} µs an item, included in every row). ` +
    `${english} of the ${n} pairs are English (Twitter support), ${n - english} Russian (app reviews); write-good and alex read English only and are timed on every reply as they come. ` +
    `The keystroke rows lint 8 growing prefixes of each reply of the subset with the same message: on one linter (the message is parsed once per pair, then reused), and on a second linter ` +
    `whose message alternates between the message and the message with a trailing space, so that every call parses it again (its word cache as warm as the first's).`;
  const times = (a: string, b: string) => {
    const ratio = t(a).mean / t(b).mean;
    return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;
  };
  const summary =
    `In this run replylint took ${times('replylint', 'floor')} the floor's time per pair and ${times('replylint', 'regex')} the trigger-words regex's; ` +
    `write-good, reading the reply alone, took ${times('write-good', 'replylint')} the time replylint takes for message and reply (${times('write-good', 'replylint-reply')} replylint's on the reply alone), alex ${times('alex', 'replylint-subset')} (on the subset); ` +
    `keeping the message parsed made a keystroke ${times('keystroke-fresh', 'keystroke')} faster than parsing it afresh.`;
  return { table: lines.join('\n'), ours: t('replylint'), footnote: `${footnote}\n\n${summary}` };
}

const peers = peerComparison();
console.log(peers.table);
console.log(`\n${peers.footnote}\n`);
if (process.argv.includes('--peers')) process.exit(0);

const imported = importMs();
const bundle = await bundleKb();

const throughput = [1_000, 10_000, 100_000, 1_000_000].map((size) => {
  const reply = textOfSize(pairs, size, (pair) => pair.reply);
  const message = textOfSize(pairs, Math.min(size, 5_000), (pair) => pair.message);
  const ms = bestMs(() => linter.lint({ message, reply }));
  return { size, ms, mbPerS: size / 1e6 / (ms / 1000) };
});

const worstRatio = adversarialRatios()[0]!;

const ours = peers.ours;
const rows: Array<[string, string, string]> = [
  [`lint per real pair (${pairs.length} pairs, message + reply, recommended rules), mean / median`, `${ours.mean.toFixed(1)} / ${ours.median.toFixed(1)} µs`, '≤ 50 µs'],
  ['lint, p99 per real pair', `${ours.p99.toFixed(1)} µs`, '—'],
  ['cold import of the package', `${imported.toFixed(1)} ms`, '≤ 50 ms'],
  ['browser bundle (esbuild, minified, gzip)', `${bundle.toFixed(1)} KB`, '≤ 96 KB (issue target 60 KB)'],
  ...throughput.map(({ size, ms, mbPerS }): [string, string, string] => [`${size >= 1e6 ? '1 MB' : `${size / 1000} KB`} reply (best of 5)`, `${ms.toFixed(2)} ms, ${mbPerS.toFixed(1)} MB/s`, size >= 1e6 ? '≥ 5 MB/s' : '—']),
  ['adversarial input, 10× longer: worst time ratio', `${worstRatio.ratio.toFixed(1)}× (${JSON.stringify(worstRatio.unit)})`, `< ${ADVERSARIAL_MAX_RATIO}×`],
];
const table = ['| measure | result | target |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
console.log(table);
if (sink === 0) console.log('(nothing ran)');

if (process.argv.includes('--readme')) {
  const machine = `Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'})`;
  writeReadmeSection(
    'bench',
    [
      table,
      `Measured on ${new Date().toISOString().slice(0, 10)}, ${machine}; the mean, median and p99 per pair are replylint's row of the comparison below.`,
      `**Next to its peers**, in one process, interleaved: each round runs every contender once over its items, in an order rotated by one each round, and every contender gets the same warm-up and the same rounds. The mean is over every item of every round, the median likewise; the ratio is mean ÷ mean. The machine is shared (2 cores, other jobs running), so absolute times move by 10–20% from run to run — only the ratios count.`,
      peers.table,
      peers.footnote,
    ].join('\n\n'),
  );
}

if (process.argv.includes('--check')) {
  // Compare the timings with the README's: more than 20% slower fails.
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const recorded = (label: string) => {
    const line = readme.split('\n').find((row) => row.startsWith(`| ${label}`));
    const value = line ? Number(/\| ([\d.]+) /.exec(line.slice(label.length + 2))?.[1]) : NaN;
    return value;
  };
  const checks: Array<[string, number]> = [
    [rows[0]![0], ours.mean],
    ['cold import of the package', imported],
  ];
  let failed = false;
  for (const [label, now] of checks) {
    const before = recorded(label);
    if (Number.isFinite(before) && now > before * 1.2) {
      console.error(`regression: ${label}: ${now.toFixed(1)} vs ${before} in the README (> 20%)`);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}

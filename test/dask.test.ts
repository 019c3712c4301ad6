/**
 * examples/dask/qa_dask.py run for real (issue #14, item 5): a LocalCluster of 2 worker processes
 * runs `replylint qa` on 3 shards of an export and `qa-merge` joins the summaries. Needs Debian's
 * Dask (apt-get install python3-distributed, as .ci/run does); skipped with a note without it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist/cli.js');
const SCRIPT = join(ROOT, 'examples/dask/qa_dask.py');
const PYTHON = '/usr/bin/python3'; // Debian's, where python3-distributed installs (not a pyenv python3 on PATH)

const hasDask = spawnSync(PYTHON, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0;
if (!hasDask) console.warn(`test/dask.test.ts skipped: ${PYTHON} cannot import distributed (apt-get install python3-distributed)`);

/** An export of real-ish lines: every third case of fixtures/cases with agents, the qa fixtures, a number id and a bad line. */
function exportLines(): string[] {
  const agents = ['alex', 'ольга', 'sam', 7];
  const cases = readdirSync(join(ROOT, 'fixtures/cases'))
    // As pairs: the history cases (a conversation's turns, #16) are left out, so the export stays as it was.
    .filter((name) => name.endsWith('.json') && !name.endsWith('-history.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(join(ROOT, 'fixtures/cases', name), 'utf8')) as Array<Record<string, unknown>>)
    .filter((_, index) => index % 3 === 0)
    .map(({ id, channel, audience, message, reply }, index) => JSON.stringify({ id, agent: agents[index % agents.length], channel, audience, message, reply }));
  const qa = ['pairs.jsonl', 'conversations.jsonl'].flatMap((name) => readFileSync(join(ROOT, 'fixtures/qa', name), 'utf8').trim().split('\n'));
  const lines = [...cases.slice(0, 150), ...qa, ...cases.slice(150)];
  lines.splice(100, 0, '{"id": 1.50, "agent": "sam", "reply": "Wait."}'); // written back digit for digit
  lines.splice(250, 0, '{"id": "bad", "reply": '); // a bad line: reported, no result, exit 3
  return lines;
}

/** The ids of a file's lines that parse, in order. */
const ids = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        return [(JSON.parse(line) as { id: unknown }).id];
      } catch {
        return [];
      }
    });

describe.skipIf(!hasDask)('examples/dask: replylint qa on the shards of an export in a Dask LocalCluster', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'replylint-dask-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('keeps every result line, in order per shard, and merges to the single run’s summary byte for byte', () => {
    const input = exportLines().join('\n') + '\n';
    writeFileSync(join(tmp, 'export.jsonl'), input);
    const node = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: tmp, encoding: 'utf8' });
    const single = node(['qa', 'export.jsonl', '--workers', '1', '--no-progress', '--out', 'single.out.jsonl', '--summary', 'single.summary.json', '--report', 'single.report.html']);
    expect(single.status, single.stderr).toBe(3);

    const replylint = `'${process.execPath}' '${CLI}'`;
    const dask = spawnSync(PYTHON, [SCRIPT, 'export.jsonl', '--shards', '3', '--dask-workers', '2', '--replylint', replylint, '--out-dir', 'run', '--report'], { cwd: tmp, encoding: 'utf8' });
    expect(dask.status, dask.stderr).toBe(3);
    expect(dask.stdout).toMatch(/^qa_dask: 361 lines \(360 linted, 1 bad\) in 3 shards on 2 Dask worker processes: /);
    expect(dask.stderr).toMatch(/run\/shard-00002\.jsonl:11: invalid JSON/);
    const run = (name: string) => readFileSync(join(tmp, 'run', name), 'utf8');

    // The shards are the export cut into consecutive lines, byte for byte.
    const shards = ['shard-00000', 'shard-00001', 'shard-00002'];
    expect(shards.map((shard) => run(`${shard}.jsonl`)).join('')).toBe(input);
    for (const shard of shards) {
      // Every line of the shard has its result line, in the shard's order.
      const expected = ids(run(`${shard}.jsonl`));
      expect(expected.length).toBeGreaterThan(90);
      expect(ids(run(`${shard}.out.jsonl`))).toEqual(expected);
    }
    // In shard order the results are the single run's, line for line; the summaries merge to its summary and report.
    expect(shards.map((shard) => run(`${shard}.out.jsonl`)).join('')).toBe(readFileSync(join(tmp, 'single.out.jsonl'), 'utf8'));
    expect(run('merged.summary.json')).toBe(readFileSync(join(tmp, 'single.summary.json'), 'utf8'));
    expect(run('merged.report.html')).toBe(readFileSync(join(tmp, 'single.report.html'), 'utf8'));
    expect(run('shard-00000.out.jsonl') + run('shard-00001.out.jsonl')).toContain('{"id":1.50,');
  }, 120_000);
});

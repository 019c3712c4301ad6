/**
 * `replylint qa` and `qa-merge` (the built CLI as a child process, after `npm run build`), the CSV
 * reader and the summary's exact merge, and the HTML report rendered in Debian's Chromium.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinter, lint } from '../src/index.js';
import { lintBatch } from '../src/node/qa/batch.js';
import { CsvHeaderError, CsvReader, type CsvRow } from '../src/node/qa/csv.js';
import { parseJsonLine, toRecord } from '../src/node/qa/records.js';
import { Progress } from '../src/node/qa/progress.js';
import { Utf8Reader } from '../src/node/qa/utf8.js';
import { emptyCounts, mergeCounts, parseSummary, summaryJson, toSummary, type QaSummary } from '../src/node/qa/summary.js';
import { workerCount } from '../src/node/qa/command.js';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist/cli.js');
const QA = join(ROOT, 'fixtures/qa');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'replylint-qa-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: tmp, input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { id: string; score: number | null; findings?: unknown[]; replies?: Array<{ index: number; score: number; findings: Array<{ ruleId: string }> }> });

const pairsFile = join(QA, 'pairs.jsonl');
const pairLines = readFileSync(pairsFile, 'utf8').trim().split('\n');

describe('CsvReader', () => {
  const text = '\uFEFFid;Reply;message\r\n1;"Hello; ""friend""";"line one\r\nline two"\r\n\r\n2;plain;\n3;short\n';
  const read = (chunks: string[]) => {
    const reader = new CsvReader(['id', 'reply']);
    return [...chunks.flatMap((chunk) => reader.push(chunk)), ...reader.end()];
  };
  const expected: CsvRow[] = [
    { line: 2, record: { id: '1', reply: 'Hello; "friend"', message: 'line one\r\nline two' } },
    { line: 5, record: { id: '2', reply: 'plain' } },
    { line: 6, bad: 'expected 3 cells as in the header, got 2' },
  ];

  it('reads quotes, "" escapes, line breaks in quotes, CRLF, BOM, the ; delimiter and names bad rows by line', () => {
    expect(read([text])).toEqual(expected);
  });

  it('gives the same rows however the input is cut into chunks', () => {
    for (let cut = 1; cut < text.length; cut++) expect(read([text.slice(0, cut), text.slice(cut)])).toEqual(expected);
    expect(read([...text])).toEqual(expected);
  });

  it('decodes bytes strictly however they are cut into chunks: each bad line named, a real U+FFFD kept (#13)', () => {
    const bytes = Buffer.concat([
      Buffer.from('\uFEFFid,reply\n1,Ожидайте \uFFFD 😀.\n2,"x'),
      Buffer.from([0xd0, 0x0a, 0xe2, 0x82]), // a letter cut short inside a quoted field (row 3), then a euro sign cut short
      Buffer.from('"\n3,ok\n4,'),
      Buffer.from([0xf0, 0x9f, 0x98]), // an emoji without its last byte, at the end
    ]);
    const expected: CsvRow[] = [
      { line: 2, record: { id: '1', reply: 'Ожидайте \uFFFD 😀.' } },
      { line: 3, bad: 'not valid UTF-8' },
      { line: 5, record: { id: '3', reply: 'ok' } },
      { line: 6, bad: 'not valid UTF-8' },
    ];
    for (let cut = 0; cut <= bytes.length; cut++) {
      const utf8 = new Utf8Reader();
      const reader = new CsvReader(['id', 'reply']);
      const rows = [utf8.push(bytes.subarray(0, cut)), utf8.push(bytes.subarray(cut)), utf8.end()].flatMap(({ text, notUtf8 }) => reader.push(text, notUtf8));
      expect([...rows, ...reader.end()]).toEqual(expected);
    }
  });

  it('refuses a header without id or reply, and reports an unclosed quote', () => {
    expect(() => read(['id,message\n1,hi\n'])).toThrow(new CsvHeaderError('the CSV header has no "reply" column (columns: id, message)'));
    expect(read(['id,reply\n1,"never closed\n'])).toEqual([{ line: 2, bad: 'a quoted field is not closed before the end of the input' }]);
  });

  it('caps a record as a JSONL line is capped: an unclosed quote does not buffer the rest (#13)', () => {
    // 5 M characters inside a quote that never closes, in 64 KB chunks, then rows that read normally.
    const chunk = `${'x'.repeat(65_535)}\n`;
    const chunks = ['id,reply\n1,"open', ...Array.from({ length: 80 }, () => chunk), '9,tail row\n'];
    const rows = read(chunks);
    expect(rows[0]).toEqual({ line: 2, bad: 'a record longer than 4 M characters (a quote not closed?); reading goes on from the next line' });
    // Reading went on: the lines after the cut are rows again (each a bad row here, then the tail).
    expect(rows.at(-1)).toEqual({ line: 82, record: expect.objectContaining({ id: '9', reply: 'tail row' }) });
  });
});

describe('records', () => {
  it.each([
    [{ id: 'a' }, 'reply: expected string, but it is missing'],
    [{ id: 'a', reply: 42 }, 'reply: expected string, got 42'],
    [{ id: 'a', reply: '  ' }, 'reply: is empty'],
    [{ reply: 'Hi' }, 'id: expected a string or a number, but it is missing'],
    [{ id: 'a', reply: 'Hi', channel: 'fax' }, 'channel: expected one of "email", "chat", "messenger", "social", "review", "forum", "sms", got "fax"'],
    [{ id: 'a', messages: [{ role: 'bot', text: 'Hi' }] }, 'messages.0.role: expected one of "client", "agent", got "bot"'],
    [{ id: 'a', messages: [] }, 'messages: must have at least 1 item'],
    [[1, 2], 'expected a JSON object'],
  ])('names what is wrong in %j', (value, reason) => {
    expect(toRecord(value)).toEqual({ bad: reason });
  });

  it('keeps a number id (and agent) with the digits it was written with, and still refuses an object id (#13)', () => {
    expect(parseJsonLine('{"id": 1234567890123456789, "agent": 98765432109876543210, "reply": "Hi"}')).toMatchObject({ id: { number: '1234567890123456789' }, agent: '98765432109876543210' });
    expect(parseJsonLine('{"x": {"id": 1}, "id": 1e400, "reply": "Hi"}')).toMatchObject({ id: { number: '1e400' } });
    // As JSON.parse does: of a key given twice, the last one counts; escapes in a key are read.
    expect(parseJsonLine('{"id": 1.0, "reply": "Hi", "\\u0069d": -0}')).toMatchObject({ id: { number: '-0' } });
    expect(parseJsonLine('{"id": 12, "reply": "Hi"}')).toMatchObject({ id: 12 });
    expect(parseJsonLine('{"id": {"number": "1, evil"}, "reply": "Hi"}')).toEqual({ bad: 'id: expected a string or a number, got {"number":"1, evil"}' });
  });

  it('keeps ids as given and ignores extra fields', () => {
    expect(toRecord({ id: 7, reply: 'Hi', brand: 'x', agent: 12 })).toStrictEqual({ kind: 'pair', id: 7, channel: undefined, audience: undefined, language: undefined, agent: '12', message: undefined, reply: 'Hi' });
  });
});

describe('summary', () => {
  it('merges exactly: any split of the lines gives the summary of the whole', () => {
    const linter = createLinter();
    const items = [...pairLines, ...readFileSync(join(QA, 'conversations.jsonl'), 'utf8').trim().split('\n'), '{broken'].map((text, index) => ({ line: index + 1, text }));
    const whole = toSummary(lintBatch(linter, {}, items).counts);
    for (const cut of [1, 4, 7]) {
      const merged = mergeCounts(mergeCounts(emptyCounts(), lintBatch(linter, {}, items.slice(0, cut)).counts), lintBatch(linter, {}, items.slice(cut)).counts);
      expect(toSummary(merged)).toEqual(whole);
    }
    const parsed = parseSummary(JSON.parse(JSON.stringify(whole)));
    expect('counts' in parsed ? toSummary(parsed.counts) : parsed).toEqual(whole);
    // Written as JSON.stringify writes it (number ids aside).
    expect(summaryJson(whole)).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    expect(whole.lines).toEqual({ read: 10, linted: 9, bad: 1 });
    expect(whole.replies).toBe(9);
    expect(whole.histogram.reduce((sum, count) => sum + count, 0)).toBe(9);
  });
});

describe('progress', () => {
  it('draws lines, lines/s and the ETA on a terminal, and nothing elsewhere', async () => {
    const written: string[] = [];
    const stream = { write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const bar = new Progress(stream, true, 1000, () => 250);
    bar.update(1234);
    await new Promise((resolve) => setTimeout(resolve, 450));
    bar.log('input.jsonl:3: reply: missing\n');
    bar.stop();
    const text = written.join('');
    expect(text).toMatch(/\[#{6} {18}\]  25% 1,234 lines · [\d,]+ lines\/s · ETA \d+ s/);
    expect(text).toContain('\r\u001b[Kinput.jsonl:3: reply: missing\n');
    // After stop, no bar is drawn again: the last thing written is the logged line.
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(written[written.length - 1]).toBe('input.jsonl:3: reply: missing\n');
    const silent: string[] = [];
    const off = new Progress({ write: (text: string) => silent.push(text) } as unknown as NodeJS.WriteStream, false, 1000, () => 250);
    off.update(5);
    await new Promise((resolve) => setTimeout(resolve, 250));
    off.log('x\n');
    off.stop();
    expect(silent).toEqual(['x\n']);
  });
});

describe('replylint qa', () => {
  it('writes one line per input line, in input order, the same whatever --workers', () => {
    // 3000 lines: the fixture pairs and conversations with new ids, so order mistakes show.
    const sources = [...pairLines, ...readFileSync(join(QA, 'conversations.jsonl'), 'utf8').trim().split('\n')];
    const lines = Array.from({ length: 3000 }, (_, index) => JSON.stringify({ ...JSON.parse(sources[index % sources.length]!), id: `n${index}` }));
    const input = join(tmp, 'many.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const one = run(['qa', input, '--workers', '1', '--summary', join(tmp, 'one.json')]);
    const three = run(['qa', input, '--workers', '3', '--summary', join(tmp, 'three.json')]);
    expect(one.status).toBe(0);
    expect(three.status).toBe(0);
    expect(jsonLines(three.stdout).map((line) => line.id)).toEqual(lines.map((_, index) => `n${index}`));
    expect(three.stdout).toBe(one.stdout);
    expect(readFileSync(join(tmp, 'three.json'), 'utf8')).toBe(readFileSync(join(tmp, 'one.json'), 'utf8'));
    expect(three.stderr).toMatch(/3000 lines read, 3000 linted, 0 bad/);
    // Not a terminal: no progress bar.
    expect(three.stderr).not.toContain('\r');
  }, 30_000); // two CLI runs over 3000 lines: seconds on a loaded machine

  it('gives each pair the score and findings lint() gives it (phrasings only with --suggestions)', () => {
    const reports = pairLines.map((line) => {
      const pair = JSON.parse(line) as { id: string; message: string; reply: string; channel: 'chat'; audience?: 'public' };
      return { id: pair.id, report: lint({ message: pair.message, reply: pair.reply, channel: pair.channel, audience: pair.audience }) };
    });
    const full = run(['qa', pairsFile, '--workers', '2', '--suggestions']);
    // The promises a reply makes come after its findings, when it makes any.
    const promises = (report: { commitments: unknown[] }) => (report.commitments.length > 0 ? { commitments: report.commitments } : {});
    expect(jsonLines(full.stdout)).toEqual(reports.map(({ id, report }) => ({ id, score: report.score, findings: report.findings, ...promises(report) })));
    const brief = run(['qa', pairsFile, '--workers', '2']);
    expect(jsonLines(brief.stdout)).toEqual(
      reports.map(({ id, report }) => ({ id, score: report.score, findings: report.findings.map(({ suggestions: _phrasings, ...finding }) => finding), ...promises(report) })),
    );
    expect(reports.some(({ report }) => report.commitments.length > 0)).toBe(true);
    expect(reports.map(({ report }) => report.score > 90)).toEqual([true, false, true, false, false, false]);
  });

  it('lints every agent message of a conversation against the client messages since the previous one', () => {
    const result = run(['qa', join(QA, 'conversations.jsonl'), '--workers', '2']);
    expect(result.status).toBe(0);
    const [ru, en, empty] = jsonLines(result.stdout);
    const first = lint({ message: 'Здравствуйте, заказ 5512 опаздывает уже на неделю.\n\nЯ пишу вам третий раз, и никто ничего не делает!', reply: 'Ожидайте.', channel: 'chat' });
    expect(ru!.replies!.map((reply) => reply.index)).toEqual([2, 4]);
    expect(ru!.replies![0]).toEqual({ index: 2, score: first.score, findings: first.findings.map(({ suggestions: _phrasings, ...finding }) => finding) });
    expect(ru!.replies![0]!.findings.map((finding) => finding.ruleId)).toContain('acknowledge-repeat');
    expect(ru!.score).toBe((first.score + ru!.replies![1]!.score) / 2);
    expect(en).toMatchObject({ id: 'conv-en', score: 100, replies: [{ index: 1, score: 100, findings: [] }] });
    expect(empty).toEqual({ id: 'conv-empty', score: null, replies: [] });
    expect(result.stderr).toContain('1 without an agent reply');
  });

  it("passes a conversation's earlier turns as history: the same answer twice is a repeated reply (#16)", () => {
    const input = join(tmp, 'repeat.jsonl');
    const canned = 'Hi Anna! Your order is on its way and will arrive within 3 business days. You can track it in your account. Have a nice day!';
    const conversation = {
      id: 'conv-repeat',
      channel: 'chat',
      messages: [
        { role: 'client', text: 'Where is my order 48213? Thanks.' },
        { role: 'agent', text: canned },
        { role: 'client', text: 'It still has not arrived.' },
        { role: 'agent', text: canned.replace('3 business', '5 business') },
      ],
    };
    writeFileSync(input, `${JSON.stringify(conversation)}\n`);
    const result = run(['qa', input, '--workers', '1']);
    const [line] = jsonLines(result.stdout);
    expect(line!.replies!.map((reply) => reply.findings.map((finding) => finding.ruleId).filter((id) => id === 'repeated-reply' || id === 'acknowledge-repeat'))).toEqual([[], ['acknowledge-repeat', 'repeated-reply']]);
  });

  it('lists each reply\'s promises and counts them, and those with no time, per agent; reads summaries written before (#16, seed 003)', () => {
    const input = join(tmp, 'promises.jsonl');
    const lines = [
      { id: 'p1', agent: 'anna', message: 'Where is my refund?', reply: 'Sorry for the wait! We will refund you within 3 business days and I will email you the receipt.' },
      { id: 'p2', agent: 'anna', message: 'Когда приедет мастер?', reply: 'Здравствуйте! Мастер перезвонит вам в ближайшее время.' },
      { id: 'p3', agent: 'boris', message: 'Thanks!', reply: 'You are welcome, have a great day!' },
    ];
    writeFileSync(input, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    const result = run(['qa', input, '--workers', '1', '--summary', 'promises-summary.json', '--report', 'promises.html']);
    const html = readFileSync(join(tmp, 'promises.html'), 'utf8');
    expect(html).toContain('<b>3</b><span>promises</span>');
    expect(html).toContain('<b>2</b><span>promises with no time</span>');
    const out = jsonLines(result.stdout) as Array<{ id: string; commitments?: Array<{ actor: string; action: string; due?: { text: string } }> }>;
    expect(out.map((line) => (line.commitments ?? []).map((c) => `${c.actor}: ${c.action}${c.due ? ` @ ${c.due.text}` : ''}`))).toEqual([
      ['we: refund you @ within 3 business days', 'I: email you the receipt'],
      ['мастер: перезвонит вам в ближайшее время'],
      [],
    ]);
    const summary = JSON.parse(readFileSync(join(tmp, 'promises-summary.json'), 'utf8')) as { promises: { total: number; noTime: number }; agentScores: Array<{ agent: string; promises: number; promisesNoTime: number }> };
    expect(summary.promises).toEqual({ total: 3, noTime: 2 });
    expect(summary.agentScores.map(({ agent, promises, promisesNoTime }) => [agent, promises, promisesNoTime])).toEqual(
      expect.arrayContaining([['anna', 3, 2], ['boris', 0, 0]]),
    );
    expect(result.stderr).toContain('promises: 3 (2 with no time named)');
    // A summary written before promises were counted merges as none.
    const old = JSON.parse(readFileSync(join(tmp, 'promises-summary.json'), 'utf8')) as Record<string, unknown> & { agents: Record<string, Record<string, unknown>> };
    delete old.promises;
    for (const agent of Object.values(old.agents)) {
      delete agent.promises;
      delete agent.promisesNoTime;
    }
    writeFileSync(join(tmp, 'old-summary.json'), JSON.stringify(old));
    const merged = run(['qa-merge', 'old-summary.json', 'promises-summary.json']);
    expect(merged.status).toBe(0);
    expect(merged.stderr + merged.stdout).toContain('promises: 3 (2 with no time named)');
  });

  it('reports bad lines with their number and reason, goes on, and exits 3', () => {
    const input = join(tmp, 'bad.jsonl');
    // A byte order mark and Windows line ends, as exports from Windows tools have.
    writeFileSync(input, `\uFEFF${[pairLines[0], '{"id": "x", "reply": 42}', '', 'not json', pairLines[2], '{"id": "y", "messages": [{"role": "agent"}]}'].join('\r\n')}`);
    const summaryPath = join(tmp, 'bad-summary.json');
    const result = run(['qa', input, '--summary', summaryPath]);
    expect(result.status).toBe(3);
    expect(jsonLines(result.stdout).map((line) => line.id)).toEqual(['en-1', 'ru-1']);
    expect(result.stderr).toContain(`${input}:2: reply: expected string, got 42`);
    expect(result.stderr).toMatch(new RegExp(`${input}:4: invalid JSON: `));
    expect(result.stderr).toContain(`${input}:6: messages.0.text: expected string, but it is missing`);
    const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as QaSummary;
    expect(summary.lines).toEqual({ read: 5, linted: 2, bad: 3 });
  });

  it('shows control characters of bad lines and agent names visibly on stderr, never raw (#13)', () => {
    const input = join(tmp, 'escapes.jsonl');
    writeFileSync(input, `${pairLines[0]}\nnot json \u001b]0;pwned\u0007\u001b[2J\n${JSON.stringify({ id: 'a', agent: 'Ann\u001b[2J', reply: 'Hi! Your order shipped.' })}\n`);
    const result = run(['qa', input, '--workers', '1']);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(`${input}:2: invalid JSON: `);
    // The summary's agent names come from the export too.
    expect(result.stderr).toContain('Ann\\u001b[2J');
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });

  it('reports a line too long to buffer by its number and goes on', () => {
    const input = join(tmp, 'long.jsonl');
    writeFileSync(input, `${pairLines[0]}\n{"id":"huge","reply":"${'a'.repeat(5 << 20)}"}\n${pairLines[2]}\n`);
    const result = run(['qa', input, '--workers', '1']);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(`${input}:2: longer than 4 M characters`);
    expect(jsonLines(result.stdout).map((line) => line.id)).toEqual(['en-1', 'ru-1']);
  });

  it('writes a number id back digit for digit: output, summary, report and qa-merge (#13)', () => {
    const ids = ['1234567890123456789', '1e400', '0.1000000000000000055511151231257827', '-0', '7'];
    writeFileSync(join(tmp, 'ids.jsonl'), ids.map((id) => `{"id": ${id}, "agent": ${id}, "message": "Где мой заказ?", "reply": "Ожидайте."}`).join('\n'));
    const result = run(['qa', 'ids.jsonl', '--workers', '1', '--summary', 'ids.json', '--report', 'ids.html']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').filter((line) => line !== '').map((line) => /^\{"id":([^,]*),"score":/.exec(line)?.[1])).toEqual(ids);
    const summary = readFileSync(join(tmp, 'ids.json'), 'utf8');
    for (const id of ids) expect(summary).toContain(`"id": ${id},`);
    expect(Object.keys((JSON.parse(summary) as QaSummary).agents).sort()).toEqual([...ids].sort());
    const report = readFileSync(join(tmp, 'ids.html'), 'utf8');
    for (const id of ids) expect(report).toContain(`data-worst-row="${id}"`);
    const merged = run(['qa-merge', 'ids.json', '--report', 'merged.html']);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(summary);
    expect(readFileSync(join(tmp, 'merged.html'), 'utf8')).toBe(report);
  });

  it('reports a line that is not valid UTF-8 by its number, reads a real U+FFFD, and goes on (#13)', () => {
    const pair = (id: string, reply: Buffer | string) => Buffer.concat([Buffer.from(`{"id":"${id}","message":"Где заказ?","reply":"`), Buffer.from(reply), Buffer.from('"}\n')]);
    // Line 2 puts a Cyrillic letter across the first 64 KB read: decoding must not split it.
    const head = pair('pad', 'x'.repeat(100));
    const across = pair('across', `${'x'.repeat(65_535 - head.length - pair('across', '').length + 3)}${'ж'.repeat(100)}`);
    expect(across[65_535 - head.length]).toBe(0xd0);
    const input = Buffer.concat([
      head,
      across,
      pair('ff', Buffer.from([0x4f, 0xff, 0x6b])), // a byte that is never UTF-8
      pair('fffd', 'Ожидайте \uFFFD.'), // a real U+FFFD (EF BF BD) is text
      pair('cut', Buffer.from([0xd0, 0x9e, 0xd0])), // a letter cut short
      pair('surrogate', Buffer.from([0xed, 0xa0, 0x80])), // an encoded surrogate
      pair('last', 'Ожидайте 💀 \\udc80.'), // U+1F480 ends in the surrogate the reader marks bad lines with; an escaped lone one is JSON text
      Buffer.from([0x7b, 0xc0, 0xaf, 0x7d]), // an overlong "/" at the end, without a newline
    ]);
    writeFileSync(join(tmp, 'not-utf8.jsonl'), input);
    for (const args of [['not-utf8.jsonl'], ['-']]) {
      const result = spawnSync(process.execPath, [CLI, 'qa', ...args, '--workers', '1'], { cwd: tmp, input: args[0] === '-' ? input : undefined, encoding: 'utf8' });
      expect(result.status).toBe(3);
      const name = args[0] === '-' ? '<stdin>' : 'not-utf8.jsonl';
      expect(result.stderr.split('\n').filter((line) => line.startsWith(`${name}:`))).toEqual([3, 5, 6, 8].map((line) => `${name}:${line}: not valid UTF-8`));
      expect(jsonLines(result.stdout).map((line) => line.id)).toEqual(['pad', 'across', 'fffd', 'last']);
      expect(result.stderr).toMatch(/8 lines read, 4 linted, 4 bad/);
    }
  });

  it('reports a CSV row with a line that is not valid UTF-8 at the row, reads the rest, and names a header that is not (#13)', () => {
    const input = Buffer.concat([
      Buffer.from('id,message,reply\n1,Где заказ?,Ожидайте.\n2,Где заказ?,O'),
      Buffer.from([0xff]),
      Buffer.from('k\n3,"Где\nзаказ'),
      Buffer.from([0xd0]),
      Buffer.from('?",Ожидайте.\n4,Где заказ?,Ожидайте \uFFFD.\n'),
    ]);
    writeFileSync(join(tmp, 'not-utf8.csv'), input);
    const result = run(['qa', 'not-utf8.csv', '--workers', '1']);
    expect(result.status).toBe(3);
    expect(result.stderr.split('\n').filter((line) => line.startsWith('not-utf8.csv:'))).toEqual(['not-utf8.csv:3: not valid UTF-8', 'not-utf8.csv:4: not valid UTF-8']);
    expect(jsonLines(result.stdout).map((line) => line.id)).toEqual(['1', '4']);
    writeFileSync(join(tmp, 'header-not-utf8.csv'), Buffer.concat([Buffer.from('id,re'), Buffer.from([0xff]), Buffer.from('ply\n1,Hi\n')]));
    expect(run(['qa', 'header-not-utf8.csv'])).toMatchObject({ status: 2, stderr: expect.stringContaining('header-not-utf8.csv: the CSV header (line 1) is not valid UTF-8') });
  });

  it('reads CSV with a header, quoted line breaks and a bad row', () => {
    const result = run(['qa', join(QA, 'export.csv')]);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('export.csv:5: expected 5 cells as in the header, got 4');
    const lines = jsonLines(result.stdout);
    expect(lines.map((line) => line.id)).toEqual(['c-en-1', 'c-ru-1']);
    const expected = lint({ message: 'Посылка опаздывает.\r\nГде она?', reply: 'Ожидайте "ответа".', channel: 'chat' });
    expect(lines[1]).toEqual({ id: 'c-ru-1', score: expected.score, findings: expected.findings.map(({ suggestions: _phrasings, ...finding }) => finding) });
  });

  it('reads standard input, takes the channel from the config, and names usage mistakes', () => {
    const config = join(tmp, 'qa.config.json');
    writeFileSync(config, JSON.stringify({ channel: 'social', audience: 'public', rules: { closing: 'off' } }));
    const input = '{"id":1,"message":"Card charged twice","reply":"Send us your card number here."}\n';
    const result = run(['qa', '-', '--config', config, '--workers', '1'], input);
    expect(result.status).toBe(0);
    const ids = jsonLines(result.stdout)[0]!.findings!.map((finding) => (finding as { ruleId: string }).ruleId);
    expect(ids).toContain('no-public-personal-data');
    expect(ids).not.toContain('closing');
    expect(run(['qa', join(tmp, 'missing.jsonl')])).toMatchObject({ status: 2, stderr: expect.stringContaining('cannot read') });
    expect(run(['qa', pairsFile, '--workers', '0'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--workers takes a whole number of at least 1, got "0"') });
    expect(run(['qa', pairsFile, '--out', join(tmp, 'no-such-dir', 'out.jsonl')])).toMatchObject({ status: 2, stderr: expect.stringContaining('cannot write') });
    writeFileSync(join(tmp, 'nohead.csv'), 'id,message\n1,hi\n');
    expect(run(['qa', join(tmp, 'nohead.csv')])).toMatchObject({ status: 2, stderr: expect.stringContaining('no "reply" column') });
  });

  it('takes agents named "__proto__", "constructor" or "toString" as names: nothing polluted, nothing lost (#13)', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const lines = [
      ...names.map((agent, index) => JSON.stringify({ id: `p${index}`, agent, reply: 'Hi! Your order shipped.', message: 'Where is my order?' })),
      ...Array.from({ length: 300 }, (_, index) => JSON.stringify({ id: `n${index}`, agent: 'Ann', reply: 'Hi! Your order shipped.', message: 'Where is my order?' })),
    ];
    writeFileSync(join(tmp, 'proto.jsonl'), `${lines.join('\n')}\n`);
    const result = run(['qa', 'proto.jsonl', '--workers', '1', '--summary', 'proto.json']);
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)).toHaveLength(lines.length);
    const summary = JSON.parse(readFileSync(join(tmp, 'proto.json'), 'utf8')) as { agents: Record<string, { replies: number }> };
    for (const name of [...names, 'Ann']) expect(Object.getOwnPropertyDescriptor(summary.agents, name)?.value.replies).toBe(name === 'Ann' ? 300 : 1);
    // …and merging that summary (own "__proto__" keys from JSON.parse) keeps them as names too.
    const merged = run(['qa-merge', 'proto.json', 'proto.json']);
    expect(merged.status).toBe(0);
    const twice = JSON.parse(merged.stdout) as { agents: Record<string, { replies: number }> };
    expect(Object.getOwnPropertyDescriptor(twice.agents, '__proto__')?.value.replies).toBe(2);
    expect(Object.getOwnPropertyDescriptor(twice.agents, 'constructor')?.value.replies).toBe(2);
  });

  it('caps --workers at the cores, saying so, and picks one worker per 8 MB by default (#13)', () => {
    const said: string[] = [];
    const say = (text: string) => said.push(text);
    expect(workerCount(99_999, 1000, 8, say)).toBe(8);
    expect(said).toEqual(['replylint qa: --workers 99999 is more than the 8 cores here; using 8\n']);
    expect(workerCount(3, 1000, 8, say)).toBe(3);
    expect(workerCount(undefined, 1000, 8, say)).toBe(1);
    expect(workerCount(undefined, 20 * 1024 * 1024, 8, say)).toBe(3);
    expect(workerCount(undefined, 10 ** 10, 8, say)).toBe(8);
    expect(workerCount(undefined, undefined, 8, say)).toBe(8);
    expect(said).toHaveLength(1);
    writeFileSync(join(tmp, 'few.jsonl'), `${pairLines.slice(0, 3).join('\n')}\n`);
    const huge = run(['qa', 'few.jsonl', '--workers', '2000', '--out', 'few.out.jsonl']);
    expect(huge.status).toBe(0);
    expect(huge.stderr).toMatch(/--workers 2000 is more than the \d+ cores here; using \d+/);
  });

  it('an interrupted run (Ctrl+C) leaves existing --out, --summary and --report files as they were, and no temporary file (#13)', async () => {
    const dir = mkdtempSync(join(tmp, 'interrupted-'));
    const targets = { 'out.jsonl': 'old results\n', 'summary.json': '{"old": true}\n', 'report.html': '<p>old report</p>\n' };
    for (const [name, text] of Object.entries(targets)) writeFileSync(join(dir, name), text);
    const child = spawn(process.execPath, [CLI, 'qa', '-', '--out', 'out.jsonl', '--summary', 'summary.json', '--report', 'report.html', '--workers', '1'], { cwd: dir, stdio: ['pipe', 'ignore', 'ignore'] });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    // Over one 64 KB batch, and standard input stays open: the run is midway once results are being written.
    child.stdin.write(`${Array.from({ length: 80 }, () => pairLines.join('\n')).join('\n')}\n`);
    const started = Date.now();
    const writing = () =>
      readFileSync(join(dir, 'out.jsonl'), 'utf8') !== targets['out.jsonl'] || readdirSync(dir).some((name) => name.endsWith('.tmp') && statSync(join(dir, name)).size > 0);
    while (!writing() && Date.now() - started < 20_000) await new Promise((wait) => setTimeout(wait, 50));
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    for (const [name, text] of Object.entries(targets)) expect(readFileSync(join(dir, name), 'utf8'), name).toBe(text);
    expect(readdirSync(dir).sort()).toEqual(Object.keys(targets).sort());
    // A run that completes replaces them, and leaves no temporary file either.
    expect(run(['qa', pairsFile, '--out', join(dir, 'out.jsonl'), '--summary', join(dir, 'summary.json'), '--report', join(dir, 'report.html')]).status).toBe(0);
    expect(jsonLines(readFileSync(join(dir, 'out.jsonl'), 'utf8'))).toHaveLength(pairLines.length);
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))).toMatchObject({ lines: { read: pairLines.length } });
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(readdirSync(dir).sort()).toEqual(Object.keys(targets).sort());
  }, 30_000);

  it('never writes an output over an input or over another output (#13)', () => {
    writeFileSync(join(tmp, 'guard.jsonl'), pairLines.join('\n'));
    expect(run(['qa', 'guard.jsonl', '--summary', 'guard-1.json']).status).toBe(0);
    writeFileSync(join(tmp, 'guard-2.json'), readFileSync(join(tmp, 'guard-1.json')));
    const before = readFileSync(join(tmp, 'guard-1.json'), 'utf8');
    const cases: Array<[string[], string]> = [
      [['qa', 'guard.jsonl', '--out', 'guard.jsonl'], '--out guard.jsonl is the input'],
      [['qa', 'guard.jsonl', '--out', 'same.json', '--summary', 'same.json'], '--out and --summary both name same.json'],
      [['qa', 'guard.jsonl', '--summary', 'same.html', '--report', './same.html'], '--summary and --report both name ./same.html'],
      [['qa-merge', 'guard-1.json', 'guard-2.json', '--out', 'guard-1.json'], '--out guard-1.json is one of the summaries being merged'],
      [['qa-merge', 'guard-1.json', '--out', 'm.json', '--report', 'm.json'], '--out and --report both name m.json'],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
    expect(readFileSync(join(tmp, 'guard-1.json'), 'utf8')).toBe(before);
    expect(existsSync(join(tmp, 'same.json'))).toBe(false);
  });

  it('qa-merge over shard summaries equals the summary of the whole export', () => {
    const all = [...pairLines, ...readFileSync(join(QA, 'conversations.jsonl'), 'utf8').trim().split('\n')];
    writeFileSync(join(tmp, 'all.jsonl'), all.join('\n'));
    writeFileSync(join(tmp, 'shard-0.jsonl'), all.slice(0, 4).join('\n'));
    writeFileSync(join(tmp, 'shard-1.jsonl'), all.slice(4).join('\n'));
    for (const name of ['all', 'shard-0', 'shard-1']) expect(run(['qa', `${name}.jsonl`, '--out', `${name}.out.jsonl`, '--summary', `${name}.json`]).status).toBe(0);
    const merged = run(['qa-merge', 'shard-0.json', 'shard-1.json']);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(readFileSync(join(tmp, 'all.json'), 'utf8'));
    expect(run(['qa-merge', 'all.out.jsonl'])).toMatchObject({ status: 2, stderr: expect.stringContaining('all.out.jsonl') });

    // Summary files are untrusted: markup where a number or a severity belongs is refused, by key, before any report.
    const whole = JSON.parse(readFileSync(join(tmp, 'all.json'), 'utf8')) as { worst: Array<Record<string, unknown>>; lines: Record<string, unknown> };
    const attacks: Array<[string, (summary: typeof whole) => void]> = [
      ['worst.0.score', (summary) => (summary.worst[0]!.score = '<meta http-equiv="refresh" content="0;url=https://evil.example">')],
      ['lines.read', (summary) => (summary.lines.read = '<script>alert(1)</script>')],
      ['worst.0.findings.0.severity', (summary) => ((summary.worst[0]!.findings as Array<Record<string, unknown>>)[0]!.severity = '<b>x</b>')],
    ];
    for (const [key, attack] of attacks) {
      const hostile = structuredClone(whole);
      attack(hostile);
      writeFileSync(join(tmp, 'hostile.json'), JSON.stringify(hostile));
      const refused = run(['qa-merge', 'hostile.json', '--report', 'hostile.html']);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain(`hostile.json is not a summary written by replylint qa --summary (${key}:`);
      expect(existsSync(join(tmp, 'hostile.html')) ? readFileSync(join(tmp, 'hostile.html'), 'utf8') : '').not.toContain('evil.example');
    }
  });
});

describe('the HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'] });
  }, 60_000);
  afterAll(async () => browser?.close());

  it('draws the histogram, the rule and agent charts and the worst replies with highlights', async () => {
    const input = join(tmp, 'report.jsonl');
    writeFileSync(input, `${[...pairLines, ...readFileSync(join(QA, 'conversations.jsonl'), 'utf8').trim().split('\n')].join('\n')}\n`);
    const reportPath = join(tmp, 'report.html');
    expect(run(['qa', input, '--out', join(tmp, 'report.out.jsonl'), '--summary', join(tmp, 'report.json'), '--report', reportPath]).status).toBe(0);
    const summary = JSON.parse(readFileSync(join(tmp, 'report.json'), 'utf8')) as QaSummary;
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`file://${reportPath}`);
    expect(requests).toEqual([`file://${reportPath}`]);
    // Most replies here are Russian: the labels are too.
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.locator('svg[data-chart="histogram"] rect').count()).toBe(10);
    const heights = await page.locator('svg[data-chart="histogram"] rect').evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().height > 0));
    expect(heights).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((bucket) => summary.histogram.slice(bucket * 10, bucket === 9 ? 101 : bucket * 10 + 10).some((count) => count > 0)));
    expect(await page.locator('svg[data-chart="rules"] g[data-row]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row')))).toEqual(
      Object.entries(summary.ruleShares).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([id]) => id),
    );
    expect(await page.locator('svg[data-chart="agents"] g[data-row]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row')))).toEqual(summary.agentScores.map((agent) => agent.agent));
    const rows = page.locator('article[data-worst-row]');
    expect(await rows.count()).toBe(summary.worst.length);
    expect(summary.worst.every((reply) => reply.score < 100)).toBe(true);
    // The first row is the lowest score; its marks are exactly the finding ranges' text.
    const worst = summary.worst[0]!;
    const marks = await rows.first().locator('mark').evaluateAll((found) => found.map((mark) => [mark.getAttribute('data-rule-id'), mark.textContent]));
    const ranged = worst.findings.filter((finding) => finding.range && finding.range.end > finding.range.start).sort((a, b) => a.range!.start - b.range!.start);
    expect(marks).toEqual(ranged.map((finding) => [finding.ruleId, worst.reply.slice(finding.range!.start, finding.range!.end)]));
    expect(marks.length).toBeGreaterThan(0);
    // Marking never changes the text.
    expect(await rows.first().locator('p.reply').textContent()).toBe(worst.reply);
    await page.close();
  }, 60_000);
});

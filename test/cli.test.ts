/**
 * The built CLI (`dist/cli.js`, made by `npm run build`, which `npm test` runs first) as a child
 * process over the template folders in fixtures/templates/: exit codes, every output format,
 * config files, suppressions, --fix and bad input.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { unifiedDiff, writeFixed } from '../src/node/fix-output.js';
import { artifactUri, formatSarif } from '../src/node/format/sarif.js';
import { hoverText } from '../src/node/lsp/diagnostics.js';
import { createLinter, defineRule } from '../src/index.js';
import { linterCache } from '../src/node/lint-files.js';
import { formatStylish } from '../src/node/format/stylish.js';
import { OutputFile } from '../src/node/output-file.js';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, type FileFinding } from '../src/node/lint-files.js';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist/cli.js');
const TEMPLATES = join(ROOT, 'fixtures/templates');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? TEMPLATES,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The json format: findings as `replylint/node` types them, minus the fix. */
type JsonFinding = Omit<FileFinding, 'fix'>;
interface JsonReport {
  version: number;
  files: Array<{ file: string; error?: string; scores: number[]; findings: JsonFinding[] }>;
  summary: { errors: number; warnings: number; infos: number; unreadable: number; files: number };
}

function json(args: string[], options?: Parameters<typeof run>[1]): { status: number | null; report: JsonReport } {
  const result = run([...args, '--format', 'json'], options);
  return { status: result.status, report: JSON.parse(result.stdout) as JsonReport };
}

/** The text of a file starting at a 1-based line and column (columns in UTF-16 code units). */
function textAt(path: string, line: number, column: number): string {
  const lines = readFileSync(path, 'utf8').split('\n');
  return [lines[line - 1]!.slice(column - 1), ...lines.slice(line)].join('\n');
}

let scratch: string;
/** A fresh copy of fixtures/templates to change. */
function copyTemplates(): string {
  const target = mkdtempSync(join(scratch, 'templates-'));
  cpSync(TEMPLATES, target, { recursive: true });
  return target;
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it first)');
  scratch = mkdtempSync(join(tmpdir(), 'replylint-cli-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('exit codes', () => {
  it('is 0 for clean templates in both languages, and says so', () => {
    const result = run(['en/refund-approved.md', 'ru/delivery-delay.md', 'en/welcome.html', 'en/order-update.liquid', 'ru/greeting.liquid', 'social/vk-dm.md']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('✓ 0 findings (0 errors, 0 warnings, 0 info) in 6 files');
    expect(result.status).toBe(0);
  });

  it('is 1 when a finding is an error', () => {
    const result = run(['en', 'ru']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/\d+ findings \(7 errors, \d+ warnings, 0 info\) in 13 files/);
  });

  it('counts warnings against --max-warnings', () => {
    // en/callback.md has six warnings and no error.
    expect(run(['en/callback.md']).status).toBe(0);
    expect(run(['en/callback.md', '--max-warnings', '6']).status).toBe(0);
    expect(run(['en/callback.md', '--max-warnings', '5']).status).toBe(1);
  });

  it('says why it exits 1 when the warnings exceed --max-warnings, as ESLint does (#13)', () => {
    const over = run(['en/callback.md', '--max-warnings', '1']);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('replylint found too many warnings (maximum: 1).\n');
    const within = run(['en/callback.md', '--max-warnings', '6']);
    expect(within.stderr).toBe('');
    // Errors are reason enough: no word about warnings then.
    expect(run(['en/macros.json', '--max-warnings', '100']).stderr).toBe('');
  });

  it('is 2 for usage errors, naming the problem', () => {
    const noPaths = run([]);
    expect(noPaths.status).toBe(2);
    expect(noPaths.stderr).toContain('name the template files');
    const badFlag = run(['en', '--colour']);
    expect(badFlag.status).toBe(2);
    expect(badFlag.stderr).toContain("'--colour'");
    const badFormat = run(['en', '--format', 'xml']);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('--format must be one of stylish, json, sarif, github, junit, got "xml"');
    // Node's multi-line option errors read as one line, not as escaped newlines.
    const dash = run(['en', '--max-warnings', '-5']);
    expect(dash.status).toBe(2);
    expect(dash.stderr).toMatch(/^replylint: Option '--max-warnings' argument is ambiguous\. Did you forget [^\n]*\n$/);
    const badMax = run(['en', '--max-warnings', 'many']);
    expect(badMax.status).toBe(2);
    expect(badMax.stderr).toContain('--max-warnings takes a whole number');
  });

  it('is 2 for a path that matches nothing, and still lints the rest', () => {
    const { status, report } = json(['no-such-folder', 'en/callback.md']);
    expect(status).toBe(2);
    expect(report.files.map((file) => [file.file, file.error])).toEqual([
      ['en/callback.md', undefined],
      ['no-such-folder', 'no such file, folder or matching template'],
    ]);
    expect(report.files[0]!.findings.length).toBe(6);
  });
});

describe('stylish output', () => {
  it('groups by file with line:col, severity, message, rule id and the first phrasing', () => {
    const { stdout } = run(['en/password-reset.txt']);
    expect(stdout).toContain('en/password-reset.txt\n');
    expect(stdout).toMatch(/ {2}3:29 +error +Never ask for passwords, SMS codes, CVV or PIN — not in public, not in private\. {2}no-public-personal-data\n +→ We will never ask for your password/);
    expect(stdout).toMatch(/4:9 +warning +Consider replacing "problem".*avoid-words\n +→ an issue/);
  });

  it('has no colors off a TTY, and --quiet keeps errors only', () => {
    const { stdout } = run(['en', 'ru', '--quiet']);
    expect(stdout).not.toContain('\u001b[');
    expect(stdout).not.toMatch(/\bwarning\b|\binfo\b {2}/);
    expect(stdout).toContain('7 findings (7 errors, 0 warnings, 0 info) in 13 files');
  });

  it('names the macro of a JSON export and the message of a multi-message template', () => {
    const { stdout } = run(['en/macros.json', 'ru/macros.json', 'en/zendesk-export.json', 'ru/multi-message.md']);
    expect(stdout).toMatch(/no-blame \[Wrong password\]/);
    expect(stdout).toMatch(/no-blame \[Неверный пароль\]/);
    expect(stdout).toMatch(/no-channel-switch \[360002\]/);
    expect(stdout).toMatch(/empathy \[message 2\]/);
  });

  it('shows control characters of file names, macro titles and messages visibly, never raw, colors or not (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'escapes-'));
    writeFileSync(join(dir, 'evil\u001b]0;pwned\u0007.json'), JSON.stringify([{ title: 'Title\u001b[2J\u009b31m', reply: 'You are wrong, as I already said.' }]));
    writeFileSync(join(dir, 'front.md'), '---\ndisable: ["thanx\u001b[2J\\r"]\n---\nHello, your order shipped.\n');
    writeFileSync(join(dir, 'bidi\u202Etxt.md'), 'You are wrong, as I already said.\n');
    const { stdout } = run(['.', '--no-color'], { cwd: dir });
    expect(stdout).toContain('bidi\\u202etxt.md');
    expect(stdout).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(stdout).toContain('evil\\u001b]0;pwned\\u0007.json');
    expect(stdout).toContain('[Title\\u001b[2J\\u009b31m]');
    expect(stdout).toContain('unknown rule id "thanx\\u001b[2J\\u000d"');
    // In color, the only escape sequences are its own colors.
    const { report } = json(['.'], { cwd: dir });
    const colored = formatStylish(report.files.map((file) => ({ ...file, findings: file.findings as FileFinding[] })), true);
    expect(colored.replace(/\u001b\[\d+m/g, '')).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(colored).toContain('\\u001b]0;pwned\\u0007');
  });

  it('shows control characters visibly on stderr too: --fix lines, config problems, usage errors (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'escapes-'));
    const evil = 'evil\u001b]0;pwned\u0007';
    mkdirSync(join(dir, evil));
    writeFileSync(join(dir, evil, 'replylint.config.json'), JSON.stringify({ channel: 'fax\u001b[2J' }));
    writeFileSync(join(dir, evil, 'a.md'), 'Hi! Your order shipped.\n');
    writeFileSync(join(dir, `${evil}.md`), 'Hi! Your order shipped.\n');
    const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
    const config = run([join(evil, 'a.md')], { cwd: dir });
    expect(config.stderr).toContain('evil\\u001b]0;pwned\\u0007/replylint.config.json: config.channel:');
    expect(config.stderr).toContain('got "fax\\u001b[2J"');
    const fixed = run([`${evil}.md`, '--fix'], { cwd: dir });
    expect(fixed.stderr).toContain('fixed evil\\u001b]0;pwned\\u0007.md: 2 fixes applied');
    const usage = run(['check', '--reply', `${evil}.txt`], { cwd: dir });
    expect(usage.stderr).toContain('cannot read evil\\u001b]0;pwned\\u0007.txt');
    for (const result of [config, fixed, usage]) expect(result.stderr).not.toMatch(control);
  });
});

describe('json output', () => {
  it('is versioned, and points each finding at the original file, front matter and JSON escapes included', () => {
    const { report } = json(['en', 'ru', 'social']);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ errors: 8, warnings: expect.any(Number), infos: 0, unreadable: 0, files: 15 });
    const find = (file: string, ruleId: string) => {
      const finding = report.files.find((entry) => entry.file === file)?.findings.find((entry) => entry.ruleId === ruleId);
      if (!finding) throw new Error(`no ${ruleId} in ${file}`);
      return finding;
    };
    const expectations: Array<[string, string, string]> = [
      ['en/callback.md', 'no-channel-switch', 'we will call you back'],
      ['en/password-reset.txt', 'no-public-personal-data', 'send us your password'],
      ['en/macros.json', 'no-blame', 'You are wrong'],
      ['ru/card-number.txt', 'no-public-personal-data', 'напишите, пожалуйста, полный номер карты'],
      ['ru/card-number.txt', 'avoid-words', 'Проблема'],
      ['ru/callback.md', 'no-channel-switch', 'перезвоним'],
      ['ru/macros.json', 'no-blame', 'Вы ошибаетесь'],
      ['social/twitter-card.txt', 'no-public-personal-data', 'reply here with your full name'],
    ];
    for (const [file, ruleId, excerpt] of expectations) {
      const finding = find(file, ruleId);
      expect(textAt(join(TEMPLATES, file), finding.line, finding.column), `${file} ${ruleId}`).toMatch(new RegExp(`^${excerpt}`, 'i'));
    }
    const macro = find('en/macros.json', 'no-blame');
    expect(macro.template).toBe('Wrong password');
    expect(macro.suggestions.length).toBeGreaterThan(0);
  });

  it('lints a template once per front matter message', () => {
    const { report } = json(['ru/multi-message.md']);
    const [file] = report.files;
    expect(file!.scores).toHaveLength(2);
    // The how-to question is answered; the third complaint is not.
    expect(file!.scores[0]).toBe(100);
    expect(file!.findings.map((finding) => [finding.ruleId, finding.messageIndex])).toEqual(
      expect.arrayContaining([
        ['empathy', 1],
        ['acknowledge-repeat', 1],
        ['stated-actions', 1],
      ]),
    );
    expect(file!.findings.every((finding) => finding.messageIndex === 1)).toBe(true);
  });

  it('applies per-path overrides: social/** is a public channel', () => {
    const dir = copyTemplates();
    cpSync(join(dir, 'social/twitter-card.txt'), join(dir, 'en/twitter-card.txt'));
    const { report } = json(['social/twitter-card.txt', 'en/twitter-card.txt'], { cwd: dir });
    const rules = (file: string) => report.files.find((entry) => entry.file === file)!.findings.map((finding) => finding.ruleId);
    expect(rules('social/twitter-card.txt')).toEqual(['no-public-personal-data']);
    // The same reply by private email asks for nothing secret.
    expect(rules('en/twitter-card.txt')).toEqual([]);
  });
});

describe('sarif output', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  // The published schema is draft-04 and has one pattern that is not valid in unicode mode.
  const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);

  it('is valid SARIF 2.1.0, with rules and regions', () => {
    const result = run(['en', 'ru', 'social', 'broken', '--format', 'sarif']);
    expect(result.status).toBe(2);
    const sarif = JSON.parse(result.stdout) as {
      version: string;
      runs: Array<{
        tool: { driver: { name: string; rules: Array<{ id: string; shortDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }> } };
        results: Array<{ ruleId: string; ruleIndex?: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number } } }> }>;
      }>;
    };
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const [runResult] = sarif.runs;
    const rules = runResult!.tool.driver.rules;
    expect(rules.find((rule) => rule.id === 'no-public-personal-data')).toMatchObject({ defaultConfiguration: { level: 'error' }, shortDescription: { text: expect.any(String) }, help: { text: expect.any(String) } });
    expect(rules.find((rule) => rule.id === 'avoid-words')!.defaultConfiguration.level).toBe('note');
    const blame = runResult!.results.find((entry) => entry.ruleId === 'no-blame')!;
    expect(blame.level).toBe('error');
    expect(rules[blame.ruleIndex!]!.id).toBe('no-blame');
    expect(blame.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'en/macros.json' }, region: expect.objectContaining({ startLine: 10, startColumn: 15 }) });
    const unreadable = runResult!.results.filter((entry) => entry.ruleId === 'unreadable-file').map((entry) => entry.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(unreadable.sort()).toEqual(['broken/binary.txt', 'broken/empty.md', 'broken/invalid-yaml.md']);
  });

  it('percent-encodes artifact URIs (Cyrillic, spaces, #, %) per path segment, and gives unreadable files a region (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'sarif-uri-'));
    mkdirSync(join(dir, 'шаблоны 2024'));
    writeFileSync(join(dir, 'шаблоны 2024', 'ответ #1 100%.md'), 'Здравствуйте! Проблема решена.\n');
    writeFileSync(join(dir, 'шаблоны 2024', 'пусто.md'), '');
    const result = run(['.', '--format', 'sarif'], { cwd: dir });
    expect(result.status).toBe(2);
    const sarif = JSON.parse(result.stdout) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: object } }> }> }> };
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const locations = sarif.runs[0]!.results.map((entry) => [entry.ruleId, entry.locations[0]!.physicalLocation] as const);
    const folder = encodeURIComponent('шаблоны 2024');
    expect(locations.filter(([ruleId]) => ruleId !== 'unreadable-file').map(([, location]) => location.artifactLocation.uri)).toContain(`${folder}/${encodeURIComponent('ответ')}%20%231%20100%25.md`);
    for (const [, { artifactLocation }] of locations) expect(artifactLocation.uri).toMatch(/^[A-Za-z0-9%._~\/-]+$/);
    expect(locations.find(([ruleId]) => ruleId === 'unreadable-file')![1]).toEqual({ artifactLocation: { uri: `${folder}/${encodeURIComponent('пусто')}.md` }, region: { startLine: 1, startColumn: 1 } });
    // On Windows backslashes separate segments (elsewhere a backslash is part of a name), and C:\ starts a file: URI.
    expect(artifactUri('шаблоны\\a b.md', true)).toBe(`${encodeURIComponent('шаблоны')}/a%20b.md`);
    expect(artifactUri('a\\b.md', false)).toBe('a%5Cb.md');
    expect(artifactUri('C:\\Макросы\\x.md', true)).toBe(`file:///C:/${encodeURIComponent('Макросы')}/x.md`);
    // An absolute path is a file: URI.
    const absolute = JSON.parse(run([join(dir, 'шаблоны 2024', 'пусто.md'), '--format', 'sarif']).stdout) as typeof sarif;
    expect(absolute.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(`file://${dir.split('/').map(encodeURIComponent).join('/')}/${folder}/${encodeURIComponent('пусто')}.md`);
  });

  it('rejects a broken report (the schema check can fail)', () => {
    const sarif = JSON.parse(run(['en/callback.md', '--format', 'sarif']).stdout) as { runs: Array<{ results: Array<{ level: string }> }> };
    sarif.runs[0]!.results[0]!.level = 'loud';
    expect(validate(sarif)).toBe(false);
  });
});

describe('plugin rules in the adapters (#15, item 5)', () => {
  const texts = (description: string) => ({ description, rationale: `${description}, because.`, phrases: {}, messages: { loud: 'Do not shout' }, phrasings: {} });
  const shouting = defineRule({
    meta: { id: 'acme/no-shouting', defaultSeverity: 'warning', weight: 5, preset: 'recommended', needsMessage: 'no', fixable: false },
    languages: { ru: texts('Не пишите капсом'), en: texts('Do not write in capitals') },
    check(context) {
      if (context.reply.capsWords > 2) context.report({ messageId: 'loud' });
    },
  });

  it('SARIF describes the rules that ran, a plugin rule with its own texts', () => {
    const linterFor = linterCache();
    linterFor({ plugins: [{ rules: [shouting] }] });
    const driver = JSON.parse(formatSarif([], '1.0.0', linterFor.rules())).runs[0].tool.driver as { rules: Array<{ id: string; shortDescription: { text: string }; helpUri?: string }> };
    const plugin = driver.rules.find((rule) => rule.id === 'acme/no-shouting');
    expect(plugin).toMatchObject({ shortDescription: { text: 'Do not write in capitals' } });
    expect(plugin!.helpUri).toBeUndefined();
    expect(driver.rules.some((rule) => rule.id === 'thanks')).toBe(true);
  });

  it("the language server's hover reads the linter's rules, a plugin rule's description in the reply's language", () => {
    const linter = createLinter({ plugins: [{ rules: [shouting] }] });
    const finding = { ruleId: 'acme/no-shouting', language: 'ru', suggestions: [] } as unknown as FileFinding;
    expect(hoverText(finding)).toBeUndefined();
    expect(hoverText(finding, linter.rules.map(({ rule }) => rule))).toContain('**acme/no-shouting** — Не пишите капсом');
  });
});

describe('github output', () => {
  it('writes workflow commands with file, line, col and title', () => {
    const { stdout } = run(['en/macros.json', '--format', 'github']);
    expect(stdout).toContain('::error file=en/macros.json,line=10,col=15,endLine=10,endColumn=28,title=replylint(no-blame)::"You are wrong" blames the client.');
  });

  it('escapes %, CR and LF as the workflow commands want them, and shows other control characters visibly (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'github-escapes-'));
    writeFileSync(join(dir, '100%,a:b\u001b[2J.json'), JSON.stringify([{ title: 'T', reply: 'You are wrong, as I already said.' }]));
    writeFileSync(join(dir, 'front.md'), '---\ndisable: ["x%\\r\\n::error::forged\u001b]0;t\u0007"]\n---\nHello, your order shipped.\n');
    const { stdout } = run(['.', '--format', 'github'], { cwd: dir });
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    const lines = stdout.trim().split('\n');
    expect(lines.every((line) => line.startsWith('::'))).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=100%25%2Ca%3Ab\\u001b\[2J\.json,line=1,/));
    expect(lines).toContainEqual(expect.stringContaining('unknown rule id "x%25%0D%0A::error::forged\\u001b]0;t\\u0007"'));
  });

  it('stops at 10 errors and 10 warnings, and sums up the rest in one line', () => {
    const dir = mkdtempSync(join(scratch, 'many-'));
    for (let i = 0; i < 12; i++) {
      writeFileSync(join(dir, `blame-${i}.txt`), 'You are wrong, as I already said.\n');
      writeFileSync(join(dir, `curt-${i}.txt`), 'Please call our hotline.\n');
    }
    const { stdout, status } = run(['.', '--format', 'github'], { cwd: dir });
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines.filter((line) => line.startsWith('::error ')).length).toBe(10);
    expect(lines.filter((line) => line.startsWith('::warning ')).length).toBe(10);
    const total = (JSON.parse(run(['.', '--format', 'json'], { cwd: dir }).stdout) as JsonReport).files.reduce((sum, file) => sum + file.findings.length, 0);
    expect(lines.at(-1)).toBe(`::notice title=replylint::${total - 20} more findings not annotated (GitHub shows 10 errors and 10 warnings per step); run replylint locally for all of them.`);
  });
});

describe('junit output and --output', () => {
  it('writes a test suite per file and a failure per error or warning, to the file named', () => {
    const out = join(scratch, 'report.xml');
    const result = run(['en/password-reset.txt', 'en/refund-approved.md', '--format', 'junit', '--output', out]);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="replylint" failures="4">/);
    expect(xml).toContain('<testsuite name="en/password-reset.txt" tests="4" failures="4" errors="0">');
    expect(xml).toContain('<testsuite name="en/refund-approved.md" tests="1" failures="0" errors="0">');
    expect(xml).toContain('<failure message="Never ask for passwords, SMS codes, CVV or PIN — not in public, not in private." type="error">');
  });
});

describe('--fix', () => {
  it('applies every first fix in place, over several passes, and reports what is left', () => {
    const dir = copyTemplates();
    const clean = readFileSync(join(dir, 'en/refund-approved.md'), 'utf8');
    const result = run(['en', '--fix'], { cwd: dir });
    expect(result.stderr).toContain('fixed en/password-reset.txt: 3 fixes applied');
    expect(readFileSync(join(dir, 'en/password-reset.txt'), 'utf8')).toBe(
      [
        'Hello {{name}},',
        '',
        'Thank you for contacting us.',
        '',
        'To finish the reset, please send us your password and the code from the SMS.',
        'It is an issue on our side and we will fix it soon.',
        '',
        'If you have any other questions, just reply to this email — we are happy to help.',
        '',
      ].join('\n'),
    );
    // Thanks and the acknowledgement (which apologizes: no second apology) insert after the (missing) greeting.
    expect(readFileSync(join(dir, 'en/callback.md'), 'utf8')).toContain(
      "Thank you for contacting us. We're sorry you've had to contact us several times about this. Please leave your phone number and we will call you back. If you have any other questions, just reply to this email — we are happy to help.",
    );
    // Inside a JSON string the fix is escaped, and the export stays valid JSON.
    const macros = JSON.parse(readFileSync(join(dir, 'en/macros.json'), 'utf8')) as Array<{ reply: string }>;
    expect(macros[1]!.reply).toBe('Thank you for contacting us. You are wrong, we never reset passwords. As I already said, read the FAQ. If you have any other questions, just reply to this email — we are happy to help.');
    expect(readFileSync(join(dir, 'en/refund-approved.md'), 'utf8')).toBe(clean);
    expect(result.stderr).not.toContain('refund-approved');
    // The errors have no safe fix, so they remain: exit 1, and the report names them.
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('no-blame');
    expect(result.stdout).not.toMatch(/\bthanks\b/);
    expect(readdirSync(join(dir, 'en')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('prints the diff with --fix-dry-run and changes nothing', () => {
    const dir = copyTemplates();
    const before = readFileSync(join(dir, 'ru/card-number.txt'), 'utf8');
    const result = run(['ru/card-number.txt', '--fix-dry-run'], { cwd: dir });
    expect(result.stdout).toContain('--- ru/card-number.txt\n+++ ru/card-number.txt\n');
    expect(result.stdout).toContain('+Спасибо за обращение!');
    expect(result.stdout).toContain('\n-Проблема будет решена в ближайшее время.\n');
    expect(result.stdout).toContain('\n+Ситуация будет решена в ближайшее время.\n');
    expect(result.stdout).toContain('\n Для проверки платежа напишите, пожалуйста, полный номер карты и код из СМС.\n');
    expect(readFileSync(join(dir, 'ru/card-number.txt'), 'utf8')).toBe(before);
    expect(result.stdout).toMatch(/3:22 +error/);
  });

  it('--fix-dry-run shows unchanged lines as context, never as removed and added (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'diff-'));
    writeFileSync(join(dir, 'replylint.config.json'), JSON.stringify({ rules: { 'avoid-words': 'warning' } }));
    writeFileSync(join(dir, 'one.md'), 'Hi Sam, thanks for writing.\nYour order shipped today.\nThe problem is on our side.\nIt will arrive on Monday.\nHave a great day!\n');
    writeFileSync(join(dir, 'two.md'), 'Hi Sam,\n\nYour order shipped today.\nIt left our warehouse in Riga.\nIt will arrive on Monday.\nThe problem is on our side.\nHave a great day!\n');
    // With a format other than stylish the diff goes to stderr.
    const one = run(['one.md', '--fix-dry-run', '--format', 'json'], { cwd: dir }).stderr;
    const changed = (diff: string, sign: string) => diff.split('\n').filter((line) => line.startsWith(sign) && !line.startsWith(sign.repeat(3)));
    expect(changed(one, '-')).toEqual(['-The problem is on our side.']);
    expect(changed(one, '+')).toEqual(['+The issue is on our side.']);
    expect(run(['two.md', '--fix-dry-run', '--format', 'json'], { cwd: dir }).stderr).toBe(
      [
        '--- two.md',
        '+++ two.md',
        '@@ -1,7 +1,9 @@',
        ' Hi Sam,',
        ' ',
        '+Thank you for contacting us.',
        '+',
        ' Your order shipped today.',
        ' It left our warehouse in Riga.',
        ' It will arrive on Monday.',
        '-The problem is on our side.',
        '+The issue is on our side.',
        ' Have a great day!',
        '',
      ].join('\n'),
    );
  });

  it('unifiedDiff: a hunk per change with 3 lines of context, and the end of a file without a newline marked', () => {
    const lines = (count: number) => Array.from({ length: count }, (_, index) => `line ${index + 1}`);
    const before = `${lines(20).join('\n')}\n`;
    const after = before.replace('line 2\n', 'line two\n').replace('line 18\n', '');
    expect(unifiedDiff('a.md', before, after)).toBe(
      ['--- a.md', '+++ a.md', '@@ -1,5 +1,5 @@', ' line 1', '-line 2', '+line two', ' line 3', ' line 4', ' line 5', '@@ -15,6 +15,5 @@', ' line 15', ' line 16', ' line 17', '-line 18', ' line 19', ' line 20', ''].join('\n'),
    );
    expect(unifiedDiff('b.md', 'Hi.\nBye.', 'Hi.\nBye!')).toBe(['--- b.md', '+++ b.md', '@@ -1,2 +1,2 @@', ' Hi.', '-Bye.', '\\ No newline at end of file', '+Bye!', '\\ No newline at end of file', ''].join('\n'));
    expect(unifiedDiff('c.md', 'Hi.', 'Hi.\n')).toBe(['--- c.md', '+++ c.md', '@@ -1 +1 @@', '-Hi.', '\\ No newline at end of file', '+Hi.', ''].join('\n'));
    expect(unifiedDiff('d.md', '', 'Hi.\n')).toBe(['--- d.md', '+++ d.md', '@@ -0,0 +1 @@', '+Hi.', ''].join('\n'));
    // A raw escape sequence in a template would drive the terminal; it is shown as \u001b.
    expect(unifiedDiff('e\u001b.md', 'a\u001b[2J\r\n', 'b\r\n')).toBe(['--- e\\u001b.md', '+++ e\\u001b.md', '@@ -1 +1 @@', '-a\\u001b[2J\r', '+b\r', ''].join('\n'));
  });
});

describe('inline suppression', () => {
  function lintText(name: string, text: string) {
    const dir = mkdtempSync(join(scratch, 'suppress-'));
    writeFileSync(join(dir, name), text);
    return json([name], { cwd: dir }).report.files[0]!.findings.map((finding) => `${finding.line} ${finding.ruleId}`);
  }
  const reply = (middle: string) => `Hello! Thanks for writing.\n${middle}\nHave a great day!\nSam, Acme Support\n`;

  it('silences the next line, a block, or a Liquid comment, and reports directives that silence nothing', () => {
    expect(lintText('a.md', reply('You are wrong about the refund.'))).toEqual(['2 no-blame']);
    expect(lintText('a.md', reply('<!-- replylint-disable-next-line no-blame -->\nYou are wrong about the refund.'))).toEqual([]);
    expect(lintText('a.md', reply('<!-- replylint-disable-next-line closing -->\nYou are wrong about the refund.'))).toEqual(['2 unused-suppression', '3 no-blame']);
    expect(lintText('a.md', reply('<!-- replylint-disable no-blame -->\nYou are wrong.\n<!-- replylint-enable -->\nAs I already said, it is refunded.'))).toEqual(['5 no-blame']);
    expect(lintText('a.liquid', reply('{# replylint-disable #}\nYou are wrong about the refund.'))).toEqual([]);
    expect(lintText('a.md', `---\ndisable: [no-blame]\n---\n${reply('You are wrong about the refund.')}`)).toEqual([]);
  });

  it('reports an unused directive in the reply language', () => {
    const dir = mkdtempSync(join(scratch, 'suppress-'));
    writeFileSync(join(dir, 'ru.md'), '<!-- replylint-disable no-blame -->\nЗдравствуйте! Спасибо за вопрос. Заказ уже в пути. Хорошего дня!\n');
    const { report } = json(['ru.md'], { cwd: dir });
    expect(report.files[0]!.findings).toMatchObject([{ ruleId: 'unused-suppression', severity: 'info', line: 1, column: 1, message: expect.stringContaining('ничего не отключает') }]);
  });
});

describe('config files', () => {
  it('exits 2 on a bad config, naming every problem with file and key path, and lints nothing under it', () => {
    const result = run(['bad-config']);
    expect(result.status).toBe(2);
    const problems = result.stderr.split('\n').filter((line) => line.startsWith('  - '));
    expect(problems).toEqual([
      '  - bad-config/replylint.config.json: config.channel: expected one of "email", "chat", "messenger", "social", "review", "forum", "sms", got "fax"',
      '  - bad-config/replylint.config.json: config.overrides.0.files: must have at least 1 item',
      '  - bad-config/replylint.config.json: config.overrides.0.audience: expected one of "public", "private", got "everyone"',
      '  - bad-config/replylint.config.json: config.rules.thanks: expected "off", "info", "warning", "error" or [severity, options], got "loud"',
      expect.stringMatching(/^ {2}- bad-config\/replylint\.config\.json: config\.rules\.no-such-rule: unknown rule id "no-such-rule"/),
    ]);
    expect(result.stdout).toContain('not linted: its config file is invalid');
  });

  it('refuses an override glob that would backtrack for seconds, naming it (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'glob-'));
    writeFileSync(join(dir, 'replylint.config.json'), JSON.stringify({ overrides: [{ files: ['a*a*a*a*a*a*a*a*a*a*b', '**/*.md'], channel: 'chat' }] }));
    writeFileSync(join(dir, `${'a'.repeat(40)}.md`), 'Hi! Thanks for writing. Your order shipped. Have a great day!\n');
    const result = run(['.'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/config\.overrides\.0\.files\.0: has more than 3 "\*" wildcards besides "\*\*"/);
  });

  it('refuses an --output that is one of the linted templates, and leaves it as it was (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'output-'));
    writeFileSync(join(dir, 'a.md'), 'Hi! Your order shipped.\n');
    const result = run(['.', '--format', 'json', '--output', 'a.md'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--output a.md is one of the templates being linted');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('Hi! Your order shipped.\n');
    // Nor a config file: the next run would read the report as its config.
    writeFileSync(join(dir, 'replylint.config.json'), '{ "channel": "chat" }\n');
    for (const name of ['replylint.config.json', '.replylintrc.json', 'package.json']) {
      const config = run(['a.md', '--format', 'json', '--output', name], { cwd: dir });
      expect(config.status).toBe(2);
      expect(config.stderr).toContain(`--output ${name} is a config file name`);
    }
    expect(readFileSync(join(dir, 'replylint.config.json'), 'utf8')).toBe('{ "channel": "chat" }\n');
    rmSync(join(dir, 'replylint.config.json'));
    expect(run(['.', '--format', 'json', '--output', 'report.json'], { cwd: dir }).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toMatchObject({ files: [{ findings: expect.any(Array) }] });
  });

  it('writes --output beside the target and renames it over it: a failed or stopped run leaves the old report and no temporary file (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'atomic-'));
    writeFileSync(join(dir, 'a.md'), 'Hi! Your order shipped.\n');
    writeFileSync(join(dir, 'report.json'), 'old report\n', { mode: 0o640 });
    chmodSync(join(dir, 'report.json'), 0o640);
    symlinkSync('report.json', join(dir, 'link.json'));
    expect(run(['a.md', '--format', 'json', '--output', 'link.json'], { cwd: dir }).status).toBe(0);
    // Through the link, as a plain write would, keeping the mode.
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toMatchObject({ files: [{ file: 'a.md' }] });
    expect(statSync(join(dir, 'report.json')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'link.json', 'report.json']);
    // A failure between the start and the end (simulated here) leaves the old file and no temporary one.
    writeFileSync(join(dir, 'report.json'), 'old report\n');
    const output = new OutputFile(join(dir, 'report.json'));
    output.write('half a rep');
    expect(readdirSync(dir).length).toBe(4);
    output.discard();
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('old report\n');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'link.json', 'report.json']);
    // A folder or a missing folder is a usage error before any work.
    expect(run(['a.md', '--output', '.'], { cwd: dir })).toMatchObject({ status: 2, stderr: expect.stringContaining('cannot write .: EISDIR') });
    expect(run(['a.md', '--output', 'no-such-dir/r.json'], { cwd: dir })).toMatchObject({ status: 2, stderr: expect.stringContaining("cannot write no-such-dir/r.json: ENOENT: no such file or directory, access 'no-such-dir'") });
  });

  it('a folder walk lints each file once, however many links lead to it (a link to a parent folder) (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'links-'));
    mkdirSync(join(dir, 'tree', 'a'), { recursive: true });
    writeFileSync(join(dir, 'tree', 'a', 't.md'), 'Hi! Your order shipped.\n');
    symlinkSync('..', join(dir, 'tree', 'a', 'up'));
    symlinkSync('../a', join(dir, 'tree', 'a', 'self'));
    symlinkSync('a/t.md', join(dir, 'tree', 'link.md'));
    for (const input of ['tree', 'tree/**/*.md']) {
      const { report } = json([input], { cwd: dir });
      expect(report.files.map((file) => file.file)).toEqual(['tree/a/t.md']);
    }
  });

  it('--fix never writes through a link, keeps the mode, leaves read-only files and files changed since the lint (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'safe-fix-'));
    const outside = mkdtempSync(join(scratch, 'outside-'));
    const draft = 'Hi! Your order shipped.\n';
    writeFileSync(join(outside, 'far.md'), draft);
    mkdirSync(join(dir, 'tree'));
    symlinkSync(join(outside, 'far.md'), join(dir, 'tree', 'link.md'));
    symlinkSync(outside, join(dir, 'tree', 'linked-folder'));
    writeFileSync(join(dir, 'tree', 'private.md'), draft, { mode: 0o600 });
    chmodSync(join(dir, 'tree', 'private.md'), 0o600);
    writeFileSync(join(dir, 'tree', 'readonly.md'), draft);
    chmodSync(join(dir, 'tree', 'readonly.md'), 0o444);
    const result = run(['tree/link.md', 'tree/linked-folder/far.md', 'tree/private.md', 'tree/readonly.md', '--fix'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('not fixed tree/link.md: a symbolic link (or inside a linked folder): not rewritten');
    expect(result.stderr).toContain('not fixed tree/linked-folder/far.md: a symbolic link (or inside a linked folder): not rewritten');
    expect(result.stderr).toContain('not fixed tree/readonly.md: read-only: not rewritten');
    // The report is of the files as they are on disk: the read-only one still lacks its thanks.
    expect(result.stdout).toMatch(/tree\/readonly\.md\n[^\n]*Thank the client/);
    expect(lstatSync(join(dir, 'tree', 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(outside, 'far.md'), 'utf8')).toBe(draft);
    expect(readFileSync(join(dir, 'tree', 'readonly.md'), 'utf8')).toBe(draft);
    expect(readFileSync(join(dir, 'tree', 'private.md'), 'utf8')).not.toBe(draft);
    expect(statSync(join(dir, 'tree', 'private.md')).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'tree')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // A template saved after it was linted is not overwritten.
    writeFileSync(join(dir, 'tree', 'saved.md'), 'Saved meanwhile.\n');
    expect(writeFixed(join(dir, 'tree', 'saved.md'), draft, 'Fixed.\n')).toBe('changed since it was linted: not rewritten');
    expect(readFileSync(join(dir, 'tree', 'saved.md'), 'utf8')).toBe('Saved meanwhile.\n');
  });

  it('reads comments and trailing commas in a config file (JSONC, as editors write it), and names the line and column of a syntax error (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'jsonc-'));
    cpSync(join(TEMPLATES, 'en/callback.md'), join(dir, 'callback.md'));
    writeFileSync(
      join(dir, '.replylintrc.json'),
      [
        '// Support macros',
        '{',
        '  /* block',
        '     comment */ "rules": { "closing": "error", }, // the sign-off matters',
        '  "overrides": [{ "files": ["nothing//here/*.md",], "channel": "chat" },],',
        '}',
        '',
      ].join('\n'),
    );
    const { report, status } = json(['callback.md'], { cwd: dir });
    expect(status).toBe(1);
    expect(report.files[0]!.findings.find((finding) => finding.ruleId === 'closing')!.severity).toBe('error');
    // "//" and "/*" inside a string are kept.
    writeFileSync(join(dir, '.replylintrc.json'), '{ "channel": "fax // no /* comment */ here", }\n');
    const kept = run(['callback.md'], { cwd: dir });
    expect(kept.status).toBe(2);
    expect(kept.stderr).toContain('got "fax // no /* comment */ here"');
    // A syntax error still names the file, line and column.
    writeFileSync(join(dir, '.replylintrc.json'), '{\n  // the rules\n  "rules": { "closing": "error" }\n  "channel": "chat"\n}\n');
    const broken = run(['callback.md'], { cwd: dir });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('  - .replylintrc.json: invalid JSON at line 4, column 3: comma expected\n');
    // package.json stays JSON, as npm reads it.
    rmSync(join(dir, '.replylintrc.json'));
    writeFileSync(join(dir, 'package.json'), '{ "name": "macros", "replylint": { "rules": {} }, }\n');
    expect(run(['callback.md'], { cwd: dir }).stderr).toContain('  - package.json: invalid JSON at line 1, column 51: property name expected\n');
  });

  it('refuses JSON nested 100 000 deep in a config or a macro export with a message, not a stack overflow (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'deep-'));
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    writeFileSync(join(dir, 'macros.json'), `[{ "title": "Deep", "reply": "Hi", "extra": ${deep} }]`);
    writeFileSync(join(dir, 'ok.md'), 'Hello! Your order shipped. Have a nice day!\n');
    const { report, status } = json(['.'], { cwd: dir });
    expect(status).toBe(2);
    expect(report.files.find((file) => file.file === 'macros.json')?.error).toBe('invalid JSON at offset 298: nested deeper than 256 levels');
    expect(report.files.find((file) => file.file === 'ok.md')?.scores).toHaveLength(1);
    writeFileSync(join(dir, '.replylintrc.json'), `{\n  "x": ${deep}\n}`);
    const config = run(['ok.md'], { cwd: dir });
    expect(config.status).toBe(2);
    expect(config.stderr).toContain('.replylintrc.json: invalid JSON at line 2, column 263: nested deeper than 256 levels');
    expect(config.stderr).not.toMatch(/RangeError|call stack/);
  });

  it('uses --config PATH instead of the nearest file', () => {
    const result = run(['bad-config/reply.md', '--config', 'replylint.config.json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('finds package.json#replylint upward, and reads invalid JSON as a config problem', () => {
    const dir = mkdtempSync(join(scratch, 'package-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'macros', replylint: { rules: { closing: 'error' } } }));
    cpSync(join(TEMPLATES, 'en/callback.md'), join(dir, 'nested/deeper/callback.md'), { recursive: true });
    const { report, status } = json(['nested'], { cwd: dir });
    expect(status).toBe(1);
    expect(report.files[0]!.findings.find((finding) => finding.ruleId === 'closing')!.severity).toBe('error');
    writeFileSync(join(dir, 'nested/.replylintrc.json'), '{ "rules": { ');
    const broken = run(['nested'], { cwd: dir });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/nested\/\.replylintrc\.json: invalid JSON/);
  });
});

describe('bad files', () => {
  it('gives each unreadable file a clear message and lints the rest', () => {
    const dir = copyTemplates();
    writeFileSync(join(dir, 'broken/huge.md'), 'Thank you for writing! '.repeat(230_000));
    const { report, status } = json(['broken'], { cwd: dir });
    expect(status).toBe(2);
    expect(Object.fromEntries(report.files.map((file) => [file.file, file.error ?? `${file.findings.length} findings`]))).toEqual({
      'broken/binary.txt': 'binary file, not a text template',
      'broken/empty.md': 'empty file, nothing to lint',
      'broken/fine.md': '0 findings',
      'broken/huge.md': '5.0 MB, over the 2 MB limit for a template',
      'broken/invalid-yaml.md': expect.stringMatching(/^invalid YAML front matter: .*line 2, column 1$/),
    });
    expect(report.summary.unreadable).toBe(4);
  });

  it('reads Windows files: UTF-8 with a BOM (JSON too), U+FFFD and UTF-16 with a BOM; names Windows-1251 with a way to convert (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'encodings-'));
    writeFileSync(join(dir, 'bom.json'), '\uFEFF[{"title":"A","reply":"Hi! Your order shipped."}]');
    writeFileSync(join(dir, 'fffd.txt'), 'Hi! Your order shipped \uFFFD today.');
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi! Your order shipped.', 'utf16le')]));
    // «Здравствуйте! Заказ отправлен.» in Windows-1251.
    writeFileSync(join(dir, 'cp1251.txt'), Buffer.from('c7e4f0e0e2f1f2e2f3e9f2e52120c7e0eae0e720eef2eff0e0e2ebe5ed2e', 'hex'));
    const { report, status } = json(['bom.json', 'fffd.txt', 'utf16.txt', 'cp1251.txt'], { cwd: dir });
    expect(status).toBe(2);
    expect(Object.fromEntries(report.files.map((file) => [file.file, file.error ?? file.findings.map((finding) => finding.ruleId).join(',')]))).toEqual({
      'bom.json': 'thanks,closing',
      'fffd.txt': 'thanks,closing',
      'utf16.txt': 'thanks,closing',
      'cp1251.txt': 'not valid UTF-8: it looks like Windows-1251 (Cyrillic); convert it with iconv -f WINDOWS-1251 -t UTF-8 cp1251.txt > converted.txt',
    });
  });

  it('lints UTF-16 with a BOM (LE and BE) as its UTF-8 twin, and --fix writes each back in its encoding with its BOM (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'utf16-'));
    const text = '\uFEFFHi!\r\nYour order 📦 shipped, see the tracking link.\r\n';
    const utf16be = (value: string) => Buffer.from(value, 'utf16le').swap16();
    writeFileSync(join(dir, 'utf8.txt'), text);
    writeFileSync(join(dir, 'le.txt'), Buffer.from(text, 'utf16le'));
    writeFileSync(join(dir, 'be.txt'), utf16be(text));
    writeFileSync(join(dir, 'le.json'), Buffer.from('\uFEFF[{"title":"A","reply":"Hi! Your order \\ud83d\\udce6 shipped."}]', 'utf16le'));
    writeFileSync(join(dir, 'odd.txt'), Buffer.from([0xff, 0xfe, 0x48, 0x00, 0x3d, 0xd8, 0x21])); // a lone surrogate and half a unit
    const { report } = json(['utf8.txt', 'le.txt', 'be.txt', 'le.json', 'odd.txt'], { cwd: dir });
    const byName = Object.fromEntries(report.files.map((file) => [file.file, file]));
    expect(byName['utf8.txt']!.findings.map((finding) => [finding.ruleId, finding.line, finding.column])).toEqual([
      ['thanks', 1, 5],
      ['no-channel-switch', 2, 24], // after the emoji: columns in UTF-16 code units, as for UTF-8
      ['closing', 2, 46],
    ]);
    expect(byName['le.txt']).toEqual({ ...byName['utf8.txt'], file: 'le.txt' });
    expect(byName['be.txt']).toEqual({ ...byName['utf8.txt'], file: 'be.txt' });
    expect(byName['le.json']!.findings.map((finding) => finding.ruleId)).toEqual(['thanks', 'closing']);
    expect(byName['odd.txt']!.error).toBe('not valid UTF-16LE text');

    const fixed = run(['utf8.txt', 'le.txt', 'be.txt', '--fix'], { cwd: dir });
    expect(fixed.stderr).toBe(['fixed be.txt: 2 fixes applied', 'fixed le.txt: 2 fixes applied', 'fixed utf8.txt: 2 fixes applied', ''].join('\n'));
    const after = readFileSync(join(dir, 'utf8.txt'), 'utf8');
    expect(after).not.toBe(text);
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(readFileSync(join(dir, 'le.txt'))).toEqual(Buffer.from(after, 'utf16le'));
    expect(readFileSync(join(dir, 'be.txt'))).toEqual(utf16be(after));
    // A UTF-16 file saved meanwhile is not overwritten, as a UTF-8 one.
    expect(writeFixed(join(dir, 'le.txt'), text, 'Fixed.\n', 'utf-16le')).toBe('changed since it was linted: not rewritten');
    expect(writeFixed(join(dir, 'le.txt'), after, `${after}Bye.\n`, 'utf-16le')).toBeUndefined();
    expect(readFileSync(join(dir, 'le.txt'))).toEqual(Buffer.from(`${after}Bye.\n`, 'utf16le'));
  });

  it('reads regular files only: a FIFO or /dev/zero is named, never waited on or read without end (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'special-'));
    writeFileSync(join(dir, 'fine.md'), 'Hi! Thanks for writing. Your order shipped. Have a great day!\n');
    const fifo = spawnSync('mkfifo', [join(dir, 'pipe.md')]);
    const inputs = ['fine.md', '/dev/zero', ...(fifo.status === 0 ? ['pipe.md'] : [])];
    const { report, status } = json(inputs, { cwd: dir });
    expect(status).toBe(2);
    for (const file of report.files.filter((entry) => entry.file !== 'fine.md')) expect(file.error).toBe('not a regular file (a pipe, device or socket): not read');
    expect(report.files.find((entry) => entry.file === 'fine.md')!.error).toBeUndefined();
    const check = run(['check', '--reply', '/dev/zero'], { cwd: dir });
    expect(check).toMatchObject({ status: 2, stderr: expect.stringContaining('cannot read /dev/zero: not a regular file') });
    // Config files and summaries too: --config /dev/zero, a FIFO named like a config, qa-merge of a FIFO.
    expect(run(['fine.md', '--config', '/dev/zero'], { cwd: dir })).toMatchObject({ status: 2, stderr: expect.stringContaining('/dev/zero: cannot read: not a regular file') });
    if (fifo.status === 0) {
      mkdirSync(join(dir, 'nested'));
      writeFileSync(join(dir, 'nested', 'reply.md'), 'Hi!\n');
      spawnSync('mkfifo', [join(dir, 'nested', 'replylint.config.json')]);
      expect(run(['nested/reply.md'], { cwd: dir })).toMatchObject({ status: 2, stderr: expect.stringContaining('replylint.config.json: cannot read: not a regular file') });
      expect(run(['qa-merge', 'pipe.md'], { cwd: dir })).toMatchObject({ status: 2, stderr: expect.stringContaining('cannot read pipe.md: not a regular file') });
    }
  });

  it.skipIf(process.getuid?.() === 0)('names a template it may not read, and lints the rest (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'locked-'));
    writeFileSync(join(dir, 'fine.md'), 'Hi! Thanks for writing. Your order shipped. Have a great day!\n');
    writeFileSync(join(dir, 'locked.md'), 'Hi!\n', { mode: 0o000 });
    const { report, status } = json(['.'], { cwd: dir });
    expect(status).toBe(2);
    expect(report.files.map((file) => [file.file, file.error])).toEqual([['fine.md', undefined], ['locked.md', 'could not be read: permission denied']]);
  });

  it.skipIf(process.getuid?.() === 0)('names a folder it may not read, and lints the rest (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'locked-folder-'));
    writeFileSync(join(dir, 'fine.md'), 'Hi! Thanks for writing. Your order shipped. Have a great day!\n');
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'hidden.md'), 'Hi!\n');
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      const { report, status } = json(['.'], { cwd: dir });
      expect(status).toBe(2);
      expect(report.files.map((file) => [file.file, file.error])).toEqual([['fine.md', undefined], ['locked', 'folder could not be read: permission denied']]);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it('names every folder the walk could not read, through a folder or a glob — as root too, with a failing readdir (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'walk-'));
    mkdirSync(join(dir, 'tree', 'locked', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'tree', 'fine.md'), 'Hi!\n');
    writeFileSync(join(dir, 'tree', 'locked', 'deeper', 'hidden.md'), 'Hi!\n');
    const denied = ((path: string, options: never) => {
      if (path.includes('locked')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
      return readdirSync(path, options);
    }) as typeof readdirSync;
    expect(expandInputs([join(dir, 'tree')], denied)).toEqual({
      files: [join(dir, 'tree', 'fine.md')],
      missing: [],
      unreadable: [{ folder: join(dir, 'tree', 'locked'), error: 'folder could not be read: permission denied' }],
    });
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      expect(expandInputs(['tree/**/*.md'], denied)).toEqual({ files: ['tree/fine.md'], missing: [], unreadable: [{ folder: 'tree/locked', error: 'folder could not be read: permission denied' }] });
    } finally {
      process.chdir(cwd);
    }
  });

  it('names a bad front matter key and a malformed macro export', () => {
    const dir = mkdtempSync(join(scratch, 'bad-'));
    writeFileSync(join(dir, 'a.md'), '---\nchanel: email\naudience: everyone\n---\nHello!\n');
    writeFileSync(join(dir, 'b.json'), '{ "title": "not a macro list" }');
    const { report } = json(['.'], { cwd: dir });
    expect(report.files.map((file) => file.error)).toEqual([
      'audience: expected one of "public", "private", got "everyone"; unknown key "chanel"',
      'expected an array of macros (or Zendesk\'s { "macros": [...] })',
    ]);
  });

  it('reports an unknown rule id in front matter `disable` on that file, at the id, and lints the rest (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'disable-'));
    writeFileSync(join(dir, 'a.md'), '---\ndisable: [thanx, closing]\n---\nHello, your order shipped.\n');
    writeFileSync(join(dir, 'b.md'), 'Hi! Your order shipped.\n');
    const { status, report } = json(['.'], { cwd: dir });
    expect(status).toBe(1); // a lint error, as ESLint reports an unknown rule in an inline config
    const [a, b] = report.files;
    expect(a!.findings[0]).toMatchObject({ ruleId: 'invalid-template', severity: 'error', line: 2, column: 11, endColumn: 16 });
    expect(a!.findings[0]!.message).toMatch(/^front matter "disable": unknown rule id "thanx" \(known: .*thanks/);
    // The known id still applies; the file is still linted; the other file too.
    expect(a!.findings.map((finding) => finding.ruleId)).toEqual(['invalid-template', 'thanks']);
    expect(b!.findings.map((finding) => finding.ruleId)).toEqual(['thanks', 'closing']);
  });
});

describe('the package', () => {
  it('types replylint and replylint/node for TypeScript\'s "moduleResolution": "node" (node10) too (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'node10-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'replylint'));
    writeFileSync(join(dir, 'use.ts'), "import { lint } from 'replylint';\nimport { lintFiles, type FileResult } from 'replylint/node';\nexport const results: FileResult[] = lintFiles(['a.md']).results;\nexport const score: number = lint({ reply: 'Hi!' }).score;\n");
    const program = ts.createProgram([join(dir, 'use.ts')], {
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      typeRoots: [join(ROOT, 'node_modules/@types')],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(problems).toEqual([]);
  });
});

describe('check: one pair', () => {
  it('reads the message from stdin and the reply from a file', () => {
    const dir = mkdtempSync(join(scratch, 'check-'));
    writeFileSync(join(dir, 'reply.txt'), 'Оставьте номер телефона, мы вам перезвоним.');
    const result = run(['check', '--message', '-', '--reply', 'reply.txt', '--format', 'json'], {
      cwd: dir,
      input: 'Я уже пятый раз звоню вам по поводу списания, и никто ничего не сделал!!! Верните деньги.',
    });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.files[0]!.file).toBe('reply.txt');
    expect(report.files[0]!.findings.map((finding) => finding.ruleId).sort()).toEqual(['acknowledge-repeat', 'closing', 'empathy', 'no-channel-switch', 'stated-actions', 'thanks']);
    expect(report.files[0]!.scores[0]).toBeLessThan(50);
  });

  it('reads the earlier turns with --history (JSON lines): the same answer again is a repeated reply; bad lines and turns are named (#16)', () => {
    const dir = mkdtempSync(join(scratch, 'history-'));
    const earlier = 'Здравствуйте, Анна! Ваш заказ уже в пути и приедет в течение 3 рабочих дней. Отследить его можно в личном кабинете.';
    writeFileSync(join(dir, 'history.jsonl'), `${JSON.stringify({ role: 'client', text: 'Где мой заказ?' })}\n\n${JSON.stringify({ role: 'agent', text: earlier })}\n`);
    writeFileSync(join(dir, 'message.txt'), 'Прошла неделя, заказа нет.');
    writeFileSync(join(dir, 'reply.txt'), earlier.replace('3 рабочих', '5 рабочих'));
    const result = run(['check', '--reply', 'reply.txt', '--message', 'message.txt', '--history', 'history.jsonl', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(result.stdout) as JsonReport).files[0]!.findings.map((finding) => finding.ruleId)).toContain('repeated-reply');
    const without = run(['check', '--reply', 'reply.txt', '--message', 'message.txt', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(without.stdout) as JsonReport).files[0]!.findings.map((finding) => finding.ruleId)).not.toContain('repeated-reply');

    writeFileSync(join(dir, 'bad.jsonl'), `${JSON.stringify({ role: 'bot', text: 'x' })}\nnot json\n`);
    const bad = run(['check', '--reply', 'reply.txt', '--history', 'bad.jsonl'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--history bad.jsonl: line 2: invalid JSON');
    writeFileSync(join(dir, 'bad.jsonl'), `${JSON.stringify({ role: 'bot', text: 'x' })}\n`);
    const badTurn = run(['check', '--reply', 'reply.txt', '--history', 'bad.jsonl'], { cwd: dir });
    expect(badTurn.status).toBe(2);
    expect(badTurn.stderr).toContain('invalid input: input.history.0.role: expected one of "client", "agent", got "bot"');
  });

  it('lists the promises a reply makes, their times resolved with --now and --time-zone, in stylish and JSON (#16, seed 003)', () => {
    const reply = 'Здравствуйте! Мастер перезвонит завтра в 15:00, а деньги мы вернём в течение 3 рабочих дней.';
    const stylish = run(['check', '--reply', '-', '--now', '2026-12-11T13:00:00Z', '--time-zone', 'Europe/Moscow', '--no-color'], { input: reply });
    expect(stylish.stdout).toContain('promise мастер: перезвонит — завтра в 15:00 → by 2026-12-12 15:00 (+03:00)');
    expect(stylish.stdout).toContain('promise we: вернём — в течение 3 рабочих дней → by 2026-12-16 23:59 (+03:00)');
    const json = JSON.parse(run(['check', '--reply', '-', '--format', 'json'], { input: reply }).stdout) as { files: Array<{ commitments: unknown[] }> };
    expect(json.files[0]!.commitments).toEqual([
      { actor: 'мастер', action: 'перезвонит', conditional: false, line: 1, column: 15, endLine: 1, endColumn: 47, due: { text: 'завтра в 15:00', line: 1, column: 33 } },
      { actor: 'we', action: 'вернём', conditional: false, line: 1, column: 58, endLine: 1, endColumn: 92, due: { text: 'в течение 3 рабочих дней', line: 1, column: 68 } },
    ]);
    // A file with no finding but a promise still shows it; a bad --now is the input's problem (exit 2).
    const clean = run(['check', '--reply', '-', '--no-color'], { input: 'Thank you for your patience, Anna! We will send the replacement on Friday. Have a great day!\n^JS' });
    expect(clean.stdout).toContain('promise we: send the replacement — on Friday');
    const bad = run(['check', '--reply', '-', '--now', 'tomorrow'], { input: reply });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('invalid input: input.now: expected an ISO 8601 date-time with an offset');
  });

  it('takes the channel and audience from flags', () => {
    const result = run(['check', '--reply', '-', '--channel', 'social', '--audience', 'public'], { input: 'Hi! Thanks for reaching out. Please reply with your phone number. Have a great day!\n^JS' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/1:\d+ +error .*no-public-personal-data/);
  });

  it('reads --reply and --message files as templates are read: UTF-16 with a BOM as its UTF-8 twin, Windows-1251 named with iconv (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'check-encodings-'));
    const reply = '\uFEFFHi!\r\nYour order 📦 shipped, please call our hotline.\r\n';
    const message = '\uFEFFWhere is my order? Third time I write!!!';
    writeFileSync(join(dir, 'reply-utf8.txt'), reply);
    writeFileSync(join(dir, 'message-utf8.txt'), message);
    writeFileSync(join(dir, 'reply-le.txt'), Buffer.from(reply, 'utf16le'));
    writeFileSync(join(dir, 'message-be.txt'), Buffer.from(message, 'utf16le').swap16());
    const check = (replyFile: string, messageFile: string, input?: string) => {
      const result = run(['check', '--reply', replyFile, '--message', messageFile, '--format', 'json'], { cwd: dir, input });
      return { status: result.status, stderr: result.stderr, report: JSON.parse(result.stdout) as JsonReport };
    };
    const utf8 = check('reply-utf8.txt', 'message-utf8.txt');
    expect(utf8.report.files[0]!.findings.map((finding) => finding.ruleId)).toContain('no-channel-switch');
    const utf16 = check('reply-le.txt', 'message-be.txt');
    expect(utf16.status).toBe(utf8.status);
    expect(utf16.report).toEqual({ ...utf8.report, files: [{ ...utf8.report.files[0]!, file: 'reply-le.txt' }] });
    // Standard input is decoded the same way.
    const piped = spawnSync(process.execPath, [CLI, 'check', '--reply', '-', '--message', 'message-utf8.txt', '--format', 'json'], { cwd: dir, input: Buffer.from(reply, 'utf16le'), encoding: 'utf8' });
    expect(JSON.parse(piped.stdout)).toEqual({ ...utf8.report, files: [{ ...utf8.report.files[0]!, file: '<stdin>' }] });

    // «Здравствуйте! Заказ отправлен.» in Windows-1251: the template reader's hint, and exit 2 as for any unreadable input.
    writeFileSync(join(dir, 'cp1251.txt'), Buffer.from('c7e4f0e0e2f1f2e2f3e9f2e52120c7e0eae0e720eef2eff0e0e2ebe5ed2e', 'hex'));
    const hint = 'not valid UTF-8: it looks like Windows-1251 (Cyrillic); convert it with iconv -f WINDOWS-1251 -t UTF-8';
    for (const args of [['--reply', 'cp1251.txt'], ['--reply', 'reply-utf8.txt', '--message', 'cp1251.txt']]) {
      expect(run(['check', ...args], { cwd: dir })).toEqual({ status: 2, stdout: '', stderr: `replylint: cannot read cp1251.txt: ${hint} cp1251.txt > converted.txt\n` });
    }
    const cp1251 = spawnSync(process.execPath, [CLI, 'check', '--reply', '-'], { cwd: dir, input: readFileSync(join(dir, 'cp1251.txt')), encoding: 'utf8' });
    expect({ status: cp1251.status, stderr: cp1251.stderr }).toEqual({ status: 2, stderr: `replylint: cannot read standard input: ${hint}\n` });
    writeFileSync(join(dir, 'odd.txt'), Buffer.from([0xff, 0xfe, 0x48, 0x00, 0x3d, 0xd8, 0x21])); // a lone surrogate and half a unit
    expect(run(['check', '--reply', 'odd.txt'], { cwd: dir })).toMatchObject({ status: 2, stderr: 'replylint: cannot read odd.txt: not valid UTF-16LE text\n' });
  });

  it('says so when the report cannot be written to standard output (a full disk), and a closed pipe is no error (#13)', () => {
    const dir = mkdtempSync(join(scratch, 'full-'));
    writeFileSync(join(dir, 'a.md'), 'Hi! Your order shipped.\n');
    for (const args of ['a.md', 'a.md --format json', 'check --reply a.md']) {
      const full = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" ${args} > /dev/full`], { cwd: dir, encoding: 'utf8' });
      expect({ status: full.status, stderr: full.stderr }, args).toEqual({ status: 2, stderr: 'replylint: cannot write the report: ENOSPC: no space left on device, write\n' });
    }
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" ${join(TEMPLATES, 'en')} | head -c 10`], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
  });

  it('reads standard input only up to the size limit: endless input ends with a message (#13)', () => {
    const endless = spawnSync('sh', ['-c', `cat /dev/zero | "${process.execPath}" "${CLI}" check --reply -`], { encoding: 'utf8', timeout: 60_000 });
    expect({ status: endless.status, stderr: endless.stderr }).toEqual({ status: 2, stderr: 'replylint: cannot read standard input: over the 2 MB limit\n' });
  }, 60_000);

  it('refuses to read both texts from stdin', () => {
    const result = run(['check', '--message', '-', '--reply', '-'], { input: 'x' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('only one of --message and --reply can be read from standard input');
  });
});

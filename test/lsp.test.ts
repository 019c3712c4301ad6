/**
 * The language server (`dist/cli.js lsp --stdio`, built by `npm run build`, which `npm test` runs
 * first) driven over stdio by a real JSON-RPC client: capabilities, diagnostics, debounced
 * changes, quick fixes, "disable for this line", hover, config reload and errors, exit.
 */
import { builtInDocs } from '../rules/docs.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type InitializeResult,
  type MarkupContent,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { builtInRules } from '../rules/index.js';
import { lintFiles } from '../src/node/lint-files.js';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist/cli.js');
const TEMPLATES = join(ROOT, 'fixtures/templates');
const DOCS = 'https://www.npmjs.com/package/replylint#';

const uriOf = (path: string) => pathToFileURL(path).href;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

class Client {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly exited: Promise<number | null>;
  private readonly texts = new Map<string, TextDocument>();

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    this.exited = new Promise((done) => child.on('exit', (code) => done(code)));
    connection.onNotification(PublishDiagnosticsNotification.method, (params: PublishDiagnosticsParams) => {
      this.published.push(params);
    });
    connection.onNotification(ShowMessageNotification.method, (params: ShowMessageParams) => {
      this.messages.push(params);
    });
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.listen();
  }

  static async start(): Promise<{ client: Client; capabilities: InitializeResult }> {
    const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new Client(child, createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)));
    running.push(client);
    const capabilities = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(TEMPLATES),
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return { client, capabilities };
  }

  text(uri: string): string {
    return this.texts.get(uri)!.getText();
  }

  /** Opens a document and waits for its diagnostics. */
  async open(uri: string, text: string, languageId = 'markdown'): Promise<Diagnostic[]> {
    const from = this.published.length;
    this.texts.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return (await this.next(uri, from)).diagnostics;
  }

  /** Replaces the whole text (a new version); does not wait. */
  async change(uri: string, text: string): Promise<number> {
    const old = this.texts.get(uri)!;
    const document = TextDocument.create(uri, old.languageId, old.version + 1, text);
    this.texts.set(uri, document);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: document.version }, contentChanges: [{ text }] });
    return document.version;
  }

  /** The first diagnostics for the uri published after the `from`-th notification. */
  async next(uri: string, from: number, timeout = 5000): Promise<PublishDiagnosticsParams> {
    for (const started = Date.now(); Date.now() - started < timeout; await sleep(10)) {
      const found = this.published.slice(from).find((params) => params.uri === uri);
      if (found) return found;
    }
    throw new Error(`no diagnostics for ${uri}`);
  }

  async actions(uri: string, diagnostic: Diagnostic | undefined, only?: string[]): Promise<CodeAction[]> {
    const range = diagnostic?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const context = { diagnostics: diagnostic ? [diagnostic] : [], ...(only ? { only } : {}) };
    const actions = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context });
    return (actions ?? []) as CodeAction[];
  }

  /** The text after applying the action's edit. */
  applied(uri: string, action: CodeAction): string {
    return TextDocument.applyEdits(this.texts.get(uri)!, action.edit!.changes![uri]!);
  }

  async hover(uri: string, line: number, character: number): Promise<string | undefined> {
    const hover = await this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
    return (hover?.contents as MarkupContent | undefined)?.value;
  }
}

vi.setConfig({ testTimeout: 20_000 });

const running: Client[] = [];
let scratch: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it first)');
  scratch = mkdtempSync(join(tmpdir(), 'replylint-lsp-'));
});
afterEach(() => {
  for (const client of running.splice(0)) {
    client.connection.dispose();
    client.child.kill();
  }
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const rule = (id: string) => builtInRules.find((candidate) => candidate.meta.id === id)!;

/** Code, severity and range of each diagnostic, in order. */
const summary = (diagnostics: Diagnostic[]) =>
  diagnostics.map(({ code, severity, range }) => `${code} ${severity} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`);

function fixture(path: string): { uri: string; text: string } {
  const file = join(TEMPLATES, path);
  return { uri: uriOf(file), text: readFileSync(file, 'utf8') };
}

describe('lifecycle', () => {
  it('announces incremental sync, quick fixes and hover', async () => {
    const { capabilities } = await Client.start();
    expect(capabilities.capabilities).toMatchObject({
      textDocumentSync: { openClose: true, change: 2 },
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.replylint'] },
      hoverProvider: true,
    });
  });

  it('ends with code 0 after shutdown and exit, 1 after exit alone', async () => {
    const { client } = await Client.start();
    await client.connection.sendRequest(ShutdownRequest.type);
    await client.connection.sendNotification(ExitNotification.type);
    expect(await client.exited).toBe(0);
    const { client: rude } = await Client.start();
    await rude.connection.sendNotification(ExitNotification.type);
    expect(await rude.exited).toBe(1);
  });

  it('refuses transports other than stdio', async () => {
    const child = spawn(process.execPath, [CLI, 'lsp', '--socket=7000'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    expect(await new Promise((done) => child.on('exit', done))).toBe(2);
    expect(stderr).toContain('replylint lsp --stdio');
  });
});

describe('diagnostics', () => {
  it('are published on open for an English template, with rule ids, severities, ranges and docs', async () => {
    const { client } = await Client.start();
    const { uri, text } = fixture('en/password-reset.txt');
    const diagnostics = await client.open(uri, text, 'plaintext');
    expect(client.published[0]!.version).toBe(1);
    // The nearest config (fixtures/templates/replylint.config.json) raises avoid-words to a warning.
    expect(summary(diagnostics)).toEqual([
      'thanks 2 0:15-0:15',
      'no-public-personal-data 1 2:28-2:75',
      'avoid-words 2 3:8-3:15',
      'closing 2 3:52-3:52',
    ]);
    for (const diagnostic of diagnostics) {
      expect(diagnostic.source).toBe('replylint');
      expect(diagnostic.codeDescription?.href).toBe(`${DOCS}${diagnostic.code}`);
    }
    const personal = diagnostics[1]!;
    expect(text.split('\n')[2]!.slice(personal.range.start.character, personal.range.end.character)).toBe('send us your password and the code from the SMS');
    expect(personal.message).toMatch(/password/);
  });

  it('are published on open for a Russian template, in Russian, never inside the front matter', async () => {
    const { client } = await Client.start();
    const { uri, text } = fixture('ru/callback.md');
    const diagnostics = await client.open(uri, text);
    // Lines 0–2 are the front matter, whose message is full of things rules look for.
    expect(summary(diagnostics)).toEqual([
      'thanks 2 3:0-3:0',
      'empathy 2 3:0-3:0',
      'acknowledge-repeat 2 3:0-3:0',
      'stated-actions 2 3:32-3:42',
      'no-channel-switch 2 3:32-3:42',
      'closing 2 3:43-3:43',
    ]);
    expect(diagnostics[0]!.message).toBe(rule('thanks').languages.ru.messages.missing);
    expect(text.split('\n')[3]!.slice(32, 42)).toBe('перезвоним');
  });

  it('puts a finding about the whole reply at the start of the body, after the front matter', async () => {
    const { client } = await Client.start();
    const uri = uriOf(join(scratch, 'front-matter.md'));
    // A wall of text to a one-line question: proportional-length has no range in the reply.
    const text = '---\nlanguage: en\nchannel: chat\nmessage: Where is my order?\n---\n' + 'Hi! We shipped your order today, thanks for waiting. Have a great day! '.repeat(40);
    const diagnostics = await client.open(uri, text);
    expect(summary(diagnostics)).toEqual(['proportional-length 2 5:0-5:0']);
  });

  it('lints only the latest of several quick changes', async () => {
    const { client } = await Client.start();
    const uri = uriOf(join(scratch, 'changes.md'));
    await client.open(uri, 'Hello! Thanks for writing. Your order ships today. Have a great day!');
    const from = client.published.length;
    const versions: number[] = [];
    for (const word of ['one', 'two', 'three', 'four']) {
      versions.push(await client.change(uri, `Hello! Thanks for writing. Problem ${word}: your order ships today. Have a great day!`));
    }
    const last = await client.change(uri, 'Hello! Your order ships today, sorry for the problem. Have a great day!');
    const published = await client.next(uri, from);
    await sleep(500); // anything stale would arrive by now
    expect(published.version).toBe(last);
    expect(client.published.slice(from).map((params) => params.version)).toEqual([last]);
    // The diagnostics are those of the last text, the only one without thanks.
    expect(published.diagnostics.map((diagnostic) => diagnostic.code)).toContain('thanks');
    expect(versions).toEqual([2, 3, 4, 5]);
  });

  it('are not given to documents that are not templates; untitled ones are linted as Markdown', async () => {
    const { client } = await Client.start();
    const reply = 'Please leave your phone number and we will call you back.';
    expect(await client.open(uriOf(join(scratch, 'reply.ts')), reply, 'typescript')).toEqual([]);
    expect(await client.open(uriOf(join(TEMPLATES, 'replylint.config.json')), readFileSync(join(TEMPLATES, 'replylint.config.json'), 'utf8'), 'json')).toEqual([]);
    expect(await client.open('untitled:Untitled-2', reply, 'typescript')).toEqual([]);
    const untitled = await client.open('untitled:Untitled-1', reply, 'markdown');
    expect(untitled.map((diagnostic) => diagnostic.code)).toEqual(['thanks', 'no-channel-switch', 'closing']);
  });
});

describe('code actions', () => {
  it('turn fixes into quick fixes that give the expected text, the first one preferred', async () => {
    const { client } = await Client.start();
    const { uri, text } = fixture('en/password-reset.txt');
    const diagnostics = await client.open(uri, text, 'plaintext');

    const avoid = diagnostics.find((diagnostic) => diagnostic.code === 'avoid-words')!;
    const [replace, disable, all, ...rest] = await client.actions(uri, avoid);
    expect(rest).toEqual([]);
    // "Fix all": the whole document as `replylint --fix` writes it.
    expect(all).toMatchObject({ title: 'Fix all auto-fixable replylint problems', kind: 'quickfix' });
    const fixedByCli = lintFiles([join(TEMPLATES, 'en/password-reset.txt')], { fix: true }).results[0]!.fixed;
    expect(fixedByCli).toBeDefined();
    expect(client.applied(uri, all!)).toBe(fixedByCli);
    expect(replace).toMatchObject({ title: 'Replace with “an issue”', kind: 'quickfix', isPreferred: true });
    expect(client.applied(uri, replace!)).toBe(text.replace('It is a problem on our side', 'It is an issue on our side'));
    expect(disable!.isPreferred).toBeUndefined();

    const thanks = diagnostics.find((diagnostic) => diagnostic.code === 'thanks')!;
    const [insert] = await client.actions(uri, thanks);
    expect(insert).toMatchObject({ title: 'Insert “Thank you for contacting us.”', isPreferred: true });
    expect(client.applied(uri, insert!)).toBe(text.replace('Hello {{name}},\n', 'Hello {{name}},\n\nThank you for contacting us.\n'));

    // On save ("source.fixAll.replylint"), only the whole-document fix.
    const onSave = await client.actions(uri, undefined, ['source.fixAll']);
    expect(onSave.map((action) => [action.title, action.kind])).toEqual([['Fix all replylint problems', 'source.fixAll.replylint']]);
    expect(client.applied(uri, onSave[0]!)).toBe(fixedByCli);

    // A finding without a fix only offers to disable the rule.
    const personal = diagnostics.find((diagnostic) => diagnostic.code === 'no-public-personal-data')!;
    expect((await client.actions(uri, personal)).map((action) => action.title)).toEqual(['Disable no-public-personal-data for this line']);
    // A request without its (required) context gets no actions, not an error.
    expect(await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: avoid.range } as never)).toEqual([]);
    // `data` a client sends back with the wrong shape is not trusted: the last lint's own is used,
    // and a diagnostic the server never published gets no action (and no error).
    for (const data of [{}, { fixes: 'x' }, { fixes: [null] }, null, 5]) {
      expect((await client.actions(uri, { ...avoid, data }))[0]).toMatchObject({ title: 'Replace with “an issue”' });
      expect(await client.actions(uri, { ...avoid, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, data })).toEqual([]);
    }
  });

  it('are titled in the reply\'s language', async () => {
    const { client } = await Client.start();
    const { uri, text } = fixture('ru/callback.md');
    const diagnostics = await client.open(uri, text);
    const thanks = diagnostics.find((diagnostic) => diagnostic.code === 'thanks')!;
    const titles = (await client.actions(uri, thanks)).map((action) => action.title);
    expect(titles[0]).toMatch(/^Вставить «.+»$/);
    expect(titles.slice(-2)).toEqual(['Отключить thanks для этой строки', 'Исправить всё, что replylint умеет исправить']);
    const inserted = client.applied(uri, (await client.actions(uri, thanks))[0]!);
    expect(inserted).toMatch(/^---[\s\S]*---\nСпасибо[^\n]*Оставьте номер телефона/);
  });

  it('disable a rule for a line with the comment of the file type, which then silences it', async () => {
    const { client } = await Client.start();
    const { uri, text } = fixture('en/callback.md');
    const diagnostics = await client.open(uri, text);
    const channel = diagnostics.find((diagnostic) => diagnostic.code === 'no-channel-switch')!;
    const disable = (await client.actions(uri, channel)).find((action) => action.title === 'Disable no-channel-switch for this line')!;
    const lines = text.split('\n');
    const expected = [...lines.slice(0, 3), '<!-- replylint-disable-next-line no-channel-switch -->', ...lines.slice(3)].join('\n');
    expect(client.applied(uri, disable)).toBe(expected);

    // Applied: the finding is gone and the comment is used; disabling another rule there joins the comment.
    const from = client.published.length;
    await client.change(uri, expected);
    const after = (await client.next(uri, from)).diagnostics;
    expect(after.map((diagnostic) => diagnostic.code)).not.toContain('no-channel-switch');
    expect(after.map((diagnostic) => diagnostic.code)).not.toContain('unused-suppression');
    const actions = after.find((diagnostic) => diagnostic.code === 'stated-actions')!;
    const joined = (await client.actions(uri, actions)).find((action) => action.title === 'Disable stated-actions for this line')!;
    expect(client.applied(uri, joined)).toBe(expected.replace('no-channel-switch -->', 'no-channel-switch, stated-actions -->'));

    // Liquid templates get a Liquid comment, indented like the line.
    const liquidUri = uriOf(join(scratch, 'indented.liquid'));
    const liquid = '{% if a %}\n  Please leave your phone number and we will call you back.\n{% endif %}';
    const found = (await client.open(liquidUri, liquid, 'liquid')).find((diagnostic) => diagnostic.code === 'no-channel-switch')!;
    const comment = (await client.actions(liquidUri, found)).find((action) => action.title.startsWith('Disable'))!;
    expect(client.applied(liquidUri, comment)).toBe(liquid.replace('\n  Please', '\n  {# replylint-disable-next-line no-channel-switch #}\n  Please'));
  });
  it('fix a macro inside a JSON export with JSON-escaped text, and offer no comment there', async () => {
    const { client } = await Client.start();
    const { uri, text } = fixture('en/macros.json');
    const diagnostics = await client.open(uri, text, 'json');
    expect(summary(diagnostics)).toEqual(['thanks 2 9:14-9:14', 'no-blame 1 9:14-9:27', 'no-blame 1 9:55-9:72', 'closing 2 9:87-9:87']);
    expect(diagnostics[0]!.message).toBe(`${rule('thanks').languages.en.messages.missing} [Wrong password]`);
    const closing = await client.actions(uri, diagnostics[3]!);
    expect(closing.map((action) => action.title)).toEqual(['Insert “If you have any other questions, just reply to this email — we are happy to help.”', 'Fix all auto-fixable replylint problems']);
    const fixed = JSON.parse(client.applied(uri, closing[0]!)) as Array<{ reply: string }>;
    // "Fix all" keeps the export valid JSON.
    expect(() => JSON.parse(client.applied(uri, closing[1]!)) as unknown).not.toThrow();
    expect(fixed[1]!.reply).toBe('You are wrong, we never reset passwords. As I already said, read the FAQ. If you have any other questions, just reply to this email — we are happy to help.');
    // A JSON file that is not a macro export is left alone.
    expect(await client.open(uriOf(join(scratch, 'data.json')), '{ "reply": "no" }', 'json')).toEqual([]);
  });
});

describe('hover', () => {
  it('shows the rule, its rationale and phrasings in the reply language', async () => {
    const { client } = await Client.start();
    const en = fixture('en/callback.md');
    await client.open(en.uri, en.text);

    const english = await client.hover(en.uri, 3, 40); // "we will call you back"
    expect(english).toContain(builtInDocs['no-channel-switch']!.en.rationale);
    expect(english).toContain("- If it's easier, we can give you a call — or we can sort it out right here, whichever you prefer.");
    expect(english).not.toContain(builtInDocs['no-channel-switch']!.ru.rationale);

    const ru = fixture('ru/callback.md');
    await client.open(ru.uri, ru.text);
    const russian = await client.hover(ru.uri, 3, 0); // thanks, empathy and acknowledge-repeat all point here
    expect(russian).toContain(builtInDocs['thanks']!.ru.rationale);
    expect(russian).toContain(builtInDocs['empathy']!.ru.rationale);
    expect(russian).toContain('- Спасибо за обращение!');
    expect(russian).toContain('**Как сказать:**');

    expect(await client.hover(ru.uri, 3, 20)).toBeUndefined(); // no finding there
  });

  it('shows the promise under the cursor: who, what, by when (seed 003), in the reply language', async () => {
    const { client } = await Client.start();
    const ru = fixture('ru/callback.md');
    await client.open(ru.uri, ru.text);
    expect(await client.hover(ru.uri, 3, 27)).toContain('**Обещание** — мы: перезвоним — без срока'); // «мы вам перезвоним»
    const en = fixture('en/callback.md');
    await client.open(en.uri, en.text);
    const english = await client.hover(en.uri, 3, 50); // "we will call you back": a finding and a promise
    expect(english).toContain('**Promise** — we: call you back — no time named');
    expect(english).toContain(builtInDocs['no-channel-switch']!.en.rationale);
    const uri = uriOf(join(scratch, 'promise.md'));
    await client.open(uri, 'Thank you for writing! Our technician will visit you tomorrow at 10 am. Have a great day!');
    expect(await client.hover(uri, 0, 30)).toBe('**Promise** — technician: visit you — tomorrow at 10 am');
  });
});

describe('config', () => {
  it('applies the nearest config and reloads it when it changes', async () => {
    const dir = mkdtempSync(join(scratch, 'config-'));
    const config = join(dir, 'replylint.config.json');
    writeFileSync(config, JSON.stringify({ rules: { thanks: 'off' } }));
    const { client } = await Client.start();
    const uri = uriOf(join(dir, 'reply.md'));
    const before = await client.open(uri, 'Hello! Your order ships today. Have a great day!');
    expect(before.map((diagnostic) => diagnostic.code)).toEqual([]);

    writeFileSync(config, JSON.stringify({ rules: { thanks: 'error' } }));
    const from = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(config), type: FileChangeType.Changed }] });
    const after = (await client.next(uri, from)).diagnostics;
    expect(summary(after)).toEqual(['thanks 1 0:6-0:6']);

    // Without a notification (no watcher), the next lint still reads the changed file.
    writeFileSync(config, JSON.stringify({ rules: { thanks: 'info', closing: 'error' } }));
    const next = client.published.length;
    await client.change(uri, 'Hello! Your order ships today.');
    expect(summary((await client.next(uri, next)).diagnostics)).toEqual(['thanks 3 0:6-0:6', 'closing 1 0:30-0:30']);
  });

  it('shows an invalid config as an error on the first line, and once as a message', async () => {
    const dir = mkdtempSync(join(scratch, 'bad-'));
    writeFileSync(join(dir, 'replylint.config.json'), JSON.stringify({ rules: { thanks: 'loud' } }));
    const { client } = await Client.start();
    const uri = uriOf(join(dir, 'reply.md'));
    const [diagnostic, ...rest] = await client.open(uri, 'Hello! Your order ships today.\nHave a great day!');
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ code: 'invalid-config', severity: 1, source: 'replylint', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 30 } } });
    expect(diagnostic!.message).toContain('config.rules.thanks: expected "off", "info", "warning", "error"');

    const from = client.published.length;
    await client.change(uri, 'Hello! Your order ships today.');
    await client.next(uri, from);
    expect(client.messages).toHaveLength(1);
    expect(client.messages[0]!.message).toContain('config.rules.thanks');

    // Fixed: the findings come back and the error goes.
    writeFileSync(join(dir, 'replylint.config.json'), '{}');
    const again = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(join(dir, 'replylint.config.json')), type: FileChangeType.Changed }] });
    expect((await client.next(uri, again)).diagnostics.map((d) => d.code)).toEqual(['thanks', 'closing']);
  });

  it('shows invalid front matter as an error on the first line', async () => {
    const { client } = await Client.start();
    const uri = uriOf(join(scratch, 'yaml.md'));
    const diagnostics = await client.open(uri, '---\nchannel: fax\n---\nHello! Thanks for writing.');
    expect(summary(diagnostics)).toEqual(['invalid-template 1 0:0-0:3']);
    expect(diagnostics[0]!.message).toContain('channel: expected one of');
  });

  it('shows an unknown rule id typed into `disable` at the id, and keeps serving (#13)', async () => {
    const { client } = await Client.start();
    const uri = uriOf(join(scratch, 'typing.md'));
    // Typing "disable: [thanks]" passes through "disable: [t]": that used to kill the server.
    const diagnostics = await client.open(uri, '---\ndisable: [t]\n---\nHello, your order shipped.');
    expect(summary(diagnostics)[0]).toBe('invalid-template 1 1:10-1:11');
    expect(diagnostics[0]!.message).toContain('unknown rule id "t"');
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('thanks');
    const typed = await client.open(uriOf(join(scratch, 'typed.md')), '---\ndisable: [thanks]\n---\nHello, your order shipped.');
    expect(typed.map((diagnostic) => diagnostic.code)).toEqual(['closing']);
  });
});

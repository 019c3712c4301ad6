/**
 * `replylint lsp --stdio`: the language server. Template files get diagnostics on open and on
 * change (debounced, for the latest version only), quick fixes, "disable for this line" and a
 * hover with the rule's rationale; the nearest config applies and is re-read on every lint.
 */
import { cwd } from 'node:process';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic,
  type Position,
  type Range,
} from 'vscode-languageserver/node';
import { linterCache } from '../lint-files.js';
import { UsageError } from '../usage-error.js';
import { uiTexts } from '../../languages/ui.js';
import { fileProblem, fixDocument, hoverText, lintDocument, promiseHover, promiseRange, targetOf, type DiagnosticData, type Linted } from './diagnostics.js';

/** The code action kind for fixing a whole document on save, as `source.fixAll.eslint` is ESLint's. */
const FIX_ALL = `${CodeActionKind.SourceFixAll}.replylint`;

const DEBOUNCE_MS = 150;

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (range: Range, at: Position) => before(range.start, at) && before(at, range.end);
const sameRange = (a: Range, b: Range) => JSON.stringify(a) === JSON.stringify(b);

export async function runLanguageServer(args: string[]): Promise<number> {
  // Editors add --clientProcessId; the connection reads --stdio from process.argv itself.
  const unknown = args.filter((arg, index) => arg !== '--stdio' && !arg.startsWith('--clientProcessId') && args[index - 1] !== '--clientProcessId');
  if (!args.includes('--stdio') || unknown.length > 0) throw new UsageError('usage: replylint lsp --stdio');

  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const linterFor = linterCache();
  /** The last lint published for each open document, and its version. */
  const published = new Map<string, { version: number; linted: Linted }>();
  const timers = new Map<string, NodeJS.Timeout>();
  const shownConfigErrors = new Set<string>();
  let root = cwd();

  function lint(uri: string): void {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    // Linting is synchronous, so what is published is always the document's current version.
    const document = documents.get(uri);
    if (!document) return;
    const target = targetOf(document, root);
    let linted: Linted = { diagnostics: [], findings: [] };
    try {
      if (target) linted = lintDocument(document, target, linterFor);
    } catch (error) {
      // One document's failure is that document's error: the server keeps serving the others.
      const message = error instanceof Error ? error.message : String(error);
      connection.console.error(`replylint: could not lint ${uri}: ${message}`);
      linted = { diagnostics: [fileProblem(document, 'internal-error', `replylint could not lint this file: ${message}`, 'cli')], findings: [] };
    }
    if (linted.configProblems) {
      const text = linted.configProblems.join('\n');
      if (!shownConfigErrors.has(text)) {
        shownConfigErrors.add(text);
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `replylint: invalid config\n${text}` });
      }
    }
    published.set(uri, { version: document.version, linted });
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: linted.diagnostics });
  }

  function lintAll(): void {
    for (const document of documents.all()) lint(document.uri);
  }

  connection.onInitialize((params) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) root = fileURLToPath(folder);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL] },
        hoverProvider: true,
      },
      serverInfo: { name: 'replylint' },
    };
  });

  connection.onInitialized(() => {
    // Clients that let servers register watchers are asked to report config file changes.
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/replylint.config.json' }, { globPattern: '**/.replylintrc.json' }, { globPattern: '**/package.json' }],
      })
      .catch(() => undefined);
  });

  documents.onDidOpen(({ document }) => lint(document.uri));
  documents.onDidChangeContent(({ document }) => {
    if (published.get(document.uri)?.version === document.version) return; // just linted on open
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => lint(document.uri), DEBOUNCE_MS));
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    published.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  // The config is read afresh on every lint: a changed one only needs the open documents linted again.
  connection.onDidChangeWatchedFiles(() => {
    shownConfigErrors.clear();
    lintAll();
  });

  const isAction = (value: unknown): boolean => {
    const action = value as { title?: unknown; edit?: { range?: unknown; newText?: unknown } } | null;
    return typeof action === 'object' && action !== null && typeof action.title === 'string' && typeof action.edit?.newText === 'string' && typeof action.edit.range === 'object';
  };
  const isDiagnosticData = (value: unknown): value is DiagnosticData => {
    const data = value as { fixes?: unknown; disable?: unknown } | null;
    return typeof data === 'object' && data !== null && Array.isArray(data.fixes) && data.fixes.every(isAction) && (data.disable === undefined || isAction(data.disable));
  };

  connection.onCodeAction(({ textDocument, context: sent }) => {
    // A client that leaves out the (required) context asks for nothing in particular.
    const context = { diagnostics: Array.isArray(sent?.diagnostics) ? sent.diagnostics : [], only: Array.isArray(sent?.only) ? sent.only : undefined };
    const wants = (kind: string) => !context.only || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
    // "Fix all" as ESLint offers it: a whole-document edit equal to `replylint --fix`.
    const fixAll = (kind: string, title: string): CodeAction[] => {
      const document = documents.get(textDocument.uri);
      const target = document && targetOf(document, root);
      const fixed = document && target ? fixDocument(document, target, linterFor) : undefined;
      if (!document || fixed === undefined) return [];
      const whole = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
      return [{ title, kind, edit: { changes: { [textDocument.uri]: [{ range: whole, newText: fixed }] } } }];
    };
    const russian = published.get(textDocument.uri)?.linted.findings[0]?.language === 'ru';
    if (!wants(CodeActionKind.QuickFix)) return wants(FIX_ALL) ? fixAll(FIX_ALL, uiTexts(russian ? 'ru' : 'en').lsp.fixAll) : [];
    const current = published.get(textDocument.uri)?.linted.diagnostics ?? [];
    const actions: CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'replylint') continue;
      // The last lint's own data first; what a client sends back is only used when it has the right shape.
      const own = current.find((candidate) => candidate.code === diagnostic.code && sameRange(candidate.range, diagnostic.range))?.data as DiagnosticData | undefined;
      const data = own ?? (isDiagnosticData(diagnostic.data) ? diagnostic.data : undefined);
      if (!data) continue;
      const quickFix = (title: string, edit: CodeAction['edit'], isPreferred: boolean): CodeAction => ({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit,
        ...(isPreferred ? { isPreferred } : {}),
      });
      data.fixes.forEach((fix, index) => actions.push(quickFix(fix.title, { changes: { [textDocument.uri]: [fix.edit] } }, index === 0)));
      if (data.disable) actions.push(quickFix(data.disable.title, { changes: { [textDocument.uri]: [data.disable.edit] } }, false));
    }
    const fixable = context.diagnostics.some((diagnostic) => diagnostic.source === 'replylint' && (isDiagnosticData(diagnostic.data) ? diagnostic.data.fixes.length : 1) > 0);
    if (fixable && actions.some((action) => action.isPreferred)) actions.push(...fixAll(CodeActionKind.QuickFix, uiTexts(russian ? 'ru' : 'en').lsp.fixAllAuto));
    return actions;
  });

  connection.onHover(({ textDocument, position }) => {
    const linted = published.get(textDocument.uri)?.linted;
    if (!linted) return null;
    const texts = new Set<string>();
    linted.findings.forEach((finding, index) => {
      const diagnostic: Diagnostic = linted.diagnostics[index]!;
      if (!contains(diagnostic.range, position)) return;
      const text = hoverText(finding, linted.rules);
      if (text) texts.add(text);
    });
    // A promise under the cursor (seed 003): who promised what, by when — to turn into a follow-up task.
    for (const promise of linted.commitments ?? []) if (contains(promiseRange(promise), position)) texts.add(promiseHover(promise));
    if (texts.size === 0) return null;
    return { contents: { kind: MarkupKind.Markdown, value: [...texts].join('\n\n---\n\n') } };
  });

  const ended = new Promise<number>((resolve) => connection.onExit(() => resolve(0)));
  documents.listen(connection);
  connection.listen();
  return ended;
}

/**
 * One open document → LSP diagnostics, each carrying the edits its code actions apply, and the
 * hover text for a finding. Linting reuses the CLI's file pipeline (config, front matter,
 * suppressions, file offsets), so the editor and CI report the same findings.
 */
import { builtInRules, type Config, type Linter, type Rule } from '../../index.js';
import { descriptionOf, rationaleOf } from '../../../rules/docs.js';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Position, type TextEdit } from 'vscode-languageserver';
import { ConfigFileError, ConfigFinder } from '../config-file.js';
import { fixText, isTemplateFile, lintText, type FileCommitment, type FileFinding } from '../lint-files.js';
import { findDirectives } from '../suppressions.js';
import { promiseLine, uiTexts } from '../../languages/ui.js';
import { readTemplates, TemplateError, type Template } from '../templates.js';

const DOCS = 'https://www.npmjs.com/package/replylint';
/** Language ids of untitled documents that are linted (as Markdown). */
const UNTITLED_LANGUAGES = new Set(['markdown', 'plaintext', 'html', 'liquid']);

/** What a document is linted as: the path the config is looked up from and how it is read. */
export interface Target {
  path: string;
  kind: 'text' | 'liquid' | 'json';
}

export interface Action {
  title: string;
  edit: TextEdit;
}

/** Carried in `Diagnostic.data`: what the code actions need. */
export interface DiagnosticData {
  ruleId: string;
  fixes: Action[];
  disable?: Action;
}

export interface Linted {
  diagnostics: Diagnostic[];
  /** The findings behind `diagnostics` (same order; none for a config or template error). */
  findings: FileFinding[];
  /** Problems of the config file that applies, when it is invalid. */
  configProblems?: string[];
  /** The rules of the linter that linted the document (plugin rules included): hover text and disable actions read them. */
  rules?: readonly Rule[];
  /** The promises the document's replies make: hovering one shows who promised what, by when. */
  commitments?: FileCommitment[];
}

/** Template files by extension; untitled documents of a text language as Markdown; nothing else. */
export function targetOf(document: TextDocument, root: string): Target | undefined {
  if (document.uri.startsWith('file:')) {
    const path = fileURLToPath(document.uri);
    if (!isTemplateFile(path)) return undefined;
    const extension = extname(path).toLowerCase();
    return { path, kind: extension === '.json' ? 'json' : extension === '.liquid' ? 'liquid' : 'text' };
  }
  if (document.uri.startsWith('untitled:') && UNTITLED_LANGUAGES.has(document.languageId)) {
    return { path: join(root, 'untitled.md'), kind: document.languageId === 'liquid' ? 'liquid' : 'text' };
  }
  return undefined;
}

function lineRange(document: TextDocument, line: number) {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return { start: { line, character: 0 }, end: { line, character: text.replace(/\r?\n$/, '').length } };
}

/** A problem with the file as a whole (config, front matter): an error on its first line. */
export function fileProblem(document: TextDocument, code: string, message: string, anchor: string): Diagnostic {
  return {
    range: lineRange(document, 0),
    severity: DiagnosticSeverity.Error,
    code,
    source: 'replylint',
    message,
    codeDescription: { href: `${DOCS}#${anchor}` },
  };
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/**
 * Where the rule ids of a line that is only a `disable-next-line` comment with ids end — read with
 * the CLI's own directive parser, so the editor and the CLI agree on what a directive is.
 */
function directiveIdsEnd(line: string): number | undefined {
  const text = line.trimEnd();
  const [directive, ...more] = findDirectives(text);
  if (directive === undefined || more.length > 0 || directive.kind !== 'disable-next-line' || directive.rules === 'all') return undefined;
  if (text.slice(0, directive.start).trim() !== '' || directive.end !== text.length) return undefined;
  return text.slice(0, text.length - (text.endsWith('#}') ? 2 : 3)).trimEnd().length;
}

/**
 * "Disable <rule> for this line": the CLI's `disable-next-line` comment on the line above, in the
 * file's comment syntax; added to such a comment when one is already there. None inside JSON
 * strings, where a file line is not a reply line.
 */
function disableAction(document: TextDocument, target: Target, ruleId: string, line: number, title: string): Action | undefined {
  if (target.kind === 'json') return undefined;
  const afterIds = line > 0 ? directiveIdsEnd(document.getText(lineRange(document, line - 1))) : undefined;
  if (afterIds !== undefined) {
    const at: Position = { line: line - 1, character: afterIds };
    return { title, edit: { range: { start: at, end: at }, newText: `, ${ruleId}` } };
  }
  const indent = /^[ \t]*/.exec(document.getText(lineRange(document, line)))![0];
  const comment = target.kind === 'liquid' ? `{# replylint-disable-next-line ${ruleId} #}` : `<!-- replylint-disable-next-line ${ruleId} -->`;
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  const at: Position = { line, character: 0 };
  return { title, edit: { range: { start: at, end: at }, newText: `${indent}${comment}${eol}` } };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Action titles and labels, in the reply's language like the messages they act on. */
const TITLES = { en: uiTexts('en').lsp, ru: uiTexts('ru').lsp } as const;

const titlesFor = (finding: FileFinding) => TITLES[finding.language === 'ru' ? 'ru' : 'en'];

function toDiagnostic(document: TextDocument, target: Target, finding: FileFinding, rules: readonly Rule[]): Diagnostic {
  const titles = titlesFor(finding);
  const fixes = (finding.fixes ?? []).map((fix): Action => {
    const suggestion = oneLine(finding.suggestions[fix.suggestion] ?? fix.text);
    return {
      title: fix.range.start === fix.range.end ? titles.insert(suggestion) : titles.replace(suggestion),
      edit: { range: { start: document.positionAt(fix.range.start), end: document.positionAt(fix.range.end) }, newText: fix.text },
    };
  });
  const isRule = rules.some((rule) => rule.meta.id === finding.ruleId);
  const disable = isRule ? disableAction(document, target, finding.ruleId, finding.line - 1, titles.disable(finding.ruleId)) : undefined;
  const data: DiagnosticData = { ruleId: finding.ruleId, fixes, ...(disable ? { disable } : {}) };
  const where = (finding.template ? ` [${finding.template}]` : '') + (finding.messageIndex !== undefined ? ` [${titles.message} ${finding.messageIndex + 1}]` : '');
  return {
    range: { start: { line: finding.line - 1, character: finding.column - 1 }, end: { line: finding.endLine - 1, character: finding.endColumn - 1 } },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: 'replylint',
    message: finding.message + where,
    codeDescription: { href: `${DOCS}#${isRule ? finding.ruleId : 'suppressing-a-finding'}` },
    data,
  };
}

/**
 * "Fix all": the document with every finding's first fix applied in passes, as `replylint --fix`
 * writes it (the config and suppressions the same), or undefined when there is nothing to fix.
 */
export function fixDocument(document: TextDocument, target: Target, linterFor: (core: Config) => Linter): string | undefined {
  const text = document.getText();
  if (text.trim() === '') return undefined;
  try {
    const effective = new ConfigFinder().configFor(target.path);
    const templates = readTemplates(text, target.path);
    const linted = lintText(target.path, text, templates, effective, linterFor, { forEditor: true });
    const { output } = fixText(target.path, text, linted, effective, linterFor, { forEditor: true });
    return output === text ? undefined : output;
  } catch (error) {
    if (error instanceof ConfigFileError || error instanceof TemplateError) return undefined; // reported by the lint
    throw error;
  }
}

/** Lints a document as it is now: its nearest config read afresh, so a changed config applies. */
export function lintDocument(document: TextDocument, target: Target, linterFor: (core: Config) => Linter): Linted {
  const text = document.getText();
  if (text.trim() === '') return { diagnostics: [], findings: [] };
  let effective;
  try {
    effective = new ConfigFinder().configFor(target.path);
  } catch (error) {
    if (!(error instanceof ConfigFileError)) throw error;
    const message = `Invalid replylint config:\n${error.problems.map((problem) => `- ${problem}`).join('\n')}`;
    return { diagnostics: [fileProblem(document, 'invalid-config', message, 'config')], findings: [], configProblems: error.problems };
  }
  let templates: Template[];
  try {
    templates = readTemplates(text, target.path);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    // A JSON file that is not (yet) a macro export is left to the JSON tools.
    if (target.kind === 'json') return { diagnostics: [], findings: [] };
    return { diagnostics: [fileProblem(document, 'invalid-template', error.message.replace(`${target.path}: `, ''), 'cli')], findings: [] };
  }
  const { findings, commitments } = lintText(target.path, text, templates, effective, linterFor, { forEditor: true });
  const rules = linterFor(effective.core).rules.map(({ rule }) => rule);
  return { diagnostics: findings.map((finding) => toDiagnostic(document, target, finding, rules)), findings, rules, ...(commitments ? { commitments } : {}) };
}

/** The editor range of a promise. */
export function promiseRange(promise: FileCommitment): Diagnostic['range'] {
  return { start: { line: promise.line - 1, character: promise.column - 1 }, end: { line: promise.endLine - 1, character: promise.endColumn - 1 } };
}

/** Hover text for a promise, in the reply's language: «**Обещание** — мастер: перезвонит — завтра в 15:00». */
export function promiseHover(promise: FileCommitment): string {
  const language = promise.language === 'ru' ? 'ru' : 'en';
  return `**${uiTexts(language).promises.one}** — ${oneLine(promiseLine(promise, language))}`;
}

/** Hover text for a finding: the rule's description, rationale and phrasings, in the reply's language. */
export function hoverText(finding: FileFinding, rules: readonly Rule[] = builtInRules): string | undefined {
  const rule = rules.find((candidate) => candidate.meta.id === finding.ruleId);
  if (!rule) return undefined;
  const texts = rule.languages[finding.language === 'ru' ? 'ru' : 'en'];
  const phrasings = finding.suggestions.length > 0 ? finding.suggestions : Object.values(texts.phrasings).flatMap((byChannel) => byChannel.default ?? []);
  return [
    `**${rule.meta.id}** — ${descriptionOf(rule, finding.language === 'ru' ? 'ru' : 'en')}`,
    rationaleOf(rule, finding.language === 'ru' ? 'ru' : 'en'),
    ...(phrasings.length > 0 ? [`**${titlesFor(finding).phrasings}:**\n${phrasings.slice(0, 5).map((text) => `- ${oneLine(text)}`).join('\n')}`] : []),
  ].join('\n\n');
}

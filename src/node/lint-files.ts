/**
 * Lints template files: finds them (files, folders, globs), reads each safely (size, binary,
 * empty), splits it into templates, applies the nearest config, front matter and inline
 * suppressions, and maps every finding to the line and column of the original file.
 */
import { applyFixes, builtInRules, createLinter, fixesInOrder, type Commitment, type Config, type Finding, type Fix, type Linter, type Rule, type Severity } from '../index.js';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { CONFIG_NAMES, ConfigFinder, ConfigFileError, type EffectiveConfig } from './config-file.js';
import { decodeFile, type TextEncoding } from './encoding.js';
import { LineIndex } from './positions.js';
import { Suppressions } from './suppressions.js';
import { readTemplates, TEMPLATE_EXTENSIONS, TemplateError, type Template } from './templates.js';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface FileFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Phrasings, best first. */
  suggestions: string[];
  /** The macro inside a JSON export. */
  template?: string;
  /** Which of the front matter's `messages` it was linted against (when there are several). */
  messageIndex?: number;
  /** The first suggestion's fix, in file offsets. */
  fix?: Fix;
  /** Every suggestion's fix, in file offsets, with the suggestion's index (only when linting for an editor). */
  fixes?: Array<Fix & { suggestion: number }>;
  /** The reply's language (only when linting for an editor). */
  language?: 'ru' | 'en' | 'und';
}

/** A promise of a template (report.commitments) in the file's lines and columns. */
export interface FileCommitment {
  actor: string;
  action: string;
  conditional: boolean;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  due?: { text: string; line: number; column: number; resolved?: string; deadline?: string };
  template?: string;
  /** The reply's language (how the promise reads in an editor's hover). */
  language?: 'ru' | 'en' | 'und';
}

export interface FileResult {
  file: string;
  findings: FileFinding[];
  /** The promises the templates make (none: empty or absent). */
  commitments?: FileCommitment[];
  /** One score per template and message. */
  scores: number[];
  /** Why the file could not be linted. */
  error?: string;
  /** The text with every first fix applied (when --fix and something changed); findings are then the ones left. */
  fixed?: string;
  original?: string;
  /** How many fixes went into `fixed`. */
  fixesApplied?: number;
  /** The file's encoding, which `fixed` is written back in (UTF-8 when not given). */
  encoding?: TextEncoding;
}

export interface LintFilesOptions {
  config?: string;
  /** Only errors. */
  quiet?: boolean;
  fix?: boolean;
}

export interface LintFilesResult {
  results: FileResult[];
  /** The rules that ran (built-in and plugin), for output formats that describe them (SARIF). */
  rules: Rule[];
  /** Config files that could not be used: every problem, with file and key path. */
  configErrors: string[];
}

/** JSON files in a folder that are project files, not macro exports. */
const NOT_TEMPLATES = new Set([...CONFIG_NAMES, 'package-lock.json', 'tsconfig.json', 'jsconfig.json', 'composer.json']);

export function isTemplateFile(path: string): boolean {
  return TEMPLATE_EXTENSIONS.includes(extname(path).toLowerCase()) && !NOT_TEMPLATES.has(basename(path));
}

/**
 * Files, folders (recursively, template extensions only) and globs → file paths, in a stable order,
 * and the folders that could not be read on the way (the walk would skip them silently).
 * `readdir` stands in for the file system's in tests.
 */
export function expandInputs(
  inputs: string[],
  readdir: typeof readdirSync = readdirSync,
): { files: string[]; missing: string[]; unreadable: Array<{ folder: string; error: string }> } {
  const files = new Set<string>();
  const missing: string[] = [];
  const unreadable = new Map<string, string>();
  /** The walker's readdir, noting each folder it cannot read by the path `name` gives it. */
  const noting = (name: (path: string) => string) =>
    ((path: string, options: never) => {
      try {
        return readdir(path, options);
      } catch (error) {
        unreadable.set(name(path.replace(/\/$/, '')), `folder ${readError(error).message}`);
        throw error;
      }
    }) as typeof readdirSync;
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const fs = { readdirSync: noting((path) => relative('.', path) || '.') };
      const found = globSync(input, { ignore: ['**/node_modules/**'], dot: false, fs }).filter(isTemplateFile);
      if (found.length === 0) missing.push(input);
      for (const file of oncePerFile(found.sort())) files.add(file);
      continue;
    }
    let stats;
    try {
      stats = statSync(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (stats.isDirectory()) {
      const fs = { readdirSync: noting((path) => join(input, relative(resolve(input), path))) };
      const found = globSync(TEMPLATE_EXTENSIONS.map((extension) => `**/*${extension}`), { cwd: input, ignore: ['**/node_modules/**'], fs });
      for (const file of oncePerFile(found.filter(isTemplateFile).sort().map((name) => join(input, name)))) files.add(file);
    } else {
      files.add(input);
    }
  }
  return { files: [...files], missing, unreadable: [...unreadable].map(([folder, error]) => ({ folder, error })) };
}

/**
 * Each file a walk finds once, however many symbolic links lead to it (a link to a parent folder
 * made the walk list a template three times): by its real path, named by the path that is not a
 * link when there is one, in the order first met. Files named on the command line are linted as
 * named.
 */
function oncePerFile(files: readonly string[]): string[] {
  const byReal = new Map<string, string>();
  for (const file of files) {
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      real = resolve(file); // missing or a dangling link: reported when it is read
    }
    const kept = byReal.get(real);
    if (kept === undefined || (resolve(kept) !== real && resolve(file) === real)) byReal.set(real, file);
  }
  const chosen = new Set(byReal.values());
  return files.filter((file) => chosen.has(file));
}

/** Why a file could not be read, in words ("permission denied"), from a Node error. */
function readError(error: unknown): TemplateError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'a folder' : (error as Error).message;
  return new TemplateError(`could not be read: ${reason}`);
}

/**
 * A template's text: regular files only (a FIFO would block, /dev/zero never end), at most
 * MAX_FILE_BYTES, UTF-8 with or without a BOM, or UTF-16 with one (the BOM kept as U+FEFF, so
 * offsets, lines and columns are the same in every encoding); for other bytes the error names the
 * likely encoding and how to convert it.
 */
function readTemplateFile(file: string): { text: string; encoding: TextEncoding } {
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    throw readError(error);
  }
  if (!stats.isFile()) throw new TemplateError('not a regular file (a pipe, device or socket): not read');
  const size = stats.size;
  if (size > MAX_FILE_BYTES) throw new TemplateError(`${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for a template`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw readError(error);
  }
  if (bytes.length > MAX_FILE_BYTES) throw new TemplateError(`over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for a template`);
  const decoded = decodeFile(bytes, file);
  if ('binary' in decoded) throw new TemplateError('binary file, not a text template');
  if ('invalid' in decoded) throw new TemplateError(decoded.invalid);
  if (decoded.text.trim() === '') throw new TemplateError('empty file, nothing to lint');
  return decoded;
}

function jsonEscape(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** Where a reply sits in its file: the identity for a plain reply, or a template inside a file. */
type Placement = Pick<Template, 'offsets' | 'json' | 'name'>;
const WHOLE_FILE: Placement = { offsets: (index) => index, json: false };

/** A fix in reply offsets → the same fix in file offsets (its text escaped inside JSON). */
function fixInFile(fix: Fix, template: Placement): Fix {
  return {
    range: { start: template.offsets(fix.range.start), end: template.offsets(fix.range.end) },
    text: template.json ? jsonEscape(fix.text) : fix.text,
  };
}

/** A core finding → a finding in the file's lines and columns, its first fix in file offsets. */
export function toFileFinding(finding: Finding, lines: LineIndex, template: Placement = WHOLE_FILE, messageIndex?: number): FileFinding {
  const start = template.offsets(finding.range?.start ?? 0);
  const end = template.offsets(finding.range?.end ?? finding.range?.start ?? 0);
  const from = lines.position(start);
  const to = lines.position(end);
  const fix = finding.suggestions[0]?.fix;
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    suggestions: finding.suggestions.map((suggestion) => suggestion.text),
    ...(template.name !== undefined ? { template: template.name } : {}),
    ...(messageIndex !== undefined ? { messageIndex } : {}),
    ...(fix ? { fix: fixInFile(fix, template) } : {}),
  };
}

/** A core commitment → a promise in the file's lines and columns. */
export function toFileCommitment(commitment: Commitment, lines: LineIndex, template: Placement = WHOLE_FILE, language?: 'ru' | 'en' | 'und'): FileCommitment {
  const from = lines.position(template.offsets(commitment.range.start));
  const to = lines.position(template.offsets(commitment.range.end));
  const { due } = commitment;
  const at = due ? lines.position(template.offsets(due.range.start)) : undefined;
  return {
    actor: commitment.actor,
    action: commitment.action,
    conditional: commitment.conditional,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    ...(due && at ? { due: { text: due.text, line: at.line, column: at.column, ...(due.resolved ? { resolved: due.resolved, deadline: due.deadline } : {}) } } : {}),
    ...(template.name !== undefined ? { template: template.name } : {}),
    ...(language !== undefined ? { language } : {}),
  };
}

export interface LintTextOptions {
  /** Only errors. */
  quiet?: boolean;
  /** Add every suggestion's fix and the reply's language to each finding (`fixes`, `language`). */
  forEditor?: boolean;
}

/** Linters by config, compiled once each; `rules()` lists every rule they run (plugins too), once per id. */
export type LinterCache = ((core: Config) => Linter) & { rules(): Rule[] };

export function linterCache(): LinterCache {
  const linters = new Map<string, Linter>();
  const linterFor = (core: Config) => {
    const key = JSON.stringify(core);
    let linter = linters.get(key);
    if (!linter) linters.set(key, (linter = createLinter(core)));
    return linter;
  };
  return Object.assign(linterFor, { rules: () => rulesOf([...linters.values()]) });
}

/** The rules of these linters, once per id (the first linter's wins). */
export function rulesOf(linters: readonly Linter[]): Rule[] {
  const byId = new Map<string, Rule>();
  for (const linter of linters) for (const { rule } of linter.rules) if (!byId.has(rule.meta.id)) byId.set(rule.meta.id, rule);
  return [...byId.values()];
}

/** Lints the templates of one file's text; findings in file lines and columns, fixes in file offsets. */
export function lintText(
  file: string,
  text: string,
  templates: Template[],
  effective: EffectiveConfig,
  linterFor: (core: Config) => Linter,
  { quiet, forEditor }: LintTextOptions = {},
): FileResult {
  const lines = new LineIndex(text);
  const result: FileResult = { file, findings: [], scores: [] };
  const seen = new Set<string>();
  const known = new Set([...builtInRules.map((rule) => rule.meta.id), ...(effective.core.plugins ?? []).flatMap((plugin) => plugin.rules.map((rule) => rule.meta.id))]);
  for (const template of templates) {
    // An unknown id in one template's `disable` is that file's error, reported on it; the rest is linted.
    const unknown = template.disable.filter((id) => !known.has(id));
    for (const id of unknown) {
      // At the id in the front matter when it can be found there, else at the top of the file.
      const found = text.lastIndexOf(id, template.offsets(0));
      const at = lines.position(Math.max(0, found));
      const to = lines.position(found === -1 ? 0 : found + id.length);
      result.findings.push({
        ruleId: 'invalid-template',
        severity: 'error',
        message: `front matter "disable": unknown rule id "${id}" (known: ${[...known].join(', ')})`,
        line: at.line,
        column: at.column,
        endLine: to.line,
        endColumn: to.column,
        suggestions: [],
        ...(template.name !== undefined ? { template: template.name } : {}),
      });
    }
    const disabled = Object.fromEntries(template.disable.filter((id) => known.has(id)).map((id) => [id, 'off' as const]));
    const linter = linterFor(Object.keys(disabled).length > 0 ? { ...effective.core, rules: { ...effective.core.rules, ...disabled } } : effective.core);
    const suppressions = new Suppressions(template.reply);
    let language: 'ru' | 'en' | 'und' = 'und';
    template.messages.forEach((message, messageIndex) => {
      const report = linter.lint({
        reply: template.reply,
        message,
        channel: template.channel ?? effective.channel,
        audience: template.audience ?? effective.audience,
        language: template.language ?? effective.language ?? 'auto',
      });
      language = report.language;
      result.scores.push(report.score);
      // The promises are the reply's: the same for every message.
      if (messageIndex === 0 && report.commitments.length > 0) {
        (result.commitments ??= []).push(...report.commitments.map((commitment) => toFileCommitment(commitment, lines, template, forEditor ? report.language : undefined)));
      }
      for (const finding of report.findings) {
        if (suppressions.suppresses(finding)) continue;
        push(finding, template, template.messages.length > 1 ? messageIndex : undefined, language);
      }
    });
    for (const finding of suppressions.unused(language)) push(finding, template, undefined, language);
  }

  function push(finding: Finding, template: Template, messageIndex: number | undefined, language: 'ru' | 'en' | 'und'): void {
    if (quiet && finding.severity !== 'error') return;
    // The same reply-only finding for each of several messages is one finding.
    const key = `${template.name ?? ''}|${finding.ruleId}|${finding.range?.start}|${finding.range?.end}|${finding.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    const fileFinding = toFileFinding(finding, lines, template, messageIndex);
    if (forEditor) {
      fileFinding.fixes = finding.suggestions.flatMap(({ fix }, suggestion) => (fix ? [{ ...fixInFile(fix, template), suggestion }] : []));
      fileFinding.language = language;
    }
    result.findings.push(fileFinding);
  }

  result.findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return result;
}

/**
 * Like ESLint's verifyAndFix, over a whole file: apply the fixes, lint again and repeat (up to 10
 * passes), since fixes that insert at the same point (thanks and empathy after the greeting) cannot
 * go in one pass. A fix that would break the file (e.g. its JSON) is not applied. Used by `--fix`
 * and by the language server's "Fix all".
 */
export function fixText(
  file: string,
  text: string,
  linted: FileResult,
  effective: EffectiveConfig,
  linterFor: (core: Config) => Linter,
  options: LintTextOptions = {},
): { output: string; applied: number; result: FileResult } {
  let current = text;
  let applied = 0;
  let result = linted;
  for (let pass = 0; pass < 10; pass++) {
    const { output, applied: done } = applyFixes(current, fixesInOrder(result.findings));
    if (output === current) break;
    let next: Template[];
    try {
      next = readTemplates(output, file);
    } catch {
      break;
    }
    current = output;
    applied += done.length;
    result = lintText(file, current, next, effective, linterFor, options);
  }
  return { output: current, applied, result };
}

export function lintFiles(inputs: string[], options: LintFilesOptions = {}): LintFilesResult {
  const { files, missing, unreadable } = expandInputs(inputs);
  const results: FileResult[] = [
    ...missing.map((file) => ({ file, findings: [], scores: [], error: 'no such file, folder or matching template' })),
    ...unreadable.map(({ folder, error }) => ({ file: folder, findings: [], scores: [], error })),
  ];
  const configErrors = new Set<string>();
  const finder = new ConfigFinder(options.config);
  const linterFor = linterCache();

  for (const file of files) {
    let effective: EffectiveConfig;
    try {
      effective = finder.configFor(file);
    } catch (error) {
      if (!(error instanceof ConfigFileError)) throw error;
      for (const problem of error.problems) configErrors.add(problem);
      results.push({ file, findings: [], scores: [], error: 'not linted: its config file is invalid' });
      continue;
    }
    let text: string;
    let encoding: TextEncoding;
    let templates: Template[];
    try {
      ({ text, encoding } = readTemplateFile(file));
      templates = readTemplates(text, file);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      results.push({ file, findings: [], scores: [], error: error.message.replace(`${file}: `, '') });
      continue;
    }
    let result = lintText(file, text, templates, effective, linterFor, options);
    if (options.fix) {
      const fixed = fixText(file, text, result, effective, linterFor, options);
      result = fixed.result;
      if (fixed.output !== text) Object.assign(result, { fixed: fixed.output, original: text, fixesApplied: fixed.applied, ...(encoding !== 'utf-8' ? { encoding } : {}) });
    }
    results.push(result);
  }
  return { results: results.sort((a, b) => a.file.localeCompare(b.file)), rules: linterFor.rules(), configErrors: [...configErrors] };
}


#!/usr/bin/env node
/**
 * replylint — lint reply templates and macros in CI, or one message/reply pair.
 *
 *   replylint [files, folders or globs…] [--format stylish|json|sarif|github|junit] [--output FILE]
 *             [--config PATH] [--max-warnings N] [--quiet] [--fix | --fix-dry-run] [--no-color]
 *   replylint check --reply FILE|- [--message FILE|-] [--history FILE] [--now ISO] [--time-zone TZ] [--channel C] [--audience A] [--language L] [--format stylish|json]
 *   replylint qa EXPORT [options]   (src/node/qa/command.ts)      replylint lsp --stdio   (src/node/lsp/server.ts)
 *
 * Exit codes: 0 no errors and warnings within --max-warnings; 1 otherwise; 2 usage, config or unreadable file.
 */
import { createLinter, ReplylintConfigError, type Audience, type Channel, type LintInput } from '../index.js';
import { readSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { CONFIG_NAMES, ConfigFileError, ConfigFinder } from './config-file.js';
import { readRegularFile } from './read-file.js';
import { decodeFile } from './encoding.js';
import { unifiedDiff, writeFixed } from './fix-output.js';
import { countFindings, formatResults, FORMATS, type Format } from './format/index.js';
import { visible } from './format/visible.js';
import { expandInputs, lintFiles, MAX_FILE_BYTES, toFileCommitment, toFileFinding, type FileResult } from './lint-files.js';
import { OutputFile, writeOutputFile } from './output-file.js';
import { LineIndex } from './positions.js';
import { UsageError, wholeNumberOption } from './usage-error.js';

const HELP = `replylint ${packageJson.version} — checks support replies and reply templates

Usage:
  replylint [files, folders or globs…] [options]
  replylint check --reply FILE|- [--message FILE|-] [--history FILE] [--now ISO] [--time-zone TZ] [--channel C] [--audience A] [--language L]
  replylint qa EXPORT.jsonl|EXPORT.csv|- [--out F] [--summary F] [--report F.html] [--workers N]
               [--config PATH] [--input-format jsonl|csv] [--suggestions] [--no-progress]
  replylint qa-merge SUMMARY.json… [--out F] [--report F.html]
  replylint lsp --stdio

Options:
  --format stylish|json|sarif|github|junit   output format (default stylish)
  --output FILE                              write the report to FILE
  --config PATH                              use this config instead of the nearest one
  --max-warnings N                           exit 1 when there are more warnings than N
  --quiet                                    report errors only
  --fix                                      apply every finding's first fix to the files
  --fix-dry-run                              print the changes --fix would make
  --no-color                                 no colors (also when NO_COLOR is set)
  -h, --help, -v, --version

Exit codes: 0 clean (warnings within --max-warnings), 1 errors or too many warnings, 2 usage, config or unreadable file;
qa: 0 every line linted, 3 some lines were bad (reported on stderr), 2 usage, config or unreadable input.

check: --now 2026-12-07T10:30:00+03:00 (when the reply is written, ISO with an offset) resolves the
times of the promises the reply makes; --time-zone Europe/Moscow resolves them in that zone.
`;


function reportConfigProblems(problems: readonly string[]): void {
  process.stderr.write(`replylint: invalid config\n${problems.map((problem) => `  - ${visible(problem)}`).join('\n')}\n`);
}

/**
 * The text of a --reply or --message file (or standard input), decoded as a template file is:
 * UTF-8 with or without a BOM, UTF-16 with one (the BOM kept as U+FEFF); Windows-1251 is named
 * with the iconv command that converts it. Anything unreadable is a usage error (exit 2).
 */
/** Standard input, up to the template size limit: `cat /dev/zero | replylint check --reply -` ends. */
function readStdin(): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let read: number;
    try {
      read = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); // a non-blocking pipe not ready yet
        continue;
      }
      if (code === 'EOF') break;
      throw new UsageError(`cannot read standard input: ${(error as Error).message}`);
    }
    if (read === 0) break;
    total += read;
    if (total > MAX_FILE_BYTES) throw new UsageError(`cannot read standard input: over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`);
    chunks.push(Buffer.from(chunk.subarray(0, read)));
  }
  return Buffer.concat(chunks, total);
}

function readInput(path: string, stdin: { used: boolean }): string {
  const name = path === '-' ? 'standard input' : path;
  let bytes: Buffer;
  if (path === '-') {
    if (stdin.used) throw new UsageError('only one of --message and --reply can be read from standard input');
    stdin.used = true;
    bytes = readStdin();
  } else {
    try {
      bytes = readRegularFile(path, MAX_FILE_BYTES);
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
    }
  }
  const decoded = decodeFile(bytes, path === '-' ? undefined : path);
  if ('binary' in decoded) throw new UsageError(`cannot read ${name}: binary file, not text`);
  if ('invalid' in decoded) throw new UsageError(`cannot read ${name}: ${decoded.invalid}`);
  return decoded.text;
}

function exitCode(results: readonly FileResult[], maxWarnings: number | undefined): number {
  const { errors, warnings, unreadable } = countFindings(results);
  if (unreadable > 0) return 2;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    // As ESLint says it: without errors, exit 1 would otherwise be unexplained.
    process.stderr.write(`replylint found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

/**
 * `--history FILE`: the conversation's earlier turns, one JSON object a line, oldest first
 * (`{"role": "client" | "agent", "text": "…"}`). Lines that are not JSON are named here; the turns
 * are checked by lint() like the rest of the input (`input.history.N…`, N counting the turns).
 */
function readHistory(path: string, stdin: { used: boolean }): LintInput['history'] {
  const problems: string[] = [];
  const turns = readInput(path, stdin)
    .split('\n')
    .flatMap((line, index) => {
      if (line.trim() === '') return [];
      try {
        return [JSON.parse(line) as NonNullable<LintInput['history']>[number]];
      } catch (error) {
        problems.push(`line ${index + 1}: invalid JSON: ${(error as Error).message}`);
        return [];
      }
    });
  if (problems.length > 0) throw new UsageError(`--history ${path}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`);
  return turns;
}

function parseFormat(value: string | undefined, allowed: readonly string[]): Format {
  const format = value ?? 'stylish';
  if (!allowed.includes(format)) throw new UsageError(`--format must be one of ${allowed.join(', ')}, got "${format}"`);
  return format as Format;
}

function runCheck(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      reply: { type: 'string' },
      message: { type: 'string' },
      history: { type: 'string' },
      now: { type: 'string' },
      'time-zone': { type: 'string' },
      channel: { type: 'string' },
      audience: { type: 'string' },
      language: { type: 'string' },
      format: { type: 'string' },
      config: { type: 'string' },
      'no-color': { type: 'boolean' },
    },
    strict: true,
  });
  if (values.reply === undefined) throw new UsageError('check needs --reply FILE (or - for standard input)');
  const format = parseFormat(values.format, ['stylish', 'json']);
  const stdin = { used: false };
  const reply = readInput(values.reply, stdin);
  const message = values.message !== undefined ? readInput(values.message, stdin) : undefined;
  const history = values.history !== undefined ? readHistory(values.history, stdin) : undefined;
  const effective = new ConfigFinder(values.config).configFor(`${process.cwd()}/reply.txt`);
  const linter = createLinter(effective.core);
  let report;
  try {
    report = linter.lint({
      reply,
      message,
      history,
      now: values.now,
      timeZone: values['time-zone'],
      channel: (values.channel ?? effective.channel) as Channel | undefined,
      audience: (values.audience ?? effective.audience) as Audience | undefined,
      language: (values.language ?? effective.language ?? 'auto') as 'ru' | 'en' | 'auto',
    });
  } catch (error) {
    // A bad option value or history turn: the input's problem, named, not the config's.
    if (error instanceof ReplylintConfigError) throw new UsageError(`invalid input: ${error.problems.join('; ')}`);
    throw error;
  }
  const lines = new LineIndex(reply);
  const findings = report.findings.map((finding) => toFileFinding(finding, lines));
  const commitments = report.commitments.map((commitment) => toFileCommitment(commitment, lines));
  const results: FileResult[] = [{ file: values.reply === '-' ? '<stdin>' : values.reply, findings, commitments, scores: [report.score] }];
  process.stdout.write(formatResults(format, results, { color: useColor(values['no-color']), version: packageJson.version, rules: linter.rules.map(({ rule }) => rule) }));
  return exitCode(results, undefined);
}

function useColor(noColor: boolean | undefined): boolean {
  return !noColor && process.stdout.isTTY === true && !('NO_COLOR' in process.env);
}

function runLint(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      output: { type: 'string' },
      config: { type: 'string' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean' },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      'no-color': { type: 'boolean' },
    },
    strict: true,
  });
  const format = parseFormat(values.format, FORMATS);
  if (positionals.length === 0) throw new UsageError('name the template files, folders or globs to lint (replylint --help)');
  const maxWarnings = wholeNumberOption('--max-warnings', values['max-warnings'], 0);
  const fixing = values.fix === true || values['fix-dry-run'] === true;
  // The report never replaces a template it lints (as `qa` refuses to overwrite its input).
  if (values.output !== undefined) {
    const target = resolve(values.output);
    if (expandInputs(positionals).files.some((file) => resolve(file) === target)) throw new UsageError(`--output ${values.output} is one of the templates being linted: write the report to another file`);
    // Nor a config file: the next run would read the report as its config.
    if ((values.config !== undefined && resolve(values.config) === target) || CONFIG_NAMES.includes(basename(target))) {
      throw new UsageError(`--output ${values.output} is a config file name: write the report to another file`);
    }
  }
  const output = values.output !== undefined ? new OutputFile(values.output) : undefined;
  const { results, rules, configErrors } = lintFiles(positionals, { config: values.config, quiet: values.quiet, fix: fixing });
  if (configErrors.length > 0) {
    reportConfigProblems(configErrors);
  }
  let notWritten = 0;
  for (const result of results) {
    if (result.fixed === undefined || result.original === undefined) continue;
    const count = result.fixesApplied ?? 0;
    if (values['fix-dry-run']) {
      (format === 'stylish' && !values.output ? process.stdout : process.stderr).write(unifiedDiff(result.file, result.original, result.fixed));
    } else {
      const refused = writeFixed(result.file, result.original, result.fixed, result.encoding);
      if (refused) {
        notWritten++;
        process.stderr.write(`not fixed ${visible(result.file)}: ${visible(refused)}\n`);
      } else {
        process.stderr.write(`fixed ${visible(result.file)}: ${count} fix${count === 1 ? '' : 'es'} applied\n`);
      }
    }
  }
  // --fix reports what is left in the written files; --fix-dry-run reports the files as they are.
  // A file --fix could not write is reported as it is on disk, so the report is read afresh then.
  const reported = values['fix-dry-run'] || notWritten > 0 ? lintFiles(positionals, { config: values.config, quiet: values.quiet }).results : results;
  const report = formatResults(format, reported, { color: !values.output && useColor(values['no-color']), version: packageJson.version, rules });
  if (output) writeOutputFile(output, report);
  else process.stdout.write(report);
  return configErrors.length > 0 || notWritten > 0 ? 2 : exitCode(reported, maxWarnings);
}

/**
 * The report on standard output could not be written (a full disk, `> /dev/full`): said on stderr,
 * exit 2, as for any file that could not be written. A closed pipe (`replylint … | head`) is not a
 * problem: the reader has what it wanted.
 */
function onStdoutError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`replylint: cannot write the report: ${visible(error.message)}\n`);
  process.exitCode = 2;
}

export async function main(argv: string[]): Promise<number> {
  // The language server speaks on stdout, and `qa` watches its own output.
  if (argv[0] !== 'lsp' && argv[0] !== 'qa') process.stdout.on('error', onStdoutError);
  try {
    if (argv.includes('-h') || argv.includes('--help')) {
      process.stdout.write(HELP);
      return 0;
    }
    if (argv.includes('-v') || argv.includes('--version')) {
      process.stdout.write(`${packageJson.version}\n`);
      return 0;
    }
    switch (argv[0]) {
      case 'check':
        return runCheck(argv.slice(1));
      case 'lsp':
        return await (await import('./lsp/server.js')).runLanguageServer(argv.slice(1));
      case 'qa':
        return await (await import('./qa/command.js')).runQa(argv.slice(1));
      case 'qa-merge':
        return await (await import('./qa/command.js')).runQaMerge(argv.slice(1));
      default:
        return runLint(argv);
    }
  } catch (error) {
    if (error instanceof ConfigFileError || error instanceof ReplylintConfigError) {
      reportConfigProblems(error.problems);
      return 2;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      // Node's own option errors come in several lines: one line here, control characters still shown.
      process.stderr.write(`replylint: ${visible((error as Error).message.replace(/\n+/g, ' '))}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));

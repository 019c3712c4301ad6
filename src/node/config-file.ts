/**
 * Config files, found upward from each template: `replylint.config.json`, `.replylintrc.json` or
 * `package.json#replylint`; `--config PATH` instead. JSON with comments and trailing commas, but package.json. Besides the core config (validated by the core's
 * zod schema) a file may set `channel`, `audience`, `language` and per-path `overrides`.
 */
import { audienceSchema, builtInRules, channelSchema, describeIssue, issuePath, languageSchema, ReplylintConfigError, validateConfig, type Audience, type Channel, type Config } from '../index.js';
import { existsSync } from 'node:fs';
import { readRegularFile } from './read-file.js';

/** A config file (or a package.json holding one) is read up to this size. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
import { basename, dirname, join, relative, resolve } from 'node:path';
import { printParseErrorCode, visit } from 'jsonc-parser';
import { lineColumn, MAX_JSON_DEPTH, tooDeepAt } from './json-depth.js';
import picomatch from 'picomatch';

/**
 * Override globs come from untrusted config: picomatch backtracks on many "*" in a row
 * ("a*a*a*a*a*a*a*a*a*a*b" took 9 s against one 40-letter name; 5 stars 11 s on 200 letters, 3 stars 4 ms).
 */
const MAX_STARS = 3;
function fewWildcards(pattern: string): boolean {
  return (pattern.replace(/\*\*/g, '').match(/\*/g)?.length ?? 0) <= MAX_STARS;
}
import * as z from 'zod/mini';

export const CONFIG_NAMES = ['replylint.config.json', '.replylintrc.json', 'package.json'];

export interface Override {
  files: string[];
  channel?: Channel;
  audience?: Audience;
  rules?: Config['rules'];
}

export interface FileConfig {
  /** Where it was read from. */
  path: string;
  core: Config;
  channel?: Channel;
  audience?: Audience;
  language?: 'ru' | 'en' | 'auto';
  overrides: Override[];
}

/** What applies to one template file: the core config and the defaults for its inputs. */
export interface EffectiveConfig {
  core: Config;
  channel?: Channel;
  audience?: Audience;
  language?: 'ru' | 'en' | 'auto';
}

export class ConfigFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

const cliKeys = z.looseObject({
  channel: z.optional(channelSchema),
  audience: z.optional(audienceSchema),
  language: z.optional(languageSchema),
  overrides: z.optional(
    z.array(
      z.strictObject({
        files: z.array(z.string().check(z.minLength(1), z.refine(fewWildcards, `has more than ${MAX_STARS} "*" wildcards besides "**": such a pattern takes seconds to match one file name (picomatch backtracks); use fewer, or a "**" folder`))).check(z.minLength(1)),
        channel: z.optional(channelSchema),
        audience: z.optional(audienceSchema),
        rules: z.optional(z.record(z.string(), z.unknown())),
      }),
    ),
  ),
});

function parseFile(path: string): unknown {
  let text: string;
  try {
    text = readRegularFile(path, MAX_CONFIG_BYTES).toString('utf8');
  } catch (error) {
    throw new ConfigFileError([`${where(path)}: cannot read: ${(error as Error).message}`]);
  }
  const packageJson = basename(path) === 'package.json';
  let data: unknown;
  try {
    data = parseJsonc(text, packageJson);
  } catch (error) {
    throw new ConfigFileError([`${where(path)}: invalid JSON${(error as Error).message}`]);
  }
  return packageJson ? (data as Record<string, unknown>).replylint : data;
}

/**
 * A config file's JSON, with comments and trailing commas as editors write it (JSONC) unless
 * `strict` (package.json, as npm reads it). Comments and trailing commas are blanked out and the
 * rest read by JSON.parse, which keeps a "__proto__" key an own property. A syntax error throws
 * " at line L, column C: what was expected".
 */
function parseJsonc(text: string, strict: boolean): unknown {
  // A byte order mark (Windows editors write one) is a blank, so columns stay the file's.
  const deep = tooDeepAt(text);
  if (deep !== -1) {
    const { line, column } = lineColumn(text, deep);
    throw new Error(` at line ${line}, column ${column}: nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
  const chars = text.replace(/^\uFEFF/, ' ').split('');
  let problem: string | undefined;
  let comma: number | undefined; // a ',' with no value after it yet
  const blank = (offset: number, length: number) => chars.fill(' ', offset, offset + length);
  const closing = () => {
    if (comma !== undefined) blank(comma, 1);
    comma = undefined;
  };
  const value = () => {
    comma = undefined;
  };
  visit(
    chars.join(''),
    {
      onComment: blank,
      onSeparator: (character, offset) => {
        if (character === ',') comma = offset;
      },
      onObjectBegin: value,
      onArrayBegin: value,
      onObjectProperty: value,
      onLiteralValue: value,
      onObjectEnd: closing,
      onArrayEnd: closing,
      onError: (error, _offset, _length, line, column) => {
        const expected = printParseErrorCode(error).replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`).trim();
        problem ??= ` at line ${line + 1}, column ${column + 1}: ${expected}`;
      },
    },
    { allowTrailingComma: !strict, disallowComments: strict },
  );
  if (problem !== undefined) throw new Error(problem);
  try {
    return JSON.parse(chars.join('')) as unknown;
  } catch (error) {
    throw new Error(`: ${(error as Error).message}`);
  }
}

/** A config path as the user would type it: relative to the working directory when inside it. */
function where(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') || fromHere === '' ? path : fromHere;
}

/** Reads and validates one config file, naming every problem with the file and key path. */
export function readConfigFile(path: string): FileConfig {
  const data = parseFile(path);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ConfigFileError([`${where(path)}: expected a JSON object`]);
  const { channel: fileChannel, audience: fileAudience, language, overrides, ...core } = data as Record<string, unknown>;
  const problems: string[] = [];
  const shape = cliKeys.safeParse({ channel: fileChannel, audience: fileAudience, language, overrides }, { reportInput: true });
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      const known = issue.code === 'unrecognized_keys' ? ' (known: files, channel, audience, rules)' : '';
      problems.push(`${where(path)}: ${describeIssue(issue, issuePath('config', issue.path))}${known}`);
    }
  }
  const ids = builtInRules.map((rule) => rule.meta.id);
  const collect = (config: unknown, prefix: string) => {
    try {
      return validateConfig(config, ids);
    } catch (error) {
      if (!(error instanceof ReplylintConfigError)) throw error;
      for (const problem of error.problems) problems.push(`${where(path)}: ${problem.replace(/^config/, prefix)}`);
      return undefined;
    }
  };
  const validated = collect(core, 'config');
  if (Array.isArray(overrides)) {
    overrides.forEach((override, index) => {
      const rules = (override as { rules?: unknown } | null)?.rules;
      if (rules !== undefined) collect({ rules }, `config.overrides.${index}`);
    });
  }
  if (problems.length > 0 || !validated || !shape.success) throw new ConfigFileError(problems);
  return {
    path,
    core: validated,
    channel: shape.data.channel,
    audience: shape.data.audience,
    language: shape.data.language,
    overrides: (shape.data.overrides ?? []) as Override[],
  };
}

/** Finds and caches the nearest config file upward from a directory. */
export class ConfigFinder {
  private readonly byDirectory = new Map<string, FileConfig | undefined>();
  constructor(private readonly explicit?: string) {}

  private nearest(directory: string): FileConfig | undefined {
    if (this.byDirectory.has(directory)) return this.byDirectory.get(directory);
    let found: FileConfig | undefined;
    for (const name of CONFIG_NAMES) {
      const path = join(directory, name);
      if (!existsSync(path)) continue;
      if (name === 'package.json' && (parseFile(path) === undefined)) continue;
      found = readConfigFile(path);
      break;
    }
    const parent = dirname(directory);
    if (!found && parent !== directory) found = this.nearest(parent);
    this.byDirectory.set(directory, found);
    return found;
  }

  configFor(file: string): EffectiveConfig {
    const config = this.explicit ? this.loadExplicit() : this.nearest(dirname(resolve(file)));
    if (!config) return { core: {} };
    const relativePath = relative(dirname(config.path), resolve(file)).split('\\').join('/');
    let effective: EffectiveConfig = { core: config.core, channel: config.channel, audience: config.audience, language: config.language };
    for (const override of config.overrides) {
      if (!picomatch(override.files, { dot: true })(relativePath)) continue;
      effective = {
        ...effective,
        core: { ...effective.core, rules: { ...effective.core.rules, ...override.rules } },
        channel: override.channel ?? effective.channel,
        audience: override.audience ?? effective.audience,
      };
    }
    return effective;
  }

  private explicitConfig?: FileConfig;
  private loadExplicit(): FileConfig {
    this.explicitConfig ??= readConfigFile(resolve(this.explicit!));
    return this.explicitConfig;
  }
}

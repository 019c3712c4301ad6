/** Input and config validation (zod). Every problem is collected into one ReplylintConfigError. */
import * as z from 'zod/mini';
import { CHANNELS, type Channel, type LintInput, type Rule, type Severity } from './types.js';
import { isTimeZone, parseNow } from './commitments/time.js';

export type RuleSetting = 'off' | Severity | [Severity, Record<string, unknown>];

export interface PhraseEdit {
  add?: string[];
  remove?: string[];
}

export interface Config {
  preset?: 'recommended' | 'strict';
  rules?: Record<string, RuleSetting>;
  phrases?: Record<string, { ru?: PhraseEdit; en?: PhraseEdit }>;
  plugins?: Array<{ rules: Rule[] }>;
  /** Longer replies and messages are linted on their first this-many characters (default 1 000 000), with an `input-truncated` info finding. */
  maxInputLength?: number;
}

export class ReplylintConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid replylint ${problems.length === 1 ? 'setting' : 'settings'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ReplylintConfigError';
    this.problems = problems;
  }
}

// zod/mini: the same validation as zod, a fraction of the bundle size (the core runs in browsers).
/** The settings a lint input, a config file, front matter and a QA line share. */
export const channelSchema = z.enum(CHANNELS as [Channel, ...Channel[]]);
export const audienceSchema = z.enum(['public', 'private']);
export const languageSchema = z.enum(['ru', 'en', 'auto']);
const severitySchema = z.enum(['error', 'warning', 'info']);
const SEVERITIES: readonly unknown[] = ['error', 'warning', 'info'];
const RULE_SETTING_ISSUE = 'not a rule setting';
/** "off" | severity | [severity, options] — a refinement, not z.union/z.tuple (~400 bytes gzip in the browser bundle). */
const ruleSettingSchema = z.custom<RuleSetting>(
  (value) => value === 'off' || SEVERITIES.includes(value) || (Array.isArray(value) && value.length === 2 && SEVERITIES.includes(value[0]) && isRecord(value[1])),
  RULE_SETTING_ISSUE,
);
// Refinements, not zod's checks (z.minLength, z.gte, z.lte): each check is a class in the browser bundle.
const nonEmpty = z.string().check(z.refine((text) => text !== '', 'must not be empty'));
const phraseEditSchema = z.strictObject({
  add: z.optional(z.array(nonEmpty)),
  remove: z.optional(z.array(nonEmpty)),
});
const RULE_ID = /^[a-z][a-z0-9-]*(\/[a-z0-9-]+)?$/;
// Refinements, not zod's formats (z.regex, z.int): those pull ~400 bytes gzip of string and number formats into the browser bundle.
const RULE_ID_ISSUE = 'not a rule id';
/** A plugin rule's texts and phrase data: the engine reads these, so their types are checked. */
const stringList = z.array(z.string());
const ruleLanguageSchema = z.looseObject({
  phrases: z.record(z.string(), stringList),
  messages: z.record(z.string(), z.string()),
  phrasings: z.record(z.string(), z.record(z.string(), stringList)),
});
const ruleSchema = z.looseObject({
  meta: z.looseObject({
    id: z.string().check(z.refine((id) => RULE_ID.test(id), RULE_ID_ISSUE)),
    defaultSeverity: severitySchema,
    weight: z.number().check(z.refine((weight) => weight >= 0 && weight <= 100, 'must be from 0 to 100')),
    messageCategories: z.optional(stringList),
    primaryCategory: z.optional(z.string()),
  }),
  languages: z.looseObject({ ru: ruleLanguageSchema, en: ruleLanguageSchema }),
  check: z.custom<Rule['check']>((value) => typeof value === 'function', 'expected a function'),
});

const configSchema = z.strictObject({
  preset: z.optional(z.enum(['recommended', 'strict'])),
  rules: z.optional(z.record(z.string(), ruleSettingSchema)),
  phrases: z.optional(z.record(z.string(), z.strictObject({ ru: z.optional(phraseEditSchema), en: z.optional(phraseEditSchema) }))),
  plugins: z.optional(z.array(z.strictObject({ rules: z.array(ruleSchema) }))),
  maxInputLength: z.optional(z.number().check(z.refine((length) => length >= 100, 'must be at least 100'), z.refine(Number.isInteger, 'must be a whole number'))),
});

const NOW_ISSUE = 'expected an ISO 8601 date-time with an offset, like "2026-12-07T10:30:00+03:00" or "…Z"';
const ZONE_ISSUE = 'expected an IANA time zone this runtime knows, like "Europe/Moscow"';
const inputSchema = z.strictObject({
  message: z.optional(z.string()),
  reply: z.string(),
  history: z.optional(z.array(z.strictObject({ role: z.enum(['client', 'agent']), text: z.string() }))),
  channel: z.optional(channelSchema),
  audience: z.optional(audienceSchema),
  language: z.optional(languageSchema),
  now: z.optional(z.string().check(z.refine((now) => parseNow(now) !== undefined, NOW_ISSUE))),
  timeZone: z.optional(z.string().check(z.refine(isTimeZone, ZONE_ISSUE))),
});

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return typeof input === 'object' ? 'an object' : typeof input;
}

/** `root.a.0.b` — where an issue is, as the user would write it (no root: the path alone). */
export function issuePath(root: string, path: readonly PropertyKey[]): string {
  return [root, ...path.map(String)].filter((part) => part !== '').join('.');
}

/**
 * One zod issue as a sentence: where (`path`; empty for the whole value), what was expected, what
 * came. Shared by the core's input and config, config files, front matter and QA lines.
 */
export function describeIssue(issue: z.core.$ZodIssue, path: string): string {
  const where = path === '' ? '' : `${path}: `;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where}unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_type':
      return `${where}expected ${issue.expected}, ${issue.input === undefined ? 'but it is missing' : `got ${received(issue.input)}`}`;
    case 'invalid_value':
      return `${where}expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${received(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'number') return `${where}must be at least ${String(issue.minimum)}`;
      if (issue.origin === 'array') return `${where}must have at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      return `${where}must not be empty`;
    case 'too_big':
      return `${where}must be at most ${String(issue.maximum)}`;
    default:
      return `${where}${issue.message}`;
  }
}

/** The core's issues: a rule setting, a rule id and a plugin's check get their own words. */
function describe(issues: readonly z.core.$ZodIssue[], root: string): string[] {
  return issues.map((issue) => {
    const path = issuePath(root, issue.path);
    switch (issue.code) {
      case 'custom':
        if (issue.message === RULE_SETTING_ISSUE) return `${path}: expected "off", "info", "warning", "error" or [severity, options], got ${received(issue.input)}`;
        if (issue.message === RULE_ID_ISSUE) return `${path}: ${received(issue.input)} is not a valid rule id (kebab-case, optionally "plugin/rule-id")`;
        if (issue.message === NOW_ISSUE || issue.message === ZONE_ISSUE) return `${path}: ${issue.message}, got ${received(issue.input)}`;
        return `${path}: ${issue.message}`;
      default:
        return describeIssue(issue, path);
    }
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rule ids named in `rules` and `phrases` that no built-in rule or plugin defines. */
function unknownRuleIds(config: Record<string, unknown>, builtInIds: readonly string[]): string[] {
  const known = new Set(builtInIds);
  const problems: string[] = [];
  const plugins = Array.isArray(config.plugins) ? config.plugins : [];
  for (const plugin of plugins) {
    const rules = isRecord(plugin) && Array.isArray(plugin.rules) ? plugin.rules : [];
    for (const rule of rules) {
      const id = isRecord(rule) && isRecord(rule.meta) ? rule.meta.id : undefined;
      if (typeof id !== 'string') continue;
      if (known.has(id)) problems.push(`config.plugins: rule id "${id}" is defined twice`);
      known.add(id);
    }
  }
  for (const where of ['rules', 'phrases'] as const) {
    const section = config[where];
    if (!isRecord(section)) continue;
    for (const id of Object.keys(section)) {
      if (!known.has(id)) problems.push(`config.${where}.${id}: unknown rule id "${id}" (known: ${[...known].join(', ')})`);
    }
  }
  return problems;
}

export function validateConfig(config: unknown, builtInIds: readonly string[]): Config {
  const raw = config ?? {};
  const result = configSchema.safeParse(raw, { reportInput: true });
  const problems = result.success ? [] : describe(result.error.issues, 'config');
  if (isRecord(raw)) problems.push(...unknownRuleIds(raw, builtInIds));
  if (problems.length > 0 || !result.success) throw new ReplylintConfigError(problems.length > 0 ? problems : ['config: invalid']);
  return result.data as Config;
}

/**
 * A rule's options checked against its `meta.options`: the schema's output, or the problems
 * (`rules.<id>[1].<option>: …`). Options for a rule that takes none are a problem unless empty.
 */
export function validateRuleOptions(rule: Rule, options: Record<string, unknown>): { options: Record<string, unknown>; problems: string[] } {
  const root = `config.rules.${rule.meta.id}.1`;
  const schema = rule.meta.options;
  if (schema === undefined) return { options, problems: Object.keys(options).length > 0 ? [`${root}: rule ${rule.meta.id} takes no options`] : [] };
  const result = (schema as z.ZodMiniType).safeParse(options, { reportInput: true });
  return result.success ? { options: result.data as Record<string, unknown>, problems: [] } : { options, problems: describe(result.error.issues, root) };
}

const INPUT_KEYS = new Set(['message', 'reply', 'channel', 'audience', 'language', 'history', 'now', 'timeZone']);
const CHANNEL_SET = new Set<string>(CHANNELS);

/** An object's own keys read once into `into` (a null-prototype object unless given: "__proto__" stays a key). */
function copyOwn(from: object, into: Record<string, unknown> = Object.create(null) as Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(from)) into[key] = (from as Record<string, unknown>)[key];
  return into;
}

function copyTurn(turn: unknown): unknown {
  return typeof turn === 'object' && turn !== null && !Array.isArray(turn) ? copyOwn(turn) : turn;
}

function isPlainTurn(turn: unknown): boolean {
  if (typeof turn !== 'object' || turn === null) return false;
  const { role, text } = turn as Record<string, unknown>;
  return Object.keys(turn).length === 2 && (role === 'client' || role === 'agent') && typeof text === 'string';
}

/** The common case — a plain, valid input — checked by hand; anything else goes through zod for its messages. */
function isPlainValidInput(input: Record<string, unknown>): boolean {
  for (const key in input) if (!INPUT_KEYS.has(key)) return false;
  const { message, reply, channel, audience, language, history, now, timeZone } = input;
  return (
    typeof reply === 'string' &&
    (now === undefined || (typeof now === 'string' && parseNow(now) !== undefined)) &&
    (timeZone === undefined || (typeof timeZone === 'string' && isTimeZone(timeZone))) &&
    (history === undefined || (Array.isArray(history) && history.every(isPlainTurn))) &&
    (message === undefined || typeof message === 'string') &&
    (channel === undefined || (typeof channel === 'string' && CHANNEL_SET.has(channel))) &&
    (audience === undefined || audience === 'public' || audience === 'private') &&
    (language === undefined || language === 'ru' || language === 'en' || language === 'auto')
  );
}

/**
 * What a thrown value says, whatever it is: an Error's name and message, a string, or a word for
 * values that cannot be printed (an object whose toString throws, a Proxy whose traps throw).
 */
export function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) return `${String(error.name)}: ${String(error.message)}`;
    if (typeof error === 'object' && error !== null) return 'an object that is not an Error';
    return String(error);
  } catch {
    return 'a value that cannot be printed';
  }
}

export function validateInput(input: unknown): LintInput {
  if (typeof input !== 'object' || input === null) {
    throw new ReplylintConfigError([`input: expected an object { reply, message?, history?, channel?, audience?, language?, now?, timeZone? }, got ${input === null ? 'null' : typeof input}`]);
  }
  // Each field is read once, into an object of our own: a getter or a Proxy trap may throw, or
  // answer differently the second time.
  let copy: Record<string, unknown>;
  try {
    // Known keys only (the common case): a plain object of one fixed shape, fast to read and copy.
    // Otherwise no prototype: a "__proto__" key (JSON.parse makes one) stays a key, never the copy's prototype.
    copy = Object.keys(input).every((key) => INPUT_KEYS.has(key))
      ? copyOwn(input, { message: undefined, reply: undefined, channel: undefined, audience: undefined, language: undefined, history: undefined, now: undefined, timeZone: undefined })
      : copyOwn(input);
    // The turns too are read once, into objects of our own.
    if (Array.isArray(copy.history)) copy.history = Array.from(copy.history as unknown[], copyTurn);
  } catch (error) {
    throw new ReplylintConfigError([`input: could not be read (${describeThrown(error)})`]);
  }
  if (isPlainValidInput(copy)) return copy as unknown as LintInput;
  const result = inputSchema.safeParse(copy, { reportInput: true });
  if (!result.success) throw new ReplylintConfigError(describe(result.error.issues, 'input'));
  return result.data;
}

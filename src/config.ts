/** Input and config validation (zod). Every problem is collected into one ReplylintConfigError. */
import { z } from 'zod';
import { CHANNELS, type Channel, type LintInput, type Rule, type Severity } from './types.js';

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
}

export class ReplylintConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid replylint ${problems.length === 1 ? 'setting' : 'settings'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ReplylintConfigError';
    this.problems = problems;
  }
}

const severitySchema = z.enum(['error', 'warning', 'info']);
const ruleSettingSchema = z.union([
  z.enum(['off', 'error', 'warning', 'info']),
  z.tuple([severitySchema, z.record(z.string(), z.unknown())]),
]);
const phraseEditSchema = z.strictObject({
  add: z.array(z.string().min(1)).optional(),
  remove: z.array(z.string().min(1)).optional(),
});
const ruleSchema = z.looseObject({
  meta: z.looseObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*(\/[a-z0-9-]+)?$/, 'a rule id is kebab-case, optionally prefixed: "my-plugin/rule-id"'),
    defaultSeverity: severitySchema,
    weight: z.number().min(0).max(100),
  }),
  languages: z.looseObject({ ru: z.looseObject({}), en: z.looseObject({}) }),
  check: z.custom<Rule['check']>((value) => typeof value === 'function', 'check must be a function'),
});

const configSchema = z.strictObject({
  preset: z.enum(['recommended', 'strict']).optional(),
  rules: z.record(z.string(), ruleSettingSchema).optional(),
  phrases: z
    .record(z.string(), z.strictObject({ ru: phraseEditSchema.optional(), en: phraseEditSchema.optional() }))
    .optional(),
  plugins: z.array(z.strictObject({ rules: z.array(ruleSchema) })).optional(),
});

const inputSchema = z.strictObject({
  message: z.string().optional(),
  reply: z.string(),
  channel: z.enum(CHANNELS as [Channel, ...Channel[]]).optional(),
  audience: z.enum(['public', 'private']).optional(),
  language: z.enum(['ru', 'en', 'auto']).optional(),
});

function describe(issues: readonly z.core.$ZodIssue[], root: string): string[] {
  return issues.map((issue) => {
    const path = issue.path.length === 0 ? root : `${root}.${issue.path.map(String).join('.')}`;
    if (issue.code === 'invalid_union') return `${path}: expected "off", "info", "warning", "error" or [severity, options]`;
    if (issue.code === 'unrecognized_keys') return `${path}: unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    if (issue.code === 'invalid_type') {
      return `${path}: expected ${issue.expected}${issue.input === undefined ? ', but it is missing' : `, got ${typeof issue.input}`}`;
    }
    return `${path}: ${issue.message}`;
  });
}

export function validateConfig(config: unknown, builtInIds: readonly string[]): Config {
  const result = configSchema.safeParse(config ?? {});
  if (!result.success) throw new ReplylintConfigError(describe(result.error.issues, 'config'));
  const parsed = result.data as Config;
  const known = new Set(builtInIds);
  const problems: string[] = [];
  for (const plugin of parsed.plugins ?? []) {
    for (const rule of plugin.rules) {
      if (known.has(rule.meta.id)) problems.push(`config.plugins: rule id "${rule.meta.id}" is defined twice`);
      known.add(rule.meta.id);
    }
  }
  const unknown = (where: string, id: string) =>
    problems.push(`config.${where}.${id}: unknown rule id "${id}" (known: ${[...known].join(', ')})`);
  for (const id of Object.keys(parsed.rules ?? {})) if (!known.has(id)) unknown('rules', id);
  for (const id of Object.keys(parsed.phrases ?? {})) if (!known.has(id)) unknown('phrases', id);
  if (problems.length > 0) throw new ReplylintConfigError(problems);
  return parsed;
}

export function validateInput(input: unknown): LintInput {
  if (typeof input !== 'object' || input === null) {
    throw new ReplylintConfigError([`input: expected an object { reply, message?, channel?, audience?, language? }, got ${input === null ? 'null' : typeof input}`]);
  }
  const result = inputSchema.safeParse(input);
  if (!result.success) throw new ReplylintConfigError(describe(result.error.issues, 'input'));
  return result.data;
}

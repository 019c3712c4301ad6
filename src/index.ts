export { lint, fix, createLinter, ENGINE_FINDING_IDS, type Linter, type ActiveRule, type FixOutcome } from './linter/index.js';
export { applyFixes, fixesInOrder, type FixResult } from './fixes.js';
export { defineRule } from './define-rule.js';
export { ReplylintConfigError, type Config, type RuleSetting, type PhraseEdit } from './config.js';
export { builtInRules, presets } from '../rules/index.js';
export type * from './types.js';
export { CHANNELS, PUBLIC_CHANNELS } from './types.js';
/** The runs of a text to highlight for a set of findings (the playground, the QA report). */
export { highlightRuns } from './text/highlight.js';
/**
 * The validation the core uses, for adapters that read the same settings from elsewhere (config
 * files, template front matter, QA lines): zod schemas of a channel, an audience and a language, and
 * a zod issue as a sentence.
 */
export { audienceSchema, channelSchema, describeIssue, issuePath, languageSchema, validateConfig } from './config.js';

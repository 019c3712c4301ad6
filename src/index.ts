export { lint, fix, createLinter, type Linter, type ActiveRule, type FixOutcome } from './linter.js';
export { applyFixes, type FixResult } from './fixes.js';
export { defineRule } from './define-rule.js';
export { ReplylintConfigError, type Config, type RuleSetting, type PhraseEdit } from './config.js';
export { builtInRules, presets } from '../rules/index.js';
export type * from './types.js';

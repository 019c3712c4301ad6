import type { Rule } from './types.js';

/** Identity helper that types a rule: `export default defineRule({ meta, languages, check })`. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

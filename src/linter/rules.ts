/** Which rules run, at which severity, with which options: the config resolved against the built-in rules and plugins. */
import { builtInRules, presets } from '../../rules/index.js';
import { ReplylintConfigError, validateRuleOptions, type Config } from '../config.js';
import type { ActiveRule, Rule, Severity } from '../types.js';

export /** The rules that run, with their severities and checked options; throws one config error naming every bad option. */
function resolveRules(config: Config): ActiveRule[] {
  const preset = config.preset ?? 'recommended';
  const presetSeverities = presets[preset];
  const all: Rule[] = [...builtInRules, ...(config.plugins ?? []).flatMap((plugin) => plugin.rules)];
  const active: ActiveRule[] = [];
  const problems: string[] = [];
  for (const rule of all) {
    const setting = config.rules?.[rule.meta.id];
    const builtIn = builtInRules.includes(rule);
    let severity: Severity | 'off' = builtIn ? presetSeverities[rule.meta.id] ?? 'off' : rule.meta.defaultSeverity;
    let options: Record<string, unknown> = {};
    if (setting !== undefined) {
      if (Array.isArray(setting)) [severity, options] = setting;
      else severity = setting;
    }
    const checked = validateRuleOptions(rule, options);
    problems.push(...checked.problems);
    if (severity !== 'off') active.push(Object.freeze({ rule, severity, options: Object.freeze({ ...checked.options }) }));
  }
  if (problems.length > 0) throw new ReplylintConfigError(problems);
  // Frozen: `linter.rules` hands this list out, and the linter runs what it holds.
  return Object.freeze(active) as ActiveRule[];
}


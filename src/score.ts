/**
 * Score: 100 minus the weighted penalties of the findings, clamped to 0..100.
 * A finding costs its rule's weight × a severity factor (error 1.5, warning 1, info 0.4);
 * a rule's further findings cost half as much each, up to twice its weight in all. Every term
 * is positive, so adding a violation never raises the score.
 */
import type { ActiveRule, Finding, Severity } from './types.js';

export const SEVERITY_FACTOR: Record<Severity, number> = { error: 1.5, warning: 1, info: 0.4 };

export function scoreFindings(findings: readonly Finding[], rules: readonly ActiveRule[]): number {
  const weights = new Map<string, number>();
  for (const { rule } of rules) weights.set(rule.meta.id, rule.meta.weight);
  const perRule = new Map<string, number>();
  for (const finding of findings) {
    const weight = weights.get(finding.ruleId) ?? 0;
    const cost = weight * SEVERITY_FACTOR[finding.severity];
    const previous = perRule.get(finding.ruleId);
    perRule.set(finding.ruleId, previous === undefined ? cost : Math.min(previous + cost / 2, cost * 2));
  }
  let penalty = 0;
  for (const cost of perRule.values()) penalty += cost;
  return Math.max(0, Math.min(100, Math.round(100 - penalty)));
}

/**
 * A small RuleTester (after ESLint's): `valid` cases must not report the rule; `invalid` cases must
 * report it, point at `excerpt` (the text under the first finding's range, '' for an insertion
 * point), and, when `output` is given, turn into exactly that text once the first suggestion's fix is
 * applied — and that text must report the rule once less.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes, createLinter, type Finding, type LintInput } from '../src/index.js';

export interface InvalidCase extends LintInput {
  excerpt?: string;
  output?: string;
  count?: number;
}

const linter = createLinter({ preset: 'strict' });

function findingsOf(ruleId: string, input: LintInput): Finding[] {
  return linter.lint(input).findings.filter((finding) => finding.ruleId === ruleId);
}

export function ruleTester(ruleId: string, cases: { valid: LintInput[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    it.each(cases.valid.map((input) => [input.reply.slice(0, 60), input] as const))('valid: %s', (_, input) => {
      expect(findingsOf(ruleId, input)).toEqual([]);
    });
    it.each(cases.invalid.map((input) => [input.reply.slice(0, 60), input] as const))('invalid: %s', (_, { excerpt, output, count, ...input }) => {
      const findings = findingsOf(ruleId, input);
      expect(findings.length).toBe(count ?? 1);
      const first = findings[0]!;
      if (excerpt !== undefined) expect(input.reply.slice(first.range!.start, first.range!.end)).toBe(excerpt);
      expect(first.suggestions.length).toBeGreaterThan(0);
      if (output !== undefined) {
        const fix = first.suggestions[0]!.fix!;
        expect(fix).toBeDefined();
        const fixed = applyFixes(input.reply, [fix]).output;
        expect(fixed).toBe(output);
        expect(findingsOf(ruleId, { ...input, reply: fixed }).length).toBe((count ?? 1) - 1);
      }
    });
  });
}

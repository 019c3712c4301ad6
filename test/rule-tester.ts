/**
 * A RuleTester after ESLint's, for the tests beside each rule (`rules/<id>/<id>.test.ts`):
 *
 * - `valid` inputs: the rule reports nothing;
 * - `invalid` inputs: the rule reports exactly `errors`, in order of position — each with its
 *   message id, the text under its range (`excerpt`; '' for an insertion point, omitted for a
 *   finding on the whole reply) and, with `output`, the reply after the finding's first fix is
 *   applied, which must report that message id once less.
 *
 * The rule runs as the linter runs it (strict preset, or the case's `options`). Message ids are not
 * part of a finding; the tester learns them by running the rule as a plugin whose context records
 * each `report()` (same phrases, texts and check), so what is asserted is what the rule reported.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes, builtInRules, createLinter, type Finding, type LintInput, type Linter, type ReportDescriptor, type Rule, type RuleContext } from '../src/index.js';

export interface ExpectedFinding {
  messageId: string;
  /** The text under the finding's range ('' for an insertion point); omit for a finding on the whole reply. */
  excerpt?: string;
  /** The reply after this finding's first fix. */
  output?: string;
}

export interface ValidCase extends LintInput {
  /** Rule options (`rules: { id: [severity, options] }`). */
  options?: Record<string, unknown>;
}

export interface InvalidCase extends ValidCase {
  errors: readonly ExpectedFinding[];
}

/** A finding of the rule, with the message id it was reported with. */
export interface TestedFinding extends Finding {
  messageId: string;
}

const PROBE = 'probe';

/** The rule under another id, recording what it reports. */
function probeOf(rule: Rule, reported: ReportDescriptor[]): Rule {
  return {
    ...rule,
    meta: { ...rule.meta, id: `${PROBE}/${rule.meta.id}` },
    check(context: RuleContext) {
      const recording: RuleContext = {
        ...context,
        report(descriptor) {
          reported.push(descriptor);
          context.report(descriptor);
        },
      };
      // Methods that read the context itself (find through findAll) keep working: they are closures.
      rule.check(recording);
    },
  };
}

const linters = new Map<string, { linter: Linter; reported: ReportDescriptor[] }>();

function linterFor(rule: Rule, options: Record<string, unknown> | undefined) {
  const key = `${rule.meta.id} ${JSON.stringify(options ?? null)}`;
  let entry = linters.get(key);
  if (!entry) {
    const reported: ReportDescriptor[] = [];
    const probe = probeOf(rule, reported);
    const linter = createLinter({
      preset: 'strict',
      rules: { [rule.meta.id]: 'off', [probe.meta.id]: options ? ['warning', options] : 'warning' },
      plugins: [{ rules: [probe] }],
    });
    linters.set(key, (entry = { linter, reported }));
  }
  return entry;
}

function sameRange(a: Finding['range'], b: ReportDescriptor['range']): boolean {
  return a === undefined ? b === undefined : b !== undefined && a.start === b.start && a.end === b.end;
}

/** The rule's findings on the input, in order of position, each with its message id. */
export function findingsOf(rule: Rule, input: ValidCase): TestedFinding[] {
  const { options, ...lintInput } = input;
  const { linter, reported } = linterFor(rule, options);
  reported.length = 0;
  const report = linter.lint(lintInput);
  const descriptors = [...reported];
  const language = report.language === 'ru' ? 'ru' : 'en';
  return report.findings
    .filter((finding) => finding.ruleId === `${PROBE}/${rule.meta.id}`)
    .map((finding) => {
      // The descriptor it came from: same range, same message once filled in.
      const index = descriptors.findIndex((descriptor) => {
        const template = rule.languages[language].messages[descriptor.messageId] ?? '';
        const message = template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (descriptor.data && name in descriptor.data ? String(descriptor.data[name]) : whole));
        return sameRange(finding.range, descriptor.range) && message === finding.message;
      });
      expect(index, `a finding of ${rule.meta.id} that no report() made: ${finding.message}`).not.toBe(-1);
      const [descriptor] = descriptors.splice(index, 1);
      return { ...finding, ruleId: rule.meta.id, messageId: descriptor!.messageId };
    });
}

function title(input: LintInput): string {
  const text = input.reply.replace(/\s+/g, ' ');
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

/** Runs the cases of one built-in rule (by id) or of a rule object. */
export function ruleTester(ruleOrId: string | Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  const rule = typeof ruleOrId === 'string' ? builtInRules.find((candidate) => candidate.meta.id === ruleOrId) : ruleOrId;
  if (!rule) throw new Error(`no built-in rule ${String(ruleOrId)}`);
  describe(rule.meta.id, () => {
    it.each(cases.valid.map((input) => [title(input), input] as const))('valid: %s', (_, input) => {
      expect(findingsOf(rule, input).map((finding) => finding.messageId)).toEqual([]);
    });
    it.each(cases.invalid.map((input) => [title(input), input] as const))('invalid: %s', (_, { errors, ...input }) => {
      const findings = findingsOf(rule, input);
      // Every finding, in order: message ids, then excerpts where given.
      expect(findings.map((finding) => finding.messageId)).toEqual(errors.map((error) => error.messageId));
      errors.forEach((error, index) => {
        const finding = findings[index]!;
        if (error.excerpt !== undefined) {
          expect(finding.range, `finding ${index} has no range`).toBeDefined();
          expect(input.reply.slice(finding.range!.start, finding.range!.end)).toBe(error.excerpt);
        }
        expect(finding.suggestions.length, `finding ${index} offers no phrasing`).toBeGreaterThan(0);
        if (error.output !== undefined) {
          const fix = finding.suggestions[0]!.fix;
          expect(fix, `finding ${index} has no fix`).toBeDefined();
          const fixed = applyFixes(input.reply, [fix!]).output;
          expect(fixed).toBe(error.output);
          const before = findings.filter((other) => other.messageId === error.messageId).length;
          expect(findingsOf(rule, { ...input, reply: fixed }).filter((other) => other.messageId === error.messageId).length).toBe(before - 1);
        }
      });
    });
  });
}

/** The earlier tester (first finding only), until every rule's cases live beside the rule. */
export function legacyRuleTester(ruleId: string, cases: { valid: LintInput[]; invalid: Array<LintInput & { excerpt?: string; output?: string; count?: number }> }): void {
  const linter = createLinter({ preset: 'strict' });
  const of = (input: LintInput) => linter.lint(input).findings.filter((finding) => finding.ruleId === ruleId);
  describe(ruleId, () => {
    it.each(cases.valid.map((input) => [input.reply.slice(0, 60), input] as const))('valid: %s', (_, input) => {
      expect(of(input)).toEqual([]);
    });
    it.each(cases.invalid.map((input) => [input.reply.slice(0, 60), input] as const))('invalid: %s', (_, { excerpt, output, count, ...input }) => {
      const findings = of(input);
      expect(findings.length).toBe(count ?? 1);
      const first = findings[0]!;
      if (excerpt !== undefined) expect(input.reply.slice(first.range!.start, first.range!.end)).toBe(excerpt);
      expect(first.suggestions.length).toBeGreaterThan(0);
      if (output !== undefined) {
        const fixed = applyFixes(input.reply, [first.suggestions[0]!.fix!]).output;
        expect(fixed).toBe(output);
        expect(of({ ...input, reply: fixed }).length).toBe((count ?? 1) - 1);
      }
    });
  });
}

/**
 * A RuleTester after ESLint's, for the tests beside each rule (`rules/<id>/<id>.test.ts`):
 *
 * - `valid` inputs: the rule reports nothing;
 * - `invalid` inputs: the rule reports exactly `errors`, in order of position — each with its
 *   message id, the text under its range (`excerpt`; '' for an insertion point, omitted for a
 *   finding on the whole reply), at least one phrasing (unless `noPhrasings`) and, with `output`,
 *   the reply after the finding's first fix is applied, which must report that message id once less;
 * - every message id of the rule is reported by some invalid case in Russian and in English.
 *
 * The rule runs as the linter runs it (strict preset, or the case's `options`). Message ids are not
 * part of a finding; the tester learns them by running the rule as a plugin whose context records
 * each `report()` (same phrases, texts and check), so what is asserted is what the rule reported.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes, builtInRules, createLinter, type Finding, type LintInput, type Linter, type PhraseEdit, type ReportDescriptor, type Rule, type RuleContext } from '../src/index.js';

export interface ExpectedFinding {
  messageId: string;
  /** The text under the finding's range ('' for an insertion point); omit for a finding on the whole reply. */
  excerpt?: string;
  /** The reply after this finding's first fix. */
  output?: string;
  /** The finding offers no phrasing (by default every finding must offer one). */
  noPhrasings?: true;
}

export interface ValidCase extends LintInput {
  /** Rule options (`rules: { id: [severity, options] }`). */
  options?: Record<string, unknown>;
  /** Phrase edits for the rule (`phrases: { id: … }`). */
  phrases?: { ru?: PhraseEdit; en?: PhraseEdit };
}

export interface InvalidCase extends ValidCase {
  errors: readonly ExpectedFinding[];
}

/** A finding of the rule, with the message id it was reported with and the report's language. */
export interface TestedFinding extends Finding {
  messageId: string;
  language: string;
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

function linterFor(rule: Rule, options: ValidCase['options'], phrases: ValidCase['phrases']) {
  const key = `${rule.meta.id} ${JSON.stringify([options ?? null, phrases ?? null])}`;
  let entry = linters.get(key);
  if (!entry) {
    const reported: ReportDescriptor[] = [];
    const probe = probeOf(rule, reported);
    const linter = createLinter({
      preset: 'strict',
      rules: { [rule.meta.id]: 'off', [probe.meta.id]: options ? ['warning', options] : 'warning' },
      ...(phrases ? { phrases: { [probe.meta.id]: phrases } } : {}),
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
  const { options, phrases, ...lintInput } = input;
  const { linter, reported } = linterFor(rule, options, phrases);
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
      return { ...finding, ruleId: rule.meta.id, messageId: descriptor!.messageId, language: report.language };
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
    // Message ids seen in the invalid cases, per language: every one must be exercised in both.
    const seen = new Set<string>();
    it.each(cases.valid.map((input) => [title(input), input] as const))('valid: %s', (_, input) => {
      expect(findingsOf(rule, input).map((finding) => finding.messageId)).toEqual([]);
    });
    it.each(cases.invalid.map((input) => [title(input), input] as const))('invalid: %s', (_, { errors, ...input }) => {
      const findings = findingsOf(rule, input);
      for (const finding of findings) seen.add(`${finding.language} ${finding.messageId}`);
      // Every finding, in order: message ids, then excerpts where given.
      expect(findings.map((finding) => finding.messageId)).toEqual(errors.map((error) => error.messageId));
      errors.forEach((error, index) => {
        const finding = findings[index]!;
        if (error.excerpt !== undefined) {
          expect(finding.range, `finding ${index} has no range`).toBeDefined();
          expect(input.reply.slice(finding.range!.start, finding.range!.end)).toBe(error.excerpt);
        }
        if (error.noPhrasings) expect(finding.suggestions).toEqual([]);
        else expect(finding.suggestions.length, `finding ${index} offers no phrasing`).toBeGreaterThan(0);
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
    it('exercises every message id in Russian and in English', () => {
      const ids = new Set([...Object.keys(rule.languages.ru.messages), ...Object.keys(rule.languages.en.messages)]);
      const missing = [...ids].flatMap((id) => ['ru', 'en'].filter((language) => !seen.has(`${language} ${id}`)).map((language) => `${language} ${id}`));
      expect(missing).toEqual([]);
    });
  });
}


/**
 * Cases where the rule disagrees with a careful reader today (found while writing the tests beside
 * the rules): each written as the rule SHOULD judge it, run with `it.fails`, so the file documents the
 * gap and turns red the day the rule gets it right — then the case moves to `valid`/`invalid`.
 */
export function knownDisagreements(ruleId: string, cases: { valid?: readonly ValidCase[]; invalid?: readonly InvalidCase[]; why: Readonly<Record<string, string>> }): void {
  const rule = builtInRules.find((candidate) => candidate.meta.id === ruleId);
  if (!rule) throw new Error(`no built-in rule ${ruleId}`);
  describe(`${ruleId}: known disagreements`, () => {
    it.fails.each((cases.valid ?? []).map((input) => [title(input), input] as const))('should be valid: %s', (_, input) => {
      expect(findingsOf(rule, input).map((finding) => finding.messageId)).toEqual([]);
    });
    it.fails.each((cases.invalid ?? []).map((input) => [title(input), input] as const))('should report: %s', (_, { errors, ...input }) => {
      const findings = findingsOf(rule, input);
      expect(findings.map((finding) => finding.messageId)).toEqual(errors.map((error) => error.messageId));
      errors.forEach((error, index) => {
        if (error.excerpt !== undefined) expect(input.reply.slice(findings[index]!.range!.start, findings[index]!.range!.end)).toBe(error.excerpt);
      });
    });
    it('says why for every case', () => {
      expect(Object.keys(cases.why).length).toBeGreaterThanOrEqual((cases.valid?.length ?? 0) + (cases.invalid?.length ?? 0) > 0 ? 1 : 0);
    });
  });
}

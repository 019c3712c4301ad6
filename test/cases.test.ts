/**
 * Every labeled case in fixtures/cases (strict preset): exactly the expected rules fire, each
 * finding's range covers the labeled excerpt, and applying the first fix of the first fixable
 * finding gives the recorded text (snapshot) and makes that finding go away.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes, createLinter } from '../src/index.js';
import { loadCases } from './cases.js';

const linter = createLinter({ preset: 'strict' });
const cases = loadCases();

describe('labeled cases', () => {
  it('has at least 100 cases per language, across every channel', () => {
    expect(cases.filter((item) => item.id.startsWith('ru-')).length).toBeGreaterThanOrEqual(100);
    expect(cases.filter((item) => item.id.startsWith('en-')).length).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map((item) => item.channel))).toEqual(new Set(['email', 'chat', 'messenger', 'social', 'review', 'forum', 'sms']));
    expect(new Set(cases.map((item) => item.id)).size).toBe(cases.length);
  });

  it.each(cases.map((item) => [item.id, item] as const))('%s', (_, item) => {
    const input = { message: item.message, reply: item.reply, history: item.history, channel: item.channel, audience: item.audience };
    const report = linter.lint(input);
    const fired = [...new Set(report.findings.map((finding) => finding.ruleId))].sort();
    expect(fired).toEqual([...item.expect].sort());

    for (const [ruleId, excerpt] of Object.entries(item.excerpts ?? {})) {
      const at = item.reply.indexOf(excerpt);
      const covering = report.findings.filter(
        (finding) => finding.ruleId === ruleId && finding.range && finding.range.start < at + excerpt.length && finding.range.end > at,
      );
      expect(covering.length, `${ruleId} should point at «${excerpt}»`).toBeGreaterThan(0);
    }

    const fixable = report.findings.find((finding) => finding.suggestions[0]?.fix);
    if (fixable) {
      const fixed = applyFixes(item.reply, [fixable.suggestions[0]!.fix!]).output;
      expect(fixed).toMatchSnapshot();
      const after = linter.lint({ ...input, reply: fixed }).findings.filter((finding) => finding.ruleId === fixable.ruleId);
      expect(after.length).toBeLessThan(report.findings.filter((finding) => finding.ruleId === fixable.ruleId).length);
    }
  });
});

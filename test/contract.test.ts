/**
 * The core's API contract under hostile or careless callers (issue #13, items 10 and 20): whatever
 * a caller or a plugin hands in, `lint()` returns a report or throws one ReplylintConfigError that
 * names the problem — never a raw TypeError, a caller's own exception, a hang or a finding with a
 * range outside the reply.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../src/matcher/compile.js';
import { findMatches, matchOnce } from '../src/matcher/match.js';
import fc from 'fast-check';
import { parseText } from '../src/document.js';
import { WordCache } from '../src/text/tokenize.js';
import { loadCases } from './cases.js';
import { builtInRules, createLinter, defineRule, lint, ReplylintConfigError, type Rule, type RuleContext, type RuleLanguageData } from '../src/index.js';

const REPLY = 'Здравствуйте! Спасибо за обращение. Заказ отправили. Хорошего дня!';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReplylintConfigError);
    return (error as ReplylintConfigError).problems;
  }
  throw new Error('expected a ReplylintConfigError');
}

function pluginRule(check: (context: RuleContext) => void, overrides: Partial<Rule['languages']['en']> = {}): Rule {
  const texts = { phrases: {}, messages: { found: 'Found' }, phrasings: {}, ...overrides };
  return defineRule({
    meta: { id: 'acme/probe', defaultSeverity: 'warning', weight: 5, preset: 'recommended', needsMessage: 'no', fixable: true },
    languages: { ru: texts, en: texts },
    check,
  });
}

describe('lint() input', () => {
  it('a null or missing config is the default config; a config that is not an object is named', () => {
    expect(lint({ reply: REPLY }, null as never).score).toBe(lint({ reply: REPLY }).score);
    expect(problemsOf(() => lint({ reply: REPLY }, 5 as never))[0]).toMatch(/^config: expected object, got 5/);
    expect(problemsOf(() => lint({ reply: REPLY }, 'strict' as never))[0]).toMatch(/^config: expected object/);
  });

  it("input getters and Proxy traps that throw become the input's problem", () => {
    const getter = Object.defineProperty({}, 'reply', {
      enumerable: true,
      get() {
        throw new RangeError('nope');
      },
    });
    expect(problemsOf(() => lint(getter as never))).toEqual(['input: could not be read (RangeError: nope)']);
    const trap = new Proxy(
      { reply: 'x' },
      {
        ownKeys() {
          throw Object.create(null);
        },
      },
    );
    expect(problemsOf(() => lint(trap as never))).toEqual(['input: could not be read (an object that is not an Error)']);
  });

  it('a "__proto__" key in the input is an unknown key, never the prototype of what is read (#13)', () => {
    expect(problemsOf(() => lint(JSON.parse('{"reply": "Hi", "__proto__": {"channel": "chat"}}')))).toEqual(['input: unknown key "__proto__"']);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('each input field is read once: a getter cannot change its type after validation', () => {
    let reads = 0;
    const input = Object.defineProperty({}, 'reply', {
      enumerable: true,
      get() {
        reads++;
        return reads === 1 ? REPLY : { length: 1e9 };
      },
    });
    const report = lint(input as never);
    expect(report.score).toBe(lint({ reply: REPLY }).score);
    expect(reads).toBe(1);
  });
});

describe('plugin rules', () => {
  it('whatever a rule throws becomes one internal-error finding, even objects that cannot be printed', () => {
    const hostile: unknown[] = [
      Object.create(null),
      {
        toString() {
          throw new Error('no');
        },
      },
      Symbol('s'),
      undefined,
      new Proxy(new Error('x'), {
        get() {
          throw new Error('trap');
        },
      }),
    ];
    for (const thrown of hostile) {
      const linter = createLinter({ plugins: [{ rules: [pluginRule(() => { throw thrown; })] }] });
      const internal = linter.lint({ reply: REPLY }).findings.filter((finding) => finding.ruleId === 'internal-error');
      expect(internal).toHaveLength(1);
      expect(internal[0]!.message).toContain('acme/probe');
    }
  });

  it('a finding range or fix range outside the reply is the rule\'s error, not a finding', () => {
    const bad = [{ start: -5, end: 1 }, { start: 0, end: 1e9 }, { start: 1.5, end: 3 }, { start: Number.NaN, end: 2 }, { start: 4, end: 2 }, { start: '0', end: 2 }];
    for (const range of bad) {
      for (const where of ['finding', 'fix'] as const) {
        const rule = pluginRule((context) =>
          where === 'finding'
            ? context.report({ messageId: 'found', range: range as never })
            : context.report({ messageId: 'found', range: { start: 0, end: 1 }, suggestions: [{ text: 'x', fix: { range: range as never, text: 'x' } }] }),
        );
        const findings = createLinter({ plugins: [{ rules: [rule] }] }).lint({ reply: REPLY }).findings;
        expect(findings.some((finding) => finding.ruleId === 'acme/probe'), JSON.stringify({ range, where })).toBe(false);
        const internal = findings.find((finding) => finding.ruleId === 'internal-error');
        expect(internal?.message, JSON.stringify({ range, where })).toMatch(/range/);
      }
    }
    const good = pluginRule((context) => context.report({ messageId: 'found', range: { start: 0, end: REPLY.length } }));
    expect(createLinter({ plugins: [{ rules: [good] }] }).lint({ reply: REPLY }).findings.find((f) => f.ruleId === 'acme/probe')?.range).toEqual({ start: 0, end: REPLY.length });
  });

  it('wrong-typed phrase data, messages and phrasings are config errors that say where', () => {
    const problems = problemsOf(() =>
      createLinter({
        plugins: [{ rules: [pluginRule(() => {}, { phrases: { words: 'thanks' as never, more: [5 as never] }, messages: { found: 7 as never } })] }],
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^config\.plugins\.0\.rules\.0\.languages\.(ru|en)\.phrases\.words: expected array/),
        expect.stringMatching(/^config\.plugins\.0\.rules\.0\.languages\.(ru|en)\.phrases\.more\.0: expected string/),
        expect.stringMatching(/^config\.plugins\.0\.rules\.0\.languages\.(ru|en)\.messages\.found: expected string/),
      ]),
    );
  });
});

describe('config phrases', () => {
  it('every bad phrase is reported, not only the first', () => {
    const problems = problemsOf(() =>
      createLinter({ phrases: { thanks: { en: { add: ['@nosuchclass thanks', 'thanks [x'] }, ru: { add: ['*ли спасибо'] } } } }),
    );
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/@nosuchclass/);
    expect(problems.join('\n')).toMatch(/\[x/);
    expect(problems.join('\n')).toMatch(/\*ли/);
  });

  it('gaps and optional words cannot make matching exponential (was 168 s with five gaps)', () => {
    const gaps = 'thank ~99 ~99 ~99 ~99 ~99 zzz';
    const optionals = `thank ${Array.from({ length: 24 }, () => '[you]').join(' ')} zzz`;
    const words = (n: number) => Array.from({ length: n }, () => 'thank you').join(' ');
    const linter = createLinter({ preset: 'strict', phrases: { 'avoid-words': { en: { add: [gaps, optionals] } } } });
    expect(linter.lint({ reply: `Hello. ${words(300)}. Have a nice day!` }).findings.some((finding) => finding.ruleId === 'avoid-words')).toBe(false);
    expect(linter.lint({ reply: `Hello. ${words(300)} zzz. Have a nice day!` }).findings.some((finding) => finding.ruleId === 'avoid-words')).toBe(true);
    // The memoised search (past the step budget) finds what the plain one does.
    const matched = (pattern: string, text: string) => {
      const matcher = compileMatcher('en', [{ key: 'k', patterns: [pattern], lexicon: { classes: {}, negators: new Set() } }]);
      return (findMatches(matcher, parseText(text, new WordCache()).tokens).get('k') ?? []).map((match) => text.slice(match.start, match.end));
    };
    expect(matched(gaps, `${words(60)} zzz`)).toEqual([`${words(60)} zzz`]);
    expect(matched(gaps, `${words(300)} zzz`)).toEqual([`${words(300).split(' ').slice(-496).join(' ')} zzz`]);
    expect(matched(optionals, 'thank you you you zzz thank zzz thank you')).toEqual(['thank you you you zzz', 'thank zzz']);
    expect(matched('a ~2 b ~2 c', 'a x b x x c. a b c a x x x b c')).toEqual(['a x b x x c', 'a b c']);
  }, 20_000);

  it('the memoised search gives what the plain search gives, on any pattern and text', () => {
    const element = fc.constantFrom('a', 'b', 'c', '[a]', '[b]', 'a|b', '~0', '~1', '~2', '~3');
    const lexicon = { classes: {}, negators: new Set<string>() };
    let compared = 0;
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom('a', 'b', 'c', 'x', 'a.', 'b.'), { maxLength: 30 }), (body, text) => {
        const tokens = parseText(text.join(' '), new WordCache()).tokens;
        const matcher = compileMatcher('en', [{ key: 'k', patterns: [`a ${body.join(' ')}`], lexicon }]);
        for (const pattern of matcher.patterns) {
          for (let at = 0; at <= tokens.length; at++) {
            const sentence = tokens[at - 1]?.sentence ?? 0;
            const plain = matchOnce(matcher, pattern, tokens, at, sentence);
            if (plain === -2) continue; // over the step budget: nothing to compare
            compared++;
            expect(matchOnce(matcher, pattern, tokens, at, sentence, new Set())).toBe(plain);
          }
        }
      }),
      { numRuns: 500 },
    );
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('history in the input (#16)', () => {
  it('is checked like the rest of the input: every bad turn named', () => {
    expect(problemsOf(() => lint({ reply: REPLY, history: [{ role: 'bot', text: 'x' }, { role: 'agent' }, 'hi'] } as never))).toEqual([
      'input.history.0.role: expected one of "client", "agent", got "bot"',
      'input.history.1.text: expected string, but it is missing',
      'input.history.2: expected object, got "hi"',
    ]);
    expect(problemsOf(() => lint({ reply: REPLY, history: [{ role: 'agent', text: 'x', at: 1 }] } as never))).toEqual(['input.history.0: unknown key "at"']);
  });

  it('each turn is read once, into objects of our own', () => {
    let reads = 0;
    const turn = Object.defineProperty({ role: 'agent' }, 'text', { enumerable: true, get: () => (reads++ === 0 ? 'Your order ships today.' : 42) });
    expect(() => lint({ reply: REPLY, history: [turn as never] })).not.toThrow();
    expect(reads).toBe(1);
  });
});

describe('the rule contract (#15, item 2)', () => {
  const ru = {
    phrases: { thanks: ['спасибо'], '@polite': ['пожалуйста'] },
    messages: { missing: 'Нет благодарности' },
    phrasings: { thank: { default: ['Спасибо!'] } },
  } satisfies RuleLanguageData;
  const en = {
    phrases: { thanks: ['thank'], '@polite': ['please'] },
    messages: { missing: 'No thanks' },
    phrasings: { thank: { default: ['Thank you!'] } },
  } satisfies RuleLanguageData;
  const meta = { id: 'acme/typed', defaultSeverity: 'warning', weight: 5, preset: 'recommended', needsMessage: 'no', fixable: false } as const;

  it('names a rule does not define fail to compile (checked by tsc in npm test)', () => {
    const rule = defineRule({
      meta,
      languages: { ru, en },
      check(context) {
        if (context.find('thanks').length > 0) return;
        if (context.options.neverTrue === true) {
          // Never run (they would throw): here for the compiler.
          // @ts-expect-error a typo in a category
          context.find('thank');
          // @ts-expect-error a word class is part of phrases, not something to find
          context.findAll('@polite');
          // @ts-expect-error a typo in a message id
          context.report({ messageId: 'mising' });
          // @ts-expect-error a typo in a phrasing id
          context.phrasings('thanks');
        }
        context.report({ messageId: 'missing', suggestions: context.phrasings('thank').map((text) => ({ text })) });
      },
    });
    expect(createLinter({ rules: { 'acme/typed': 'warning' }, plugins: [{ rules: [rule] }] }).lint({ reply: 'Hello.' }).findings.map((f) => f.ruleId)).toContain('acme/typed');
  });

  it('a plugin rule reads the promises the report lists (context.commitments), times resolved', () => {
    const seen: string[] = [];
    const rule = defineRule({
      meta: { ...meta, id: 'acme/promises' },
      languages: { ru, en },
      check(context) {
        for (const commitment of context.commitments) seen.push(`${commitment.actor}: ${commitment.action} → ${commitment.due?.deadline ?? '—'}`);
      },
    });
    const report = createLinter({ plugins: [{ rules: [rule] }] }).lint({ reply: 'Мастер перезвонит завтра в 15:00.', now: '2026-12-07T10:30:00+03:00' });
    expect(seen).toEqual(['мастер: перезвонит → 2026-12-08T15:00:00+03:00']);
    expect(report.commitments.map((c) => c.due?.deadline)).toEqual(['2026-12-08T15:00:00+03:00']);
  });

  it('a rule not declared fixable cannot report a fix: its finding becomes the rule\'s internal error', () => {
    const rule = defineRule({
      meta,
      languages: { ru, en },
      check(context) {
        context.report({ messageId: 'missing', suggestions: [{ text: 'Thank you!', fix: { range: { start: 0, end: 0 }, text: 'Thank you! ' } }] });
      },
    });
    const findings = createLinter({ rules: { 'acme/typed': 'warning' }, plugins: [{ rules: [rule] }] }).lint({ reply: 'Hello.' }).findings;
    const errors = findings.filter((finding) => finding.ruleId === 'internal-error');
    expect(errors.map((finding) => finding.message)).toEqual([expect.stringContaining('acme/typed reported a fix but its meta.fixable is false')]);
    expect(findings.some((finding) => finding.ruleId === 'acme/typed')).toBe(false);
  });

  it('no built-in rule reports a fix it does not declare (nor fails otherwise) on any labeled case', () => {
    const linter = createLinter({ preset: 'strict' });
    const failures = loadCases().flatMap((item) => linter.lint({ message: item.message, reply: item.reply, channel: item.channel, audience: item.audience }).findings.filter((finding) => finding.ruleId === 'internal-error').map((finding) => `${item.id}: ${finding.message}`));
    expect(failures).toEqual([]);
  });
});

describe("a rule's options (meta.options)", () => {
  const settings = (options: unknown) => ({ rules: { 'proportional-length': ['warning', options] } }) as never;

  it('are checked with the config: a bad value and an unknown name are named, with the rule and the option', () => {
    expect(problemsOf(() => createLinter(settings({ ratio: 'half', ration: 0.3, longReply: -1 })))).toEqual([
      'config.rules.proportional-length.1.ratio: expected number, got "half"',
      'config.rules.proportional-length.1.longReply: must be a number, 0 or more',
      'config.rules.proportional-length.1: unknown key "ration"',
    ]);
  });

  it('a rule without options takes none (an empty object is fine)', () => {
    expect(problemsOf(() => createLinter({ rules: { thanks: ['warning', { tone: 'warm' }] } }))).toEqual(['config.rules.thanks.1: rule thanks takes no options']);
    expect(() => createLinter({ rules: { thanks: ['warning', {}] } })).not.toThrow();
  });

  it('valid options reach the rule', () => {
    const input = { message: 'слово '.repeat(30), reply: 'Здравствуйте. Ожидайте.' };
    const fired = (options: object) => createLinter(settings(options)).lint(input).findings.some((finding) => finding.ruleId === 'proportional-length');
    expect(fired({})).toBe(false);
    expect(fired({ longMessage: 25 })).toBe(true);
  });
});

describe('linter.rules', () => {
  it('cannot be changed from outside: built-in rules, their data and the list are frozen', () => {
    const linter = createLinter();
    expect(Object.isFrozen(linter.rules)).toBe(true);
    expect(Object.isFrozen(linter.rules[0])).toBe(true);
    const thanks = builtInRules.find((rule) => rule.meta.id === 'thanks')!;
    expect(() => {
      (thanks.meta as { weight: number }).weight = 0;
    }).toThrow(TypeError);
    expect(() => {
      (thanks.languages.en.messages as Record<string, string>).missing = 'x';
    }).toThrow(TypeError);
    expect(() => (linter.rules as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(createLinter().lint({ message: 'Hi, where is my order? It is late.', reply: 'Order shipped.' }).findings.some((finding) => finding.ruleId === 'thanks')).toBe(true);
  });
});

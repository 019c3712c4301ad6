import { describe, expect, it } from 'vitest';
import { applyFixes, createLinter, defineRule, lint, presets, ReplylintConfigError, type Finding } from '../src/index.js';
import { builtInRules } from '../rules/index.js';

const seedMessage =
  'Здравствуйте. Я вам тысячу раз звонила! Третьего марта с моей карты дважды списали платёж за страховку, 4 870 рублей. Каждый раз одно и то же: «ожидайте, с вами свяжутся». Никто так и не связался, деньги не вернули, а по карте уже начислили проценты. Я клиент банка восемь лет, у меня здесь зарплатная карта и ипотека, и такого отношения я не ожидала. Неужели так сложно разобраться и вернуть мои деньги? Я очень недовольна и хочу, чтобы меня наконец услышали и объяснили, что происходит с моим счётом.';

describe('createLinter / lint', () => {
  it('flags the seven core rules on the seed bank exchange and none on the eight-step answer', () => {
    const bad = lint({ message: seedMessage, reply: 'Оставьте телефон, мы перезвоним. Дайте нам ваши данные.', channel: 'social' });
    const core = ['proportional-length', 'thanks', 'stated-actions', 'empathy', 'no-channel-switch', 'no-public-personal-data', 'closing'];
    expect(new Set(bad.findings.map((f) => f.ruleId))).toEqual(new Set([...core, 'acknowledge-repeat']));
    const good = lint({
      message: seedMessage,
      channel: 'social',
      reply:
        'Здравствуйте! Вам отвечает старший специалист банка Пётр Иванов. Спасибо, что нашли время и так подробно описали ситуацию. Мы внимательно ознакомились с вашим отзывом. Ситуация действительно неприятная, нам очень жаль, что так произошло, и простите, что вам пришлось звонить столько раз. Мы обязательно разберёмся в сложившейся ситуации. Пожалуйста, сообщите нам личным сообщением ваш номер телефона или адрес электронной почты, если вам удобнее получить ответ письмом, — мы ознакомимся с историей обращений, свяжемся с вами и предоставим полноценный ответ. Ещё раз приносим извинения за неудобства, надеемся, что ситуация разрешится благополучно.',
    });
    expect(good.findings).toEqual([]);
    expect(good.score).toBe(100);
    expect(bad.score).toBeLessThan(40);
  });

  it('reports language, integer score and findings ordered by position', () => {
    const report = lint({ message: 'Where is my order?!', reply: 'Your problem is noted. As I already said, wait.', channel: 'chat' });
    expect(report.language).toBe('en');
    expect(Number.isInteger(report.score)).toBe(true);
    const starts = report.findings.map((f) => f.range?.start ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('gives ranges in offsets of the original string through HTML, entities and placeholders', () => {
    const reply = '<p>Hi {{ticket.requester.first_name}},</p><p>We fixed the&nbsp;<b>problem</b> — as I already said.</p>';
    const report = lint({ reply, channel: 'email' }, { preset: 'strict' });
    const avoid = report.findings.find((f) => f.ruleId === 'avoid-words')!;
    expect(reply.slice(avoid.range!.start, avoid.range!.end)).toBe('problem');
    const blame = report.findings.find((f) => f.ruleId === 'no-blame')!;
    expect(reply.slice(blame.range!.start, blame.range!.end)).toBe('as I already said');
  });

  it('keeps ranges on surrogate pairs and combining marks intact', () => {
    const reply = '😀 Проблема решена. Ещё 👍🏽 проблема?';
    const report = lint({ reply }, { preset: 'strict' });
    for (const finding of report.findings.filter((f) => f.ruleId === 'avoid-words')) {
      expect(reply.slice(finding.range!.start, finding.range!.end).toLowerCase()).toBe('проблема');
    }
  });

  it('detects the language from the reply, then the message; und for neither', () => {
    expect(lint({ reply: 'ok', message: 'Где мой заказ?' }).language).toBe('ru');
    const und = lint({ reply: 'Hola, gracias por escribirnos. Te ayudamos por DM.' });
    expect(und.language).toBe('und');
    expect(und.findings.map((f) => f.ruleId)).toEqual(['unsupported-language']);
    expect(lint({ reply: 'Thanks!', language: 'ru' }).language).toBe('ru');
  });

  it('is deterministic and pure', () => {
    const input = { message: 'третий раз пишу!!!', reply: 'Ожидайте ответа.', channel: 'chat' as const };
    expect(lint(input)).toEqual(lint(input));
  });

  it('skips rules that need a message when there is none (templates)', () => {
    const ids = lint({ reply: 'Здравствуйте! Заказ в пути.' }).findings.map((f) => f.ruleId);
    expect(ids).not.toContain('stated-actions');
    expect(ids).not.toContain('empathy');
    expect(ids).not.toContain('proportional-length');
  });
});

describe('the keystroke path', () => {
  it('a linter that keeps the last message reports exactly what a fresh one does, as the agent types', () => {
    const typing = createLinter({ preset: 'strict' });
    const message = 'Я третий раз пишу!!! Деньги списали дважды, верните, сколько можно ждать? Заказ 123456 так и не пришёл.';
    const reply = 'Здравствуйте, Анна! Спасибо, что написали. Нам очень жаль, что так вышло. Мы проверили заказ и вернули деньги. Хорошего дня!';
    const steps: Array<{ reply: string; language?: 'ru' | 'en' }> = [];
    for (let end = 1; end <= reply.length; end += 7) steps.push({ reply: reply.slice(0, end) });
    steps.push({ reply: 'Hi! We refunded the charge. Have a nice day!' }, { reply: '12345' }, { reply, language: 'en' }, { reply });
    for (const step of steps) {
      const input = { message, channel: 'chat' as const, ...step };
      expect(typing.lint(input), step.reply).toEqual(createLinter({ preset: 'strict' }).lint(input));
    }
    // A short message in one language, replies in both: the message is judged in the reply's language.
    for (const reply of ['Hello! We checked your order: it ships today.', 'Здравствуйте! Мы проверили заказ: он уйдёт сегодня.', 'Hello! We checked your order: it ships today.']) {
      const input = { message: 'Terrible. Where?', reply };
      expect(typing.lint(input), reply).toEqual(createLinter({ preset: 'strict' }).lint(input));
    }
    // After dispose() the message is parsed again, with the same result.
    typing.dispose();
    expect(typing.lint({ message, reply })).toEqual(createLinter({ preset: 'strict' }).lint({ message, reply }));
  });
});

describe('a reply in two languages', () => {
  const linter = createLinter({ preset: 'strict' });
  const ids = (reply: string, message: string) => linter.lint({ reply, message, channel: 'social' }).findings.map((finding) => finding.ruleId);
  const ruMessage = 'Не могу войти в личный кабинет, что делать?';
  const enMessage = "I can't log in to my account, what do I do?";

  it('judges each sentence in its own language: an English request for a password inside a Russian reply', () => {
    const reply = 'Здравствуйте! Спасибо, что написали. Мы проверили ваш аккаунт и сбросили блокировку. Please reply with your password and SMS code so we can verify you. Хорошего дня!';
    const report = linter.lint({ reply, message: ruMessage, channel: 'social' });
    expect(report.language).toBe('ru');
    const finding = report.findings.find((f) => f.ruleId === 'no-public-personal-data');
    expect(finding).toBeDefined();
    expect(reply.slice(finding!.range!.start, finding!.range!.end)).toMatch(/^reply with your password/);
    // In the report's language: the reply is mostly Russian.
    expect(finding!.message).toMatch(/[а-я]/);
  });

  it('and a Russian one inside an English reply', () => {
    const reply = 'Hi! Thanks for writing. We checked your account and removed the lock. Напишите здесь ваш пароль и код из СМС. Have a nice day!';
    expect(ids(reply, enMessage)).toContain('no-public-personal-data');
  });

  it('a few words of the other script do not make a sentence foreign, and negation follows the sentence\'s language', () => {
    expect(ids('Здравствуйте! Спасибо, что написали. Мы проверили ваш аккаунт в WhatsApp Business и сбросили блокировку. Хорошего дня!', ruMessage)).not.toContain('no-public-personal-data');
    expect(ids('Здравствуйте! Спасибо, что написали. Мы проверили ваш аккаунт и сбросили блокировку. Please never send your password or SMS code to anyone. Хорошего дня!', ruMessage)).not.toContain(
      'no-public-personal-data',
    );
  });
});

describe('config', () => {
  it('throws one ReplylintConfigError naming every problem', () => {
    const bad = () =>
      createLinter({
        preset: 'lax',
        rules: { thanx: 'error', thanks: 'loud' },
        phrases: { thanks: { ru: { add: [''] } } },
      } as never);
    expect(bad).toThrow(ReplylintConfigError);
    try {
      bad();
    } catch (error) {
      const problems = (error as ReplylintConfigError).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringContaining('config.preset'),
          expect.stringContaining('config.rules.thanks'),
          expect.stringContaining('unknown rule id "thanx"'),
          expect.stringContaining('config.phrases.thanks.ru.add.0'),
        ]),
      );
    }
  });

  it('rejects bad input with a clear message, before any rule runs', () => {
    expect(() => lint({ reply: 5 } as never)).toThrow(/input.reply: expected string, got 5/);
    expect(() => lint({ reply: 'x', channel: 'fax' } as never)).toThrow(/input.channel: expected one of/);
    expect(() => lint(null as never)).toThrow(/input: expected an object/);
    expect(() => lint({ reply: 'x', mesage: 'y' } as never)).toThrow(/unknown key "mesage"/);
  });

  it('presets: recommended runs ten rules (repeated-reply with them, #16), strict all thirteen with the last three as warnings', () => {
    expect(Object.keys(presets.recommended)).toHaveLength(10);
    expect(presets.recommended['repeated-reply']).toBe('warning');
    expect(Object.keys(presets.strict)).toHaveLength(13);
    expect(presets.strict['responder-identity']).toBe('warning');
    expect(presets.recommended['no-blame']).toBe('error');
    expect(presets.recommended['no-public-personal-data']).toBe('error');
  });

  it('sets severities and turns rules off', () => {
    const linter = createLinter({ rules: { thanks: 'off', closing: 'error' } });
    const ids = linter.lint({ reply: 'Заказ в пути.' }).findings;
    expect(ids.find((f) => f.ruleId === 'thanks')).toBeUndefined();
    expect(ids.find((f) => f.ruleId === 'closing')?.severity).toBe('error');
  });

  it('adds and removes phrases per language', () => {
    const reply = 'Здравствуйте! Мерси за обращение. Хорошего дня!';
    expect(lint({ reply }).findings.map((f) => f.ruleId)).not.toContain('thanks');
    const removed = createLinter({ phrases: { thanks: { ru: { remove: ['мерси'] } } } });
    expect(removed.lint({ reply }).findings.map((f) => f.ruleId)).toContain('thanks');
    const added = createLinter({ phrases: { 'avoid-words': { en: { add: ['unfortunately'] } } }, preset: 'strict' });
    const finding = added.lint({ reply: 'Unfortunately we cannot. Have a nice day! -KC' }).findings.find((f) => f.ruleId === 'avoid-words');
    expect(finding?.range).toEqual({ start: 0, end: 13 });
    // A word added through the config is not offered the built-in replacements of "problem".
    expect(finding?.message).toBe('Consider replacing "Unfortunately": your style guide avoids it.');
    expect(added.lint({ reply: 'We fixed the problem.' }).findings.find((f) => f.ruleId === 'avoid-words')?.message).toBe(
      'Consider replacing "problem": "issue", "situation".',
    );
    expect(() => createLinter({ phrases: { thanks: { en: { remove: ['nope'] } } } })).toThrow(/"nope" is not in the list/);
  });

  it('runs plugin rules and turns a throwing rule into one internal-error finding', () => {
    const shouting = defineRule({
      meta: { id: 'acme/no-shouting', defaultSeverity: 'warning', weight: 5, preset: 'recommended', needsMessage: 'no', fixable: false },
      languages: {
        ru: { description: '', rationale: '', phrases: {}, messages: { loud: 'Не кричите' }, phrasings: {}, examples: { bad: { reply: 'ААА' }, good: { reply: 'а' } } },
        en: { description: '', rationale: '', phrases: {}, messages: { loud: 'Do not shout' }, phrasings: {}, examples: { bad: { reply: 'AAA' }, good: { reply: 'a' } } },
      },
      check(context) {
        if (context.reply.capsWords > 0) context.report({ messageId: 'loud', range: { start: 0, end: 4 } });
      },
    });
    const broken = defineRule({ ...shouting, meta: { ...shouting.meta, id: 'acme/broken' }, check: () => { throw new Error('boom'); } });
    const linter = createLinter({ plugins: [{ rules: [shouting, broken] }] });
    const report = linter.lint({ reply: 'HELLO there. Have a nice day!' });
    expect(report.findings.find((f) => f.ruleId === 'acme/no-shouting')?.message).toBe('Do not shout');
    const internal = report.findings.filter((f) => f.ruleId === 'internal-error');
    expect(internal).toHaveLength(1);
    expect(internal[0]!.message).toContain('acme/broken');
    expect(report.findings.some((f) => f.ruleId === 'thanks')).toBe(true);
  });
});

describe('score', () => {
  const linter = createLinter({ preset: 'strict' });
  const clean = 'Здравствуйте! Меня зовут Анна, я специалист поддержки. Спасибо за обращение. Мы проверили заказ и уже отправили его повторно. Хорошего дня!';

  it('is 100 for a clean reply and drops as violations are added, never rises', () => {
    const scores = [
      clean,
      clean.replace('Спасибо за обращение. ', ''),
      clean.replace('Спасибо за обращение. ', '').replace(' Хорошего дня!', ''),
      clean.replace('Спасибо за обращение. ', '').replace(' Хорошего дня!', '') + ' Вы ошибаетесь.',
    ].map((reply) => linter.lint({ reply, message: 'Где мой заказ?' }).score);
    expect(scores[0]).toBe(100);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
  });

  it('weighs errors more than warnings more than info', () => {
    const weights = Object.fromEntries(builtInRules.map((rule) => [rule.meta.id, rule.meta.weight]));
    expect(weights['no-blame']).toBeGreaterThan(weights['closing']!);
    // A final thanks is a closing (DESIGN.md): the thanks comes first here, so the reply ends on a fact.
    const reply = 'Спасибо за вопрос! Меня зовут Анна. Заказ в пути.';
    const error = createLinter({ rules: { closing: 'error' } }).lint({ reply }).score;
    const info = createLinter({ rules: { closing: 'info' } }).lint({ reply }).score;
    expect(error).toBeLessThan(info);
  });
});

describe('applyFixes', () => {
  it('applies non-overlapping fixes and rejects overlapping ones and those at the same point', () => {
    const result = applyFixes('abcdef', [
      { range: { start: 0, end: 1 }, text: 'A' },
      { range: { start: 0, end: 2 }, text: 'X' },
      { range: { start: 3, end: 3 }, text: '-' },
      { range: { start: 3, end: 3 }, text: '+' },
      { range: { start: 5, end: 9 }, text: '!' },
    ]);
    expect(result.output).toBe('Abc-def');
    expect(result.applied.map((fix) => fix.text)).toEqual(['A', '-']);
    expect(result.rejected.map((fix) => fix.text)).toEqual(['X', '+', '!']);
  });

  it("applying every finding's first fix in passes converges", () => {
    const linter = createLinter({ preset: 'strict' });
    let reply = 'Здравствуйте! Проблему решили.';
    const input = { message: 'Опять не работает!!! Третий раз пишу', channel: 'chat' as const };
    for (let pass = 0; pass < 6; pass++) {
      const fixes = linter.lint({ ...input, reply }).findings.flatMap((f: Finding) => (f.suggestions[0]?.fix ? [f.suggestions[0].fix] : []));
      if (fixes.length === 0) break;
      reply = applyFixes(reply, fixes).output;
    }
    const left = linter.lint({ ...input, reply }).findings.filter((f) => f.suggestions[0]?.fix);
    expect(left).toEqual([]);
    expect(reply).toContain('Спасибо');
    expect(reply).toContain('Ситуацию решили');
  });
});

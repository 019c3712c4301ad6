/**
 * report.commitments: the promises a reply makes (seed 003), who makes them, their words and their
 * time, resolved when the input says when the reply is written. The labeled blind cases are scored
 * in `npm run eval` (fixtures/commitments/); these rows pin the mechanisms one by one.
 */
import { describe, expect, it } from 'vitest';
import { createLinter, lint, ReplylintConfigError, type Commitment } from '../src/index.js';

const linter = createLinter();
/** Monday 7 December 2026, 10:30 in Moscow. */
const NOW = '2026-12-07T10:30:00+03:00';
/** Friday 11 December 2026, 16:00 in Moscow. */
const FRIDAY = '2026-12-11T16:00:00+03:00';

interface Row {
  reply: string;
  now?: string;
  timeZone?: string;
  /** actor: action [@ due → deadline] [if] — one per promise, in order. */
  expected: string[];
}

function describeCommitment(reply: string, c: Commitment): string {
  let text = `${c.actor}: ${c.action}`;
  if (c.due) text += ` @ ${c.due.text}${c.due.deadline ? ` → ${c.due.deadline}` : ''}`;
  if (c.conditional) text += ' [if]';
  expect(reply.slice(c.range.start, c.range.end)).toContain(c.action);
  if (c.due) expect(reply.slice(c.due.range.start, c.due.range.end)).toBe(c.due.text);
  return text;
}

const rows: Row[] = [
  // Seed 003: the promise that was lost on a piece of paper.
  { reply: 'Мастер перезвонит завтра в 15:00.', now: NOW, expected: ['мастер: перезвонит @ завтра в 15:00 → 2026-12-08T15:00:00+03:00'] },
  { reply: 'Мы вернём деньги в течение 3 рабочих дней.', now: FRIDAY, expected: ['we: вернём деньги @ в течение 3 рабочих дней → 2026-12-16T23:59:59+03:00'] },
  { reply: "We'll send a replacement by Friday.", now: FRIDAY, expected: ['we: send a replacement @ by Friday → 2026-12-18T23:59:59+03:00'] },
  { reply: 'Our team will call you today before 6 pm.', now: NOW, expected: ['we: call you @ today before 6 pm → 2026-12-07T18:00:00+03:00'] },
  { reply: 'A technician will visit within 24 hours.', now: NOW, expected: ['technician: visit @ within 24 hours → 2026-12-08T10:30:00+03:00'] },
  // No "мы": the verb's form says who («Проверим и сообщим»); two verbs, two promises.
  { reply: 'Проверим и сообщим до конца дня.', now: NOW, expected: ['we: Проверим @ до конца дня → 2026-12-07T23:59:59+03:00', 'we: сообщим @ до конца дня → 2026-12-07T23:59:59+03:00'] },
  { reply: "I'll check with the warehouse now and get back to you by 5 pm.", now: NOW, expected: ['I: check with the warehouse now', 'I: get back to you @ by 5 pm → 2026-12-07T17:00:00+03:00'] },
  // Impersonal and passive: the company side.
  { reply: 'Вам перезвонят в течение часа.', now: NOW, expected: ['we: перезвонят @ в течение часа → 2026-12-07T11:30:00+03:00'] },
  { reply: 'Your refund will be processed within 5 business days.', now: FRIDAY, expected: ['we: be processed @ within 5 business days → 2026-12-18T23:59:59+03:00'] },
  { reply: 'Заказ будет доставлен 10 декабря.', now: NOW, expected: ['we: будет доставлен @ 10 декабря → 2026-12-10T23:59:59+03:00'] },
  // A clock time already past today is tomorrow's; a time zone other than now's offset.
  { reply: 'I will call you at 10 am.', now: '2026-12-07T18:40:00+03:00', expected: ['I: call you @ at 10 am → 2026-12-08T10:00:00+03:00'] },
  { reply: 'We will call you tomorrow at 9:00.', now: '2026-12-07T22:30:00Z', timeZone: 'Europe/Moscow', expected: ['we: call you @ tomorrow at 9:00 → 2026-12-09T09:00:00+03:00'] },
  { reply: 'We will ship it by the end of the month.', now: '2026-11-30T14:00:00Z', expected: ['we: ship it @ by the end of the month → 2026-11-30T23:59:59+00:00'] },
  // "one" stems to "on": "a new one by Friday" is the thing, then the time.
  { reply: 'We will send a new one by Friday.', now: NOW, expected: ['we: send a new one @ by Friday → 2026-12-11T23:59:59+03:00'] },
  // "for 3 months" is a length; "pls … before sunday" is the client's time.
  { reply: 'We will extend your plan for 3 months.', now: NOW, expected: ['we: extend your plan for 3 months'] },
  { reply: 'im going to send you a new code by email, pls use it before sunday', now: NOW, expected: ['I: send you a new code by email'] },
  { reply: 'Не можем обещать, что машина будет готова к пятнице.', now: NOW, expected: [] },
  // Real replies: an invitation is no promise, a signature tag or a link ends the action, a general statement promises nothing.
  { reply: "Let's try again!", expected: [] },
  { reply: 'Let us check the logs.', expected: ['we: check the logs'] },
  { reply: "DM us your email. We'll take a look backstage /KM https://t.co/ldFdZRiNAt", expected: ['we: take a look backstage'] },
  { reply: "I'll go ahead and follow up with our team. -Jen", expected: ['I: follow up with our team'] },
  { reply: 'Обратитесь в поддержку. Они всегда помогут и подскажут.', expected: [] },
  { reply: 'Учтём ваше пожелание, приложение выйдет в марте.', now: NOW, expected: ['we: Учтём ваше пожелание', 'we: выйдет @ в марте → 2027-03-31T23:59:59+03:00'] },
  // Promises written in the labeled cases of concrete-commitment: a relative clause, "they", a thing's state to come.
  { reply: "I've passed your account to our savings team, who will correct the rate.", expected: ['we: correct the rate'] },
  { reply: "I've passed it to our developers, and they will restore the gems.", expected: ['we: restore the gems'] },
  { reply: 'Our engineers are on site and power should be back by 6 pm.', now: NOW, expected: ['we: be back @ by 6 pm → 2026-12-07T18:00:00+03:00'] },
  { reply: 'Photo mode is on our roadmap and will be available in May.', now: NOW, expected: ['we: be available @ in May → 2027-05-31T23:59:59+03:00'] },
  { reply: "You'll have the new PDF today.", now: NOW, expected: ['we: have the new PDF @ today → 2026-12-07T23:59:59+03:00'] },
  { reply: 'Ваш заказ будет готов завтра.', now: NOW, expected: ['we: будет готов @ завтра → 2026-12-08T23:59:59+03:00'] },
  // …and what "should" does not promise: a norm, an expected result; "we'll be available" offers.
  { reply: "That's not how a new sofa should arrive. You should see a green light within 2 minutes. We'll be available all weekend.", now: NOW, expected: [] },
  // An emoji ends a chat message's thought: the «если» after it is the next promise's condition.
  { reply: 'соберём заказ к 16:00 👍 если вдруг упаковки раскупят, фармацевт вам позвонит', now: NOW, expected: ['we: соберём заказ @ к 16:00 → 2026-12-07T16:00:00+03:00', 'фармацевт: позвонит [if]'] },
  // Round 4 of the blind cases: a quotation that ends with its sentence is quoted (the tokenizer closed it only after the period
  // before); a heading over promises; "Should …," opening a condition; a period a thing covers; a time after two joined promises.
  { reply: 'Here is our help centre: "Once you complete all modules, we will email your certificate within 24 hours." Good luck!', expected: [] },
  { reply: 'Что мы сделаем:\n• домен продлим сегодня за наш счёт;', now: NOW, expected: ['we: продлим @ сегодня → 2026-12-07T23:59:59+03:00'] },
  { reply: 'Should the hotel decline the late check-in, we will refund the unused night.', expected: ['we: refund the unused night [if]'] },
  { reply: 'We will credit your account for the three days concerned.', now: NOW, expected: ['we: credit your account for the three days concerned'] },
  { reply: 'номер курьера уточню и напишу вам через 30 минут', now: NOW, expected: ['I: уточню @ через 30 минут → 2026-12-07T11:00:00+03:00', 'I: напишу вам @ через 30 минут → 2026-12-07T11:00:00+03:00'] },
  { reply: "I'll check with the warehouse now and get back to you by 5 pm.", now: NOW, expected: ['I: check with the warehouse now', 'I: get back to you @ by 5 pm → 2026-12-07T17:00:00+03:00'] },
  { reply: 'Куратор группы пришлёт вам расписание до четверга.', now: NOW, expected: ['куратор: пришлёт вам расписание @ до четверга → 2026-12-10T23:59:59+03:00'] },
  // Real replies: a weekday shortened, a time before two joined promises; a hope or a maybe promises nothing; a present-tense description neither.
  { reply: 'Принято, в ПН проверим и поправим.', now: NOW, expected: ['we: проверим @ в ПН → 2026-12-14T23:59:59+03:00', 'we: поправим @ в ПН → 2026-12-14T23:59:59+03:00'] },
  { reply: 'Надеемся, что ремень сделает использование фонаря удобнее. Возможно, это будет сделано позже.', expected: [] },
  { reply: 'We hope the new strap will make it easier. We will ship it in May.', now: NOW, expected: ['we: ship it @ in May → 2027-05-31T23:59:59+03:00'] },
  { reply: 'Если адреса указаны неправильно, оператор обращается за подтверждением к другому домену.', expected: [] },
  // Without `now`: the time's words, no deadline.
  { reply: 'Курьер привезёт заказ в среду.', expected: ['курьер: привезёт заказ @ в среду'] },
  // A part of a day is a time the calendar cannot place.
  { reply: "I'll send you a confirmation this afternoon.", now: NOW, expected: ['I: send you a confirmation @ this afternoon'] },
  // Conditions: the promise is conditional; a time inside the condition is not its due.
  { reply: 'Если посылка не придёт до среды, мы отправим новую.', now: NOW, expected: ['we: отправим новую [if]'] },
  { reply: 'If it has not arrived by 9 am tomorrow, we will reimburse your purchases.', now: NOW, expected: ['we: reimburse your purchases [if]'] },
  { reply: 'Если эксперт подтвердит повреждения, выплату перечислим в течение пяти рабочих дней.', now: NOW, expected: ['we: перечислим @ в течение пяти рабочих дней → 2026-12-14T23:59:59+03:00 [if]'] },
  // Not promises.
  { reply: '> You promised to call me yesterday.\n\nI am sorry about that.', expected: [] },
  { reply: 'Вы пишете: «обещали перезвонить завтра». Приносим извинения.', expected: [] },
  { reply: "Unfortunately we won't be able to refund the fee.", expected: [] },
  { reply: 'К сожалению, перезвонить не сможем.', expected: [] },
  { reply: 'We sent it yesterday. Please send us the receipt by Friday.', expected: [] },
  { reply: 'Let me know if you need anything else. We will be happy to help.', expected: [] },
  { reply: 'Будем рады помочь! Вам нужно будет перезагрузить роутер.', expected: [] },
  { reply: 'Shall we call you tomorrow?', expected: [] },
  { reply: 'Давайте попробуем перезагрузить приставку.', expected: [] },
  { reply: 'You will need to restart the router.', expected: [] },
  // "today's downtime" names no time.
  { reply: "We will credit your account for today's downtime.", now: NOW, expected: ['we: credit your account for today\'s downtime'] },
];

describe('commitments', () => {
  it.each(rows.map((row) => [row.reply, row] as const))('%s', (_, row) => {
    const report = linter.lint({ reply: row.reply, now: row.now, timeZone: row.timeZone });
    expect(report.commitments.map((c) => describeCommitment(row.reply, c))).toEqual(row.expected);
  });

  it('resolves a time to an interval from now, or to a moment', () => {
    const [byFriday] = lint({ reply: "We'll send a replacement by Friday.", now: NOW }).commitments;
    expect(byFriday!.due!.resolved).toBe('2026-12-07T10:30:00+03:00/2026-12-11T23:59:59+03:00');
    const [call] = lint({ reply: 'Мастер перезвонит завтра в 15:00.', now: NOW }).commitments;
    expect(call!.due!.resolved).toBe('2026-12-08T15:00:00+03:00');
    const [onFriday] = lint({ reply: 'The courier will deliver it on Friday.', now: NOW }).commitments;
    expect(onFriday!.due!.resolved).toBe('2026-12-11T00:00:00+03:00/2026-12-11T23:59:59+03:00');
  });

  it('leaves absurd times unplaced, at once: a billion business days, 31 February, 25:99 (found by hand: the business-day count looped)', () => {
    const due = (reply: string) => lint({ reply, now: NOW }).commitments[0]?.due;
    expect(due('Мы вернём деньги в течение 1000000000 рабочих дней.')).toEqual({ range: { start: 17, end: 50 }, text: 'в течение 1000000000 рабочих дней' });
    expect(due('Мастер перезвонит через 99999999999 часов.')?.deadline).toBeUndefined();
    expect(due('We will ship it in 100000000000000000000 months.')?.deadline).toBeUndefined();
    expect(due('Мы перезвоним 31 февраля.')?.deadline).toBeUndefined();
    expect(due('We will call you at 25:99.')?.deadline).toBeUndefined();
    // Ten years is the longest a promise is placed.
    expect(due('We will keep it for you within 3650 days.')?.deadline).toBe('2036-12-04T23:59:59+03:00');
  });

  it('follows daylight saving time in the given zone', () => {
    // New York moves to UTC-4 on 8 March 2026: a week from 5 March ends on the 15th at UTC-4.
    const [promise] = lint({ reply: 'We will fix it next week.', now: '2026-03-05T12:00:00-05:00', timeZone: 'America/New_York' }).commitments;
    expect(promise!.due!.deadline).toBe('2026-03-15T23:59:59-04:00');
  });

  it('lists none in a reply in neither language, and is in every report', () => {
    expect(lint({ reply: '¿Dónde está mi pedido? Lo enviaremos mañana.' }).commitments).toEqual([]);
    expect(lint({ reply: 'Thanks!' }).commitments).toEqual([]);
  });

  it('names a bad `now` or `timeZone`, and lints nothing', () => {
    const problems = (input: object) => {
      try {
        lint({ reply: 'We will call you tomorrow.', ...input });
      } catch (error) {
        return (error as ReplylintConfigError).problems;
      }
      return [];
    };
    expect(problems({ now: 'tomorrow' })).toEqual(['input.now: expected an ISO 8601 date-time with an offset, like "2026-12-07T10:30:00+03:00" or "…Z", got "tomorrow"']);
    expect(problems({ now: '2026-12-07T10:30:00' })).toHaveLength(1);
    expect(problems({ now: '2026-12-07T10:30:00+03:00', timeZone: 'Mars/Olympus' })).toEqual([
      'input.timeZone: expected an IANA time zone this runtime knows, like "Europe/Moscow", got "Mars/Olympus"',
    ]);
    expect(problems({ now: 42 })).toEqual(['input.now: expected string, got 42']);
  });
});

import { describe, expect, it } from 'vitest';
import { createLinter, type LintInput } from '../../src/index.js';
import { ruleTester } from '../../test/rule-tester.js';

const longRu =
  'Добрый день. Пишу уже не первый раз. Две недели назад я оформила заказ, оплатила его картой, деньги списались, но заказ так и не пришёл. В личном кабинете статус «передан в доставку», трек-номер не отслеживается. Я звонила на горячую линию, меня переключали между операторами, в итоге пообещали перезвонить и не перезвонили. Я хочу понять, где мой заказ, и получить либо его, либо деньги обратно.';
const longEn =
  "Hello. Two weeks ago I placed an order and paid by card, the money was taken, but the order never arrived. My account says 'handed to the courier' and the tracking number shows nothing at all. I called your hotline, got passed between agents, was promised a call back and never got one. I want to know where my order is and get either the order or my money back, and I want someone to actually take responsibility for this.";
// Detailed, but under 60 words (31 and 38).
const midRu =
  'Здравствуйте. Оплатила подписку на год, а в приложении до сих пор показывает бесплатный тариф. Перезаходила в аккаунт, переустанавливала приложение, ничего не помогает. Чек об оплате пришёл на почту. Подскажите, что делать?';
const midEn =
  "Hi, I paid for the yearly plan yesterday but the app still shows the free tier. I logged out and back in and reinstalled the app, nothing helped. The receipt came to my email. What should I do?";
// 184 words on a 4-word question.
const deliveryRu = `Здравствуйте! Спасибо за вопрос. ${'Расскажем подробно, как устроена доставка в ваш регион и от чего зависят сроки и стоимость. '.repeat(12)}`;
// 69 words.
const kazanRu = `Здравствуйте! Да, доставляем в Казань за 2–3 дня. ${'Курьер привозит заказ до двери, оплатить можно картой или наличными при получении. '.repeat(5)}`;
// An e-mail template: 185 runs of letters with its markup, 16 words of text.
const cell = (text: string) =>
  `<tr><td style="padding:12px 24px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#333333;background-color:#ffffff">${text}</td></tr>`;
const passwordHtml = `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;margin:0 auto;border:1px solid #e5e5e5">${cell('Hello {{ticket.requester.first_name}},')}${cell('To change your password, open <a href="https://example.com/account/security?utm_source=support&amp;utm_medium=email" style="color:#1a73e8;text-decoration:underline">Account → Security</a> and click <strong>Change password</strong>.')}${cell('Best regards,<br>{{current_user.name}}<br>Example Support')}<tr><td style="padding:8px 24px;font-family:Arial,Helvetica,sans-serif;font-size:11px;color:#999999"><img src="https://cdn.example.com/email/logo-small.png" width="80" height="20" alt="" style="display:block;border:0"></td></tr></table>`;

ruleTester('proportional-length', {
  valid: [
    // ru
    {
      message: longRu,
      reply: 'Здравствуйте! Спасибо, что подробно описали ситуацию. Мы проверили заказ: посылка застряла на складе, мы уже отправили её повторно, она придёт в четверг. Деньги за доставку вернули на карту. Если остались вопросы, пишите.',
    },
    { message: 'Когда откроется магазин?', reply: 'Здравствуйте! Магазин открыт с 9 до 21 каждый день.' },
    // Without a message the rule has nothing to compare with.
    { reply: 'Ожидайте.' },
    // Under 60 words is no long letter, however short the answer.
    { message: midRu, reply: 'Здравствуйте! Проверили: подписка активна, перезапустите приложение.', channel: 'chat' },
    // Options: a stricter ratio, a higher ceiling for long replies.
    { message: longRu, reply: 'Здравствуйте! Заказ нашли, отправили повторно.', options: { ratio: 0.01 } },
    { message: 'Есть доставка в Казань?', reply: deliveryRu, options: { longReply: 200 } },
    { message: 'Есть доставка в Казань?', reply: kazanRu },

    // en
    {
      message: longEn,
      reply: 'Hi, thanks for the details. We checked your order: the parcel was stuck at the depot, we have re-sent it and it will arrive on Thursday. The delivery fee is refunded to your card. Let me know if there is anything else.',
    },
    { message: 'Do you ship to Canada?', reply: 'Hi! Yes, we ship to Canada — delivery takes 5 to 7 business days.', channel: 'chat' },
    { message: midEn, reply: 'Hi! Fixed — please restart the app.', channel: 'chat' },
    // Markup and placeholders are not words.
    { message: 'How do I change my password?', reply: passwordHtml },
  ],
  invalid: [
    // ru
    { message: longRu, reply: 'Здравствуйте. Ожидайте.', errors: [{ messageId: 'tooShort' }] },
    { message: longRu, reply: 'Здравствуйте! Заказ нашли, отправили повторно.', channel: 'chat', errors: [{ messageId: 'tooShort' }] },
    { message: longRu, reply: '<p>Здравствуйте, {{ticket.requester.name}}!</p><p>Ожидайте.</p>', errors: [{ messageId: 'tooShort' }] },
    { message: midRu, reply: 'Здравствуйте! Проверили.', options: { longMessage: 30 }, errors: [{ messageId: 'tooShort' }] },
    { message: 'Есть доставка в Казань?', reply: deliveryRu, errors: [{ messageId: 'tooLong' }] },
    { message: 'Есть доставка в Казань?', reply: kazanRu, options: { longReply: 60 }, errors: [{ messageId: 'tooLong' }] },

    // en
    { message: longEn, reply: 'Hi. Please wait.', errors: [{ messageId: 'tooShort' }] },
    { message: longEn, reply: '<p>Hi {{ticket.requester.name}},</p><p>Please wait.</p>', errors: [{ messageId: 'tooShort' }] },
    { message: midEn, reply: 'Hi! Fixed.', options: { longMessage: 30 }, errors: [{ messageId: 'tooShort' }] },
    { message: 'Do you ship to Canada?', reply: `Hi! ${'Yes, we do ship to Canada, and here is everything about it. '.repeat(14)}`, errors: [{ messageId: 'tooLong' }] },
    {
      message: 'Do you ship to Canada?',
      reply: `Hi! ${'Yes, we ship to Canada, and delivery takes about a week. '.repeat(4)}`,
      options: { longReply: 40 },
      errors: [{ messageId: 'tooLong' }],
    },
  ],
});

describe('proportional-length says the sizes as people do', () => {
  const linter = createLinter({ preset: 'recommended' });
  const messageOf = (input: LintInput) => linter.lint(input).findings.find((f) => f.ruleId === 'proportional-length')?.message;
  it.each([
    // Russian numerals agree (1 слово, 2 слова, 5 слов, 21 слово), and the client's text is named by channel.
    [{ message: 'слово '.repeat(132), reply: 'Здравствуйте. Ожидайте.', channel: 'email' }, 'Ответ в 2 слова на письмо в 132 слова'],
    [{ message: 'слово '.repeat(65), reply: 'Здравствуйте. Ожидайте.', channel: 'review' }, 'Ответ в 2 слова на отзыв в 65 слов'],
    [{ message: 'слово '.repeat(121), reply: 'Ожидайте.', channel: 'chat' }, 'Ответ в 1 слово на сообщение в 121 слово'],
    [{ message: 'Где заказ?', reply: `Здравствуйте. ${'очень '.repeat(159)}`, channel: 'chat' }, 'Ответ в 160 слов на сообщение в 2 слова'],
    [{ message: longRu, reply: 'Здравствуйте! Заказ нашли, отправили повторно.', channel: 'chat' }, 'Ответ в 5 слов на сообщение в 64 слова'],
    [{ message: 'Есть доставка в Казань?', reply: deliveryRu, channel: 'email' }, 'Ответ в 184 слова на письмо в 4 слова: сократите до сути.'],
    // English articles follow the sound of the number, and a tweet is a post.
    [{ message: 'word '.repeat(132), reply: 'Hi there, we are looking into it, thanks, bye now all.', channel: 'email' }, 'This is an 11-word reply to a 132-word letter'],
    [{ message: 'word '.repeat(80), reply: 'Hi. Wait.', channel: 'social' }, 'This is a 2-word reply to an 80-word post'],
    [{ message: 'word '.repeat(118), reply: 'Hi. Wait here.', channel: 'review' }, 'This is a 3-word reply to a 118-word review'],
    [{ message: 'Do you ship to Canada?', reply: `Hi! ${'Yes, we do ship to Canada, and here is everything about it. '.repeat(14)}`, channel: 'email' }, 'This is a 169-word reply to a 5-word letter: cut it down to the point.'],
  ] as const)('%o', (input, expected) => {
    expect(messageOf(input as LintInput)).toContain(expected);
  });
});

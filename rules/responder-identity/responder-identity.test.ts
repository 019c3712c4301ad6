import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';
import { knownDisagreements, ruleTester } from '../../test/rule-tester.js';

ruleTester('responder-identity', {
  valid: [
    // A name signing a one-line reply: after a dash (also after a link), or alone as the last sentence; "2/2" after it.
    { message: 'Where can I find the ingredients?', reply: "@anna Here's the full ingredient statement: https://t.co/0BbYN36bdJ -Becky", channel: 'social' },
    { message: 'The cashier was rude to me.', reply: 'This is addressed with the colleague concerned. TY - Chris 2/2', channel: 'social' },
    { message: 'Do you still sell it?', reply: "I advise going into store and asking one of my colleagues. I'm sure they'd be happy to help. Robbie", channel: 'social' },
    { message: 'Курьер не приехал.', reply: 'Передали жалобу в службу доставки, завтра курьер приедет с 10 до 14. — Ольга', channel: 'social' },
    // Russian: an introduction with name and role, a lead-in and a name, a signature.
    { reply: 'Здравствуйте! Меня зовут Анна, я специалист поддержки.' },
    { reply: 'Добрый день! С вами работает оператор Кирилл. Тариф сменили с 1 марта.', channel: 'chat' },
    { reply: 'Всё готово.\n\nС уважением,\nАнна, служба поддержки' },
    { reply: 'Добрый день! Вам отвечает старший специалист банка Пётр Иванов. Перевод зачислен на ваш счёт сегодня в 14:20.' },
    { reply: 'Здравствуйте! На связи Дмитрий, служба поддержки. Заказ уже у курьера, он привезёт его до 18:00.', channel: 'chat' },
    { reply: 'Добрый вечер! Это Ольга из службы поддержки. Бонусы начислили, они уже на вашем счёте.', channel: 'chat' },
    // ё in the name and in the text.
    { reply: 'Здравствуйте! Меня зовут Алёна, я менеджер по возвратам. Деньги вернём до пятницы.' },
    { reply: 'Заказ передали курьеру, он привезёт его завтра с 10 до 14.\n\n— Анна, служба поддержки' },
    { reply: 'Всё исправили, можно пользоваться.\n\nВсего доброго,\nНаталья' },
    { reply: 'Здравствуйте! Передали ваш отзыв в ресторан, управляющий свяжется с вами сегодня. ^АК', channel: 'social' },
    // A helpdesk template: the agent's name is a placeholder.
    {
      reply: 'Здравствуйте, {{ticket.requester.name}}!\n\nЗаказ {{order.id}} передан в доставку.\n\nС уважением,\n{{current_user.name}}, служба поддержки',
    },
    // HTML and Markdown around the signature.
    { reply: '<p>Здравствуйте!</p><p>Доступ к личному кабинету восстановлен.</p><p>С уважением,<br>команда поддержки «Ромашка»</p>' },
    { reply: 'Здравствуйте! Мы обновили приложение, ошибка при оплате больше не появится.\n\n**Игорь**, инженер поддержки' },

    // English.
    { reply: 'Hi, Ellie from CodeCamp support here.' },
    { reply: 'Done! ^JS', channel: 'social' },
    { reply: "Hi! My name is Anna from the support team. We've checked your order and it's on the way. Have a great day!", channel: 'chat' },
    // Contractions: "You're chatting with", "I'm Sam".
    { reply: "Hi there! You're chatting with Priya from billing. I've removed the duplicate charge.", channel: 'chat' },
    { reply: "Hi Tom! I'm Sam, a support specialist at Acme. Your warranty covers the screen, so the repair is free." },
    { reply: 'Hi, this is Dana with Acme Billing. The duplicate charge has been refunded.' },
    { reply: "Hi! I'm with the billing team — the duplicate charge is refunded.", channel: 'chat' },
    { reply: 'Sam here from the billing team — your plan was downgraded today, and the difference is credited to your account.' },
    { reply: 'Your refund has been issued.\n\nBest regards,\nNatalie\nAcme Support' },
    { reply: 'Hi Jen,\n\nThe invoice for March is attached.\n\nThanks,\nMark' },
    { reply: "@jdoe We've DMed you the tracking link. -KC", channel: 'social' },
    { reply: 'Hi {{ticket.requester.first_name}},\n\nYour ticket has been updated.\n\nBest,\n{{current_user.name}}' },
    { reply: '<p>Hi Anna,</p><p>Your order shipped today.</p><p>Kind regards,<br>Acme Support Team</p>' },
  ],
  invalid: [
    // A hashtag or a bare sign-off at the end is no name.
    { message: 'Love the new plane!', reply: 'So glad you enjoyed the flight! #AATeam', channel: 'social', errors: [{ messageId: 'missing' }] },
    { message: 'Мне понравился сервис!', reply: 'Рады, что всё понравилось! #НашаКоманда', channel: 'social', errors: [{ messageId: 'missing' }] },
    // Russian.
    // «Я» is no name; «это из-за … банка» names no one; a bare sign-off with the quoted history under it signs nothing.
    { reply: 'Здравствуйте! Доступ восстановили. Остались вопросы? Я на связи.', channel: 'chat', errors: [{ messageId: 'missing', excerpt: '' }] },
    { reply: 'Здравствуйте! Задержка зачисления — это из-за сбоя банка-получателя.', channel: 'chat', errors: [{ messageId: 'missing', excerpt: '' }] },
    {
      message: 'Не могу войти в личный кабинет.',
      reply: 'Здравствуйте, Иван!\n\nМы сбросили пароль, теперь вы можете войти.\n\nС уважением\n\n> Иван написал:\n> Не могу войти в личный кабинет.',
      errors: [{ messageId: 'missing', excerpt: '' }],
    },
    { reply: 'Здравствуйте! Заказ в пути. Хорошего дня!', errors: [{ messageId: 'missing', excerpt: '' }] },
    {
      reply: 'Добрый день!\n\nМы проверили начисления: плата за СМС-информирование списана верно, услуга подключена с 1 марта.\n\nХорошего дня!',
      errors: [{ messageId: 'missing', excerpt: '' }],
    },
    // A sign-off with no name after it signs nothing.
    { reply: 'Здравствуйте! Заявку приняли, мастер придёт в четверг с 9 до 13.\n\nС уважением', errors: [{ messageId: 'missing', excerpt: '' }] },
    // «Спасибо, Марина!» at the top thanks the client; it is no signature.
    { reply: 'Спасибо, Марина! Возврат оформлен, деньги придут в течение трёх дней. Хорошего дня!', errors: [{ messageId: 'missing', excerpt: '' }] },
    // Negated: «я не специалист» introduces no one.
    {
      reply: 'Здравствуйте! Я не специалист по тарифам, поэтому ваш вопрос передан в отдел продаж, ответ придёт до пятницы.',
      errors: [{ messageId: 'missing', excerpt: '' }],
    },
    // «отвечает за» is a verb about the courier, not «вам отвечает».
    { reply: 'Здравствуйте! Курьер отвечает за сохранность посылки до момента вручения.', errors: [{ messageId: 'missing', excerpt: '' }] },
    // The client's own introduction, quoted back, is not the agent's.
    {
      reply: 'Здравствуйте! Доступ восстановили, попробуйте войти ещё раз.\n\n> Меня зовут Ирина Петрова, не могу войти в личный кабинет.',
      errors: [{ messageId: 'missing', excerpt: '' }],
    },

    // English.
    // "I'm …", "this is …" with no name or team; "Generally speaking", "display name is"; a bare sign-off with the quoted history under it.
    { reply: "Hi! I'm happy to help with that. Your plan renews on May 3.", channel: 'chat', errors: [{ messageId: 'missing', excerpt: '' }] },
    { reply: "Hi! I'm on it — the refund will be processed today.", channel: 'chat', errors: [{ messageId: 'missing', excerpt: '' }] },
    { reply: 'Hi! This is a known issue with the Android app; a fix ships on Friday.', channel: 'chat', errors: [{ messageId: 'missing', excerpt: '' }] },
    { reply: 'Hi! Generally speaking, refunds take 5–7 business days.', channel: 'chat', errors: [{ messageId: 'missing', excerpt: '' }] },
    { reply: 'Hi! Your username is your email; the display name is shown on your profile page.', channel: 'chat', errors: [{ messageId: 'missing', excerpt: '' }] },
    {
      message: "I can't log in to my account.",
      reply: "Hi John,\n\nWe've reset your password, so you can log in again.\n\nBest regards\n\n> On Monday, John wrote:\n> I can't log in to my account.",
      errors: [{ messageId: 'missing', excerpt: '' }],
    },
    { reply: 'Hi! Your order is on the way.', errors: [{ messageId: 'missing', excerpt: '' }] },
    {
      reply: 'Hello,\n\nWe checked the charges: the SMS alerts fee is correct, the service has been active since March 1.\n\nHave a great day!',
      errors: [{ messageId: 'missing', excerpt: '' }],
    },
    { reply: 'Hi Anna,\n\nYour order shipped today.\n\nBest regards', errors: [{ messageId: 'missing', excerpt: '' }] },
    // "Thanks, Mark!" addresses the client at the top.
    {
      reply: "Thanks, Mark! I've checked your account and the charge was reversed. It should show up within 3 days.",
      errors: [{ messageId: 'missing', excerpt: '' }],
    },
    // "I'm sorry" is no introduction.
    { reply: "Hi! I'm sorry for the wait, the replacement ships today.", errors: [{ messageId: 'missing', excerpt: '' }] },
    { reply: 'Hi,\n\nWe\'ve reset your password.\n\n> My name is John Smith and I can\'t log in.', errors: [{ messageId: 'missing', excerpt: '' }] },
    { reply: '@jdoe Sorry about that! Please DM us your order number.', channel: 'social', errors: [{ messageId: 'missing', excerpt: '' }] },
    { reply: '**Update:** the outage is resolved and all services are back to normal.', errors: [{ messageId: 'missing', excerpt: '' }] },
  ],
});

describe('responder-identity: message and phrasings', () => {
  const linter = createLinter({ preset: 'strict' });
  const finding = (reply: string, channel?: 'email' | 'chat') =>
    linter.lint({ reply, channel }).findings.find((f) => f.ruleId === 'responder-identity')!;

  it('speaks the reply’s language, as info, with phrasings and no fix', () => {
    const ru = finding('Здравствуйте! Заказ в пути.', 'chat');
    expect(ru.message).toBe('Не видно, кто отвечает: представьтесь или подпишитесь — имя и роль.');
    expect(ru.suggestions.map((s) => s.text)).toEqual(['Меня зовут …, я специалист службы поддержки.', 'Вам отвечает … , специалист службы поддержки.']);
    const en = finding('Hi! Your order is on the way.', 'chat');
    expect(en.message).toBe('It is not clear who answers: introduce yourself or sign with a name and role.');
    expect(en.suggestions[0]!.text).toBe("My name is …, and I'm a support specialist.");
    expect([...ru.suggestions, ...en.suggestions].every((s) => s.fix === undefined)).toBe(true);
  });

  it('offers a signature first in e-mail', () => {
    expect(finding('Здравствуйте! Заказ в пути.', 'email').suggestions[0]!.text).toBe('С уважением,\n…, специалист службы поддержки');
    expect(finding('Hi! Your order is on the way.', 'email').suggestions[0]!.text).toBe('Best regards,\n…, support specialist');
  });
});

knownDisagreements('responder-identity', {
  invalid: [
    // A capitalized word before "from" or after "it is" is taken for a name.
    { reply: 'Hi! Shipping from Germany takes 3–5 business days.', channel: 'chat', errors: [{ messageId: 'missing' }] },
    { reply: 'Hi! Yes, it is Apple Pay only for now.', channel: 'chat', errors: [{ messageId: 'missing' }] },
  ],
  why: {
    'Hi! Shipping from Germany': "a capitalized word before a trail ('from') or after a lead-in ('it is') is taken for a name: the capital of a sentence start, a brand; telling \"Ellie from CodeCamp\" from \"Shipping from Germany\" needs more than the letter case",
  },
});

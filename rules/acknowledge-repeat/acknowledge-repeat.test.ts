import { ruleTester } from '../../test/rule-tester.js';

ruleTester('acknowledge-repeat', {
  valid: [
    // The conversation shows an earlier answer, and the client only says it works now, or thanks.
    { message: 'It works now, thank you!', reply: 'Hi! Glad to hear it, and thanks for letting us know. Have a great day!', history: [{ role: 'client', text: 'The app crashes on start.' }, { role: 'agent', text: 'Please update to version 5.2.' }] },
    { message: 'Всё заработало, спасибо!', reply: 'Здравствуйте! Рады, что всё получилось, спасибо, что написали. Хорошего дня!', history: [{ role: 'client', text: 'Приложение вылетает.' }, { role: 'agent', text: 'Обновите приложение до версии 5.2.' }] },
    // The client wrote twice before any answer: no agent turn, no repeat.
    { message: 'Where is my refund?', reply: 'Hi! Thanks for writing. The refund was sent today and will reach your card within 3 days. Have a nice day!', history: [{ role: 'client', text: 'Hello?' }] },
    // ru: the repeat acknowledged.
    { message: 'Пишу уже третий раз!', reply: 'Здравствуйте! Понимаем, что вам пришлось обращаться несколько раз, — простите.' },
    {
      message: 'Уже писала вам вчера, ответа нет. Где мой возврат?',
      reply: 'Здравствуйте! Извините за долгое ожидание ответа. Возврат оформлен, деньги придут до пятницы.',
    },
    {
      message: 'Третий раз пишу про списание!',
      reply: 'Здравствуйте! Видим ваши предыдущие обращения и сожалеем, что вопрос до сих пор не решён. Списание отменили.',
    },
    // «ещё» / «еще» alike.
    {
      message: 'Ещё раз пишу по поводу возврата за куртку.',
      reply: 'Здравствуйте! Простите, что вам приходится писать снова. Возврат за куртку оформили сегодня.',
    },
    {
      message: 'Я уже трижды звонила, и каждый раз меня переключали.',
      reply: 'Здравствуйте! Нам жаль, что вам пришлось звонить несколько раз. Карту перевыпустили.',
    },
    // Not a repeat of the client's: the schedule, the product failing again, someone at home asking.
    { message: 'Третий раз переносят приём.', reply: 'Здравствуйте! Перенесли запись на пятницу.' },
    { message: 'Опять вылетает приложение после обновления.', reply: 'Здравствуйте! Исправили в версии 5.3, обновите приложение.' },
    { message: 'Муж уже дважды спрашивал, когда будет доставка в наш район.', reply: 'Здравствуйте! Доставка в ваш район начнётся с 1 июня.' },
    // A friend's words in quotes are not the client's contacts.
    { message: 'Моя подруга говорит, что «звонила вам пять раз». А доставка в Казань у вас есть?', reply: 'Здравствуйте! Да, доставляем в Казань за 2–3 дня.' },
    // No message: nothing to acknowledge.
    { reply: 'Здравствуйте! Заказ отправлен.' },

    // en
    { message: "I've called five times", reply: "Hi, I'm sorry you've had to call us five times." },
    { message: 'Still no response to my ticket from last week.', reply: "Hi Paula, sorry for the delay in responding. We've refunded the duplicate charge." },
    {
      message: 'Emailed twice already, where is my refund?',
      reply: "Hi! I can see you've contacted us before, and I'm sorry it took this long. Your refund was issued today.",
    },
    { message: "I've been chatting with your agents all week and nothing's fixed.", reply: "Hi! I'm sorry you've had to chase this for a week. The fix is live now." },
    { message: 'The app crashed again after the update.', reply: 'Hi! Version 5.3 fixes the crash.' },
    { message: 'I received three emails about the sale but my discount code does not work.', reply: 'Hi! The code works now, we fixed it.' },
    { message: 'My friend told me she "called them five times" before it worked. Do you ship to Oslo?', reply: 'Hi! Yes, we ship to Oslo in 3 to 5 days.' },
  ],
  invalid: [
    // Only the conversation shows the client writing again after an answer that did not settle it.
    {
      message: 'The parcel still has not arrived.',
      reply: 'Hi! Thanks for writing. The courier will bring it today before 6 pm. Have a nice day!',
      history: [{ role: 'client', text: 'Where is my parcel?' }, { role: 'agent', text: 'It is on its way and will arrive within 3 days.' }],
      errors: [{ messageId: 'missing', excerpt: '', output: "Hi! We're sorry you've had to contact us several times about this. Thanks for writing. The courier will bring it today before 6 pm. Have a nice day!" }],
    },
    {
      message: 'Посылка так и не пришла.',
      reply: 'Здравствуйте! Спасибо, что написали. Курьер привезёт её сегодня до 18:00. Хорошего дня!',
      history: [{ role: 'client', text: 'Где моя посылка?' }, { role: 'agent', text: 'Она в пути и приедет в течение 3 дней.' }],
      errors: [{ messageId: 'missing', excerpt: '' }],
    },
    // ru
    { message: 'Писала вам в понедельник, ответа до сих пор нет.', reply: 'Здравствуйте! Заказ отправили сегодня.', errors: [{ messageId: 'missing', excerpt: '' }] },
    { message: 'Я вам тысячу раз звонила!', reply: 'Оставьте телефон, мы перезвоним.', errors: [{ messageId: 'missing', excerpt: '' }] },
    {
      message: 'Пишу уже третий раз, интернет так и не починили!',
      reply: 'Здравствуйте! Мы проверили линию и отправили мастера, он приедет завтра до 12:00. Хорошего дня!',
      channel: 'chat',
      errors: [
        {
          messageId: 'missing',
          excerpt: '',
          output:
            'Здравствуйте! Понимаем, что вам пришлось обращаться несколько раз, — приносим извинения. Мы проверили линию и отправили мастера, он приедет завтра до 12:00. Хорошего дня!',
        },
      ],
    },
    // After the greeting, in a paragraph of its own; the signature stays as it is.
    {
      message: 'Второй раз обращаюсь по поводу возврата, деньги так и не пришли.',
      reply: 'Добрый день, Ольга!\n\nВозврат оформлен, деньги придут до пятницы.\n\nС уважением,\nМария',
      errors: [
        {
          messageId: 'missing',
          excerpt: '',
          output:
            'Добрый день, Ольга!\n\nПонимаем, что вам пришлось обращаться несколько раз, — приносим извинения.\n\nВозврат оформлен, деньги придут до пятницы.\n\nС уважением,\nМария',
        },
      ],
    },
    {
      message: 'Пишу уже в третий раз!!',
      reply: '<p>Здравствуйте, {{first_name}}!</p><p>Списание отменили.</p>',
      errors: [
        {
          messageId: 'missing',
          excerpt: '',
          output: '<p>Здравствуйте, {{first_name}}!</p><p>Понимаем, что вам пришлось обращаться несколько раз, — приносим извинения.</p><p>Списание отменили.</p>',
        },
      ],
    },
    { message: 'Никто не отвечает уже неделю! Где мой заказ?', reply: 'Здравствуйте! Заказ передан курьеру.', errors: [{ messageId: 'missing', excerpt: '' }] },
    { message: 'В который раз пишу: верните деньги за отменённый рейс.', reply: 'Здравствуйте! Деньги вернули на карту.', errors: [{ messageId: 'missing', excerpt: '' }] },
    // Promised before, still not done.
    {
      message: 'Мне обещали перезвонить в понедельник, до сих пор никто не позвонил.',
      reply: 'Здравствуйте! Мастер позвонит вам сегодня до 18:00.',
      errors: [{ messageId: 'missing', excerpt: '' }],
    },
    // Not seeing the earlier requests is no acknowledgement.
    {
      message: 'Третий раз пишу, где мой заказ?',
      reply: 'Здравствуйте! Мы не видим ваших предыдущих обращений. Заказ в пути.',
      errors: [{ messageId: 'missing', excerpt: '' }],
    },

    // en
    {
      message: 'third time I am writing about this charge',
      reply: "@anna Hi! We've refunded the charge. Have a nice day!",
      channel: 'social',
      errors: [
        {
          messageId: 'missing',
          excerpt: '',
          output: "@anna Hi! We're sorry you've had to contact us several times about this. We've refunded the charge. Have a nice day!",
        },
      ],
    },
    {
      message: "Third time writing, my internet still isn't fixed!",
      reply: 'Hi! We checked the line and booked a technician for tomorrow before noon. Have a great day!',
      channel: 'chat',
      errors: [
        {
          messageId: 'missing',
          excerpt: '',
          output: "Hi! We're sorry you've had to contact us several times about this. We checked the line and booked a technician for tomorrow before noon. Have a great day!",
        },
      ],
    },
    {
      message: "I've emailed you twice about this invoice and nobody replied.",
      reply: 'Hi Ken,\n\nThe invoice has been corrected and re-sent.\n\nBest regards,\nLaura',
      errors: [
        {
          messageId: 'missing',
          excerpt: '',
          output: "Hi Ken,\n\nWe're sorry you've had to contact us several times about this.\n\nThe invoice has been corrected and re-sent.\n\nBest regards,\nLaura",
        },
      ],
    },
    {
      message: 'third time I am writing about this charge',
      reply: '<p>Hi {{first_name}},</p><p>We have refunded the charge.</p>',
      errors: [
        {
          messageId: 'missing',
          excerpt: '',
          output: "<p>Hi {{first_name}},</p><p>We're sorry you've had to contact us several times about this.</p><p>We have refunded the charge.</p>",
        },
      ],
    },
    {
      message: "We were told the technician would come Monday. It's Wednesday and still nothing.",
      reply: 'Hi! A technician will come tomorrow between 9 and 12.',
      errors: [{ messageId: 'missing', excerpt: '' }],
    },
    {
      message: 'Nobody picked up the phone for two days. I need to cancel my booking.',
      reply: 'Hi! Your booking is cancelled and the deposit refunded.',
      errors: [{ messageId: 'missing', excerpt: '' }],
    },
    {
      message: 'Still no response to my ticket from last week.',
      reply: "Hi Paula, we don't see any previous messages from you. The duplicate charge is refunded.",
      errors: [{ messageId: 'missing', excerpt: ', w' }],
    },
  ],
});

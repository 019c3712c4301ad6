import { ruleTester } from '../../test/rule-tester.js';

ruleTester('closing', {
  valid: [
    // ru: wishes, offers of help, hope, a sign-off, a final thanks.
    { reply: 'Здравствуйте! Заказ в пути. Хорошего дня!' },
    { reply: 'Здравствуйте! Возврат оформили, деньги придут в течение 3 дней. Если возникнут вопросы, пишите — поможем.' },
    { reply: 'Здравствуйте! Столик на пятницу забронирован. Ждём вас!', channel: 'chat' },
    { reply: 'Здравствуйте! Возврат оформлен. Чем ещё можем помочь?', channel: 'chat' },
    { reply: 'Добрый день! Мы обновили тариф, изменения вступят в силу с 1 числа. Надеемся, что теперь всё будет работать как надо.' },
    // «не стесняйтесь» names its own negation: it is the offer, not a negated one.
    { reply: 'Здравствуйте! Пароль сбросили. Если что-то не получится, не стесняйтесь писать.', channel: 'chat' },
    // So do «Не болейте!» and a double negation of thanks.
    { reply: 'Здравствуйте! Запись перенесли на пятницу. Не болейте!', channel: 'chat' },
    { reply: 'Здравствуйте! Пароль сбросили. Не можем не поблагодарить вас за терпение!', channel: 'chat' },
    // A thanks promising to keep the client posted still closes.
    { reply: 'Здравствуйте! Заменили товар. Спасибо за терпение, и мы сообщим, как только курьер выедет.', channel: 'chat' },
    // A final thanks is a closing (DESIGN, "Where the line falls").
    { reply: 'Заказ доставят завтра. Спасибо за терпение!', channel: 'sms' },
    // A bare «Спасибо,» before the name signs the reply off.
    { reply: 'Здравствуйте! Заказ передали курьеру, он позвонит за час до приезда.\n\nСпасибо,\nАнна' },
    { reply: 'Добрый день.\n\nЗаказ в пути.\n\nС уважением,\nАнна' },
    { reply: 'Здравствуйте, {{ticket.requester.name}}!\n\nЗаказ отправлен.\n\nС уважением,\n{{current_user.name}}' },

    // en
    { reply: 'Hi! Your refund is on the way. Let me know if you need anything else.' },
    // The negation stays in its clause: "if it doesn't arrive" does not negate "let us know".
    { reply: "Hi! The refund is issued. If it doesn't arrive by Friday, let us know." },
    { reply: "Hi! We've switched your plan to annual billing. Let us know!", channel: 'chat' },
    { reply: 'The driver will call 30 minutes before arrival. Hope this helps!' },
    { reply: 'Your parcel arrives Thursday. Thanks for your patience!', channel: 'sms' },
    { reply: "@maria_k Your replacement is packed. Thanks for your patience, and we'll DM you once it ships.", channel: 'social' },
    { reply: '@anna Your order ships today. Thanks, Ivan ^KL', channel: 'social' },
    { reply: 'Hi Tom,\n\nThe refund went out today.\n\nCheers,\nMia' },
    { reply: '<p>Hi {{first_name}},</p><p>Your refund was issued today.</p><p>Kind regards,<br>Support team</p>' },
    { reply: 'Your plan is now **Pro**. _Have a great weekend!_', channel: 'chat' },
    { reply: "Hi! The refund is issued. We're here for you.", channel: 'chat' },
    // "Don't hesitate to…" names its negator: it is the offer; so is "can't thank you enough".
    { reply: "Hi! We've reset your password. Don't hesitate to reach out if the link expires again." },
    { reply: "Hi! We've reset your password. Please don't hesitate to contact us if you have any questions." },
    { reply: "Hi! We've reset your password. Do not hesitate to contact us." },
    { reply: "Hi! We've reset your password. We can't thank you enough for your patience!", channel: 'chat' },
  ],
  invalid: [
    // ru
    {
      reply: 'Здравствуйте! Заказ передан в доставку.',
      channel: 'chat',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Здравствуйте! Заказ передан в доставку. Если появятся вопросы — пишите, поможем!' }],
    },
    // A last sentence left open on a word gets its full stop.
    {
      reply: 'Здравствуйте! Заказ отправлен',
      channel: 'chat',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Здравствуйте! Заказ отправлен. Если появятся вопросы — пишите, поможем!' }],
    },
    // Tweet initials glued on: the closing goes before them, with the sentence's full stop.
    {
      reply: '@user Приняли ваш отзыв *ТМ',
      channel: 'social',
      errors: [{ messageId: 'missing', excerpt: ' ', output: '@user Приняли ваш отзыв. Хорошего дня! *ТМ' }],
    },
    // At the end of the body, before the signature.
    {
      reply: 'Добрый день, Ирина!\n\nЗаказ передан в доставку.\n\nМария, служба поддержки',
      errors: [
        {
          messageId: 'missing',
          excerpt: '',
          output:
            'Добрый день, Ирина!\n\nЗаказ передан в доставку.\n\nЕсли остались вопросы, просто ответьте на это письмо — мы на связи. Хорошего дня!\n\nМария, служба поддержки',
        },
      ],
    },
    {
      reply: 'Здравствуйте, {{ticket.requester.name}}!\n\nЗаказ отправлен.\n\n{{current_user.name}}',
      errors: [
        {
          messageId: 'missing',
          excerpt: '',
          output:
            'Здравствуйте, {{ticket.requester.name}}!\n\nЗаказ отправлен.\n\nЕсли остались вопросы, просто ответьте на это письмо — мы на связи. Хорошего дня!\n\n{{current_user.name}}',
        },
      ],
    },
    {
      reply: '<p>Здравствуйте!</p><p>Заказ в пути.</p>',
      errors: [
        { messageId: 'missing', excerpt: '', output: '<p>Здравствуйте!</p><p>Заказ в пути.</p><p>Если остались вопросы, просто ответьте на это письмо — мы на связи. Хорошего дня!</p>' },
      ],
    },
    // Ends on a fact or a request: the thanks or the offer before it does not close the reply.
    { reply: 'Спасибо за терпение! Заказ доставят завтра.', channel: 'sms', errors: [{ messageId: 'missing', excerpt: '' }] },
    { reply: 'Спасибо, передали разработчикам.', channel: 'chat', errors: [{ messageId: 'missing', excerpt: '' }] },
    { reply: 'Здравствуйте! Если вопросы останутся, пишите. Пришлите, пожалуйста, номер заказа.', channel: 'chat', errors: [{ messageId: 'missing', excerpt: '' }] },
    { reply: 'Здравствуйте! Гарантия на телефон действует. Обратитесь в сервисный центр с чеком.', channel: 'chat', errors: [{ messageId: 'missing', excerpt: '' }] },
    // A bare apology is no closing.
    { reply: 'Здравствуйте! К сожалению, этот товар больше не выпускается. Приносим извинения.', errors: [{ messageId: 'missing', excerpt: '' }] },
    // The client's wishes in the quoted letter are not the agent's closing.
    { reply: 'Здравствуйте! Заказ отправили сегодня.\n\n> Спасибо, хорошего дня', errors: [{ messageId: 'missing', excerpt: '' }] },

    // en
    {
      reply: 'Hi! Your order has shipped',
      channel: 'chat',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Hi! Your order has shipped. Let us know if there is anything else we can help with!' }],
    },
    {
      reply: "@user We've noted your feedback and will improve.^KL",
      channel: 'social',
      errors: [{ messageId: 'missing', excerpt: '', output: "@user We've noted your feedback and will improve. Have a great day! ^KL" }],
    },
    {
      reply: 'Hi Anna,\n\nYour order is on its way.\n\n-KC',
      channel: 'social',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Hi Anna,\n\nYour order is on its way.\n\nHave a great day!\n\n-KC' }],
    },
    {
      reply: 'Hi Mark,\n\nThe refund was issued this morning.\n\nSam\nSupport team',
      errors: [
        {
          messageId: 'missing',
          excerpt: '',
          output: 'Hi Mark,\n\nThe refund was issued this morning.\n\nIf you have any other questions, just reply to this email — we are happy to help.\n\nSam\nSupport team',
        },
      ],
    },
    {
      reply: '<p>Hi {{first_name}},</p><p>Your refund was issued today.</p>',
      errors: [
        {
          messageId: 'missing',
          excerpt: '',
          output: '<p>Hi {{first_name}},</p><p>Your refund was issued today.</p><p>If you have any other questions, just reply to this email — we are happy to help.</p>',
        },
      ],
    },
    // A link after a colon ends the sentence: an instruction, not an offer.
    {
      reply: 'If the issue persists, contact us here: https://help.example.com/form',
      channel: 'chat',
      errors: [
        { messageId: 'missing', excerpt: '', output: 'If the issue persists, contact us here: https://help.example.com/form\n\nLet us know if there is anything else we can help with!' },
      ],
    },
    { reply: 'Happy to help! Please DM us your order number.', channel: 'social', errors: [{ messageId: 'missing', excerpt: '' }] },
    // "Let us know" closes only as the sentence's last words; here it asks for data.
    { reply: 'Hi! Let us know the error code you see on the screen.', channel: 'chat', errors: [{ messageId: 'missing', excerpt: '' }] },
    { reply: "Hi! The refund is issued. We're here to help, is this on all your devices?", channel: 'chat', errors: [{ messageId: 'missing', excerpt: '' }] },
    { reply: 'Hi! Sadly that model is discontinued. We apologize.', errors: [{ messageId: 'missing', excerpt: '' }] },
    { reply: 'Hi Sam,\n\nYour refund was issued today.\n\n> Thanks, have a nice day\n> Sam', errors: [{ messageId: 'missing', excerpt: '' }] },
  ],
});

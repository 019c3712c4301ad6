import { ruleTester } from '../../test/rule-tester.js';

const longRu =
  'Добрый день. Пишу уже не первый раз. Две недели назад я оформила заказ, оплатила его картой, деньги списались, но заказ так и не пришёл. В личном кабинете статус «передан в доставку», трек-номер не отслеживается. Я звонила на горячую линию, меня переключали между операторами, в итоге пообещали перезвонить и не перезвонили. Я хочу понять, где мой заказ, и получить либо его, либо деньги обратно.';
const longEn =
  "Hello. Two weeks ago I placed an order and paid by card, the money was taken, but the order never arrived. My account says 'handed to the courier' and the tracking number shows nothing at all. I called your hotline, got passed between agents, was promised a call back and never got one. I want to know where my order is and get either the order or my money back, and I want someone to actually take responsibility for this.";

ruleTester('thanks', {
  valid: [
    // ru: any form of «благодарить», «спасибо», «признательны», anywhere in the reply.
    { message: 'Где мой заказ?', reply: 'Спасибо, что написали! Заказ уже в пути.' },
    { reply: 'Здравствуйте! Благодарим за обращение. Заказ в пути.' },
    { reply: 'Добрый день! Мы признательны, что вы сообщили. Всё исправили.' },
    // A double negation thanks all the more.
    { message: 'Где замена? Уже две недели жду.', reply: 'Не можем не поблагодарить вас за терпение — замена уйдёт сегодня.' },
    { reply: 'Здравствуйте, Ольга! Благодарю вас за терпение — посылку передали курьеру, она будет у вас завтра.' },
    {
      message: 'Приложение вылетает при оплате картой: версия 5.1, Android 13, после нажатия «Оплатить» белый экран.',
      reply: 'Очень благодарны вам за подробное описание! Ошибку воспроизвели и передали разработчикам.',
      channel: 'chat',
    },
    // A thanks at the end counts as well as one at the start.
    { message: 'Отмените, пожалуйста, заказ 4471.', reply: 'Заказ отменили, деньги вернутся на карту за 3 дня. Заранее спасибо за понимание!', channel: 'chat' },
    // A bare «Спасибо,» before the agent's name is still a thanks.
    { reply: 'Заказ отправлен сегодня, трек-номер пришлём в СМС.\n\nСпасибо,\nАнна' },
    { reply: '<p>Здравствуйте, {{ticket.requester.name}}!</p><p>Спасибо за обращение. Мы проверили платёж — он прошёл.</p>' },

    // en
    { message: 'Where is my order?', reply: 'Thanks for reaching out! Your order is on its way.' },
    { reply: "Hi! We appreciate your patience. It's fixed now." },
    // Negated idioms that thank all the more.
    { message: "Where is my replacement? It's been two weeks.", reply: "We can't thank you enough for your patience — the replacement ships today." },
    { message: "Where is my replacement? It's been two weeks.", reply: "We couldn't be more grateful for your patience — the replacement ships today." },
    { reply: 'Thanks a lot for the report — fixed!' },
    { reply: "Hi Sam,\n\nI'm grateful you flagged this — the typo on the invoice is corrected.\n\nBest,\nDana" },
    { message: 'Please change the delivery address to 12 Baker St.', reply: "Much appreciated! We've updated the shipping address on your order.", channel: 'chat' },
    { message: 'the promo banner links to a 404', reply: 'Thx for the heads-up! Fixed.', channel: 'sms' },
    { reply: "**Thank you** for the detailed report! We've pushed a fix in v2.3.1." },
    { reply: 'Hi {{ticket.requester.name}},\n\nThanks for getting in touch. Your refund was processed today.' },
    {
      message: 'Food was cold and the waiter forgot our drinks.',
      reply: 'Thank you for the review, Mark. We passed your note to the kitchen and the floor manager.',
      channel: 'review',
    },
  ],
  invalid: [
    // ru
    {
      message: 'Где мой заказ?',
      reply: 'Здравствуйте! Мы проверили заказ, он уже в пути. Хорошего дня!',
      channel: 'chat',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Здравствуйте! Спасибо, что написали! Мы проверили заказ, он уже в пути. Хорошего дня!' }],
    },
    // After the greeting, in its own paragraph, the signature left alone.
    {
      reply: 'Добрый день, Анна!\n\nЗаказ передан курьеру, он приедет завтра.\n\nС уважением,\nМария',
      errors: [
        {
          messageId: 'missing',
          excerpt: '',
          output: 'Добрый день, Анна!\n\nСпасибо за обращение!\n\nЗаказ передан курьеру, он приедет завтра.\n\nС уважением,\nМария',
        },
      ],
    },
    // A greeting that runs on after the name: it ends in «!» and the reply starts a sentence of its own.
    {
      reply: 'Добрый день, Анна, заказ уже в пути.',
      errors: [{ messageId: 'missing', excerpt: ', з', output: 'Добрый день, Анна! Спасибо за обращение! Заказ уже в пути.' }],
    },
    {
      reply: '<div class="body"><p>Заказ уже в пути.</p></div>',
      errors: [{ messageId: 'missing', excerpt: '', output: '<div class="body"><p>Спасибо за обращение! Заказ уже в пути.</p></div>' }],
    },
    {
      message: 'Приложение выкидывает из аккаунта каждый час',
      reply: '@olga_p Исправили в версии 4.2, обновите приложение.',
      channel: 'social',
      errors: [{ messageId: 'missing', excerpt: '', output: '@olga_p Спасибо, что написали нам! Исправили в версии 4.2, обновите приложение.' }],
    },
    // Negated: no thanks.
    { reply: 'Здравствуйте! Мы не можем поблагодарить вас за такой отзыв.', errors: [{ messageId: 'missing', excerpt: '' }] },
    // The client's thanks quoted back is not the agent's.
    {
      message: 'Спасибо за «быструю» доставку, ждала две недели.',
      reply: 'Здравствуйте! Вы написали: «Спасибо за быструю доставку». Нам жаль, что посылка задержалась, — вернули стоимость доставки.',
      errors: [
        {
          messageId: 'missing',
          excerpt: '',
          output: 'Здравствуйте! Спасибо за обращение! Вы написали: «Спасибо за быструю доставку». Нам жаль, что посылка задержалась, — вернули стоимость доставки.',
        },
      ],
    },
    // … nor echoed word for word.
    {
      message: 'Спасибо большое за испорченные выходные, курьер так и не приехал.',
      reply: 'Здравствуйте! Спасибо большое за испорченные выходные — понимаем, почему вы так написали, и просим прощения. Курьер приедет сегодня до 18:00.',
      errors: [{ messageId: 'missing', excerpt: '' }],
    },
    // … nor in the client's quoted letter below the reply.
    {
      reply: 'Здравствуйте!\n\nЗаказ уже передан курьеру.\n\n> Спасибо, жду ответа',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Здравствуйте!\n\nСпасибо за обращение!\n\nЗаказ уже передан курьеру.\n\n> Спасибо, жду ответа' }],
    },
    // What to thank for follows the message: a complaint beside kind words, praise, a review, a long letter.
    {
      message: 'Отличный магазин, но кассир мне нахамила.',
      reply: 'Здравствуйте! Поговорим с кассиром.',
      channel: 'chat',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Здравствуйте! Спасибо, что сообщили нам об этом. Поговорим с кассиром.' }],
    },
    {
      message: 'Отличная кофейня, всё очень понравилось!',
      reply: 'Рады, что вам понравилось! Ждём снова.',
      channel: 'review',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Спасибо за тёплые слова! Рады, что вам понравилось! Ждём снова.' }],
    },
    {
      message: 'Заказала кофе в зёрнах, привезли молотый. Хочу обменять.',
      reply: 'Здравствуйте. Заказ обменяем, курьер приедет завтра.',
      channel: 'review',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Здравствуйте. Спасибо за отзыв! Заказ обменяем, курьер приедет завтра.' }],
    },
    {
      message: longRu,
      reply: 'Здравствуйте! Посылка застряла на складе, отправили её повторно.',
      errors: [
        { messageId: 'missing', excerpt: '', output: 'Здравствуйте! Спасибо, что так подробно описали ситуацию. Посылка застряла на складе, отправили её повторно.' },
      ],
    },

    // en
    {
      reply: 'Hi Anna,\n\nYour order is on its way.\n\nBest regards,\nTom',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Hi Anna,\n\nThank you for contacting us.\n\nYour order is on its way.\n\nBest regards,\nTom' }],
    },
    // An HTML template without a greeting: the sentence goes inside the first paragraph, not before it.
    {
      reply: '<p>Your order is on its way.</p><p>Best regards,<br>Tom</p>',
      errors: [{ messageId: 'missing', excerpt: '', output: '<p>Thank you for contacting us. Your order is on its way.</p><p>Best regards,<br>Tom</p>' }],
    },
    // Glued to Markdown emphasis: at the very start instead.
    {
      reply: '**Your order is on its way.**',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Thank you for contacting us. **Your order is on its way.**' }],
    },
    {
      message: 'your app logs me out every hour',
      reply: '@dan_k We pushed a fix in 4.2 this morning, update and you should stay logged in.',
      channel: 'social',
      errors: [{ messageId: 'missing', excerpt: '', output: '@dan_k Thanks for reaching out! We pushed a fix in 4.2 this morning, update and you should stay logged in.' }],
    },
    // The client's words quoted back, echoed, or in the quoted letter are not the agent's thanks.
    {
      message: 'thanks for nothing',
      reply: 'Hi! You wrote "thanks for nothing". We have refunded the fee.',
      channel: 'chat',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Hi! Thanks for reaching out! You wrote "thanks for nothing". We have refunded the fee.' }],
    },
    {
      message: 'Thanks for nothing. Three weeks and still no refund.',
      reply: 'Hi Jane,\n\n"Thanks for nothing" is fair — we are sorry. The refund was sent today.\n\nBest regards,\nOwen',
      errors: [
        {
          messageId: 'missing',
          excerpt: '',
          output: 'Hi Jane,\n\nThank you for contacting us.\n\n"Thanks for nothing" is fair — we are sorry. The refund was sent today.\n\nBest regards,\nOwen',
        },
      ],
    },
    {
      message: 'Thanks a lot for ruining my weekend, the delivery never came.',
      reply: 'Hi Jane. Thanks a lot for ruining my weekend — I understand why you wrote that, and I am sorry. The courier will bring the parcel today before 6 pm.',
      errors: [{ messageId: 'missing', excerpt: '' }],
    },
    {
      reply: 'Hi there!\n\nYour order is with the courier.\n\n> Thanks in advance, Mike',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Hi there!\n\nThank you for contacting us.\n\nYour order is with the courier.\n\n> Thanks in advance, Mike' }],
    },
    // Kind words beside a complaint: thanks for telling us, not for "kind words".
    {
      message: 'Great store, but your cashier was so rude to me today.',
      reply: 'Hi! We will talk to the cashier.',
      channel: 'chat',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Hi! Thank you for letting us know. We will talk to the cashier.' }],
    },
    {
      message: 'Love the app!',
      reply: 'Hi! Glad to hear.',
      channel: 'chat',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Hi! Thank you so much for the kind words! Glad to hear.' }],
    },
    {
      message: 'The food was okay, nothing special.',
      reply: 'Hi Tom, we will pass this to the chef.',
      channel: 'review',
      errors: [{ messageId: 'missing', excerpt: ', w', output: 'Hi Tom! Thank you for your review. We will pass this to the chef.' }],
    },
    {
      message: longEn,
      reply: 'Hi. The parcel was stuck at the depot; we re-sent it.',
      errors: [{ messageId: 'missing', excerpt: '', output: 'Hi. Thank you for describing the situation in such detail. The parcel was stuck at the depot; we re-sent it.' }],
    },
  ],
});

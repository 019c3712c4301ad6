import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';
import { ruleTester } from '../../test/rule-tester.js';

const SORRY_RU = 'Нам очень жаль, что так вышло.';
const GLAD_RU = 'Нам очень приятно это слышать!';
const SORRY_EN = "We're really sorry for the trouble.";
const GLAD_EN = "We're so glad to hear that!";

ruleTester('empathy', {
  valid: [
    // ── Russian ──
    { message: 'Это просто ужас!!! Третий день без интернета', reply: 'Здравствуйте! Нам очень жаль, что так вышло. Мастер приедет сегодня.' },
    // Sympathy in its forms: извинения, сожалеем, «понимаю, как это неприятно».
    {
      message: 'Третью неделю жду возврат за отменённый заказ, сколько можно?!',
      reply: 'Здравствуйте! Приносим извинения за задержку: возврат оформлен сегодня, деньги придут на карту в течение трёх рабочих дней.',
    },
    {
      message: 'Курьер опять не приехал, весь день просидела дома, это издевательство!',
      reply: 'Здравствуйте! Понимаю, как это неприятно, — мы разобрались со службой доставки, завтра курьер приедет с 10 до 12.',
      channel: 'chat',
    },
    {
      message: 'Пришёл разбитый телефон, коробка вся мятая. Я в шоке.',
      reply: 'Добрый день! Очень сожалеем, что так получилось. Замену отправили сегодня, разбитый телефон курьер заберёт при доставке.',
    },
    // Dismay at the situation is sympathy: «ужасно», «кошмар».
    { message: 'Списали деньги дважды, и никто не отвечает на письма! Это просто безобразие!', reply: 'Здравствуйте! Это действительно ужасно. Второе списание вернули сегодня.' },
    { message: 'Списали деньги дважды, и никто не отвечает на письма! Это просто безобразие!', reply: 'Здравствуйте! Какой кошмар! Второе списание вернули сегодня.' },
    // A double negation that apologizes all the more.
    { message: 'Списали деньги дважды, и никто не отвечает на письма! Это просто безобразие!', reply: 'Здравствуйте! Не можем не извиниться за эту ситуацию. Второе списание вернули сегодня.' },
    // ё in the client's words («ждём»), apology in another form («извиняемся»).
    {
      message: 'Ждём мастера с самого утра, никто так и не позвонил. Сколько можно ждать?',
      reply: 'Здравствуйте! Извиняемся за ожидание: мастер уже едет и будет у вас до 15:00.',
      channel: 'chat',
    },
    // A calm, factual bug report and a plain question carry no emotion.
    {
      message:
        'Добрый день. В приложении для Android (версия 5.2.0) не сохраняется адрес доставки: ввожу адрес, нажимаю «Сохранить», после перезапуска поле снова пустое. Телефон Samsung A52, Android 13. Подскажите, пожалуйста, это известная ошибка?',
      reply: 'Здравствуйте! Спасибо за подробное описание. Да, ошибка известна, исправление выйдет в версии 5.2.1 на этой неделе.',
    },
    { message: 'Подскажите, до скольки работает пункт выдачи на Ленина, 12?', reply: 'Здравствуйте! Пункт выдачи на Ленина, 12 работает ежедневно с 9:00 до 21:00.', channel: 'chat' },
    // Negated: «не срочно» is no urgency; «заранее спасибо» is manners, not praise.
    { message: 'Не срочно, но подскажите, когда появится закрывающий акт за март?', reply: 'Добрый день! Акт за март будет в личном кабинете до 5 апреля.' },
    {
      message: 'Здравствуйте! Как поменять адрес доставки в уже оформленном заказе? Заранее спасибо!',
      reply: 'Здравствуйте! Адрес можно поменять в разделе «Мои заказы», пока заказ не передан курьеру.',
    },
    // Praise answered with joy; «тёплые слова» written with ё.
    {
      message: 'Спасибо огромное, курьер приехал на час раньше и всё донёс до двери, вы лучшие!',
      reply: 'Здравствуйте! Нам очень приятно это читать, передадим курьеру ваши слова.',
    },
    { message: 'Отличный магазин, заказываю не первый раз, всё приходит быстро и в целости. Рекомендую!', reply: 'Спасибо за отзыв! Рады, что вам у нас нравится.', channel: 'review' },
    { message: 'Разобрались за пять минут, вы молодцы!', reply: 'Здравствуйте! Ваши тёплые слова передадим коллегам.', channel: 'chat' },
    { message: 'Второй день без света, никто ничего не объясняет!', reply: 'Здравствуйте. Понимаем ваше недовольство. Аварийная бригада на месте, свет дадут сегодня до 22:00.' },
    // «Спасибо, всё заработало» is manners, not praise.
    { message: 'Спасибо, всё заработало.', reply: 'Отлично, тогда закрываем заявку.', channel: 'chat' },
    // The client's quoted history («> …») is not what they feel now.
    {
      message: 'Подскажите, а чек по этому заказу где посмотреть?\n\n> Это просто издевательство. Третью неделю жду заказ, никто не отвечает.',
      reply: 'Здравствуйте! Чек лежит в личном кабинете, в разделе «Покупки».',
    },
    // Nor are its «!!!» and emoji.
    {
      message: 'Подскажите, а чек по этому возврату где посмотреть?\n\n> Это просто издевательство!!! Третью неделю жду возврат! 😡',
      reply: 'Здравствуйте! Чек пришёл на вашу почту, его также можно найти в приложении в разделе «Покупки».',
    },
    // HTML markup around the sympathy.
    {
      message: 'Второй раз списали деньги за подписку!!! Верните немедленно.',
      reply: '<p>Здравствуйте!</p><p>Нам очень жаль, что так вышло. Лишнее списание отменили, деньги вернутся на карту в течение трёх дней.</p>',
    },
    // A template with no client message: nothing to answer.
    { reply: 'Здравствуйте, {{ticket.requester.name}}! Ваш заказ {{order.id}} передан в доставку.' },

    // ── English ──
    { message: 'Love the new app, great job!', reply: "Hi! We're so glad to hear that!" },
    { message: 'What are your opening hours?', reply: 'Hi! 9 to 5, every day.' },
    {
      message:
        'Hi, when I export a report to CSV from the Analytics tab, the dates come out in MM/DD format even though my account is set to DD/MM. Steps: Analytics > Export > CSV. Browser: Chrome 124 on macOS. Is this expected?',
      reply: "Hi Tom, thanks for the detailed steps. The export ignored the account's date format; the fix ships in Thursday's release.",
    },
    { message: 'Not urgent, but could you send me the invoice for March when you get a chance?', reply: 'Hi Priya, the March invoice is attached to this email.' },
    { message: 'Could you tell me how to change the email on my account? Thanks in advance!', reply: 'Hi! Go to Settings > Profile, edit the email field and confirm the link we send to the new address.' },
    // Dismay at the situation is sympathy: terrible, awful.
    { message: 'I was charged twice and nobody answers my emails. This is ridiculous!', reply: "Hi Nina, that's a terrible way to start the month. We've refunded the second charge today." },
    { message: 'I was charged twice and nobody answers my emails. This is ridiculous!', reply: "Hi Kim, that's awful. We've refunded the second charge today." },
    // Negated idioms that apologize all the more.
    { message: 'I was charged twice and nobody answers my emails. This is ridiculous!', reply: "Hi! We can't apologize enough for this. We've refunded the second charge today." },
    { message: 'I was charged twice and nobody answers my emails. This is ridiculous!', reply: "Hi! We couldn't be sorrier about this. We've refunded the second charge today." },
    // Contractions: "I'm sorry", "that's not good".
    {
      message: 'I have been on hold for two hours and nobody picks up. This is ridiculous.',
      reply: "Hi Dan, I'm sorry you've had to wait so long. We've reset your router remotely, so the connection should be back within 10 minutes.",
    },
    {
      message: 'My order arrived with two items missing and the box was open :(',
      reply: "Hi Kim, that's not good at all. The missing items shipped today by express, at no cost to you.",
    },
    {
      message: "My package was marked delivered but it's not here!!",
      reply: 'Hello, we apologize for the confusion. The courier left it at the parcel locker on Main St; the pickup code is 4471.',
    },
    {
      message: 'Worst checkout experience ever, the promo code kept failing and I ended up paying full price.',
      reply: "Hi Leah, that's not the experience we want you to have. We've refunded the $12 difference to your card.",
    },
    // A feeling word aimed at the situation answers too.
    {
      message: 'I was double charged for my subscription and now my account is overdrawn.',
      reply: "Hi Nina, this is really upsetting, and we've already reversed the second charge. It will be back on your card by Friday.",
    },
    {
      message: "Can't log in since the update, the app just says 'Wrong password' even after a reset. This is so annoying.",
      reply: "Hi! How frustrating. We've reset your session on our side, so please try logging in again.",
      channel: 'chat',
    },
    // A plain thanks is manners, not praise.
    { message: 'Thanks, that worked.', reply: 'Hi Jo, the ticket is now closed.', channel: 'chat' },
    // The client's quoted history ("> …") is not what they feel now.
    {
      message:
        "Quick question: can I use the same promo code on my next order?\n\n> On Mon, May 6, Kate wrote:\n> I'm furious. Your courier threw my parcel over the fence. Worst service ever.",
      reply: 'Hi Kate, yes, the code WELCOME10 works on any order until June 30.',
    },
    // Nor are its «!!!» and emoji, on > lines or below "… wrote:".
    {
      message: "Quick question: can I use the same promo code on my next order?\n\n> I'm furious!!! Your courier threw my parcel over the fence.\n> Worst service ever.",
      reply: 'Hi! Yes, the code works on any order until the end of the month.',
    },
    {
      message: "Quick question: can I use the same promo code on my next order?\n\nOn Monday, Kate wrote:\nI'm furious!!! Your courier threw my parcel over the fence 😡",
      reply: 'Hi! Yes, the code works on any order until the end of the month.',
    },
    {
      message: 'My flight got cancelled and the app still shows it as on time!!',
      reply: "Oh no, that's stressful. You've been rebooked on the 6:40 pm flight, and the new boarding pass is in the app.",
      channel: 'chat',
    },
    { message: 'Order #5521 still hasn\'t shipped 😡', reply: 'Hi! So sorry about the delay: it shipped this morning, and the tracking number is in your inbox.', channel: 'chat' },
    // Praise answered.
    { message: 'Your support team is amazing, Sarah sorted out my billing in five minutes!', reply: "Hi Mark, that's great to hear! I'll pass your kind words on to Sarah." },
    // Markup and placeholders around the sympathy.
    {
      message: 'The app crashed again and I lost all my notes :(',
      reply: 'Hi Alex,\n\n**Sorry** about the lost notes. You can restore them from **Settings → Backups**; we keep a copy for 30 days.',
    },
    {
      message: 'Still no refund after 3 weeks. Unbelievable.',
      reply: "Hi {{ticket.requester.first_name}},\n\nWe're so sorry for the wait. Your refund of $49.99 was issued today.",
    },
    { reply: 'Hi {{first_name}}, your order {{order.id}} has shipped.' },
  ],
  invalid: [
    // ── Russian ──
    // A reproach about how the client is treated, a card blocked without explanation; «Мы ценим вашу поддержку» does not answer it.
    {
      message: 'Пользуюсь вашим банком восемь лет, и вот так вы со мной обращаетесь? Заблокировали карту без объяснений!',
      reply: 'Здравствуйте! Мы ценим вашу поддержку. Карту разблокировали, она снова работает.',
      errors: [{ messageId: 'negative', excerpt: '', output: `Здравствуйте! ${SORRY_RU} Мы ценим вашу поддержку. Карту разблокировали, она снова работает.` }],
    },
    // How long the client has waited, before the verb.
    {
      message: 'Неделю жду ответа по заявке.',
      reply: 'Здравствуйте! Заявку передали в отдел доставки.',
      errors: [{ messageId: 'negative', excerpt: '', output: `Здравствуйте! ${SORRY_RU} Заявку передали в отдел доставки.` }],
    },
    {
      message: 'Где мой заказ?! Жду уже неделю, это ужас',
      reply: 'Здравствуйте! Заказ отправили повторно.',
      channel: 'chat',
      errors: [{ messageId: 'negative', excerpt: '', output: `Здравствуйте! ${SORRY_RU} Заказ отправили повторно.` }],
    },
    {
      message: 'Отличное приложение, спасибо разработчикам!',
      reply: 'Здравствуйте. Приложение обновляется раз в месяц.',
      errors: [{ messageId: 'positive', excerpt: '', output: `Здравствуйте. ${GLAD_RU} Приложение обновляется раз в месяц.` }],
    },
    // Insults and a repeated crash.
    {
      message: 'Дебильное приложение, опять вылетает при оплате. Руки бы оторвать вашим программистам.',
      reply: 'Здравствуйте! Обновите приложение до версии 7.4 — в ней исправлен вылет при оплате.',
      channel: 'chat',
      errors: [{ messageId: 'negative', excerpt: '' }],
    },
    // «Рады, что вы обратились» is no sympathy.
    {
      message: 'Третий раз пишу, деньги за отменённый заказ так и не вернули!!!',
      reply: 'Добрый день! Рады, что вы обратились к нам. Возврат оформлен, деньги придут в течение трёх дней.',
      errors: [{ messageId: 'negative', excerpt: '' }],
    },
    // «Мы ценим вашу поддержку» neither.
    {
      message: 'Пользуюсь вашим банком восемь лет, а вы заблокировали карту без объяснений! Это просто безобразие.',
      reply: 'Здравствуйте! Мы ценим вашу поддержку. Карту разблокировали, можно пользоваться.',
      errors: [{ messageId: 'negative', excerpt: '' }],
    },
    // A rhetorical question; emoticons «(((».
    {
      message: 'Что происходит?! Второй день не могу зайти в личный кабинет',
      reply: 'Здравствуйте! Вход восстановлен, попробуйте, пожалуйста, ещё раз.',
      channel: 'chat',
      errors: [{ messageId: 'negative', excerpt: '' }],
    },
    {
      message: 'Не приходит код для входа((( уже раз пять запрашивала',
      reply: 'Здравствуйте! Код отправили повторно, проверьте, пожалуйста, СМС.',
      channel: 'chat',
      errors: [{ messageId: 'negative', excerpt: '' }],
    },
    // A blunt demand and days without water; waiting and a repeated request.
    {
      message: 'Сделайте уже что-нибудь, четвёртый день нет горячей воды!',
      reply: 'Здравствуйте! Аварийная бригада работает на месте, воду дадут сегодня к 20:00.',
      errors: [{ messageId: 'negative', excerpt: '', output: `Здравствуйте! ${SORRY_RU} Аварийная бригада работает на месте, воду дадут сегодня к 20:00.` }],
    },
    {
      message: 'Уже третий раз пишу, а воз и ныне там. Когда вернёте деньги?',
      reply: 'Здравствуйте! Деньги вернули сегодня, они придут в течение трёх дней.',
      errors: [{ messageId: 'negative', excerpt: '' }],
    },
    // Leaving: «деньги на ветер, никому не советую».
    {
      message: 'Заказала платье, пришло с дыркой. Деньги на ветер, никому не советую!',
      reply: 'Оформите возврат в личном кабинете, курьер заберёт платье бесплатно.',
      channel: 'review',
      errors: [{ messageId: 'negative', excerpt: '', output: `${SORRY_RU} Оформите возврат в личном кабинете, курьер заберёт платье бесплатно.` }],
    },
    // «Извиняться тут не за что»: the word is there, the sympathy is not.
    {
      message: 'Извините, что опять пишу, но приложение снова вылетает при оплате!!',
      reply: 'Здравствуйте! Извиняться тут не за что. Исправление выйдет завтра в версии 7.4.1.',
      errors: [{ messageId: 'negative', excerpt: '' }],
    },
    // Greeting with a name and a signature: the sympathy goes right after the greeting, as a paragraph.
    {
      message: 'Уже месяц жду компенсацию за сорванную поездку, никто не отвечает на письма!',
      reply: 'Здравствуйте, Ирина!\n\nКомпенсация одобрена, деньги поступят на карту до 15 мая.\n\nС уважением,\nАнна, служба поддержки',
      errors: [
        {
          messageId: 'negative',
          excerpt: '',
          output: `Здравствуйте, Ирина!\n\n${SORRY_RU}\n\nКомпенсация одобрена, деньги поступят на карту до 15 мая.\n\nС уважением,\nАнна, служба поддержки`,
        },
      ],
    },
    // A greeting that runs on after a comma: it ends with «!» and the reply goes on as its own sentence.
    {
      message: 'Это возмутительно: заплатила за доставку, а заказ пришлось забирать самой!',
      reply: 'Добрый день, Мария, стоимость доставки вернули на карту.',
      errors: [{ messageId: 'negative', excerpt: ', с', output: `Добрый день, Мария! ${SORRY_RU} Стоимость доставки вернули на карту.` }],
    },
    // The client's «Извините», quoted under the reply, is not the agent's apology.
    {
      message: 'Извините, но это уже ни в какие ворота: третий день не приходит код!!!',
      reply: 'Здравствуйте! Код отправили повторно, он придёт в течение минуты.\n\n> Извините, но это уже ни в какие ворота: третий день не приходит код!!!',
      errors: [
        {
          messageId: 'negative',
          excerpt: '',
          output: `Здравствуйте! ${SORRY_RU} Код отправили повторно, он придёт в течение минуты.\n\n> Извините, но это уже ни в какие ворота: третий день не приходит код!!!`,
        },
      ],
    },
    // HTML: a paragraph of its own after the greeting's.
    {
      message: 'Второй раз списали деньги за подписку!!! Верните немедленно.',
      reply: '<p>Здравствуйте!</p><p>Лишнее списание отменили, деньги вернутся на карту в течение трёх дней.</p>',
      errors: [
        {
          messageId: 'negative',
          excerpt: '',
          output: `<p>Здравствуйте!</p><p>${SORRY_RU}</p><p>Лишнее списание отменили, деньги вернутся на карту в течение трёх дней.</p>`,
        },
      ],
    },
    // Praise with no greeting; a wish is no joy.
    {
      message: 'Лучший сервис! Мастер пришёл вовремя, всё объяснил и убрал за собой.',
      reply: 'Мастер Сергей работает у нас пятый год. Хорошего дня!',
      channel: 'review',
      errors: [{ messageId: 'positive', excerpt: '', output: `${GLAD_RU} Мастер Сергей работает у нас пятый год. Хорошего дня!` }],
    },

    // Thanks to a named master: passing the words on is no joy, and a wish neither.
    {
      message: 'Хочу сказать спасибо мастеру Сергею: пришёл вовремя, всё объяснил, убрал за собой. Вы лучшие!',
      reply: 'Здравствуйте!\n\nПередадим Сергею ваши слова.\n\nХорошего дня!\nАнна, служба поддержки',
      errors: [
        {
          messageId: 'positive',
          excerpt: '',
          output: `Здравствуйте!\n\n${GLAD_RU}\n\nПередадим Сергею ваши слова.\n\nХорошего дня!\nАнна, служба поддержки`,
        },
      ],
    },

    // ── English ──
    // A reproach about how the client is treated and a card blocked without explanation.
    {
      message: "I've banked with you for eight years and this is how you treat me? You blocked my card without explanation!",
      reply: 'Hi! We value your loyalty. Your card is unblocked and works again.',
      errors: [{ messageId: 'negative', excerpt: '', output: `Hi! ${SORRY_EN} We value your loyalty. Your card is unblocked and works again.` }],
    },
    {
      message: 'YOUR DRIVER THREW MY PARCEL OVER THE GATE. I WANT A NEW ONE.',
      reply: "Hello, we're glad you contacted us. A replacement is on its way.",
      errors: [{ messageId: 'negative', excerpt: '', output: `Hello, we're glad you contacted us. ${SORRY_EN} A replacement is on its way.` }],
    },
    // Sarcasm.
    {
      message: 'Lost my bag on a direct flight. Wonderful service, really.',
      reply: 'Hi, your bag has been located in Denver and will be delivered to your address tomorrow.',
      errors: [{ messageId: 'negative', excerpt: ', y', output: `Hi! ${SORRY_EN} Your bag has been located in Denver and will be delivered to your address tomorrow.` }],
    },
    // "Is anyone there?" in a chat.
    {
      message: "Hello?? Is anyone there? I've been waiting 20 minutes for an agent.",
      reply: 'Hi, this is Mike. Your order shipped today and will arrive on Thursday.',
      channel: 'chat',
      errors: [{ messageId: 'negative', excerpt: '', output: `Hi, this is Mike. ${SORRY_EN} Your order shipped today and will arrive on Thursday.` }],
    },
    // A blunt demand; "We're here to help" is no sympathy.
    {
      message: 'This is the third time my internet has dropped today. Fix it.',
      reply: "Hi there! We're here to help. Please restart your router and check the lights on the front panel.",
      channel: 'chat',
      errors: [{ messageId: 'negative', excerpt: '' }],
    },
    // "Curious!" is no sympathy; with no greeting the fix opens the reply.
    {
      message: 'Your app charged me twice for the same ride, what a scam.',
      reply: 'Curious! The second charge is a pre-authorization and will drop off within 3 days.',
      channel: 'chat',
      errors: [{ messageId: 'negative', excerpt: '', output: `${SORRY_EN} Curious! The second charge is a pre-authorization and will drop off within 3 days.` }],
    },
    // Distress.
    {
      message: 'My son is moaning in pain after eating your cereal, there was a piece of plastic in the box.',
      reply: 'Hello, please send us a photo of the packaging and the batch number printed on the side.',
      errors: [{ messageId: 'negative', excerpt: ', p' }],
    },
    // Waiting and money.
    {
      message: "It's been two weeks and still no sign of my money.",
      reply: 'Hi, refunds take 5–10 business days to appear on your statement.',
      errors: [{ messageId: 'negative', excerpt: ', r' }],
    },
    // "No need to apologize" is no sympathy.
    {
      message: 'Sorry to bother you again, but the app crashed AGAIN and I lost my draft!!',
      reply: 'Hi Emma! No need to apologize at all. The crash is fixed in version 4.2.1, available in the App Store now.',
      errors: [{ messageId: 'negative', excerpt: '' }],
    },
    // Greeting, paragraphs and a signature.
    {
      message: "I've been waiting three weeks for my refund. This is unacceptable.",
      reply: 'Hi Laura,\n\nYour refund of $120 was issued today and should reach your card within 5 business days.\n\nBest regards,\nTom\nAcme Support',
      errors: [
        {
          messageId: 'negative',
          excerpt: '',
          output: `Hi Laura,\n\n${SORRY_EN}\n\nYour refund of $120 was issued today and should reach your card within 5 business days.\n\nBest regards,\nTom\nAcme Support`,
        },
      ],
    },
    // A template: the placeholder greeting stays as it is.
    {
      message: 'Ordered a birthday present two weeks ago and it STILL has not arrived. Useless.',
      reply: 'Hi {{ticket.requester.name}},\n\nYour replacement has shipped by express and will arrive tomorrow.',
      errors: [
        {
          messageId: 'negative',
          excerpt: '',
          output: `Hi {{ticket.requester.name}},\n\n${SORRY_EN}\n\nYour replacement has shipped by express and will arrive tomorrow.`,
        },
      ],
    },
    // HTML paragraphs, one per line.
    {
      message: 'Ordered a birthday present two weeks ago and it STILL has not arrived. Useless.',
      reply: '<p>Hello {{first_name}},</p>\n<p>Your replacement has shipped by express and will arrive tomorrow.</p>',
      errors: [
        {
          messageId: 'negative',
          excerpt: '',
          output: `<p>Hello {{first_name}},</p>\n<p>${SORRY_EN}</p>\n<p>Your replacement has shipped by express and will arrive tomorrow.</p>`,
        },
      ],
    },
    // A public reply after the @handle.
    {
      message: '@AcmeAir 3 hours on the tarmac and no one tells us anything. Thanks for nothing.',
      reply: '@jdoe The aircraft is cleared for departure in 15 minutes.',
      channel: 'social',
      errors: [{ messageId: 'negative', excerpt: '', output: `@jdoe ${SORRY_EN} The aircraft is cleared for departure in 15 minutes.` }],
    },
    // «???» after a word in quotation marks is the client's own.
    {
      message: 'Two weeks for a reply. Is this what you call "support"???',
      reply: 'Hi! Your refund was issued today.',
      channel: 'chat',
      errors: [{ messageId: 'negative', excerpt: '', output: `Hi! ${SORRY_EN} Your refund was issued today.` }],
    },
    // The client's "Sorry", quoted under the reply, is not the agent's.
    {
      message: "Sorry, but this is beyond a joke: the code still hasn't arrived!!!",
      reply: "Hello,\n\nWe've sent a new code; it should arrive within a minute.\n\n> Sorry, but this is beyond a joke: the code still hasn't arrived!!!",
      errors: [{ messageId: 'negative', excerpt: '' }],
    },
    // Echoing the client's word in quotes is no sympathy.
    {
      message: "I'm so frustrated!!! The app logs me out every hour.",
      reply: 'Hi! About the "frustrating" logouts: the session timeout is 60 minutes, and you can turn it off in Settings → Security.',
      channel: 'chat',
      errors: [{ messageId: 'negative', excerpt: '' }],
    },
    // An emoji alone.
    {
      message: "Order #5521 still hasn't shipped 😡",
      reply: 'Hi! It shipped this morning; the tracking number is in your inbox.',
      channel: 'chat',
      errors: [{ messageId: 'negative', excerpt: '', output: `Hi! ${SORRY_EN} It shipped this morning; the tracking number is in your inbox.` }],
    },
    // Praise; a wish is no joy.
    {
      message: 'Just wanted to say your support team is fantastic, Sarah sorted out my billing in five minutes!',
      reply: 'Hello. Ticket #4471 has been closed. Have a great day!',
      errors: [{ messageId: 'positive', excerpt: '', output: `Hello. ${GLAD_EN} Ticket #4471 has been closed. Have a great day!` }],
    },
    {
      message: 'Love the new dark mode, my eyes thank you!',
      reply: 'Dark mode follows your system setting by default; you can change it in Settings → Appearance.',
      channel: 'chat',
      errors: [{ messageId: 'positive', excerpt: '', output: `${GLAD_EN} Dark mode follows your system setting by default; you can change it in Settings → Appearance.` }],
    },
  ],
});

describe('empathy: messages and phrasings', () => {
  const linter = createLinter({ preset: 'recommended' });
  const finding = (message: string, reply: string) => linter.lint({ message, reply }).findings.find((f) => f.ruleId === 'empathy')!;

  it('says what is missing in the reply’s language, with the phrasings in order', () => {
    const ru = finding('Где мой заказ?! Жду уже неделю, это ужас', 'Здравствуйте! Заказ отправили повторно.');
    expect(ru.severity).toBe('warning');
    expect(ru.message).toBe('Клиент расстроен, а ответ этого не замечает: посочувствуйте или извинитесь.');
    expect(ru.suggestions.map((s) => s.text)).toEqual([SORRY_RU, 'Понимаем, как это неприятно, — приносим извинения.', 'Ситуация действительно неприятная, нам очень жаль.']);
    const en = finding('Love the new app, great job!', 'Hello. The app updates once a month.');
    expect(en.message).toBe('The client is praising you: share the joy and thank them.');
    expect(en.suggestions.map((s) => s.text)).toEqual([GLAD_EN, 'That really made our day!']);
  });

  it('skips a reply with no client message', () => {
    expect(linter.lint({ reply: 'Здравствуйте! Заказ отправили повторно.' }).findings.some((f) => f.ruleId === 'empathy')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';
import { ruleTester } from '../../test/rule-tester.js';

ruleTester('stated-actions', {
  valid: [
    // Russian: an action on the matter, in any form.
    { message: 'Деньги списали дважды!', reply: 'Здравствуйте! Мы проверили платежи и уже вернули лишнее списание.' },
    { message: 'Где мой заказ?', reply: 'Здравствуйте! Замена уже отправлена, трек-номер пришлём сегодня.' },
    // Passive and impersonal forms.
    {
      message: 'Курьер не привёз заказ, хотя я весь день ждала дома.',
      reply: 'Здравствуйте! Извините, что так вышло. Заявка передана в службу доставки, курьер привезёт заказ завтра с 10 до 14.',
      channel: 'chat',
    },
    { message: 'Деньги до сих пор не вернули!', reply: 'Здравствуйте! Деньги возвращены на карту, обычно они приходят в течение 3 дней.' },
    { message: 'Приложение не работает после обновления', reply: 'Здравствуйте! Спасибо, что написали. Сбой уже исправлен в версии 3.8 — обновите приложение, пожалуйста.' },
    { message: 'Отмените, пожалуйста, мою подписку.', reply: 'Здравствуйте! Подписку отменили, списаний больше не будет.', channel: 'chat' },
    // One word is enough.
    { message: 'Приложение вылетает при оплате картой, версия 5.2, Android 13.', reply: 'Исправили.', channel: 'chat' },
    { message: 'Отмените, пожалуйста, мою подписку.', reply: 'Готово.', channel: 'chat' },
    // «ё» or «е»; feminine and masculine past; the present tense.
    { message: 'Верните деньги за отменённый концерт, уже месяц жду!', reply: 'Здравствуйте! Простите за ожидание. Разберёмся с банком и вернём 4 200 ₽ до пятницы.' },
    { message: 'Верните деньги за отменённый концерт, уже месяц жду!', reply: 'Здравствуйте! Простите за ожидание. Разберемся с банком и вернем 4 200 ₽ до пятницы.' },
    { message: 'Посылка пришла с разбитой кружкой.', reply: 'Здравствуйте, Ольга! Я проверила заказ: кружку заменим бесплатно, новая придёт в четверг.', channel: 'messenger' },
    { message: 'Курьер нахамил мне по телефону.', reply: 'Здравствуйте! Я передал вашу жалобу руководителю службы доставки.', channel: 'chat' },
    { message: 'Курьер нахамил мне по телефону.', reply: 'Здравствуйте! Спасибо, что сообщили, мы обязательно учтём это.', channel: 'review' },
    { message: 'Где мой заказ? Статус не меняется уже неделю', reply: 'Уточняю у склада, напишу в этом чате через 10 минут.', channel: 'chat' },
    // With no subject, the reflexive past is the agent's («я» left out).
    { message: 'Тариф сменился без моего согласия, верните старый!', reply: 'Здравствуйте! Разобралась, в чём дело: со следующего месяца у вас снова старый тариф.', channel: 'chat' },
    { message: 'Сломался замок на сумке через неделю', reply: 'Здравствуйте! Передали вашу претензию в отдел качества, ответ будет до 12 мая.' },
    // A conditional commitment counts.
    { message: 'Заказ пришёл повреждённым', reply: 'Здравствуйте! Жаль, что так вышло. Пришлите номер заказа — мы проверим и заменим товар.', channel: 'chat' },
    // Contacting someone else about the matter is an action, contacting the client is not.
    {
      message: 'Посылка потерялась, где она??',
      reply: 'Здравствуйте! Извините за ожидание. Мы свяжемся со службой доставки и выясним, где посылка.',
      channel: 'messenger',
    },
    { message: 'Посылка потерялась, где она??', reply: 'Здравствуйте! Свяжемся с курьерской службой сегодня же.', channel: 'messenger' },
    { message: 'Посылка потерялась, где она??', reply: 'Здравствуйте! Мы свяжемся с перевозчиком и разыщем посылку до пятницы.', channel: 'messenger' },
    {
      message: 'Пункт выдачи на Лесной закрыт уже третий день. Где мои посылки??',
      reply: 'Здравствуйте! Видим, что пункт закрыт из-за аварии водопровода: все посылки уже перевезли в пункт на Садовой, 3, срок хранения продлили на 7 дней.',
      channel: 'social',
    },
    // HTML with &nbsp; and placeholders.
    {
      message: 'Заказ отменили без объяснения, а деньги списали!!! Это мошенничество!!!',
      reply: '<p>Здравствуйте!</p><p>Приносим извинения за&nbsp;неудобства. Ваш заказ был отменён, так как товара не&nbsp;оказалось на&nbsp;складе. Мы оформили возврат: деньги вернутся на&nbsp;карту в&nbsp;течение 3–5 рабочих дней.</p><p>С уважением,<br>Служба поддержки Быстро</p>',
    },
    { message: 'Не работает интернет третий день, заявка 5561', reply: 'Здравствуйте, {{ticket.requester.first_name}}! Мастер подключит интернет по заявке {{ticket.id}} завтра с 10 до 13.' },
    // No complaint, no request: a plain question, praise, a question settled, a how-to; no message at all.
    { message: 'Во сколько вы открываетесь?', reply: 'Здравствуйте! С 9 утра.' },
    { message: 'Можно ли вернуть товар без чека?', reply: 'Здравствуйте! Да, можно — достаточно выписки из банка или фото заказа в приложении.' },
    { message: 'Спасибо, всё пришло вовремя, вы супер!', reply: 'Здравствуйте! Очень рады, что всё понравилось! Хорошего дня!', channel: 'chat' },
    {
      message: 'Достоинства: цена, дизайн. Недостатки: нет. Рекомендую!',
      reply: 'Здравствуйте! Спасибо за отзыв, рады, что понравилось!',
      channel: 'review',
    },
    { message: 'Вопрос снят, разобралась сама, спасибо.', reply: 'Отлично, рады, что всё получилось!', channel: 'chat' },
    { message: 'Как поменять тариф в приложении?', reply: 'Здравствуйте! Профиль → Тариф → «Сменить тариф». Новый тариф начнёт действовать с 1-го числа.' },
    { reply: 'Шаблон без сообщения клиента.' },
    { reply: 'Здравствуйте, {{name}}! По вашему обращению {{ticket_id}} с вами свяжется специалист в этом чате.', channel: 'chat' },

    // English.
    { message: 'My parcel never arrived', reply: 'Hi! Our team has shipped a replacement, it arrives tomorrow.' },
    { message: 'The app keeps crashing on checkout, iOS 17.', reply: 'Fixed.', channel: 'chat' },
    { message: 'You charged me twice for one order!', reply: 'Refunded today. Sorry about that!', channel: 'chat' },
    { message: "My smart locker won't open, code 4471", reply: 'Locker 7 reset.', channel: 'sms' },
    { message: 'My card was declined at the store twice today', reply: 'Checking with the team now.', channel: 'chat' },
    { message: 'You charged me twice for one order!', reply: 'Hi Tom, the second charge was reversed this morning.' },
    // Contractions or not.
    { message: 'The app keeps logging me out every hour', reply: "Hi! We're looking into it with our engineers and will post the fix by Friday." },
    { message: 'The app keeps logging me out every hour', reply: 'Hi! We are looking into it with our engineers and will post the fix by Friday.' },
    { message: 'Still no refund after three weeks. Unacceptable.', reply: "I've escalated this to our billing team, and they'll issue the refund today." },
    { message: 'Still no refund after three weeks. Unacceptable.', reply: 'I have escalated this to our billing team, and they will issue the refund today.' },
    { message: 'Hi, could you cancel my subscription please?', reply: "Hi! Done — your subscription is cancelled and you won't be charged again.", channel: 'chat' },
    // A conditional commitment; a third party contacted about the matter.
    { message: 'My order arrived damaged', reply: 'Hi! Sorry to hear that. Please send us your order number so we can look into this.', channel: 'chat' },
    { message: 'My package is lost, where is it??', reply: "Hi! Sorry for the wait. We'll contact the carrier and trace the parcel by Friday." },
    { message: 'The courier was rude to me on the phone.', reply: 'Hi! Thank you for reaching out. We have passed your complaint to the courier service manager.' },
    { message: 'My package is lost, where is it??', reply: "Hi! We've reached out to the warehouse team about your order." },
    // Social, HTML, placeholders.
    {
      message: "@PackPoint my replacement headphones?? been 2 weeks since you said you'd send them",
      reply: '@ollie_r Hi Ollie, sorry for the wait! Your replacement has been shipped — it left the warehouse this morning with tracking number PP4481930. ^JS',
      channel: 'social',
    },
    {
      message: '@Acme the app has been down all morning, fix it',
      reply: '@dan_k Hi Dan, our engineers are on it and the app should be back within the hour. ^MV',
      channel: 'social',
    },
    {
      message: 'hi, my promo code from the newsletter isnt working',
      reply: "<p>Hi there!</p><p>Sorry about that&nbsp;— the newsletter code had a typo. I've added a 15% discount directly to your cart.</p>",
      channel: 'chat',
    },
    { message: 'My order 8812 is stuck in "processing" for a week', reply: 'Hi {{ticket.requester.first_name}}, we have expedited order {{ticket.order_id}} and it ships today.' },
    // No complaint, no request.
    { message: 'What are your opening hours?', reply: 'Hi! 9 to 5, every day.' },
    { message: 'Why is my bill $45 instead of $30? Thanks', reply: 'Hi! The $15 difference is the one-time installation fee from your plan.' },
    { message: 'Love the new app, great job!', reply: "Hi! Thanks so much, we're glad you like it!", channel: 'review' },
    { message: 'Pros: price, battery. Cons: none. Love it!', reply: 'Thanks so much for the review, glad you love it!', channel: 'review' },
    { message: 'Never mind, it works now.', reply: 'Great to hear!', channel: 'chat' },
    { message: 'How do I change my password?', reply: 'Hi! Go to Settings → Security → Change password.' },
    // «!!!» in the quoted history is not the client shouting now.
    {
      message: "Quick question: can I use the same promo code on my next order?\n\n> I'm furious!!! Your courier threw my parcel over the fence.\n> Worst service ever.",
      reply: 'Hi! Yes, the code works on any order until the end of the month.',
    },
    { reply: "Hi {{first_name}}, we'll get back to you within one business day." },
  ],
  invalid: [
    // Russian: only a promise to contact the client.
    { message: 'Деньги списали дважды!', reply: 'Здравствуйте! С вами свяжется специалист.', errors: [{ messageId: 'contactOnly', excerpt: 'свяжется' }] },
    { message: 'Посылка потерялась, где она??', reply: 'Здравствуйте! Спасибо, что связались с нами. Мы свяжемся с вами завтра.', errors: [{ messageId: 'contactOnly', excerpt: 'свяжемся' }] },
    { message: 'Где мой заказ? Прошло уже 10 дней!', reply: 'Здравствуйте! Мы перезвоним вам в течение часа.', channel: 'chat', errors: [{ messageId: 'contactOnly', excerpt: 'перезвоним' }] },
    { message: 'Третий день нет горячей воды!', reply: 'Здравствуйте! Ожидайте звонка диспетчера.', channel: 'messenger', errors: [{ messageId: 'contactOnly', excerpt: 'Ожидайте звонка' }] },
    // A broken promise and a change made without asking are complaints.
    { message: 'Замену так и не прислали, хотя обещали!', reply: 'Здравствуйте! Ожидайте звонка специалиста.', errors: [{ messageId: 'contactOnly', excerpt: 'Ожидайте звонка' }] },
    {
      message: 'Вы писали, что проверили заказ и отправили замену, но ничего нет!',
      reply: 'Здравствуйте! Ожидайте звонка специалиста.',
      errors: [{ messageId: 'contactOnly', excerpt: 'Ожидайте звонка' }],
    },
    { message: 'Тариф сменили без моего согласия.', reply: 'Здравствуйте! Мы сообщим, когда будет информация.', errors: [{ messageId: 'contactOnly', excerpt: 'сообщим' }] },
    {
      message: 'Посылка потерялась, где она??',
      reply: 'Здравствуйте! Извините за ожидание. Дадим знать, как только перевозчик ответит.',
      channel: 'messenger',
      errors: [{ messageId: 'contactOnly', excerpt: 'Дадим знать' }],
    },
    {
      message: 'Не могу войти в личный кабинет, пишет «неверный пароль»',
      reply: 'Здравствуйте, {{ticket.requester.first_name}}! Мы сообщим, когда будет информация.',
      errors: [{ messageId: 'contactOnly', excerpt: 'сообщим' }],
    },
    // An instruction to the client, then a call.
    { message: 'Роутер не работает с утра!', reply: 'Здравствуйте! Перезагрузите роутер. Если не поможет, мы перезвоним.', channel: 'chat', errors: [{ messageId: 'contactOnly', excerpt: 'перезвоним' }] },
    // The action is the client's own words, in quotation marks or on a >-quoted line.
    {
      message: 'Вам ответили «мы всё исправили», а ошибка осталась!!',
      reply: 'Здравствуйте! Вам ответили «мы всё исправили», но ошибка осталась — понимаем, как это неприятно. С вами свяжется инженер.',
      channel: 'chat',
      errors: [{ messageId: 'contactOnly', excerpt: 'свяжется' }],
    },
    {
      message: 'Где моя замена? Жду уже две недели, а вы писали, что отправили!',
      reply: '> Мы проверили заказ и отправили замену.\n\nЗдравствуйте! Ожидайте звонка специалиста.',
      errors: [{ messageId: 'contactOnly', excerpt: 'Ожидайте звонка' }],
    },
    {
      message: 'Где моя замена? Жду уже две недели, а вы писали, что отправили!',
      reply: 'Здравствуйте!\n\n> Заказ проверен, замена отправлена.',
      errors: [{ messageId: 'missing' }],
    },
    // Nothing done: an instruction, a receipt, a refusal, the client's own action, a question, a team name.
    { message: 'Приложение не работает', reply: 'Здравствуйте! Попробуйте переустановить приложение.', errors: [{ messageId: 'missing' }] },
    { message: 'Посылка пришла повреждённой, верните деньги', reply: 'Здравствуйте! Мы получили ваше письмо.', errors: [{ messageId: 'missing' }] },
    {
      message: 'Посылка пришла повреждённой, верните деньги',
      reply: 'Здравствуйте! К сожалению, мы не можем вернуть деньги за повреждённую упаковку. Обратитесь в транспортную компанию.',
      errors: [{ messageId: 'missing' }],
    },
    { message: 'Верните деньги за бракованный чайник!', reply: 'Здравствуйте! Вернуть деньги мы не можем: гарантия закончилась в марте.', errors: [{ messageId: 'missing' }] },
    { message: 'Списали 300 рублей за какую-то подписку!', reply: 'Здравствуйте! Вы подключили подписку «Кино+» 3 марта в приложении.', errors: [{ messageId: 'missing' }] },
    { message: 'Тариф сменился без моего согласия, верните старый!', reply: 'Здравствуйте! Тариф изменился автоматически по условиям договора.', errors: [{ messageId: 'missing' }] },
    // The reflexive past after its own subject tells what the thing did («тариф поменялся»), not what the company did.
    {
      message: 'Тариф сменился без моего согласия, верните старый!',
      reply: 'Здравствуйте! Тариф поменялся 1 марта по условиям договора, вы получали СМС.',
      errors: [{ messageId: 'missing' }],
    },
    { message: 'Почему не приходит код подтверждения?!', reply: 'Здравствуйте! Вы уже обновили приложение?', channel: 'chat', errors: [{ messageId: 'missing' }] },
    { message: 'Курьер нахамил мне по телефону.', reply: 'Здравствуйте! Мы рады, что вы обратились к нам.', errors: [{ messageId: 'missing' }] },
    {
      message: 'Курьер нахамил мне по телефону.',
      reply: 'Здравствуйте! Приносим извинения за поведение курьера.\n\nС уважением,\nОтдел обработки обращений',
      errors: [{ messageId: 'missing' }],
    },
    // Praise with a flaw, a review's «Недостатки:», sarcasm: thanks alone does not answer.
    { message: 'Отличный магазин, но курьер опоздал на два часа.', reply: 'Здравствуйте! Спасибо за тёплые слова!', channel: 'review', errors: [{ messageId: 'missing' }] },
    {
      message: 'Достоинства: цена, дизайн. Недостатки: корпус липнет через неделю.',
      reply: 'Здравствуйте! Спасибо за отзыв!',
      channel: 'review',
      errors: [{ messageId: 'missing' }],
    },
    { message: 'Вот спасибо за сервис!!! Заказ отменили в день доставки.', reply: 'Здравствуйте! Спасибо за отзыв!', channel: 'review', errors: [{ messageId: 'missing' }] },

    // English: only a promise to contact the client.
    { message: 'The app keeps crashing', reply: "Hi! We'll get back to you.", errors: [{ messageId: 'contactOnly', excerpt: 'get back to you' }] },
    // A change made without asking, a promise never kept.
    { message: 'My plan changed without my consent, put the old one back!', reply: 'Hi! A specialist will contact you.', errors: [{ messageId: 'contactOnly', excerpt: 'contact you' }] },
    { message: 'You said you would send a replacement, but it was never sent.', reply: 'Hi! Please wait for a call from our specialist.', errors: [{ messageId: 'contactOnly', excerpt: 'wait for a call' }] },
    {
      message: 'My thermostat lost all its schedules after the firmware update. Really annoying.',
      reply: "Hi there, sorry about this. Thanks for posting. We'll be in touch.",
      channel: 'forum',
      errors: [{ messageId: 'contactOnly', excerpt: 'be in touch' }],
    },
    {
      message: 'My package is lost, where is it??',
      reply: "Hi! I'm sorry about the wait. I'll let you know as soon as I hear from the carrier.",
      channel: 'chat',
      errors: [{ messageId: 'contactOnly', excerpt: 'let you know' }],
    },
    {
      message: 'My package is lost, where is it??',
      reply: 'Hi {{ticket.requester.first_name}}, a member of our team will reach out to you.',
      errors: [{ messageId: 'contactOnly', excerpt: 'reach out' }],
    },
    {
      message: 'My router is not working since this morning',
      reply: "Hi! Please restart the router. If that doesn't help, we'll let you know what to do next.",
      channel: 'chat',
      errors: [{ messageId: 'contactOnly', excerpt: 'let you know' }],
    },
    // The action is on the client's >-quoted line.
    {
      message: 'Still no refund, your agent said it was done!',
      reply: '> We have refunded your order.\n\nHi Anna, someone from billing will contact you.',
      errors: [{ messageId: 'contactOnly', excerpt: 'contact you' }],
    },
    // Nothing done.
    { message: 'My router keeps dropping the connection every evening', reply: 'Hi! Please try restarting your router.', errors: [{ messageId: 'missing' }] },
    { message: 'I was charged for a cancelled booking, please refund me', reply: 'Hi! We received your email.', errors: [{ messageId: 'missing' }] },
    // Thanks for the client's own contacting is no promise to contact.
    { message: 'The courier was rude to me on the phone.', reply: 'Hi! Thank you for reaching out. We understand your frustration.', errors: [{ messageId: 'missing' }] },
    { message: 'The courier was rude to me on the phone.', reply: 'Hi! Thanks for getting back to us. We understand your frustration.', errors: [{ messageId: 'missing' }] },
    { message: 'The courier was rude to me on the phone.', reply: 'Hi! We appreciate you reaching out. We understand your frustration.', errors: [{ messageId: 'missing' }] },
    { message: 'The page is broken, nothing loads', reply: 'Hi! Have you tried clearing the cache?', channel: 'chat', errors: [{ messageId: 'missing' }] },
    { message: 'Your courier damaged my parcel', reply: "Hi! We've sent you a DM.", channel: 'social', errors: [{ messageId: 'missing' }] },
    { message: 'I want a refund for the opened headphones, they are faulty', reply: "Hi! Unfortunately we can't refund opened items.", errors: [{ messageId: 'missing' }] },
    { message: 'You charged me for a subscription I never ordered!', reply: 'Hi! You cancelled the trial yourself on May 3, after it had renewed.', errors: [{ messageId: 'missing' }] },
    {
      message: 'My plan was changed without my consent, please change it back!',
      reply: 'Hi! Your plan changed automatically under the terms of your contract.',
      errors: [{ messageId: 'missing' }],
    },
    { message: 'Hi, could you cancel my subscription please?', reply: 'Hi! You can cancel your subscription in Settings → Billing.', channel: 'chat', errors: [{ messageId: 'missing' }] },
    { message: 'WHERES MY PC CASE I ORDERED IT 3 WEEKS AGO', reply: 'Hi!', channel: 'chat', errors: [{ messageId: 'missing' }] },
    { message: '@Acme the app has been down all morning, fix it', reply: '@dan_k Hi Dan, we hear you. ^MV', channel: 'social', errors: [{ messageId: 'missing' }] },
    { message: 'Great app, but it crashes every time I upload photos.', reply: 'Hi! Thank you for the kind words!', channel: 'review', errors: [{ messageId: 'missing' }] },
    { message: 'Pros: price. Cons: the strap broke after a week.', reply: 'Thanks so much for the review!', channel: 'review', errors: [{ messageId: 'missing' }] },
  ],
});

describe('stated-actions says what is missing', () => {
  const linter = createLinter({ preset: 'strict' });
  const findingOf = (message: string, reply: string) => linter.lint({ message, reply }).findings.find((finding) => finding.ruleId === 'stated-actions');
  it.each([
    ['Приложение не работает', 'Здравствуйте! Попробуйте переустановить приложение.', 'Скажите, что вы сделали, делаете или сделаете по обращению: проверили, передали, исправили, разберётесь.'],
    ['Деньги списали дважды!', 'Здравствуйте! С вами свяжется специалист.', 'Обещание только связаться — не действие. Скажите, что вы сделаете по существу обращения.'],
    ['The app keeps crashing', 'Hi! Please reinstall the app.', 'Say what you did, are doing or will do about it: checked, forwarded, fixed, will investigate.'],
    ['The app keeps crashing', "Hi! We'll get back to you.", 'A promise to get back to the client is not an action. Say what you will do about the matter itself.'],
  ])('%s → %s', (message, reply, expected) => {
    expect(findingOf(message, reply)?.message).toBe(expected);
  });

  it('points at the whole reply when nothing is promised, and offers templates to complete', () => {
    const finding = findingOf('Приложение не работает', 'Здравствуйте! Попробуйте переустановить приложение.')!;
    expect(finding.range).toBeUndefined();
    expect(finding.suggestions.map((suggestion) => suggestion.text)).toContain('Мы проверили … и уже … .');
  });
});

/**
 * Table-driven rule tests (ESLint RuleTester style), in Russian and English: valid replies, invalid
 * ones with the words the finding points at, and the text after the first fix.
 */
import { describe, expect, it } from 'vitest';
import { createLinter, type LintInput } from '../src/index.js';
import { legacyRuleTester as ruleTester } from './rule-tester.js';

const longRu =
  'Добрый день. Пишу уже не первый раз. Две недели назад я оформила заказ, оплатила его картой, деньги списались, но заказ так и не пришёл. В личном кабинете статус «передан в доставку», трек-номер не отслеживается. Я звонила на горячую линию, меня переключали между операторами, в итоге пообещали перезвонить и не перезвонили. Я хочу понять, где мой заказ, и получить либо его, либо деньги обратно.';
const longEn =
  "Hello. Two weeks ago I placed an order and paid by card, the money was taken, but the order never arrived. My account says 'handed to the courier' and the tracking number shows nothing at all. I called your hotline, got passed between agents, was promised a call back and never got one. I want to know where my order is and get either the order or my money back, and I want someone to actually take responsibility for this.";

ruleTester('proportional-length', {
  valid: [
    { message: longRu, reply: 'Здравствуйте! Спасибо, что подробно описали ситуацию. Мы проверили заказ: посылка застряла на складе, мы уже отправили её повторно, она придёт в четверг. Деньги за доставку вернули на карту. Если остались вопросы, пишите.' },
    { message: 'Когда откроется магазин?', reply: 'Здравствуйте! Магазин открыт с 9 до 21 каждый день.' },
    { message: longEn, reply: 'Hi, thanks for the details. We checked your order: the parcel was stuck at the depot, we have re-sent it and it will arrive on Thursday. The delivery fee is refunded to your card. Let me know if there is anything else.' },
    { reply: 'Ожидайте.' },
  ],
  invalid: [
    { message: longRu, reply: 'Здравствуйте. Ожидайте.' },
    { message: longEn, reply: 'Hi. Please wait.' },
    { message: 'Do you ship to Canada?', reply: `Hi! ${'Yes, we do ship to Canada, and here is everything about it. '.repeat(14)}` },
  ],
});

ruleTester('thanks', {
  valid: [
    { reply: 'Здравствуйте! Благодарим за обращение. Заказ в пути.' },
    { reply: 'Добрый день! Мы признательны, что вы сообщили. Всё исправили.' },
    { reply: "Hi! We appreciate your patience. It's fixed now." },
    { reply: 'Thanks a lot for the report — fixed!' },
  ],
  invalid: [
    {
      message: 'Где мой заказ?',
      reply: 'Здравствуйте! Мы проверили заказ, он уже в пути. Хорошего дня!',
      channel: 'chat',
      excerpt: '',
      output: 'Здравствуйте! Спасибо, что написали! Мы проверили заказ, он уже в пути. Хорошего дня!',
    },
    {
      reply: 'Hi Anna,\n\nYour order is on its way.\n\nBest regards,\nTom',
      output: 'Hi Anna,\n\nThank you for contacting us.\n\nYour order is on its way.\n\nBest regards,\nTom',
    },
    // An HTML template without a greeting: the sentence goes inside the first paragraph, not before it.
    {
      reply: '<p>Your order is on its way.</p><p>Best regards,<br>Tom</p>',
      output: '<p>Thank you for contacting us. Your order is on its way.</p><p>Best regards,<br>Tom</p>',
    },
    {
      reply: '<div class="body"><p>Заказ уже в пути.</p></div>',
      output: '<div class="body"><p>Спасибо за обращение! Заказ уже в пути.</p></div>',
    },
    // Glued to Markdown emphasis: at the very start instead.
    { reply: '**Your order is on its way.**', output: 'Thank you for contacting us. **Your order is on its way.**' },
    { reply: 'Здравствуйте! Мы не можем поблагодарить вас за такой отзыв.', excerpt: '' },
    { message: 'thanks for nothing', reply: 'Hi! You wrote "thanks for nothing". We have refunded the fee.', channel: 'chat' },
    // Kind words beside a complaint: thanks for telling us, not for "kind words".
    {
      message: 'Great store, but your cashier was so rude to me today.',
      reply: 'Hi! We will talk to the cashier.',
      channel: 'chat',
      output: 'Hi! Thank you for letting us know. We will talk to the cashier.',
    },
    {
      message: 'Отличный магазин, но кассир мне нахамила.',
      reply: 'Здравствуйте! Поговорим с кассиром.',
      channel: 'chat',
      output: 'Здравствуйте! Спасибо, что сообщили нам об этом. Поговорим с кассиром.',
    },
    { message: 'Love the app!', reply: 'Hi! Glad to hear.', channel: 'chat', output: 'Hi! Thank you so much for the kind words! Glad to hear.' },
  ],
});

ruleTester('stated-actions', {
  valid: [
    { message: 'Деньги списали дважды!', reply: 'Здравствуйте! Мы проверили платежи и уже вернули лишнее списание.' },
    { message: 'Где мой заказ?', reply: 'Здравствуйте! Замена уже отправлена, трек-номер пришлём сегодня.' },
    { message: 'My parcel never arrived', reply: "Hi! Our team has shipped a replacement, it arrives tomorrow." },
    { message: 'Во сколько вы открываетесь?', reply: 'Здравствуйте! С 9 утра.' },
    { reply: 'Шаблон без сообщения клиента.' },
  ],
  invalid: [
    { message: 'Деньги списали дважды!', reply: 'Здравствуйте! С вами свяжется специалист.', excerpt: 'свяжется' },
    { message: 'The app keeps crashing', reply: "Hi! We'll get back to you.", excerpt: 'get back to you' },
    { message: 'Приложение не работает', reply: 'Здравствуйте! Попробуйте переустановить приложение.' },
  ],
});

ruleTester('empathy', {
  valid: [
    { message: 'Это просто ужас!!! Третий день без интернета', reply: 'Здравствуйте! Нам очень жаль, что так вышло. Мастер приедет сегодня.' },
    { message: 'Love the new app, great job!', reply: "Hi! We're so glad to hear that!" },
    { message: 'What are your opening hours?', reply: 'Hi! 9 to 5, every day.' },
  ],
  invalid: [
    {
      message: 'Где мой заказ?! Жду уже неделю, это ужас',
      reply: 'Здравствуйте! Заказ отправили повторно.',
      channel: 'chat',
      excerpt: '',
      output: 'Здравствуйте! Нам очень жаль, что так вышло. Заказ отправили повторно.',
    },
    {
      message: 'YOUR DRIVER THREW MY PARCEL OVER THE GATE. I WANT A NEW ONE.',
      reply: "Hello, we're glad you contacted us. A replacement is on its way.",
      output: "Hello, we're glad you contacted us. We're really sorry for the trouble. A replacement is on its way.",
    },
    { message: 'Отличное приложение, спасибо разработчикам!', reply: 'Здравствуйте. Приложение обновляется раз в месяц.', excerpt: '' },
  ],
});

ruleTester('no-channel-switch', {
  valid: [
    { reply: 'Пришлите, пожалуйста, номер заказа в личные сообщения.', channel: 'social' },
    { reply: 'Если вам удобнее, можно позвонить на горячую линию — или ответим здесь.', channel: 'chat' },
    { reply: 'Please call us at 0800 123 456 so that we can verify your identity.', channel: 'chat' },
    { reply: 'Standard delivery takes 3–5 days and is free over $50. You can also find the full table on our website.', channel: 'email' },
    { reply: 'Reply to this email with the order number.', channel: 'email' },
  ],
  invalid: [
    { reply: 'Здравствуйте! Позвоните на горячую линию.', channel: 'chat', excerpt: 'Позвоните на горячую' },
    { reply: 'Оставьте телефон, мы перезвоним.', channel: 'social', excerpt: 'мы перезвоним' },
    { reply: 'Hi! Please visit our FAQ at help.example.com.', channel: 'chat', excerpt: 'visit our FAQ' },
    { reply: 'For name changes, please call our reservations team.', channel: 'email', excerpt: 'call our' },
  ],
});

ruleTester('no-public-personal-data', {
  valid: [
    { reply: 'Пришлите, пожалуйста, номер телефона в личные сообщения.', channel: 'social' },
    { reply: 'Please DM us your full name and phone number.', channel: 'social' },
    { reply: 'Мы никогда не запрашиваем пароли и коды из СМС.', channel: 'chat' },
    { reply: "We'll never ask for your password.", channel: 'social' },
    { reply: 'Укажите, пожалуйста, телефон — мы перезвоним.', channel: 'email' },
    { reply: 'Звоните нам: 8 800 555-35-35.', channel: 'review' },
  ],
  invalid: [
    { reply: 'Напишите ваш номер телефона и ФИО, проверим.', channel: 'social', excerpt: 'Напишите ваш номер телефона и ФИО, проверим' },
    { reply: 'Please reply with your full name and address.', channel: 'forum', excerpt: 'reply with your full name and address' },
    { reply: 'Продиктуйте, пожалуйста, код из СМС.', channel: 'chat', excerpt: 'Продиктуйте, пожалуйста, код из СМС' },
    { reply: 'Could you type your account password here?', channel: 'chat', excerpt: 'type your account password here' },
    { reply: 'Мы нашли вашу запись по номеру +7 916 123-45-67.', channel: 'review', excerpt: 'вашу запись по номеру +7 916 123-45-67' },
  ],
});

ruleTester('closing', {
  valid: [
    { reply: 'Здравствуйте! Заказ в пути. Хорошего дня!' },
    { reply: 'Hi! Your refund is on the way. Let me know if you need anything else.' },
    { reply: 'Добрый день.\n\nЗаказ в пути.\n\nС уважением,\nАнна' },
    // A final thanks is a closing (DESIGN, "Where the line falls").
    { reply: 'Заказ доставят завтра. Спасибо за терпение!', channel: 'sms' },
    { reply: '@anna Your order ships today. Thanks, Ivan ^KL', channel: 'social' },
  ],
  invalid: [
    // Tweet initials glued on: the closing goes before them, with the sentence's full stop.
    { reply: "@user We've noted your feedback and will improve.^KL", channel: 'social', output: "@user We've noted your feedback and will improve. Have a great day! ^KL" },
    { reply: '@user Приняли ваш отзыв *ТМ', channel: 'social', output: '@user Приняли ваш отзыв. Хорошего дня! *ТМ' },
    // A last sentence left open on a word gets its full stop.
    { reply: 'Здравствуйте! Заказ отправлен', channel: 'chat', output: 'Здравствуйте! Заказ отправлен. Если появятся вопросы — пишите, поможем!' },
    { reply: 'Hi! Your order has shipped', channel: 'chat', output: "Hi! Your order has shipped. Let us know if there is anything else we can help with!" },
    {
      reply: 'Здравствуйте! Заказ передан в доставку.',
      channel: 'chat',
      excerpt: '',
      output: 'Здравствуйте! Заказ передан в доставку. Если появятся вопросы — пишите, поможем!',
    },
    {
      reply: 'Hi Anna,\n\nYour order is on its way.\n\n-KC',
      channel: 'social',
      output: 'Hi Anna,\n\nYour order is on its way.\n\nHave a great day!\n\n-KC',
    },
    // Ends on a fact or a request: the thanks or the offer before it does not close the reply.
    { reply: 'Спасибо за терпение! Заказ доставят завтра.', channel: 'sms' },
    { reply: 'Happy to help! Please DM us your order number.', channel: 'social' },
  ],
});

ruleTester('acknowledge-repeat', {
  valid: [
    { message: 'Пишу уже третий раз!', reply: 'Здравствуйте! Понимаем, что вам пришлось обращаться несколько раз, — простите.' },
    { message: "I've called five times", reply: "Hi, I'm sorry you've had to call us five times." },
    { message: 'Третий раз переносят приём.', reply: 'Здравствуйте! Перенесли запись на пятницу.' },
  ],
  invalid: [
    {
      message: 'third time I am writing about this charge',
      reply: "@anna Hi! We've refunded the charge. Have a nice day!",
      channel: 'social',
      output: "@anna Hi! We're sorry you've had to contact us several times about this. We've refunded the charge. Have a nice day!",
    },
    { message: 'Я вам тысячу раз звонила!', reply: 'Оставьте телефон, мы перезвоним.', excerpt: '' },
  ],
});

ruleTester('no-blame', {
  valid: [
    { reply: 'Вы ни в чём не виноваты — форма ввела вас в заблуждение.' },
    { reply: 'You did nothing wrong.' },
    { reply: 'You should have received an email with the code.' },
  ],
  invalid: [
    { reply: 'Вы ошибаетесь: возврат уже оформлен.', excerpt: 'Вы ошибаетесь' },
    { reply: 'Как я уже писала, чек не нужен.', excerpt: 'Как я уже писала' },
    { reply: 'As I already said, the fee applies.', excerpt: 'As I already said' },
    { reply: 'You should have read the terms.', excerpt: 'You should have' },
  ],
});

ruleTester('avoid-words', {
  valid: [
    { reply: 'Без проблем, всё сделаем.' },
    { reply: 'No problem at all!' },
    { message: 'Проблема с оплатой', reply: 'Вы пишете: «проблема с оплатой» — мы её решили.' },
  ],
  invalid: [
    { reply: 'Проблему с оплатой мы уже решили.', excerpt: 'Проблему', output: 'Ситуацию с оплатой мы уже решили.' },
    { reply: 'Мы разобрались с вашей проблемой.', output: 'Мы разобрались с вашей ситуацией.' },
    { reply: 'We fixed the problem.', output: 'We fixed the issue.' },
    { reply: 'It is a problem on our side.', excerpt: 'problem', output: 'It is an issue on our side.' },
    { reply: 'A problem like this is rare.', output: 'An issue like this is rare.' },
    { reply: 'Problems like this are rare, and this problem is fixed.', count: 2, output: 'Issues like this are rare, and this problem is fixed.' },
  ],
});

ruleTester('responder-identity', {
  valid: [
    { reply: 'Здравствуйте! Меня зовут Анна, я специалист поддержки.' },
    { reply: 'Hi, Ellie from CodeCamp support here.' },
    { reply: 'Всё готово.\n\nС уважением,\nАнна, служба поддержки' },
    { reply: 'Done! ^JS', channel: 'social' },
  ],
  invalid: [
    { reply: 'Здравствуйте! Заказ в пути. Хорошего дня!' },
    { reply: 'Hi! Your order is on the way.' },
  ],
});

ruleTester('concrete-commitment', {
  valid: [
    { reply: 'Ответим в течение двух рабочих дней.' },
    { reply: 'We will fix it as soon as possible, and no later than Friday.' },
    { reply: 'Get well soon!' },
  ],
  invalid: [
    { reply: 'Ответим в ближайшее время.', excerpt: 'в ближайшее время' },
    { reply: 'We will get back to you shortly.', excerpt: 'shortly' },
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
    // English articles follow the sound of the number, and a tweet is a post.
    [{ message: 'word '.repeat(132), reply: 'Hi there, we are looking into it, thanks, bye now all.', channel: 'email' }, 'This is an 11-word reply to a 132-word letter'],
    [{ message: 'word '.repeat(80), reply: 'Hi. Wait.', channel: 'social' }, 'This is a 2-word reply to an 80-word post'],
    [{ message: 'word '.repeat(118), reply: 'Hi. Wait here.', channel: 'review' }, 'This is a 3-word reply to a 118-word review'],
  ] as const)('%o', (input, expected) => {
    expect(messageOf(input as LintInput)).toContain(expected);
  });
});

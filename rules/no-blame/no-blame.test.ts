import { knownDisagreements, ruleTester } from '../../test/rule-tester.js';

ruleTester('no-blame', {
  valid: [
    // ru: negated blame, the company's own mistake, information, the client's words quoted back.
    { reply: 'Вы ни в чём не виноваты — форма ввела вас в заблуждение.' },
    { message: 'Я что-то не так нажала? Приложение списало деньги дважды.', reply: 'Здравствуйте! Вы не виноваты: приложение действительно сбоило. Второе списание вернули.', channel: 'chat' },
    { reply: 'Здравствуйте! Это не ваша ошибка, а наша: курьер перепутал адрес.' },
    { message: 'Курьер привёз заказ на день позже.', reply: 'Здравствуйте! Мы ошиблись с датой доставки — приносим извинения.' },
    // «должны были получить» informs, it does not blame.
    { reply: 'Здравствуйте! Вы должны были получить письмо с кодом подтверждения — проверьте, пожалуйста, папку «Спам».' },
    { reply: 'Здравствуйте! Как мы и обещали, возврат оформлен сегодня.' },
    // A plain condition offers a remedy («если бы вы…» would reproach).
    { reply: 'Здравствуйте! Если вы ошиблись в адресе, мы исправим его бесплатно.' },
    {
      message: 'Ваш оператор сказал мне «вы сами виноваты», что курьер опоздал!',
      reply: 'Здравствуйте! Оператор не должен был говорить «вы сами виноваты» — простите нас. Курьер опоздал по нашей вине.',
    },
    { reply: '<p>Здравствуйте, {{first_name}}!</p><p>Вы ни в чём не виноваты: форма оплаты действительно работала с ошибкой.</p>' },

    // en
    { reply: 'You did nothing wrong.' },
    { reply: 'You should have received an email with the code.' },
    { reply: "Hi! You should've received the code by SMS." },
    { reply: 'You should have an email from us with the tracking link.' },
    { message: 'Am I crazy or did the price change at checkout?', reply: "You're not wrong — the checkout page did show the old price.", channel: 'chat' },
    { reply: "It wasn't your fault — the form was confusing, and we've fixed it." },
    { reply: 'We were wrong about the delivery date — sorry about that.' },
    { reply: "Hi! If you entered the wrong address, we'll fix it for free." },
    {
      message: 'Your agent said "you are wrong" and hung up on me!',
      reply: 'Hi! An agent should never say "you are wrong" to you — we are sorry, and we have spoken to the team.',
    },
  ],
  invalid: [
    // ru
    { reply: 'Вы ошибаетесь: возврат уже оформлен.', errors: [{ messageId: 'blame', excerpt: 'Вы ошибаетесь' }] },
    { reply: 'Если бы вы прочитали условия, вопросов бы не было.', errors: [{ messageId: 'blame', excerpt: 'Если бы вы прочитали' }] },
    { reply: 'Как я уже писала, чек не нужен.', errors: [{ messageId: 'blame', excerpt: 'Как я уже писала' }] },
    {
      message: 'Почему тариф до сих пор старый?',
      reply: 'Здравствуйте. Как мы уже объясняли, тариф меняется с первого числа.',
      errors: [{ messageId: 'blame', excerpt: 'Как мы уже объясняли' }],
    },
    { message: 'Платёж не проходит, что случилось?', reply: 'Вы неправильно ввели номер карты, поэтому платёж отклонён.', channel: 'chat', errors: [{ messageId: 'blame', excerpt: 'Вы неправильно' }] },
    // Every reproach is a finding of its own.
    {
      message: 'Почему мне не дали скидку?',
      reply: 'Вы сами виноваты — надо было читать условия акции.',
      errors: [
        { messageId: 'blame', excerpt: 'Вы сами виноваты' },
        { messageId: 'blame', excerpt: 'надо было читать' },
      ],
    },
    { reply: 'Внимательнее читайте условия акции: скидка действует только на новые товары.', errors: [{ messageId: 'blame', excerpt: 'Внимательнее читайте' }] },
    { reply: 'Повторяю ещё раз: возврат занимает до 10 дней.', errors: [{ messageId: 'blame', excerpt: 'Повторяю ещё раз' }] },
    // What the client should have done.
    { reply: 'Вам следовало сообщить о браке в течение 14 дней.', errors: [{ messageId: 'blame', excerpt: 'Вам следовало' }] },
    { reply: 'Вам нужно было сообщить о браке в течение 14 дней.', errors: [{ messageId: 'blame', excerpt: 'Вам нужно было' }] },
    { reply: 'Вам надо было сразу написать нам.', errors: [{ messageId: 'blame', excerpt: 'Вам надо было' }] },
    { reply: 'Заказ задержался по вашей вине: адрес был указан неполностью.', errors: [{ messageId: 'blame', excerpt: 'по вашей вине' }] },
    { reply: 'Здравствуйте! Вы перепутали даты: бронь была на 12-е, а не на 21-е.', errors: [{ messageId: 'blame', excerpt: 'Вы перепутали' }] },
    { reply: 'Здравствуйте! Проблема на вашей стороне: проверьте роутер.', channel: 'chat', errors: [{ messageId: 'blame', excerpt: 'Проблема на вашей стороне' }] },

    // en
    { reply: 'As I already said, the fee applies.', errors: [{ messageId: 'blame', excerpt: 'As I already said' }] },
    { reply: 'You should have read the terms.', errors: [{ messageId: 'blame', excerpt: 'You should have' }] },
    { reply: 'You never read the terms, so the fee applies.', errors: [{ messageId: 'blame', excerpt: 'You never read' }] },
    { reply: "You should've read the terms before booking.", errors: [{ messageId: 'blame', excerpt: "You should've" }] },
    { message: "Why haven't I got my refund?", reply: 'Hi! You are wrong: the refund was already issued.', channel: 'chat', errors: [{ messageId: 'blame', excerpt: 'You are wrong' }] },
    { reply: "You're mistaken — the charge is for last month.", errors: [{ messageId: 'blame', excerpt: "You're mistaken" }] },
    { reply: "Hi Mark, as we've explained before, we can't refund digital goods.", errors: [{ messageId: 'blame', excerpt: "as we've explained" }] },
    { message: 'Payment keeps failing!', reply: 'You entered the wrong card number, so the payment failed.', channel: 'chat', errors: [{ messageId: 'blame', excerpt: 'You entered the wrong' }] },
    { reply: "Sorry, but that's on you: the return window closed on May 1.", errors: [{ messageId: 'blame', excerpt: "that's on you" }] },
    {
      message: 'The shoes are too small, I want a free exchange.',
      reply: 'It is your responsibility to check the size chart before ordering.',
      errors: [
        { messageId: 'blame', excerpt: 'your responsibility' },
        { messageId: 'blame', excerpt: 'check the size chart before ordering' },
      ],
    },
    { reply: 'Had you read the confirmation email, you would have seen the date.', errors: [{ messageId: 'blame', excerpt: 'Had you read' }] },
    { reply: "That's user error, the device works fine.", errors: [{ messageId: 'blame', excerpt: 'user error' }] },
  ],
});

knownDisagreements('no-blame', {
  invalid: [
    { reply: "If you'd read the confirmation email, you'd have seen the date.", errors: [{ messageId: 'blame' }] },
  ],
  why: {
    "If you'd read": "\"'d\" always expands to 'would', never 'had'",
  },
});

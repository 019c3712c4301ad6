import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';
import { ruleTester } from '../../test/rule-tester.js';

ruleTester('concrete-commitment', {
  valid: [
    // Russian: a time named, in the sentence of the promise.
    { reply: 'Ответим в течение двух рабочих дней.' },
    { reply: 'Здравствуйте! Мастер приедет завтра с 10 до 14. Хорошего дня!', channel: 'chat' },
    // A negated time is still a time; «ё» as «е».
    { reply: 'Мы скоро вернём деньги — не позднее пятницы.' },
    { reply: 'Замену пришлём как можно скорее, не позже четверга.', channel: 'messenger' },
    { reply: 'Вернём деньги в ближайшее время — в течение трёх дней.' },
    { reply: 'Исправление выйдет скоро, до 15 мая.' },
    { reply: '<p>Здравствуйте!</p><p>Возврат оформлен, деньги придут на&nbsp;карту в&nbsp;течение 5 рабочих дней.</p>' },
    // Wishes and the client's own timing.
    { reply: 'Скорейшего выздоровления! Запись перенесли на 12 марта.', channel: 'messenger' },
    { reply: 'Спасибо, что были с нами. До скорой встречи!', channel: 'review' },
    { reply: 'Как только вы получите посылку, напишите нам — активируем гарантию.' },
    { reply: 'Отправим заказ, как только вы подтвердите адрес.', channel: 'chat' },
    // Negated: «не скоро» promises nothing.
    { reply: 'Ответ будет не скоро, к сожалению: склад закрыт на инвентаризацию.' },
    // The client's words: echoed, on a >-quoted line, in quotation marks.
    {
      message: 'Мне ещё 10 дней назад обещали вернуть деньги в ближайшее время, а денег как не было так и нет.',
      reply: 'Здравствуйте! Вам обещали вернуть деньги в ближайшее время, и обещание не выполнили — простите нас. Деньги отправили повторно, они придут до 25 апреля.',
      channel: 'chat',
    },
    {
      message: 'Ответ поступит в ближайшее время — это всё, что мне ответили неделю назад.',
      reply: '> Ответ поступит в ближайшее время\n\nЗдравствуйте, Ирина! Извините за долгое ожидание. Мы вернули деньги сегодня.',
    },
    { reply: 'Мы не обещаем «в ближайшее время»: ответим до конца дня.', channel: 'chat' },
    // The date comes from a placeholder.
    { reply: 'Здравствуйте, {{ticket.requester.first_name}}! Мы передали заявку мастеру, он позвонит вам {{visit_date}}.' },

    // English.
    { reply: 'We will fix it as soon as possible, and no later than Friday.' },
    // A month is a time.
    { reply: "We'll reship it sometime next month." },
    { reply: 'The feature should be back soon, probably in May.', channel: 'chat' },
    { reply: 'Отправим замену скоро, в следующем месяце.' },
    { reply: 'Функцию вернём скоро, в начале июня.', channel: 'chat' },
    { reply: "We'll reply within 24 hours." },
    { reply: 'The fix ships soon, by Friday at the latest.', channel: 'forum' },
    { reply: 'The replacement will be with you soon — tomorrow before noon.', channel: 'chat' },
    { reply: 'Hi Sarah,\n\nThe fix will be live soon, by Thursday at the latest.\n\nBest regards,\nTom' },
    { reply: 'Get well soon!' },
    { reply: 'See you soon! Your table is booked for 7 pm.', channel: 'messenger' },
    { reply: 'Hope you feel better soon!', channel: 'social' },
    { reply: 'Thanks for your patience, speak soon!', channel: 'chat' },
    { reply: "As soon as you receive the parcel, let us know and we'll activate the warranty." },
    { reply: "We'll ship it as soon as you confirm the address.", channel: 'chat' },
    { reply: "It won't be soon, unfortunately: the warehouse is closed for stocktaking." },
    { message: 'Please fix it ASAP!!!', reply: 'You asked us to fix it "ASAP" — it was fixed this morning.', channel: 'chat' },
    {
      message: 'They told me "shortly" three days ago',
      reply: '> They told me "shortly" three days ago\n\nHi Mark, sorry for the wait. The refund was sent today.',
    },
    { reply: 'Hi {{ticket.requester.first_name}}, your refund will arrive {{refund_eta}}.' },
  ],
  invalid: [
    // Russian.
    { reply: 'Ответим в ближайшее время.', errors: [{ messageId: 'vague', excerpt: 'в ближайшее время' }] },
    {
      reply: 'Здравствуйте! Мы передали заявку мастеру, он свяжется с вами в ближайшее время. Хорошего дня!',
      channel: 'chat',
      errors: [{ messageId: 'vague', excerpt: 'в ближайшее время' }],
    },
    { reply: 'Компенсацию 500 ₽ мы начислим баллами в ближайшее время.', channel: 'chat', errors: [{ messageId: 'vague', excerpt: 'в ближайшее время' }] },
    { reply: 'Деньги скоро вернутся на карту.', channel: 'sms', errors: [{ messageId: 'vague', excerpt: 'скоро' }] },
    { reply: 'Мы СКОРО всё исправим!', channel: 'social', errors: [{ messageId: 'vague', excerpt: 'СКОРО' }] },
    { reply: 'Исправим в кратчайшие сроки, извините за неудобства.', errors: [{ messageId: 'vague', excerpt: 'в кратчайшие сроки' }] },
    { reply: 'Перезвоним, как только сможем.', channel: 'chat', errors: [{ messageId: 'vague', excerpt: 'как только сможем' }] },
    { reply: 'Ответим как можно скорее.', errors: [{ messageId: 'vague', excerpt: 'как можно скорее' }] },
    { reply: 'Постараемся решить вопрос как можно быстрее.', errors: [{ messageId: 'vague', excerpt: 'как можно быстрее' }] },
    { reply: 'При первой возможности отправим замену.', errors: [{ messageId: 'vague', excerpt: 'При первой возможности' }] },
    { reply: 'Все обращения рассматриваются в порядке очереди.', errors: [{ messageId: 'vague', excerpt: 'в порядке очереди' }] },
    { reply: 'Спасибо за обращение! Оперативно рассмотрим вашу заявку.', errors: [{ messageId: 'vague', excerpt: 'Оперативно рассмотрим' }] },
    { reply: 'Заявку передали инженерам, ответ будет в самое ближайшее время.', errors: [{ messageId: 'vague', excerpt: 'в самое ближайшее время' }] },
    { reply: '**Обновление выйдет скоро.**', channel: 'forum', errors: [{ messageId: 'vague', excerpt: 'скоро' }] },
    { reply: 'Обновление с исправлением выйдет в скором времени.', channel: 'review', errors: [{ messageId: 'vague', excerpt: 'в скором времени' }] },
    // A time in another sentence does not date this promise.
    { reply: 'Деньги вернём завтра. Замену отправим в ближайшее время.', errors: [{ messageId: 'vague', excerpt: 'в ближайшее время' }] },
    // Two promises, two findings.
    {
      reply: 'Скоро всё заработает, а компенсацию начислим в ближайшее время.',
      errors: [
        { messageId: 'vague', excerpt: 'Скоро' },
        { messageId: 'vague', excerpt: 'в ближайшее время' },
      ],
    },
    {
      reply: '<p>Здравствуйте, {{ticket.requester.first_name}}!</p><p>Ваша заявка №{{ticket.id}} принята.&nbsp;Ответ поступит в ближайшее время.</p>',
      errors: [{ messageId: 'vague', excerpt: 'в ближайшее время' }],
    },

    // English.
    { reply: 'We will get back to you shortly.', errors: [{ messageId: 'vague', excerpt: 'shortly' }] },
    {
      reply: "We've passed the request to a technician, who will contact you shortly. Have a great day!",
      channel: 'chat',
      errors: [{ messageId: 'vague', excerpt: 'shortly' }],
    },
    { reply: "We'll process your refund ASAP.", channel: 'chat', errors: [{ messageId: 'vague', excerpt: 'ASAP' }] },
    // Typographic apostrophe.
    { reply: 'Hi, we’ll get back to you ASAP.', channel: 'messenger', errors: [{ messageId: 'vague', excerpt: 'ASAP' }] },
    { reply: 'The fix will be released soon.', channel: 'forum', errors: [{ messageId: 'vague', excerpt: 'soon' }] },
    { reply: 'Hi Sarah,\n\nThe fix will be live soon.\n\nBest regards,\nTom', errors: [{ messageId: 'vague', excerpt: 'soon' }] },
    { reply: 'Your refund will be processed at the earliest opportunity.', errors: [{ messageId: 'vague', excerpt: 'at the earliest opportunity' }] },
    { reply: "We'll look into it in due course.", errors: [{ messageId: 'vague', excerpt: 'in due course' }] },
    { reply: 'We plan to add dark mode in the near future.', channel: 'review', errors: [{ messageId: 'vague', excerpt: 'in the near future' }] },
    { reply: "We'll fix it when possible.", channel: 'chat', errors: [{ messageId: 'vague', excerpt: 'when possible' }] },
    { reply: 'Your card will be unblocked before long.', errors: [{ messageId: 'vague', excerpt: 'before long' }] },
    { reply: "We'll reship it sometime.", channel: 'chat', errors: [{ messageId: 'vague', excerpt: 'sometime' }] },
    { reply: "We'll sort it out as soon as we can.", errors: [{ messageId: 'vague', excerpt: 'as soon as we can' }] },
    { reply: "I'll refund it as soon as I possibly can.", channel: 'chat', errors: [{ messageId: 'vague', excerpt: 'as soon as I possibly can' }] },
    { reply: 'The refund went out today. The replacement will ship soon.', errors: [{ messageId: 'vague', excerpt: 'soon' }] },
    {
      reply: "We'll call you soon and send the refund as soon as possible.",
      errors: [
        { messageId: 'vague', excerpt: 'soon' },
        { messageId: 'vague', excerpt: 'as soon as possible' },
      ],
    },
    {
      reply: '<p>Dear {{ticket.requester.name}},</p><p>We are sorry for the trouble with your order.&nbsp;Our team will resolve it as soon as possible.</p><p>Kind regards,<br>The Acme Team</p>',
      errors: [{ messageId: 'vague', excerpt: 'as soon as possible' }],
    },
  ],
});

describe('concrete-commitment quotes the vague words', () => {
  const linter = createLinter({ preset: 'strict' });
  const messageOf = (reply: string) => linter.lint({ reply }).findings.find((finding) => finding.ruleId === 'concrete-commitment')?.message;
  it.each([
    ['Ответим в ближайшее время.', '«в ближайшее время» — без срока. Назовите срок, который вы выполните.'],
    ['We will get back to you shortly.', '"shortly" has no time. Name a time you will keep.'],
  ])('%s', (reply, expected) => {
    expect(messageOf(reply)).toBe(expected);
  });
});

import type { RuleDocs } from '../../src/types.js';

/**
 * Why the rule exists and how it reads, per language (README, language server, SARIF, tests): kept
 * out of the rule's data so the browser bundle, which only lints, does not carry it.
 */
const docs: RuleDocs = {
  en: {
    description: 'The client says they have contacted you several times, and the reply does not acknowledge it.',
    rationale:
      '"I have called you a thousand times" — "Leave your number, we will call you back." A client who writes again and again needs to hear that you noticed, and that this time will be different (seed 002).',
    examples: {
      bad: {
        message: "Third time writing, my internet still isn't fixed!",
        reply: 'Hi! We checked the line and booked a technician for tomorrow before noon. Have a great day!',
        channel: 'chat',
      },
      good: {
        message: "Third time writing, my internet still isn't fixed!",
        reply: "Hi! We're sorry you've had to contact us several times about this. We checked the line and booked a technician for tomorrow before noon. Have a great day!",
        channel: 'chat',
      },
    },
  },
  ru: {
    description: 'Клиент говорит, что обращается не первый раз, а ответ этого не признаёт.',
    rationale:
      '«Я вам тысячу раз звонила» — «Оставьте телефон, мы перезвоним». Клиент, который обращается снова и снова, должен услышать, что это заметили и что на этот раз будет иначе (статья 002).',
    examples: {
      bad: {
        message: 'Пишу уже третий раз, интернет так и не починили!',
        reply: 'Здравствуйте! Мы проверили линию и отправили мастера, он приедет завтра до 12:00. Хорошего дня!',
        channel: 'chat',
      },
      good: {
        message: 'Пишу уже третий раз, интернет так и не починили!',
        reply: 'Здравствуйте! Понимаем, что вам пришлось обращаться несколько раз, — приносим извинения. Мы проверили линию и отправили мастера, он приедет завтра до 12:00. Хорошего дня!',
        channel: 'chat',
      },
    },
  },
};

export default docs;

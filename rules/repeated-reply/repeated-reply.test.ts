import { ruleTester } from '../../test/rule-tester.js';

const client = (text: string) => ({ role: 'client' as const, text });
const agent = (text: string) => ({ role: 'agent' as const, text });

const cannedEn = 'Hi Anna! Your order is on its way and will arrive within 3 business days. You can track it in your account under "My orders".\n\nBest regards,\nKate';
const cannedRu = 'Здравствуйте, Анна! Ваш заказ уже в пути и приедет в течение 3 рабочих дней. Отследить его можно в личном кабинете в разделе «Мои заказы».\n\nС уважением,\nЕкатерина';

ruleTester('repeated-reply', {
  valid: [
    // No history, or no agent turn in it.
    { message: 'Where is my order?', reply: cannedEn },
    { message: 'Where is my order?', reply: cannedEn, history: [client('Hello?'), client('Anyone there?')] },
    { message: 'Где мой заказ?', reply: cannedRu, history: [client('Алло?')] },
    // A new body between the same greeting and signature.
    {
      message: 'Still nothing, it has been a week!',
      reply: 'Hi Anna! I called the courier: the parcel was stuck at the depot, and they will bring it tomorrow before 6 pm. I am sorry for the wait.\n\nBest regards,\nKate',
      history: [client('Where is my order?'), agent(cannedEn)],
    },
    {
      message: 'Прошла неделя, а заказа нет!',
      reply: 'Здравствуйте, Анна! Я связалась со службой доставки: посылка задержалась на складе, завтра до 18:00 её привезут. Извините за ожидание.\n\nС уважением,\nЕкатерина',
      history: [client('Где мой заказ?'), agent(cannedRu)],
    },
    // One sentence in common, and something new.
    {
      message: 'It did not come.',
      reply: 'Hi Anna! You can track it in your account under "My orders": it shows the parcel was returned to us. We are sending a new one today by express.',
      history: [client('Where is my order?'), agent(cannedEn)],
    },
    // A short reply may well repeat ("Thanks, done!").
    { message: 'Thanks!', reply: 'Glad to help, Anna!', history: [client('Thanks!'), agent('Glad to help, Anna!')] },
  ],
  invalid: [
    // The same body: another name, another number of days, another signature.
    {
      message: 'Still nothing, it has been a week!',
      reply: 'Hi Mark! Your order is on its way and will arrive within 5 business days. You can track it in your account under "My orders".\n\nKind regards,\nTom',
      history: [client('Where is my order?'), agent(cannedEn)],
      errors: [{ messageId: 'repeated', excerpt: 'Your order is on its way and will arrive within 5 business days. You can track it in your account under "My orders' }],
    },
    // Two turns back, with placeholders.
    {
      message: 'Hello??',
      reply: 'Hello {{ticket.requester.first_name}}! Your order is on its way and will arrive within 3 business days. You can track it in your account under "My orders".',
      history: [client('Where is my order?'), agent(cannedEn), client('It is not in my account.'), agent('Let me check that for you.')],
      errors: [{ messageId: 'repeated' }],
    },
    {
      message: 'Прошла неделя, а заказа нет!',
      reply: 'Здравствуйте, Ольга! Ваш заказ уже в пути и приедет в течение 5 рабочих дней. Отследить его можно в личном кабинете в разделе «Мои заказы».\n\nС уважением,\nСлужба поддержки',
      history: [client('Где мой заказ?'), agent(cannedRu)],
      errors: [{ messageId: 'repeated', excerpt: 'Ваш заказ уже в пути и приедет в течение 5 рабочих дней. Отследить его можно в личном кабинете в разделе «Мои заказы' }],
    },
    {
      message: 'Опять пишу!',
      reply: 'Добрый день! Ваш заказ уже в пути и приедет в течение 3 рабочих дней. Отследить его можно в личном кабинете в разделе «Мои заказы». Хорошего дня!',
      history: [client('Где мой заказ?'), agent(cannedRu)],
      errors: [{ messageId: 'repeated' }],
    },
  ],
});

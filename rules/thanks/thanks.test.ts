import { ruleTester } from '../../test/rule-tester.js';

ruleTester('thanks', {
  valid: [
    { message: 'Где мой заказ?', reply: 'Спасибо, что написали! Заказ уже в пути.' },
    { message: 'Where is my order?', reply: 'Thanks for reaching out! Your order is on its way.' },
  ],
  invalid: [
    { message: 'Где мой заказ?', reply: 'Здравствуйте! Заказ уже в пути.', errors: [{ messageId: 'missing', excerpt: '' }] },
  ],
});

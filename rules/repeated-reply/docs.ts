import type { RuleDocs } from '../../src/types.js';

const history = (reply: string) => [
  { role: 'client' as const, text: 'Where is my order 48213? It was due on Monday.' },
  { role: 'agent' as const, text: reply },
];
const historyRu = (reply: string) => [
  { role: 'client' as const, text: 'Где мой заказ 48213? Обещали доставить в понедельник.' },
  { role: 'agent' as const, text: reply },
];
const earlier = 'Hi Anna! Your order is on its way and will arrive within 3 business days. You can track it in your account.';
const earlierRu = 'Здравствуйте, Анна! Ваш заказ уже в пути и приедет в течение 3 рабочих дней. Отследить его можно в личном кабинете.';

/** Why the rule exists and how it reads, per language (README, language server, SARIF, tests). */
const docs: RuleDocs = {
  en: {
    description: 'The reply repeats an earlier reply of the same conversation almost word for word.',
    rationale:
      'A client who writes again got an answer that did not settle the matter. Sending the same text again tells them nobody read their message; say what was checked, what changed, what happens now (seed 002: "why will our next reply be any different from the hundred before?"). Names, numbers, dates and placeholders do not make a reply new; a greeting or a signature alone does not make it a repeat.',
    examples: {
      bad: { message: 'Still nothing. It has been a week!', reply: 'Hi Anna! Your order is on its way and will arrive within 5 business days. You can track it in your account.', history: history(earlier) },
      good: { message: 'Still nothing. It has been a week!', reply: 'Hi Anna! I checked with the courier: the parcel was stuck at the depot, and they are delivering it tomorrow before 6 pm. I am sorry for the wait.', history: history(earlier) },
    },
  },
  ru: {
    description: 'Ответ почти дословно повторяет прошлый ответ в этом же разговоре.',
    rationale:
      'Клиент пишет снова — значит, прошлый ответ вопрос не решил. Тот же текст ещё раз говорит ему, что его письмо не прочитали; скажите, что проверили, что изменилось и что будет теперь (статья 002: «почему наш следующий ответ не будет таким же, как и сотня предыдущих»). Имена, номера, даты и подстановки не делают ответ новым; одно приветствие или подпись не делает его повтором.',
    examples: {
      bad: { message: 'Так ничего и нет, уже неделя прошла!', reply: 'Здравствуйте, Анна! Ваш заказ уже в пути и приедет в течение 5 рабочих дней. Отследить его можно в личном кабинете.', history: historyRu(earlierRu) },
      good: { message: 'Так ничего и нет, уже неделя прошла!', reply: 'Здравствуйте, Анна! Я связалась со службой доставки: посылка задержалась на складе, завтра до 18:00 её привезут. Извините за ожидание.', history: historyRu(earlierRu) },
    },
  },
};

export default docs;

import type { RuleDocs } from '../../src/types.js';

/**
 * Why the rule exists and how it reads, per language (README, language server, SARIF, tests): kept
 * out of the rule's data so the browser bundle, which only lints, does not carry it.
 */
const docs: RuleDocs = {
  en: {
    description: 'The reply tells the client they are wrong or at fault.',
    rationale:
      'The client honestly believes the complaint is fair. "You are wrong" or "as I already said" does not solve anything; it turns a client into a former client. Thank them for pointing it out and list what was done instead (seed 004).',
    examples: {
      bad: { message: "Why haven't I got my refund?", reply: "Hi! You are wrong: the refund was already issued. Have a great day!", channel: 'chat' },
      good: {
        message: "Why haven't I got my refund?",
        reply: "Hi! Let's check this together: the refund was issued and the money arrives within 3 days. Have a great day!",
        channel: 'chat',
      },
    },
  },
  ru: {
    description: 'Ответ говорит клиенту, что он неправ или сам виноват.',
    rationale:
      'Клиент искренне уверен, что его жалоба обоснована. Ответ «вы ошибаетесь» или «как я уже писал» не решает вопрос, а делает из клиента бывшего клиента. Лучше поблагодарить за замечание и перечислить, что сделано (статья 004).',
    examples: {
      bad: { message: 'Почему мне не вернули деньги?', reply: 'Здравствуйте! Вы ошибаетесь: возврат уже оформлен. Хорошего дня!', channel: 'chat' },
      good: {
        message: 'Почему мне не вернули деньги?',
        reply: 'Здравствуйте! Давайте проверим вместе: возврат уже оформлен, деньги придут за 3 дня. Хорошего дня!',
        channel: 'chat',
      },
    },
  },
};

export default docs;

import type { RuleLanguageData } from '../../src/types.js';

const ru = {
  phrases: {},
  messages: {
    repeated: 'Ответ почти дословно повторяет прошлый ответ этому клиенту: скажите, что изменилось на этот раз.',
  },
  phrasings: {
    different: {
      default: [
        'С прошлого ответа мы проверили … и выяснили …',
        'Вижу, что шаги из прошлого письма не помогли, поэтому сейчас мы …',
        'Вот что изменилось с прошлого раза: …',
      ],
    },
  },
} satisfies RuleLanguageData;

export default ru;

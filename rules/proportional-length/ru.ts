import type { RuleLanguageData } from '../../src/types.js';

const ru = {
  phrases: {},
  messages: {
    tooShort: 'Ответ в {reply} на {written} в {message}: ответьте соразмерно — поблагодарите, скажите, что сделано и что будет дальше.',
    tooLong: 'Ответ в {reply} на {written} в {message}: сократите до сути.',
  },
  phrasings: {
    tooShort: {
      default: [
        'Спасибо, что так подробно описали ситуацию. Мы внимательно изучили ваше письмо и уже передали его профильным специалистам.',
        'Нам очень жаль, что так вышло. Расскажем по порядку, что мы уже сделали и что будет дальше.',
      ],
    },
    tooLong: { default: ['Коротко: …', 'Если кратко — …'] },
  },
} satisfies RuleLanguageData;

export default ru;

import { describe, expect, it } from 'vitest';
import { createLinter } from '../../src/index.js';
import { ruleTester } from '../../test/rule-tester.js';

ruleTester('avoid-words', {
  valid: [
    // Russian: the idioms keep the word but not its meaning.
    { reply: 'Без проблем, всё сделаем.' },
    { reply: 'Нет проблем, перенесём доставку на субботу.', channel: 'chat' },
    { reply: 'Никаких проблем — поменяем размер бесплатно, курьер заберёт кроссовки завтра.', channel: 'messenger' },
    { reply: '<p>Здравствуйте, {{ticket.requester.name}}!</p><p>Без&nbsp;проблем поможем с заменой — заявку на обмен мы уже оформили.</p>' },
    // The client's words: quoted back, on a >-quoted line, or echoed verbatim.
    { message: 'Проблема с оплатой', reply: 'Вы пишете: «проблема с оплатой» — мы её решили.' },
    {
      message: 'У меня проблема с оплатой',
      reply: '> У меня проблема с оплатой\n\nЗдравствуйте, Ольга! Мы проверили платёж: деньги списались один раз, заказ оплачен.',
    },
    {
      message: 'Проблема с доставкой заказа в пункт выдачи на Лесной',
      reply: 'Здравствуйте! Вы написали, что проблема с доставкой заказа в пункт выдачи на Лесной. Мы перевезли посылки на Садовую.',
      channel: 'chat',
    },
    // A placeholder is masked, whatever its name.
    { reply: 'Здравствуйте, {{ticket.requester.first_name}}! По вашему обращению «{{ticket.problem_type}}» мы уже оформили возврат.' },

    // English.
    { reply: 'No problem at all!' },
    { reply: "Not a problem — we've moved your delivery to Saturday.", channel: 'chat' },
    { reply: "That's not a problem at all, the fee is waived." },
    { reply: "It isn't a problem, the fee is waived." },
    { reply: 'No problems at all, happy to help!', channel: 'social' },
    { message: "There's a problem with the payment page", reply: 'Hi! You mentioned "a problem with the payment page" — we fixed it this morning.' },
    {
      message: 'The problem is that the app logs me out every hour',
      reply: "> The problem is that the app logs me out every hour\n\nHi Dan, we've fixed the session timeout in version 4.2.",
    },
    { reply: 'Hi {{ticket.requester.first_name}}, we looked at {{ticket.custom_fields.problem_summary}} and refunded the charge.' },
  ],
  invalid: [
    // Russian: the replacement agrees with the word's case, and keeps its capital letter.
    { reply: 'Проблему с оплатой мы уже решили.', errors: [{ messageId: 'avoid', excerpt: 'Проблему', output: 'Ситуацию с оплатой мы уже решили.' }] },
    { reply: 'Мы разобрались с вашей проблемой.', errors: [{ messageId: 'avoid', excerpt: 'проблемой', output: 'Мы разобрались с вашей ситуацией.' }] },
    // Greeting and signature: the word is replaced where it stands, nothing else moves.
    {
      reply: 'Здравствуйте, Андрей!\n\nСпасибо, что написали. Проблема с доставкой решена: курьер привезёт заказ завтра с 10 до 14.\n\nС уважением,\nАнна, служба поддержки',
      errors: [
        {
          messageId: 'avoid',
          excerpt: 'Проблема',
          output: 'Здравствуйте, Андрей!\n\nСпасибо, что написали. Ситуация с доставкой решена: курьер привезёт заказ завтра с 10 до 14.\n\nС уважением,\nАнна, служба поддержки',
        },
      ],
    },
    {
      reply: 'Здравствуйте! Пункт выдачи закрыт из-за проблемы с водопроводом, посылки уже перевезли на Садовую, 3.',
      channel: 'social',
      errors: [{ messageId: 'avoid', excerpt: 'проблемы', output: 'Здравствуйте! Пункт выдачи закрыт из-за ситуации с водопроводом, посылки уже перевезли на Садовую, 3.' }],
    },
    {
      reply: 'Мы знаем о проблеме со входом в приложение и уже выпускаем исправление.',
      channel: 'chat',
      errors: [{ messageId: 'avoid', excerpt: 'проблеме', output: 'Мы знаем о ситуации со входом в приложение и уже выпускаем исправление.' }],
    },
    {
      reply: 'После обновления таких проблем с картой больше не будет.',
      errors: [{ messageId: 'avoid', excerpt: 'проблем', output: 'После обновления таких ситуаций с картой больше не будет.' }],
    },
    {
      reply: 'Мы занимаемся проблемами с доставкой в вашем районе.',
      errors: [{ messageId: 'avoid', excerpt: 'проблемами', output: 'Мы занимаемся ситуациями с доставкой в вашем районе.' }],
    },
    // HTML, Liquid and Markdown around the word.
    { reply: '<p>Если возникнут проблемы с получением, просто ответьте на это письмо.</p>', errors: [{ messageId: 'avoid', excerpt: 'проблемы' }] },
    {
      reply: '{% if ticket.status == "solved" %}Мы решили вашу **проблему** и закрыли заявку.{% endif %}',
      errors: [{ messageId: 'avoid', excerpt: 'проблему', output: '{% if ticket.status == "solved" %}Мы решили вашу **ситуацию** и закрыли заявку.{% endif %}' }],
    },
    // Each occurrence is a finding; the fix of one leaves the other.
    {
      reply: 'Проблема была в приложении, и эту проблему мы уже исправили.',
      channel: 'chat',
      errors: [
        { messageId: 'avoid', excerpt: 'Проблема', output: 'Ситуация была в приложении, и эту проблему мы уже исправили.' },
        { messageId: 'avoid', excerpt: 'проблему', output: 'Проблема была в приложении, и эту ситуацию мы уже исправили.' },
      ],
    },
    // A team name in the signature is still the agent's word.
    { reply: 'Добрый день!\n\nЗаказ доставили сегодня.\n\nС уважением,\nОтдел решения проблем клиентов', errors: [{ messageId: 'avoid', excerpt: 'проблем' }] },
    // The client's quoted line does not fire, the agent's own word does.
    {
      message: 'У меня проблема с оплатой',
      reply: '> У меня проблема с оплатой\n\nЗдравствуйте! Проблему с оплатой мы решили, деньги вернули.',
      errors: [{ messageId: 'avoid', excerpt: 'Проблему', output: '> У меня проблема с оплатой\n\nЗдравствуйте! Ситуацию с оплатой мы решили, деньги вернули.' }],
    },

    // English.
    { reply: 'We fixed the problem.', errors: [{ messageId: 'avoid', excerpt: 'problem', output: 'We fixed the issue.' }] },
    // The article follows the replacement.
    { reply: 'It is a problem on our side.', errors: [{ messageId: 'avoid', excerpt: 'problem', output: 'It is an issue on our side.' }] },
    { reply: 'A problem like this is rare.', errors: [{ messageId: 'avoid', excerpt: 'problem', output: 'An issue like this is rare.' }] },
    {
      reply: 'There was a problem with our payment provider yesterday.',
      errors: [{ messageId: 'avoid', excerpt: 'problem', output: 'There was an issue with our payment provider yesterday.' }],
    },
    {
      reply: 'Problems like this are rare, and this problem is fixed.',
      errors: [
        { messageId: 'avoid', excerpt: 'Problems', output: 'Issues like this are rare, and this problem is fixed.' },
        { messageId: 'avoid', excerpt: 'problem', output: 'Problems like this are rare, and this issue is fixed.' },
      ],
    },
    {
      reply: 'Hi Sarah,\n\nThanks for your patience. The problem with your login is fixed now.\n\nBest regards,\nTom\nAcme Support',
      errors: [
        {
          messageId: 'avoid',
          excerpt: 'problem',
          output: 'Hi Sarah,\n\nThanks for your patience. The issue with your login is fixed now.\n\nBest regards,\nTom\nAcme Support',
        },
      ],
    },
    {
      reply: 'If you have any problems signing in, let us know.',
      errors: [{ messageId: 'avoid', excerpt: 'problems', output: 'If you have any issues signing in, let us know.' }],
    },
    { reply: 'Problem solved! Your account is active again.', channel: 'chat', errors: [{ messageId: 'avoid', excerpt: 'Problem', output: 'Issue solved! Your account is active again.' }] },
    {
      reply: '<p>We are sorry for the problem with your order.&nbsp;Our team has refunded it.</p>',
      errors: [{ messageId: 'avoid', excerpt: 'problem', output: '<p>We are sorry for the issue with your order.&nbsp;Our team has refunded it.</p>' }],
    },
    {
      reply: "Sorry, we've had **problems** with the app this morning.",
      channel: 'social',
      errors: [{ messageId: 'avoid', excerpt: 'problems', output: "Sorry, we've had **issues** with the app this morning." }],
    },
    // The idiom beside the word: only the word fires.
    {
      reply: 'No problem! The problem was on our side, and the charge is reversed.',
      channel: 'chat',
      errors: [{ messageId: 'avoid', excerpt: 'problem', output: 'No problem! The issue was on our side, and the charge is reversed.' }],
    },
    // A word the company's style bans, added through the config: named, with no replacement to offer.
    {
      reply: 'Здравствуйте! Увы, этот тариф больше не доступен, но мы подключили похожий.',
      phrases: { ru: { add: ['увы'] } },
      errors: [{ messageId: 'avoidWord', excerpt: 'Увы', noPhrasings: true }],
    },
    {
      reply: 'Hi Sam! Unfortunately, this plan is no longer available, so we moved you to a similar one.',
      phrases: { en: { add: ['unfortunately'] } },
      errors: [{ messageId: 'avoidWord', excerpt: 'Unfortunately', noPhrasings: true }],
    },
  ],
});

// 'avoidWord' reports a word without built-in replacements (one added through the config): its message, and
// beside a built-in word.
describe('avoid-words: a word added through the config', () => {
  const linter = createLinter({ preset: 'strict', phrases: { 'avoid-words': { ru: { add: ['увы'] }, en: { add: ['unfortunately'] } } } });
  const findingsOf = (reply: string) => linter.lint({ reply }).findings.filter((finding) => finding.ruleId === 'avoid-words');

  it('is named in Russian, with the range on the word', () => {
    const reply = 'Здравствуйте! Увы, этот тариф больше не доступен, но мы подключили похожий.';
    const [finding, ...rest] = findingsOf(reply);
    expect(rest).toEqual([]);
    expect(finding!.message).toBe('Слово «Увы» лучше заменить: его избегает стиль компании.');
    expect(reply.slice(finding!.range!.start, finding!.range!.end)).toBe('Увы');
  });

  it('is named in English, with the range on the word', () => {
    const reply = 'Hi Sam! Unfortunately, this plan is no longer available, so we moved you to a similar one.';
    const [finding, ...rest] = findingsOf(reply);
    expect(rest).toEqual([]);
    expect(finding!.message).toBe('Consider replacing "Unfortunately": your style guide avoids it.');
    expect(reply.slice(finding!.range!.start, finding!.range!.end)).toBe('Unfortunately');
  });

  it('sits beside a built-in word, each with its own message', () => {
    expect(findingsOf('Здравствуйте! Увы, проблема осталась.').map((finding) => finding.message)).toEqual([
      'Слово «Увы» лучше заменить: его избегает стиль компании.',
      'Слово «проблема» лучше заменить: «ситуация», «вопрос».',
    ]);
  });
});

describe('avoid-words names the replacements', () => {
  const linter = createLinter({ preset: 'strict' });
  const messageOf = (reply: string) => linter.lint({ reply }).findings.find((finding) => finding.ruleId === 'avoid-words')?.message;
  it.each([
    ['Мы решили вашу проблему.', 'Слово «проблему» лучше заменить: «ситуацию», «вопрос».'],
    ['Проблема решена.', 'Слово «Проблема» лучше заменить: «ситуация», «вопрос».'],
    ['We fixed the problem.', 'Consider replacing "problem": "issue", "situation".'],
    ['Any problems, let us know.', 'Consider replacing "problems": "issues", "situations".'],
  ])('%s', (reply, expected) => {
    expect(messageOf(reply)).toBe(expected);
  });
});

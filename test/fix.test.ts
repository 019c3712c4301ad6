/**
 * `fix()`: every finding's first fix, lint again, repeat (ESLint's verifyAndFix). Idempotent, and
 * it leaves no finding that still has a fix — over every labeled case and, when present, the real
 * exchanges of ../shared/corpus.
 */
import { describe, expect, it } from 'vitest';
import { createLinter, fix, type LintInput } from '../src/index.js';
import { loadCases } from './cases.js';
import { loadRealSet } from './real-set.js';
import { readTemplates } from '../src/node/templates.js';

const linter = createLinter({ preset: 'strict' });

describe('fix', () => {
  it.each([
    [
      { message: 'Третий день не могу оплатить заказ, это просто ужас!!!', reply: 'Здравствуйте! Обновите приложение, оплата заработает.', channel: 'chat' },
      'Здравствуйте! Спасибо, что написали! Нам очень жаль, что так вышло. Обновите приложение, оплата заработает. Если появятся вопросы — пишите, поможем!',
    ],
    [
      { message: "Third day I can't pay for my order, this is ridiculous!!!", reply: 'Hi! Please update the app and the payment will go through.', channel: 'chat' },
      "Hi! Thanks for reaching out! We're really sorry for the trouble. Please update the app and the payment will go through. Let us know if there is anything else we can help with!",
    ],
    // Thanks, then the acknowledgement, as a person writes them, not stacked in reverse; the
    // acknowledgement apologizes, so no second apology beside it.
    [
      { message: 'Пишу уже в третий раз: заказ так и не пришёл, это ужас!!!', reply: 'Здравствуйте! Заказ передан курьеру, он привезёт его завтра.', channel: 'chat' },
      'Здравствуйте! Спасибо, что написали! Понимаем, что вам пришлось обращаться несколько раз, — приносим извинения. Заказ передан курьеру, он привезёт его завтра. Если появятся вопросы — пишите, поможем!',
    ],
    [
      { message: "Third time I'm writing: my order still hasn't arrived, this is awful!!!", reply: 'Hi! The order is with the courier, who will bring it tomorrow.', channel: 'chat' },
      "Hi! Thanks for reaching out! We're sorry you've had to contact us several times about this. The order is with the courier, who will bring it tomorrow. Let us know if there is anything else we can help with!",
    ],
  ] as const)('applies every fix in passes: %o', (input, expected) => {
    const outcome = fix(input as LintInput, { preset: 'recommended' });
    expect(outcome.output).toBe(expected);
    expect(outcome.applied).toBeGreaterThanOrEqual(2);
    expect(outcome.findings.filter((finding) => finding.suggestions[0]?.fix)).toEqual([]);
  });

  it('leaves a reply with nothing to fix as it is', () => {
    const reply = 'Hi, this is Ann. Thanks for asking! It ships today. Have a great day!';
    expect(linter.fix({ reply, message: 'When does it ship?', channel: 'chat' })).toMatchObject({ output: reply, applied: 0 });
  });

  const inputs: Array<[string, LintInput]> = [
    ...loadCases().map((item): [string, LintInput] => [item.id, { message: item.message, reply: item.reply, channel: item.channel, audience: item.audience }]),
    ...(loadRealSet()?.items ?? []).map((item): [string, LintInput] => [item.id, { message: item.message, reply: item.reply, channel: item.channel as never, audience: item.audience as never }]),
  ];
  it(`is idempotent and leaves nothing fixable, over ${inputs.length} replies`, () => {
    const problems: string[] = [];
    for (const [id, input] of inputs) {
      const once = linter.fix(input);
      const twice = linter.fix({ ...input, reply: once.output });
      if (twice.output !== once.output) problems.push(`${id}: not idempotent`);
      const fixable = once.findings.filter((finding) => finding.suggestions[0]?.fix).map((finding) => finding.ruleId);
      if (fixable.length > 0) problems.push(`${id}: still fixable ${fixable.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('fixes keep the text as it is written', () => {
  it.each([
    [
      'Hi Anna,\r\n\r\nYour order shipped.\r\n\r\nBest regards,\r\nTom',
      'Hi Anna,\r\n\r\nThank you for contacting us.\r\n\r\nYour order shipped.\r\n\r\nBest regards,\r\nTom',
    ],
    [
      'Здравствуйте!\r\n\r\nЗаказ отправлен.\r\n\r\nАнна',
      'Здравствуйте!\r\n\r\nСпасибо за обращение!\r\n\r\nЗаказ отправлен.\r\nЕсли остались вопросы, просто ответьте на это письмо — мы на связи. Хорошего дня!\r\n\r\nАнна',
    ],
  ])('CRLF stays CRLF: %j', (reply, expected) => {
    expect(fix({ reply, message: 'Where is my order?' }, { preset: 'recommended' }).output).toBe(expected);
  });

  it.each([
    [
      '<p>Здравствуйте!</p>\n<p>Заказ отправлен.</p>',
      '<p>Здравствуйте!</p>\n<p>Спасибо за обращение!</p>\n<p>Заказ отправлен.</p>\n<p>Если остались вопросы, просто ответьте на это письмо — мы на связи. Хорошего дня!</p>',
    ],
    [
      '<p>Hi Anna,</p><p>Your order shipped.</p><ul><li>Tracking number 123 is active now.</li></ul>',
      '<p>Hi Anna,</p><p>Thank you for contacting us.</p><p>Your order shipped.</p><ul><li>Tracking number 123 is active now.</li></ul><p>If you have any other questions, just reply to this email — we are happy to help.</p>',
    ],
    [
      '<p>Hi Anna,</p>\r\n<p>Your order shipped.</p>\r\n<p>Tom</p>',
      '<p>Hi Anna,</p>\r\n<p>Thank you for contacting us.</p>\r\n<p>Your order shipped.</p>\r\n<p>If you have any other questions, just reply to this email — we are happy to help.</p>\r\n<p>Tom</p>',
    ],
    [
      '<html><body><p>Hello Anna,</p><p>Your order shipped.</p></body></html>',
      '<html><body><p>Hello Anna,</p><p>Thank you for contacting us.</p><p>Your order shipped.</p><p>If you have any other questions, just reply to this email — we are happy to help.</p></body></html>',
    ],
    [
      'Здравствуйте, Анна!<br>Заказ отправлен вчера.<br>Трек-номер в личном кабинете',
      'Здравствуйте, Анна!<br>Спасибо за обращение!<br>Заказ отправлен вчера.<br>Трек-номер в личном кабинете.<br>Если остались вопросы, просто ответьте на это письмо — мы на связи. Хорошего дня!',
    ],
  ])('HTML inserts get a block of their own: %j', (reply, expected) => {
    expect(fix({ reply, message: 'Where is my order?' }, { preset: 'recommended' }).output).toBe(expected);
  });

  it.each([
    // A greeting that runs on after a comma ends in '!', the reply goes on as a sentence of its own.
    ['Dear guest, please send us your booking number. Have a nice day!', 'Dear guest! Thank you for contacting us. Please send us your booking number. Have a nice day!'],
    ['Добрый день, Анна, пришлите номер бронирования. Хорошего дня!', 'Добрый день, Анна! Спасибо за обращение! Пришлите номер бронирования. Хорошего дня!'],
    // …unless it runs on into thanks, an apology or an introduction: those stay first.
    ['Hi Dana, sorry for the wait. Please send us your booking number. Have a nice day!', 'Hi Dana, sorry for the wait. Thank you for contacting us. Please send us your booking number. Have a nice day!'],
    ['Hello {{first_name}},<br><br>please send us your booking number.<br><br>Best,<br>Support', 'Hello {{first_name}},<br><br>Thank you for contacting us.<br><br>Please send us your booking number.<br><br>Best,<br>Support'],
    // The closing goes before a signature that has quoted history after it.
    [
      'Hi Anna,\n\nYour order shipped.\n\n-Becky\n\n> On Monday you wrote:\n> Where is it?',
      'Hi Anna,\n\nThank you for contacting us.\n\nYour order shipped.\n\nIf you have any other questions, just reply to this email — we are happy to help.\n\n-Becky\n\n> On Monday you wrote:\n> Where is it?',
    ],
    [
      'Здравствуйте!\n\nЗаказ отправлен.\n\n— Анна\n\nПн, 12 мая, Иван написал:\n> Где заказ?',
      'Здравствуйте!\n\nСпасибо за обращение!\n\nЗаказ отправлен.\n\nЕсли остались вопросы, просто ответьте на это письмо — мы на связи. Хорошего дня!\n\n— Анна\n\nПн, 12 мая, Иван написал:\n> Где заказ?',
    ],
  ])('greetings, signatures and quoted history: %j', (reply, expected) => {
    expect(fix({ reply, message: 'Where is my order?' }, { preset: 'recommended' }).output).toBe(expected);
  });

  // Markdown, Liquid, tweets signed with initials, signatures of one or three lines, a sign-off with
  // quoted history after it (CRLF): the sentences land before the sign-off and signature.
  it.each([
    ["**Hi Anna,**\n\nYour order shipped — see [tracking](https://x.example/t).\n\nBest regards,  \nSupport team", 'email', "**Hi Anna,**\n\nThank you for contacting us.\n\nYour order shipped — see [tracking](https://x.example/t).\n\nBest regards,  \nSupport team"],
    ["Hi {{ customer.first_name | default: \"there\" }},\n\nYour order {{ order.name }} shipped.\n\n{{ shop.name }} team", 'email', "Hi {{ customer.first_name | default: \"there\" }},\n\nThank you for contacting us.\n\nYour order {{ order.name }} shipped.\n\nIf you have any other questions, just reply to this email — we are happy to help.\n\n{{ shop.name }} team"],
    ["@anna Your order shipped yesterday and arrives Friday ^KM", 'social', "@anna Thanks for reaching out! Your order shipped yesterday and arrives Friday. Have a great day! ^KM"],
    ["@anna Заказ отправлен вчера, привезут в пятницу ^КМ", 'social', "@anna Спасибо, что написали нам! Заказ отправлен вчера, привезут в пятницу. Хорошего дня! ^КМ"],
    ["Здравствуйте!\n\nЗаказ отправлен вчера.\n\n— Анна, служба поддержки", 'email', "Здравствуйте!\n\nСпасибо за обращение!\n\nЗаказ отправлен вчера.\n\nЕсли остались вопросы, просто ответьте на это письмо — мы на связи. Хорошего дня!\n\n— Анна, служба поддержки"],
    ["Hi Anna,\n\nYour order shipped yesterday.\n\nAnna Petrova\nCustomer Care, HomeNest\n0330 123 4567", 'email', "Hi Anna,\n\nThank you for contacting us.\n\nYour order shipped yesterday.\n\nIf you have any other questions, just reply to this email — we are happy to help.\n\nAnna Petrova\nCustomer Care, HomeNest\n0330 123 4567"],
    ["Здравствуйте, Анна!\r\n\r\nЗаказ отправлен вчера.\r\n\r\nС уважением,\r\nАнна\r\n\r\n> Где мой заказ?", 'email', "Здравствуйте, Анна!\r\n\r\nСпасибо за обращение!\r\n\r\nЗаказ отправлен вчера.\r\n\r\nС уважением,\r\nАнна\r\n\r\n> Где мой заказ?"],
  ] as const)('Markdown, Liquid, tweets and signatures: %j', (reply, channel, expected) => {
    const message = /[а-яё]/i.test(reply) ? 'Где мой заказ?' : 'Where is my order?';
    expect(fix({ reply, message, channel }, { preset: 'recommended' }).output).toBe(expected);
  });

  it('reads front matter after a UTF-8 byte order mark', () => {
    const [template] = readTemplates('\uFEFF---\nchannel: chat\n---\nHello', 'macro.md');
    expect(template).toMatchObject({ reply: 'Hello', channel: 'chat' });
    expect(template!.offsets(0)).toBe('\uFEFF---\nchannel: chat\n---\n'.length);
  });
});

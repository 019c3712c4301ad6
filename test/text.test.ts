import { describe, expect, it } from 'vitest';
import { maskMarkup, PLACEHOLDER_CHAR } from '../src/text/mask.js';
import { markEchoes, parseText as parseWith } from '../src/document.js';
import { WordCache } from '../src/text/tokenize.js';
import { expandContraction, normalizeWord } from '../src/text/normalize.js';

const cache = new WordCache();
const parseText = (text: string) => parseWith(text, cache);
const words = (text: string) => parseText(text).tokens.map((token) => token.norm);

describe('masking', () => {
  it('keeps the length and blanks markup, so offsets map 1:1', () => {
    const cases = [
      '<p>Hi&nbsp;{{name}},</p><br/>Done.',
      '**Bold** and [a link](https://x.io) {% if vip %}VIP{% endif %} %NAME% [[agent]]',
      '<!-- replylint-disable --> {# note #} &laquo;ок&raquo;',
    ];
    for (const text of cases) expect(maskMarkup(text)).toHaveLength(text.length);
    expect(maskMarkup('<p>Hi&nbsp;{{name}},</p>')).toBe(`\n  Hi ${' '.repeat(5)}${PLACEHOLDER_CHAR.repeat(8)},\n   `);
    expect(words('**Bold** and [a link](https://x.io)')).toEqual(['bold', 'and', 'a', 'link']);
  });
});

describe('tokens', () => {
  it('normalizes case, ё and apostrophes, and expands English contractions', () => {
    expect(normalizeWord('Разберёмся')).toBe('разберемся');
    expect(words("We’ve checked, it's fixed, we can't")).toEqual(['we', 'have', 'checked', 'it', 'is', 'fixed', 'we', 'can', 'not']);
    expect(expandContraction("won't").map((part) => part.norm)).toEqual(['will', 'not']);
    expect(words("the company's policy")).toEqual(['the', 'company', 'policy']);
    // Chat writes some without the apostrophe; only the unambiguous ones split ("well", "were", "ill" are words).
    expect(words('im sorry, ive checked and youre right, well were ill')).toEqual(['i', 'am', 'sorry', 'i', 'have', 'checked', 'and', 'you', 'are', 'right', 'well', 'were', 'ill']);
  });

  it('recognizes e-mails, URLs, phones and handles', () => {
    const kinds = parseText('Пишите на help@shop.ru или www.shop.ru, звоните +7 (495) 123-45-67. @anna_k').tokens.map((t) => t.kind);
    expect(kinds).toEqual(['word', 'word', 'email', 'word', 'url', 'word', 'phone', 'handle']);
  });

  it('splits sentences at end punctuation and line breaks, not after abbreviations', () => {
    const parsed = parseText('Здравствуйте! Доставим на ул. Ленина, д. 5.\nС уважением,\nАнна');
    expect(parsed.sentences.map((s) => parsed.original.slice(s.start, s.end).trim())).toEqual([
      'Здравствуйте!',
      'Доставим на ул. Ленина, д. 5.',
      'С уважением,',
      'Анна',
    ]);
  });

  it('ends a sentence after an e-mail address or a URL followed by a full stop and a space', () => {
    const sentencesOf = (text: string) => {
      const parsed = parseText(text);
      return parsed.sentences.map((s) => parsed.original.slice(s.start, s.end).trim());
    };
    expect(sentencesOf("We've sent it to sarah.k88@gmail.com. If it doesn't show up, call us.")).toEqual(["We've sent it to sarah.k88@gmail.com.", "If it doesn't show up, call us."]);
    expect(sentencesOf('Напишите на help@shop.ru! Ответим за час.')).toEqual(['Напишите на help@shop.ru!', 'Ответим за час.']);
    expect(sentencesOf('See www.shop.ru/help. Then log in.')).toEqual(['See www.shop.ru/help.', 'Then log in.']);
    // Inside a chunk the full stop is part of the address; at the very end it closes the text.
    expect(sentencesOf('Пишите на help@shop.ru.')).toEqual(['Пишите на help@shop.ru.']);
  });

  it('counts «!!!» runs in the author’s own text, not on > lines or in quoted history', () => {
    expect(parseText('Where is it?!\n\n> I am furious!!!').exclamationRuns).toBe(1);
    expect(parseText('Подскажите, где чек?\n\n> Это издевательство!!! Жду!!').exclamationRuns).toBe(0);
    expect(parseText('Quick question.\n\nOn Monday, Anna wrote:\nI am furious!!! Worst ever!!').exclamationRuns).toBe(0);
    expect(parseText('You wrote "fixed!!!" and nothing changed!!').exclamationRuns).toBe(2);
  });

  it('marks quotation: in quotation marks and on > lines', () => {
    const quoted = parseText('> thanks for nothing\nYou wrote «спасибо за ничего» and "thanks".').tokens;
    expect(quoted.filter((t) => t.quoted).map((t) => t.norm)).toEqual(['thanks', 'for', 'nothing', 'спасибо', 'за', 'ничего', 'thanks']);
    // A quotation runs over a line break, not over a paragraph: an unclosed « ends at a blank line.
    expect(parseText('«Анна\nспасибо» ok').tokens.filter((t) => t.quoted).map((t) => t.norm)).toEqual(['анна', 'спасибо']);
    expect(parseText('«Анна\n \nспасибо» ok').tokens.filter((t) => t.quoted).map((t) => t.norm)).toEqual([]);
  });

  it('marks five words repeated from the message as the client’s', () => {
    const message = parseText('There is a serious problem with your checkout page');
    const reply = parseText('Yes, there is a serious problem with checkout — fixed.');
    markEchoes(reply.tokens, message.tokens);
    expect(reply.tokens.filter((t) => t.quoted).map((t) => t.norm)).toEqual(['there', 'is', 'a', 'serious', 'problem', 'with']);
  });

  it('detects the language by script and function words', () => {
    expect(parseText('Здравствуйте, заказ в пути').language).toBe('ru');
    expect(parseText('Your order is on the way').language).toBe('en');
    expect(parseText('Tu pedido está en camino, gracias por esperar').language).toBe('und');
    expect(parseText('12345 !!!').language).toBe('und');
  });
});

describe('negation', () => {
  it('negates up to three words after a negator, within the clause', async () => {
    const { createLinter } = await import('../src/index.js');
    const linter = createLinter({ preset: 'strict' });
    const ids = (reply: string) => linter.lint({ reply, channel: 'chat' }).findings.map((f) => f.ruleId);
    expect(ids('Мы никогда не запрашиваем пароли.')).not.toContain('no-public-personal-data');
    expect(ids('Мы никогда не запрашиваем пароли, но пришлите пароль.')).toContain('no-public-personal-data');
    expect(ids('We never thanked you for the review.')).toContain('thanks');
    expect(ids('Вы не виноваты.')).not.toContain('no-blame');
  });
});

/** Russian. */
import russianStemmer from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import type { LanguagePack } from '../pack.js';
import { classes, documentPhrases, negators } from './lexicon.js';
import { commitments } from './commitments.js';

const CYRILLIC = /[\u0400-\u04FF]/;

export const ru: LanguagePack = {
  id: 'ru',
  startsWord: (code) => code >= 0x0400 && code <= 0x04ff,
  stems: (norm) => CYRILLIC.test(norm),
  stem: (norm) => russianStemmer.stem(norm),
  abbreviations: ['т', 'е', 'г', 'гг', 'ул', 'д', 'кв', 'см', 'тел', 'руб', 'коп', 'им', 'пр', 'стр', 'др', 'тыс', 'млн', 'напр'],
  quoteHeaders: { separators: ['исходное сообщение', 'пересылаемое сообщение'], openers: ['в', 'от:'], wrote: ['написал', 'написала', 'написали', 'писал', 'писала'] },
  classes,
  negators,
  documentPhrases,
  commitments,
  courtesy: /^(?:спасиб|благодар|извин|прости|прошу прощ|прин[оe]с|сожале|жаль|нам жаль|рад|меня зовут|это |с вами)/i,
  texts: {
    'unsupported-language': 'Язык ответа не русский и не английский: правила не проверялись.',
    'input-truncated': '{what} длиннее {limit} символов: проверены только первые {limit}.',
    'internal-error': 'Правило {rule} не сработало из-за внутренней ошибки: {error}',
    reply: 'Ответ',
    message: 'Сообщение клиента',
  },
};

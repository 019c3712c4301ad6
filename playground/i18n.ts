/** Interface texts in both languages; the page follows the reply's language. */
import type { Audience, Channel, Language, Severity } from '../src/index.js';

export interface Texts {
  title: string;
  tagline: string;
  examples: string;
  examplesPlaceholder: string;
  load: string;
  settings: string;
  channel: string;
  channels: Record<Channel, string>;
  audience: string;
  audiences: Record<Audience, string>;
  message: string;
  messagePlaceholder: string;
  draft: string;
  draftPlaceholder: string;
  draftHint: string;
  findings: string;
  score: string;
  scoreValue: (score: number) => string;
  scoreNone: string;
  count: (count: number) => string;
  empty: string;
  clean: string;
  severities: Record<Severity, string>;
  tally: (severity: Severity, count: number) => string;
  wholeReply: string;
  show: string;
  showLabel: (words: string) => string;
  insertionPoint: string;
  phrasings: string;
  apply: string;
  applyLabel: (text: string) => string;
  applyAll: string;
  copy: string;
  copyLabel: (text: string) => string;
  copied: string;
  footer: string;
}

function plural(count: number, one: string, few: string, many: string): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export const TEXTS: Record<Language, Texts> = {
  en: {
    title: 'replylint playground',
    tagline: "Check a support reply against the client's message as you type. Everything runs in this page; nothing is sent anywhere.",
    examples: 'Example',
    examplesPlaceholder: 'Choose an example…',
    load: 'Load',
    settings: 'Where the reply goes',
    channel: 'Channel',
    channels: { email: 'Email', chat: 'Chat', messenger: 'Messenger', social: 'Social media', review: 'Review site', forum: 'Forum', sms: 'SMS' },
    audience: 'Audience',
    audiences: { public: 'Public', private: 'Private' },
    message: "Client's message",
    messagePlaceholder: "Paste the client's message here…",
    draft: 'Your reply',
    draftPlaceholder: 'Type your draft reply…',
    draftHint: 'Highlighted words are what the findings point at.',
    findings: 'Findings',
    score: 'Reply score',
    scoreValue: (score) => `${score} out of 100`,
    scoreNone: 'no score yet',
    count: (count) => (count === 0 ? 'No findings' : `${count} ${count === 1 ? 'finding' : 'findings'}`),
    empty: 'Start typing a reply: findings appear here as you type.',
    clean: 'Nothing to fix. Nice reply!',
    severities: { error: 'Error', warning: 'Warning', info: 'Note' },
    tally: (severity, count) => `${count} ${{ error: 'error', warning: 'warning', info: 'note' }[severity]}${count === 1 ? '' : 's'}`,
    wholeReply: 'Whole reply',
    show: 'Show',
    showLabel: (words) => (words ? `Show “${words}” in the reply` : 'Show the place in the reply'),
    insertionPoint: 'insertion point',
    phrasings: 'You could write',
    apply: 'Apply',
    applyAll: 'Apply all fixes',
    applyLabel: (text) => `Apply: ${text}`,
    copy: 'Copy',
    copyLabel: (text) => `Copy: ${text}`,
    copied: 'Copied',
    footer: 'The interface follows the language of the reply (Russian or English).',
  },
  ru: {
    title: 'Песочница replylint',
    tagline: 'Проверка ответа поддержки по сообщению клиента прямо во время набора. Всё работает на этой странице, ничего никуда не отправляется.',
    examples: 'Пример',
    examplesPlaceholder: 'Выберите пример…',
    load: 'Загрузить',
    settings: 'Куда уйдёт ответ',
    channel: 'Канал',
    channels: { email: 'Почта', chat: 'Чат', messenger: 'Мессенджер', social: 'Соцсети', review: 'Сайт отзывов', forum: 'Форум', sms: 'СМС' },
    audience: 'Аудитория',
    audiences: { public: 'Публично', private: 'Лично' },
    message: 'Сообщение клиента',
    messagePlaceholder: 'Вставьте сюда сообщение клиента…',
    draft: 'Ваш ответ',
    draftPlaceholder: 'Напишите черновик ответа…',
    draftHint: 'Подсвечены слова, на которые указывают замечания.',
    findings: 'Замечания',
    score: 'Оценка ответа',
    scoreValue: (score) => `${score} из 100`,
    scoreNone: 'оценки пока нет',
    count: (count) => (count === 0 ? 'Замечаний нет' : `${count} ${plural(count, 'замечание', 'замечания', 'замечаний')}`),
    empty: 'Начните писать ответ — замечания появятся здесь по ходу набора.',
    clean: 'Исправлять нечего. Хороший ответ!',
    severities: { error: 'Ошибка', warning: 'Предупреждение', info: 'Заметка' },
    tally: (severity, count) =>
      `${count} ${
        {
          error: plural(count, 'ошибка', 'ошибки', 'ошибок'),
          warning: plural(count, 'предупреждение', 'предупреждения', 'предупреждений'),
          info: plural(count, 'заметка', 'заметки', 'заметок'),
        }[severity]
      }`,
    wholeReply: 'Весь ответ',
    show: 'Показать',
    showLabel: (words) => (words ? `Показать «${words}» в ответе` : 'Показать место в ответе'),
    insertionPoint: 'место вставки',
    phrasings: 'Можно написать',
    apply: 'Применить',
    applyAll: 'Применить все исправления',
    applyLabel: (text) => `Применить: ${text}`,
    copy: 'Копировать',
    copyLabel: (text) => `Копировать: ${text}`,
    copied: 'Скопировано',
    footer: 'Язык интерфейса следует за языком ответа (русский или английский).',
  },
};

/** The browser's language, for the start and for replies in no language yet. */
export function browserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ru') return 'ru';
    if (base === 'en') return 'en';
  }
  return 'en';
}

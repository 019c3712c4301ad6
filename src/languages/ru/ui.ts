/** Russian interface texts (see ../ui.ts). */
import type { UiTexts } from '../ui-texts.js';

function plural(count: number, one: string, few: string, many: string): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export const ru: UiTexts = {
  promises: {
    title: 'Обещания',
    one: 'Обещание',
    actor: (actor) => ({ we: 'мы', I: 'я' })[actor] ?? actor,
    by: 'до',
    noTime: 'без срока',
    conditional: 'при условии',
    none: 'Ответ ничего не обещает.',
    count: 'обещаний',
    noTimeCount: 'без срока',
  },
  lsp: {
    insert: (text: string) => `Вставить «${text}»`,
    replace: (text: string) => `Заменить на «${text}»`,
    disable: (ruleId: string) => `Отключить ${ruleId} для этой строки`,
    message: 'сообщение',
    phrasings: 'Как сказать',
    fixAll: 'Исправить всё, что replylint умеет исправить',
    fixAllAuto: 'Исправить всё, что replylint умеет исправить',
  },
  qaReport: {
    title: 'Отчёт replylint о качестве ответов',
    lines: 'строк прочитано',
    linted: 'проверено',
    bad: 'ошибочных строк',
    replies: 'ответов',
    mean: 'средняя оценка',
    histogram: 'Распределение оценок',
    histogramNote: 'ответов в каждом диапазоне оценок',
    rules: 'Доля ответов, нарушающих правило',
    agents: 'Сотрудники по средней оценке',
    agentsNote: 'сначала самые низкие; в скобках — самое частое нарушение',
    worst: 'Ответы с самой низкой оценкой',
    client: 'Клиент',
    reply: 'Ответ',
    score: 'оценка',
    none: 'Показать нечего.',
    noAgents: 'Во входных строках нет поля "agent".',
    agent: 'сотрудник',
    message: 'сообщение',
  },
  playground: {
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

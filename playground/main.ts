/** The playground page: plain DOM, one linter created at start, a lint on every input event. */
import './style.css';
import { applyFixes, CHANNELS, createLinter, highlightRuns, PUBLIC_CHANNELS, type Audience, type Channel, type Commitment, type Finding, type Language, type LintInput, type Report } from '../src/index.js';
import samples from '../fixtures/samples/exchanges.json';
// The library's channel list, and the channels where its default audience is public.
import { browserLanguage, localTimeZone, PROMISE_TEXTS, readableDeadline, TEXTS, type PromiseTexts, type Texts } from './i18n.js';

interface Sample {
  id: string;
  title: string;
  channel: string;
  message?: string;
  reply: string;
}

const EXAMPLES: readonly Sample[] = samples as Sample[];

const linter = createLinter();
/** The zone the promises' times are resolved and shown in: the browser's. */
const timeZone = localTimeZone();

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing`);
  return element as T;
}

const ui = {
  channel: byId<HTMLSelectElement>('channel'),
  message: byId<HTMLTextAreaElement>('message'),
  draft: byId<HTMLTextAreaElement>('draft'),
  backdrop: byId<HTMLDivElement>('backdrop'),
  promiseBackdrop: byId<HTMLDivElement>('promise-backdrop'),
  gauge: byId<HTMLDivElement>('gauge'),
  gaugeArc: document.getElementById('gauge-arc') as unknown as SVGPathElement,
  gaugeNumber: byId<HTMLSpanElement>('gauge-number'),
  count: byId<HTMLParagraphElement>('count'),
  tally: byId<HTMLUListElement>('tally'),
  list: byId<HTMLOListElement>('findings'),
  applyAll: byId<HTMLButtonElement>('apply-all'),
  empty: byId<HTMLParagraphElement>('findings-empty'),
  examples: byId<HTMLFormElement>('examples'),
  example: byId<HTMLSelectElement>('example'),
  promises: byId<HTMLElement>('promises'),
  promisesTitle: byId<HTMLHeadingElement>('promises-title'),
  promiseList: byId<HTMLOListElement>('promise-list'),
  promisesEmpty: byId<HTMLParagraphElement>('promises-empty'),
};

let language: Language = browserLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
let report: Report | null = null;
let active: number | null = null;
/** The promise whose range is highlighted in the draft (hovered or focused). */
let activePromise: number | null = null;

function t(): Texts {
  return TEXTS[language];
}

function p(): PromiseTexts {
  return PROMISE_TEXTS[language];
}

function lookup(key: string): string {
  let value: unknown = t();
  for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
  return typeof value === 'string' ? value : key;
}

// ---------------------------------------------------------------- static texts

function applyLanguage(): void {
  document.documentElement.lang = language;
  document.title = t().title;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = lookup(element.dataset.i18n!);
  for (const element of document.querySelectorAll<HTMLTextAreaElement>('[data-i18n-placeholder]')) {
    element.placeholder = lookup(element.dataset.i18nPlaceholder!);
  }
  for (const option of ui.channel.options) option.textContent = t().channels[option.value as Channel];
}

function setLanguage(next: Language): void {
  if (next === language) return;
  language = next;
  applyLanguage();
}

// ---------------------------------------------------------------- linting and rendering

function audience(): Audience {
  const checked = document.querySelector<HTMLInputElement>('input[name="audience"]:checked');
  return checked?.value === 'public' ? 'public' : 'private';
}

function setAudience(value: Audience): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="audience"]')) input.checked = input.value === value;
}

function currentInput(): LintInput {
  const message = ui.message.value;
  return {
    reply: ui.draft.value,
    message: message.trim() === '' ? undefined : message,
    channel: ui.channel.value as Channel,
    audience: audience(),
    // The promises' times («завтра в 15:00») resolve from now, in the browser's zone.
    now: new Date().toISOString(),
    ...(timeZone ? { timeZone } : {}),
  };
}

function lintNow(): void {
  report = ui.draft.value.trim() === '' ? null : linter.lint(currentInput());
  // 'und' (no words yet, or another language): keep the current interface language.
  if (report && (report.language === 'ru' || report.language === 'en')) setLanguage(report.language);
  render();
}

function render(): void {
  renderHighlights();
  renderGauge();
  renderFindings();
  renderPromises();
}

function renderHighlights(): void {
  const text = ui.draft.value;
  const findings = report?.findings ?? [];
  const fragment = document.createDocumentFragment();
  for (const run of highlightRuns(text, findings)) {
    const slice = text.slice(run.start, run.end);
    if (run.findings.length === 0) {
      fragment.append(slice);
      continue;
    }
    const mark = document.createElement('mark');
    mark.className = `sev-${run.severity}${run.start === run.end ? ' ins' : ''}`;
    mark.dataset.findings = run.findings.join(' ');
    if (run.findings.length > 1) mark.dataset.depth = String(Math.min(run.findings.length, 3));
    if (active !== null && run.findings.includes(active)) mark.classList.add('active');
    mark.textContent = slice;
    fragment.append(mark);
  }
  ui.backdrop.replaceChildren(fragment);
  ui.backdrop.scrollTop = ui.draft.scrollTop;
}

function renderGauge(): void {
  const { gauge, gaugeArc, gaugeNumber } = ui;
  gauge.classList.remove('good', 'fair', 'poor');
  if (!report) {
    gauge.setAttribute('role', 'img');
    gauge.setAttribute('aria-label', `${t().score}: ${t().scoreNone}`);
    for (const name of ['aria-valuenow', 'aria-valuemin', 'aria-valuemax', 'aria-valuetext']) gauge.removeAttribute(name);
    gaugeArc.setAttribute('stroke-dasharray', '0 100');
    gaugeArc.classList.add('empty');
    gaugeNumber.textContent = '–';
    return;
  }
  const score = report.score;
  gauge.classList.add(score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor');
  gauge.setAttribute('role', 'meter');
  gauge.setAttribute('aria-label', t().score);
  gauge.setAttribute('aria-valuemin', '0');
  gauge.setAttribute('aria-valuemax', '100');
  gauge.setAttribute('aria-valuenow', String(score));
  gauge.setAttribute('aria-valuetext', t().scoreValue(score));
  gaugeArc.setAttribute('stroke-dasharray', `${score} 100`);
  gaugeArc.classList.toggle('empty', score === 0); // a round cap would draw a dot at 0
  gaugeNumber.textContent = String(score);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderFinding(finding: Finding, index: number): HTMLLIElement {
  const texts = t();
  const item = element('li', `finding sev-${finding.severity}`);
  item.dataset.ruleId = finding.ruleId;
  item.dataset.index = String(index);

  const head = element('div', 'finding-head');
  head.append(element('span', 'severity', texts.severities[finding.severity]), element('code', 'rule-id', finding.ruleId));
  if (finding.range) {
    const words = ui.draft.value.slice(finding.range.start, finding.range.end);
    const show = element('button', 'show', texts.show);
    show.type = 'button';
    show.dataset.action = 'show';
    show.setAttribute('aria-label', texts.showLabel(words));
    const where = element('span', 'where', words ? `“${words.length > 40 ? `${words.slice(0, 39)}…` : words}”` : texts.insertionPoint);
    head.append(where, show);
  } else {
    head.append(element('span', 'where', texts.wholeReply));
  }
  item.append(head, element('p', 'finding-message', finding.message));

  if (finding.suggestions.length > 0) {
    const title = element('p', 'phrasings-title', texts.phrasings);
    const list = element('ul', 'phrasings');
    finding.suggestions.forEach((suggestion, position) => {
      const row = element('li', suggestion.fix ? 'phrasing fixable' : 'phrasing');
      const actions = element('div', 'actions');
      const button = (action: 'apply' | 'copy', className: string, text: string, label: string) => {
        const made = element('button', className, text);
        made.type = 'button';
        made.dataset.action = action;
        made.dataset.suggestion = String(position);
        made.setAttribute('aria-label', label);
        actions.append(made);
      };
      if (suggestion.fix) button('apply', 'apply', texts.apply, texts.applyLabel(suggestion.text));
      button('copy', 'copy secondary', texts.copy, texts.copyLabel(suggestion.text));
      row.append(element('span', 'phrasing-text', suggestion.text), actions);
      list.append(row);
    });
    item.append(title, list);
  }
  return item;
}

function renderFindings(): void {
  const findings = report?.findings ?? [];
  ui.list.replaceChildren(...findings.map(renderFinding));
  ui.list.hidden = findings.length === 0;
  ui.empty.hidden = findings.length > 0;
  ui.applyAll.hidden = !findings.some((finding) => finding.suggestions[0]?.fix);
  ui.applyAll.textContent = t().applyAll;
  ui.empty.textContent = report ? t().clean : t().empty;
  // A polite announcement only when the count (or its language) changes, not on every keystroke.
  const count = report ? t().count(findings.length) : '';
  if (ui.count.textContent !== count) ui.count.textContent = count;
  const severities = (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, n]) => n > 0);
  ui.tally.replaceChildren(...severities.map(([severity, n]) => element('li', `sev-${severity}`, t().tally(severity, n))));
  ui.tally.hidden = severities.length === 0;
  if (active !== null && active >= findings.length) active = null;
}

function renderPromise(commitment: Commitment, index: number): HTMLLIElement {
  const texts = p();
  const item = element('li', `promise${commitment.due ? '' : ' no-time'}${commitment.conditional ? ' conditional' : ''}`);
  item.dataset.index = String(index);

  const head = element('div', 'promise-head');
  head.append(element('span', 'actor', texts.actor(commitment.actor)), element('span', 'action', commitment.action));
  if (commitment.conditional) head.append(element('span', 'conditional-tag', texts.conditional));
  const words = ui.draft.value.slice(commitment.range.start, commitment.range.end);
  const show = element('button', 'show', t().show);
  show.type = 'button';
  show.dataset.action = 'show';
  show.setAttribute('aria-label', t().showLabel(words));
  head.append(show);

  const when = element('p', 'promise-time');
  const due = commitment.due;
  if (due) {
    when.append(element('span', 'due', due.text));
    if (due.deadline) {
      const time = element('time', 'deadline', readableDeadline(due.deadline, language, timeZone));
      time.dateTime = due.deadline;
      const arrow = element('span', 'arrow', ' → ');
      arrow.setAttribute('aria-hidden', 'true');
      when.append(arrow, `${texts.by} `, time);
    }
  } else {
    // A gentle warning, in words as well as colour (and a "!" drawn by the styles): a promise with no time is easily lost.
    when.append(element('span', 'no-time-flag', texts.noTime));
  }
  item.append(head, when);
  return item;
}

function renderPromises(): void {
  const commitments = report?.commitments ?? [];
  ui.promises.hidden = report === null;
  ui.promisesTitle.textContent = p().title;
  ui.promiseList.replaceChildren(...commitments.map(renderPromise));
  ui.promiseList.hidden = commitments.length === 0;
  ui.promisesEmpty.hidden = commitments.length > 0;
  ui.promisesEmpty.textContent = p().none;
  if (activePromise !== null && activePromise >= commitments.length) activePromise = null;
  renderPromiseHighlight();
}

/** The hovered or focused promise's range, on a layer of its own under the draft (findings keep theirs). */
function renderPromiseHighlight(): void {
  const range = activePromise === null ? undefined : report?.commitments[activePromise]?.range;
  if (!range) {
    ui.promiseBackdrop.replaceChildren();
    return;
  }
  const text = ui.draft.value;
  const mark = element('mark', 'promise-mark', text.slice(range.start, range.end));
  ui.promiseBackdrop.replaceChildren(text.slice(0, range.start), mark, text.slice(range.end));
  ui.promiseBackdrop.scrollTop = ui.draft.scrollTop;
}

// ---------------------------------------------------------------- actions

function highlight(index: number | null): void {
  active = index;
  for (const mark of ui.backdrop.querySelectorAll<HTMLElement>('mark')) {
    mark.classList.toggle('active', index !== null && mark.dataset.findings!.split(' ').includes(String(index)));
  }
}

function highlightPromise(index: number | null): void {
  if (index === activePromise) return;
  activePromise = index;
  renderPromiseHighlight();
}

function applySuggestion(finding: Finding, position: number): void {
  const fix = finding.suggestions[position]?.fix;
  if (!fix) return;
  const before = ui.draft.value;
  const { output, applied } = applyFixes(before, [fix]);
  if (applied.length === 0) return;
  const caret = fix.range.start + fix.text.length;
  ui.draft.focus();
  ui.draft.setSelectionRange(fix.range.start, fix.range.end);
  // insertText keeps the browser's undo history (Ctrl+Z) and fires `input`, which lints again.
  const inserted = fix.text !== '' && document.execCommand('insertText', false, fix.text);
  if (!inserted || ui.draft.value !== output) {
    ui.draft.value = output;
    lintNow();
  }
  ui.draft.setSelectionRange(caret, caret);
}

/** "Apply all": the core's fix loop (linter.fix), written as one edit the browser can undo. */
function applyAll(): void {
  const { output } = linter.fix(currentInput());
  if (output === ui.draft.value) return;
  ui.draft.focus();
  ui.draft.setSelectionRange(0, ui.draft.value.length);
  const inserted = document.execCommand('insertText', false, output);
  if (!inserted || ui.draft.value !== output) {
    ui.draft.value = output;
    lintNow();
  }
}

function onListClick(event: MouseEvent): void {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
  const item = button?.closest<HTMLLIElement>('li.finding');
  if (!button || !item || !report) return;
  const finding = report.findings[Number(item.dataset.index)];
  if (!finding) return;
  const position = Number(button.dataset.suggestion);
  switch (button.dataset.action) {
    case 'apply':
      applySuggestion(finding, position);
      break;
    case 'show':
      if (finding.range) {
        ui.draft.focus();
        ui.draft.setSelectionRange(finding.range.start, finding.range.end);
      }
      break;
    case 'copy': {
      const text = finding.suggestions[position]?.text ?? '';
      void navigator.clipboard?.writeText(text).then(
        () => {
          button.textContent = t().copied;
          setTimeout(() => (button.textContent = t().copy), 1500);
        },
        () => undefined,
      );
      break;
    }
  }
}

function onPromiseClick(event: MouseEvent): void {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action="show"]');
  const item = button?.closest<HTMLLIElement>('li.promise');
  const commitment = item ? report?.commitments[Number(item.dataset.index)] : undefined;
  if (!commitment) return;
  ui.draft.focus();
  ui.draft.setSelectionRange(commitment.range.start, commitment.range.end);
}

function loadExample(sample: Sample): void {
  const channel = (CHANNELS as readonly string[]).includes(sample.channel) ? (sample.channel as Channel) : 'email';
  ui.channel.value = channel;
  setAudience(PUBLIC_CHANNELS.includes(channel) ? 'public' : 'private');
  ui.message.value = sample.message ?? '';
  ui.draft.value = sample.reply;
  lintNow();
}

// ---------------------------------------------------------------- start

for (const channel of CHANNELS) {
  const option = element('option');
  option.value = channel;
  ui.channel.append(option);
}
ui.channel.value = 'email';
for (const sample of EXAMPLES) {
  const option = element('option', undefined, sample.title);
  option.value = sample.id;
  option.lang = /[а-яё]/i.test(sample.title) ? 'ru' : 'en';
  ui.example.append(option);
}

ui.draft.addEventListener('input', lintNow);
ui.message.addEventListener('input', lintNow);
ui.channel.addEventListener('change', () => {
  setAudience(PUBLIC_CHANNELS.includes(ui.channel.value as Channel) ? 'public' : 'private');
  lintNow();
});
for (const input of document.querySelectorAll<HTMLInputElement>('input[name="audience"]')) input.addEventListener('change', lintNow);
ui.draft.addEventListener('scroll', () => {
  ui.backdrop.scrollTop = ui.draft.scrollTop;
  ui.promiseBackdrop.scrollTop = ui.draft.scrollTop;
});
ui.examples.addEventListener('submit', (event) => {
  event.preventDefault();
  const sample = EXAMPLES.find((candidate) => candidate.id === ui.example.value);
  if (sample) loadExample(sample);
});
ui.list.addEventListener('click', onListClick);
ui.applyAll.addEventListener('click', applyAll);
/** Pointing at an item of a list (mouse or keyboard) highlights its words in the draft. */
function highlightOnPoint(list: HTMLElement, item: string, show: (index: number | null) => void): void {
  const indexOf = (event: Event): number | null => {
    const found = (event.target as HTMLElement).closest<HTMLElement>(item);
    return found ? Number(found.dataset.index) : null;
  };
  list.addEventListener('mouseover', (event) => show(indexOf(event)));
  list.addEventListener('mouseleave', () => show(null));
  list.addEventListener('focusin', (event) => show(indexOf(event)));
  list.addEventListener('focusout', () => show(null));
}
highlightOnPoint(ui.list, 'li.finding', highlight);
ui.promiseList.addEventListener('click', onPromiseClick);
highlightOnPoint(ui.promiseList, 'li.promise', highlightPromise);

applyLanguage();
lintNow();

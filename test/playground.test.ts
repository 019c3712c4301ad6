/**
 * The playground page (playground/) in Debian's Chromium: built once into a temp dir, opened
 * from file:// with every other request blocked and recorded.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground } from '../playground/build.js';
import { applyFixes, createLinter, lint, type Channel, type Finding, type LintInput } from '../src/index.js';
import samples from '../fixtures/samples/exchanges.json';

// Inside page.evaluate callbacks only; the test program has no DOM lib.
declare const document: any;
declare function requestAnimationFrame(callback: () => void): number;
declare function getComputedStyle(element: unknown): any;

const root = join(import.meta.dirname, '..');
const artifacts = join(root, 'test', 'artifacts');
const seed = samples.find((sample) => sample.id === 'ru-seed-bank') as { id: string; channel: string; message: string; reply: string };
const badReply = 'Оставьте телефон, мы перезвоним. Дайте нам ваши данные.';
const CORE = ['proportional-length', 'thanks', 'stated-actions', 'empathy', 'no-channel-switch', 'no-public-personal-data', 'closing'];

let browser: Browser;
let dir: string;
let pageUrl: string;

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Requests other than the page itself (all blocked). */
  foreign: string[];
  /** Console errors (a CSP violation among them) and uncaught exceptions. */
  problems: string[];
}

async function open(viewport: { width: number; height: number }, locale: string, timezoneId?: string): Promise<Opened> {
  const context = await browser.newContext({ viewport, locale, ...(timezoneId ? { timezoneId } : {}) });
  const foreign: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => (route.request().url() === pageUrl ? route.continue() : (foreign.push(route.request().url()), route.abort())));
  context.on('request', (request) => {
    if (request.url() !== pageUrl && !foreign.includes(request.url())) foreign.push(request.url());
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(pageUrl);
  return { page, context, foreign, problems };
}

async function close({ context, foreign, problems }: Opened): Promise<void> {
  await context.close();
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
}

interface ShownFinding {
  ruleId: string;
  index: number;
  message: string;
  phrasings: string[];
  applyButtons: number;
}

async function shownFindings(page: Page): Promise<ShownFinding[]> {
  return page.locator('#findings > li.finding').evaluateAll((items) =>
    items.map((item) => ({
      ruleId: item.dataset.ruleId,
      index: Number(item.dataset.index),
      message: item.querySelector('.finding-message').textContent,
      phrasings: [...item.querySelectorAll('.phrasing-text')].map((phrasing: any) => phrasing.textContent),
      applyButtons: item.querySelectorAll('button.apply').length,
    })),
  );
}

function expectedFindings(findings: readonly Finding[]): ShownFinding[] {
  return findings.map((finding, index) => ({
    ruleId: finding.ruleId,
    index,
    message: finding.message,
    phrasings: finding.suggestions.map((suggestion) => suggestion.text),
    applyButtons: finding.suggestions.filter((suggestion) => suggestion.fix).length,
  }));
}

interface ShownMark {
  start: number;
  text: string;
  findings: number[];
}

/** The backdrop's text and its marks, each with its offset in that text. */
async function shownMarks(page: Page): Promise<{ text: string; marks: ShownMark[] }> {
  return page.locator('#backdrop').evaluate((backdrop) => {
    const marks: { start: number; text: string; findings: number[] }[] = [];
    let offset = 0;
    for (const node of backdrop.childNodes) {
      const text = node.textContent ?? '';
      if (node.nodeName === 'MARK') marks.push({ start: offset, text, findings: node.dataset.findings.split(' ').map(Number) });
      offset += text.length;
    }
    return { text: backdrop.textContent, marks };
  });
}

/** Every ranged finding is marked exactly at its range: same offset, same text, nothing more. */
function expectHighlights(reply: string, findings: readonly Finding[], shown: { text: string; marks: ShownMark[] }): void {
  expect(shown.text).toBe(reply);
  let ranged = 0;
  findings.forEach((finding, index) => {
    if (!finding.range) {
      expect(shown.marks.filter((mark) => mark.findings.includes(index))).toEqual([]);
      return;
    }
    ranged++;
    const { start, end } = finding.range;
    const mine = shown.marks.filter((mark) => mark.findings.includes(index));
    expect(mine.length, finding.ruleId).toBeGreaterThan(0);
    expect(mine[0]!.start, finding.ruleId).toBe(start);
    for (let i = 1; i < mine.length; i++) expect(mine[i]!.start).toBe(mine[i - 1]!.start + mine[i - 1]!.text.length);
    expect(mine.map((mark) => mark.text).join(''), finding.ruleId).toBe(reply.slice(start, end));
    if (start === end) expect(mine).toHaveLength(1);
  });
  expect(ranged).toBeGreaterThan(0);
  expect(shown.marks.every((mark) => mark.findings.length > 0)).toBe(true);
}

async function gauge(page: Page): Promise<{ role: string | null; now: string | null; label: string | null; number: string | null }> {
  const element = page.locator('#gauge');
  return {
    role: await element.getAttribute('role'),
    now: await element.getAttribute('aria-valuenow'),
    label: await element.getAttribute('aria-label'),
    number: await page.locator('#gauge-number').textContent(),
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'replylint-playground-'));
  const html = await buildPlayground({ outDir: dir });
  pageUrl = pathToFileURL(html).href;
  await mkdir(artifacts, { recursive: true });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      ...['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
      // Frames as soon as there is something to paint, not at the next 60 Hz tick: the latency
      // measured is then the page's own (lint, DOM, style, layout, paint), not the wait for vsync.
      '--disable-frame-rate-limit',
      '--disable-gpu-vsync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('playground page', () => {
  it('lints the Russian bank exchange as it is typed: findings, exact highlights, Russian interface, Apply', async () => {
    const opened = await open({ width: 1280, height: 900 }, 'en-US');
    const { page } = opened;
    // Before any reply: the browser's language, no findings, no score.
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('label[for="channel"]').textContent()).toBe('Channel');
    expect((await gauge(page)).role).toBe('img');
    expect(await page.locator('#findings > li').count()).toBe(0);

    await page.selectOption('#channel', 'social');
    expect(await page.locator('input[name="audience"][value="public"]').isChecked()).toBe(true);
    await page.locator('#message').fill(seed.message);
    await page.locator('#draft').click();
    await page.locator('#draft').pressSequentially(badReply);

    const input: LintInput = { message: seed.message, reply: badReply, channel: 'social', audience: 'public' };
    const expected = lint(input);
    await page.locator('li.finding[data-rule-id="closing"]').waitFor();
    expect(await page.inputValue('#draft')).toBe(badReply);
    expect(await shownFindings(page)).toEqual(expectedFindings(expected.findings));
    for (const ruleId of CORE) expect(await page.locator(`li.finding[data-rule-id="${ruleId}"]`).first().isVisible(), ruleId).toBe(true);
    expectHighlights(badReply, expected.findings, await shownMarks(page));

    // The backdrop lies exactly under the textarea, with the same text metrics.
    const boxes = await page.evaluate(() => {
      const metrics = (element: any) => {
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        return [rect.x, rect.y, rect.width, rect.height, style.font, style.lineHeight, style.padding, style.borderWidth, style.whiteSpace, style.overflowWrap, style.letterSpacing];
      };
      return [metrics(document.getElementById('backdrop')), metrics(document.getElementById('draft'))];
    });
    expect(boxes[0]).toEqual(boxes[1]);

    // The interface followed the reply into Russian.
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.locator('label[for="channel"]').textContent()).toBe('Канал');
    expect(await page.locator('label[for="draft"]').textContent()).toBe('Ваш ответ');
    expect(await page.getAttribute('#draft', 'placeholder')).toBe('Напишите черновик ответа…');
    expect(await page.locator('#channel option[value="social"]').textContent()).toBe('Соцсети');
    expect(await page.locator('li.finding[data-rule-id="closing"] button.apply').textContent()).toBe('Применить');
    expect(await page.locator('li.finding[data-rule-id="closing"] button.apply').getAttribute('aria-label')).toMatch(/^Применить: /);
    expect(await gauge(page)).toEqual({ role: 'meter', now: String(expected.score), label: 'Оценка ответа', number: String(expected.score) });
    expect(await page.locator('#count').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#count').textContent()).toBe(`${expected.findings.length} замечаний`);

    await page.locator('#message').evaluate((message) => (message.scrollTop = 0));
    await page.screenshot({ path: join(artifacts, 'playground.png'), fullPage: true });
    // The README's picture: rewritten only on request, so a test run leaves the tree clean.
    if (process.env.UPDATE_SCREENSHOT) await page.screenshot({ path: join(root, 'playground', 'screenshot.png') });

    // Apply the closing fix.
    const closing = expected.findings.find((finding) => finding.ruleId === 'closing')!;
    const fix = closing.suggestions.find((suggestion) => suggestion.fix)!.fix!;
    const fixed = applyFixes(badReply, [fix]).output;
    expect(fixed).not.toBe(badReply);
    await page.locator('li.finding[data-rule-id="closing"] button.apply').click();
    expect(await page.inputValue('#draft')).toBe(fixed);
    const after = lint({ ...input, reply: fixed });
    expect(await page.locator('li.finding[data-rule-id="closing"]').count()).toBe(0);
    expect(await shownFindings(page)).toEqual(expectedFindings(after.findings));
    expectHighlights(fixed, after.findings, await shownMarks(page));
    // This draft scores 0 before and after (the score is clamped); the English run checks a change.
    expect((await gauge(page)).now).toBe(String(after.score));
    expect(await page.locator('#count').textContent()).toBe(`${after.findings.length} замечаний`);
    await close(opened);
  }, 60_000);

  it('switches the interface to English for an English reply, and Apply changes the score', async () => {
    const opened = await open({ width: 1024, height: 800 }, 'ru-RU');
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.locator('label[for="message"]').textContent()).toBe('Сообщение клиента');

    const message = 'Hi, where is my order #1234? It was supposed to arrive last week.';
    const reply = 'Hi Anna, thanks for writing. We have checked your order and it is on its way.';
    await page.selectOption('#channel', 'chat');
    expect(await page.locator('input[name="audience"][value="private"]').isChecked()).toBe(true);
    await page.locator('#message').fill(message);
    await page.locator('#draft').pressSequentially(reply);
    const input: LintInput = { message, reply, channel: 'chat', audience: 'private' };
    const before = lint(input);
    await page.locator('li.finding[data-rule-id="closing"]').waitFor();
    expect(await shownFindings(page)).toEqual(expectedFindings(before.findings));
    expectHighlights(reply, before.findings, await shownMarks(page));

    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('replylint playground');
    expect(await page.locator('label[for="message"]').textContent()).toBe("Client's message");
    expect(await page.locator('label[for="channel"]').textContent()).toBe('Channel');
    expect(await page.locator('.audience legend').textContent()).toBe('Audience');
    expect(await page.getAttribute('#message', 'placeholder')).toBe("Paste the client's message here…");
    expect(await page.locator('#examples button[type="submit"]').textContent()).toBe('Load');
    expect(await page.locator('li.finding[data-rule-id="closing"] button.apply').textContent()).toBe('Apply');
    expect(await gauge(page)).toEqual({ role: 'meter', now: String(before.score), label: 'Reply score', number: String(before.score) });
    expect(await page.locator('#count').textContent()).toBe(before.findings.length === 1 ? '1 finding' : `${before.findings.length} findings`);

    const fix = before.findings.find((finding) => finding.ruleId === 'closing')!.suggestions.find((suggestion) => suggestion.fix)!.fix!;
    const fixed = applyFixes(reply, [fix]).output;
    const after = lint({ ...input, reply: fixed });
    expect(after.score).not.toBe(before.score);
    await page.locator('li.finding[data-rule-id="closing"] button.apply').click();
    expect(await page.inputValue('#draft')).toBe(fixed);
    expect(await page.locator('li.finding[data-rule-id="closing"]').count()).toBe(0);
    expect((await gauge(page)).now).toBe(String(after.score));
    expect(await page.locator('#gauge-number').textContent()).toBe(String(after.score));

    // "Apply all fixes": the core's fix loop (linter.fix), in one edit that Ctrl+Z undoes.
    const rough = 'Hi. Your order is on its way.';
    await page.locator('#draft').fill(rough);
    const all = page.locator('#apply-all');
    expect(await all.textContent()).toBe('Apply all fixes');
    const expectedAll = createLinter().fix({ ...input, reply: rough }).output;
    expect(expectedAll).not.toBe(rough);
    await all.click();
    expect(await page.inputValue('#draft')).toBe(expectedAll);
    expect(await all.isHidden()).toBe(true);
    await page.keyboard.press('Control+z');
    expect(await page.inputValue('#draft')).toBe(rough);

    // Emptying the draft keeps the last language (no reply language to follow).
    await page.locator('#draft').fill('');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#findings > li').count()).toBe(0);
    expect((await gauge(page)).role).toBe('img');
    await close(opened);
  }, 60_000);

  it('fits a 375 px phone without horizontal scroll, loads an example, and reaches Apply with Tab', async () => {
    const opened = await open({ width: 375, height: 812 }, 'en-US');
    const { page } = opened;
    // The examples picker lists the sample exchanges in order, the Russian seed first.
    expect(await page.locator('#example option').evaluateAll((options) => options.map((option) => option.value))).toEqual([
      '',
      ...samples.map((sample) => sample.id),
    ]);
    expect(samples[0]!.id).toBe('ru-seed-bank');
    // Every control has a label.
    expect(await page.locator('select, textarea, input').evaluateAll((controls) => controls.filter((control) => control.labels.length === 0).map((control) => control.id))).toEqual([]);
    await page.selectOption('#example', seed.id);
    await page.locator('#examples button[type="submit"]').click();
    expect(await page.inputValue('#message')).toBe(seed.message);
    expect(await page.inputValue('#draft')).toBe(seed.reply);
    expect(await page.inputValue('#channel')).toBe(seed.channel);
    const input: LintInput = { message: seed.message, reply: seed.reply, channel: seed.channel as Channel, audience: 'public' };
    const expected = lint(input);
    expect(await shownFindings(page)).toEqual(expectedFindings(expected.findings));

    const layout = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement.scrollWidth,
      inputs: document.querySelector('.panel.inputs').getBoundingClientRect().toJSON(),
      output: document.querySelector('.panel.output').getBoundingClientRect().toJSON(),
    }));
    expect(layout.scrollWidth).toBeLessThanOrEqual(375);
    expect(layout.output.x).toBe(layout.inputs.x); // one column
    expect(layout.output.y).toBeGreaterThan(layout.inputs.y + layout.inputs.height - 1);

    // Keyboard only: from the draft, Tab walks into the findings and onto an Apply button.
    await page.locator('#draft').focus();
    let reached: { tag: string; action: string | null; index: number; outline: string } | null = null;
    for (let step = 0; step < 40 && !reached; step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        const item = element?.closest('li.finding');
        return {
          tag: element?.tagName,
          action: element?.getAttribute('data-action') ?? null,
          index: item ? Number(item.dataset.index) : -1,
          outline: getComputedStyle(element).outlineStyle,
        };
      });
      if (focused.action === 'apply') reached = focused;
    }
    expect(reached).not.toBeNull();
    expect(reached!.tag).toBe('BUTTON');
    expect(reached!.outline).not.toBe('none'); // visible focus
    const finding = expected.findings[reached!.index]!;
    const fix = finding.suggestions.find((suggestion) => suggestion.fix)!.fix!;
    await page.keyboard.press('Enter');
    expect(await page.inputValue('#draft')).toBe(applyFixes(seed.reply, [fix]).output);
    expect(await page.evaluate(() => document.scrollingElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(artifacts, 'playground-375.png'), fullPage: true });
    await close(opened);
  }, 60_000);

  it('lists the promises under the findings: who, what, when (resolved in the browser\'s zone), no time named, a condition', async () => {
    const opened = await open({ width: 1280, height: 900 }, 'en-US', 'Europe/Moscow');
    const { page } = opened;
    // Monday 7 December 2026, 10:30 in Moscow.
    const now = '2026-12-07T07:30:00.000Z';
    await page.clock.setFixedTime(new Date(now));
    const promisesOf = (reply: string) => lint({ reply, channel: 'email', audience: 'private', now, timeZone: 'Europe/Moscow' }).commitments;
    const shown = () =>
      page.locator('#promise-list > li.promise').evaluateAll((items) =>
        items.map((item) => ({
          index: Number(item.dataset.index),
          actor: item.querySelector('.actor').textContent,
          action: item.querySelector('.action').textContent,
          due: item.querySelector('.due')?.textContent ?? null,
          deadline: item.querySelector('time.deadline')?.getAttribute('datetime') ?? null,
          deadlineText: item.querySelector('time.deadline')?.textContent ?? null,
          noTime: item.querySelector('.no-time-flag')?.textContent ?? null,
          conditional: item.querySelector('.conditional-tag')?.textContent ?? null,
          text: item.textContent,
        })),
      );
    // No reply, no panel.
    expect(await page.locator('#promises').isHidden()).toBe(true);

    // Russian: a named party, a time resolved in Moscow's zone (not the UTC of `now`), Russian texts.
    const ru = 'Мастер перезвонит завтра в 15:00.';
    const [master] = promisesOf(ru);
    expect(master!.due!.deadline).toBe('2026-12-08T15:00:00+03:00');
    await page.locator('#draft').fill(ru);
    await page.locator('#promise-list > li.promise').first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.locator('#promises').getAttribute('aria-labelledby')).toBe('promises-title');
    expect(await page.locator('#promises-title').evaluate((heading) => heading.tagName)).toBe('H2');
    expect(await page.locator('#promises-title').textContent()).toBe('Обещания');
    const [shownMaster, ...restRu] = await shown();
    expect(restRu).toEqual([]);
    expect(shownMaster).toMatchObject({ index: 0, actor: 'мастер', action: 'перезвонит', due: 'завтра в 15:00', deadline: master!.due!.deadline, noTime: null, conditional: null });
    // The deadline as the page's language writes it, in the browser's zone: «вт, 8 декабря в 15:00».
    expect(shownMaster!.deadlineText).toMatch(/^вт, 8 декабря.*15:00$/);
    expect(shownMaster!.text).toContain(`до ${shownMaster!.deadlineText}`);
    expect(await page.locator('#promises-empty').isHidden()).toBe(true);
    // The panel comes after the findings.
    expect(await page.evaluate(() => document.getElementById('findings').compareDocumentPosition(document.getElementById('promise-list')) & 4)).toBe(4);

    // Hover or focus a promise: its range is marked in the draft (its own layer, aligned with the draft).
    const promiseMarks = () =>
      page.locator('#promise-backdrop').evaluate((backdrop) => ({
        text: backdrop.textContent,
        marks: [...backdrop.querySelectorAll('mark')].map((mark: any) => ({ text: mark.textContent, start: backdrop.textContent.indexOf(mark.textContent) })),
      }));
    expect((await promiseMarks()).marks).toEqual([]);
    await page.locator('#promise-list > li.promise').first().hover();
    expect(await promiseMarks()).toEqual({ text: ru, marks: [{ text: ru.slice(master!.range.start, master!.range.end), start: master!.range.start }] });
    await page.mouse.move(1, 1);
    expect((await promiseMarks()).marks).toEqual([]);
    await page.locator('#promise-list > li.promise button.show').focus();
    expect((await promiseMarks()).marks).toHaveLength(1);
    expect(await page.locator('#promise-list > li.promise button.show').getAttribute('aria-label')).toBe(`Показать «${ru.slice(master!.range.start, master!.range.end)}» в ответе`);
    const aligned = await page.evaluate(() =>
      ['promise-backdrop', 'draft'].map((id) => {
        const element = document.getElementById(id);
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        return [rect.x, rect.y, rect.width, rect.height, style.font, style.lineHeight, style.padding, style.borderWidth, style.whiteSpace];
      }),
    );
    expect(aligned[0]).toEqual(aligned[1]);

    // English: no time named (a gentle warning, in words), and a conditional promise with its deadline.
    const en = 'We will get back to you. If the parcel does not arrive, we will send a replacement by Friday.';
    const [getBack, replace] = promisesOf(en);
    expect(getBack!.due).toBeUndefined();
    expect(replace!.conditional).toBe(true);
    await page.locator('#draft').fill(en);
    await page.locator('#promises-title', { hasText: 'Promises' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const [shownGetBack, shownReplace, ...restEn] = await shown();
    expect(restEn).toEqual([]);
    expect(shownGetBack).toMatchObject({ index: 0, actor: 'we', action: 'get back to you', due: null, deadline: null, noTime: 'no time named', conditional: null });
    expect(await page.locator('#promise-list > li.promise').first().evaluate((item) => item.classList.contains('no-time'))).toBe(true);
    expect(shownReplace).toMatchObject({ index: 1, actor: 'we', action: 'send a replacement', due: 'by Friday', deadline: replace!.due!.deadline, noTime: null, conditional: 'on a condition' });
    expect(shownReplace!.deadlineText).toMatch(/^Fri, December 11.*11:59\sPM$/);

    await page.screenshot({ path: join(artifacts, 'playground-promises.png'), fullPage: true });

    // A reply that promises nothing says so.
    await page.locator('#draft').fill('Thanks for writing, Anna.');
    await page.locator('#promises-empty').waitFor();
    expect(await page.locator('#promises-empty').textContent()).toBe('The reply promises nothing.');
    expect(await page.locator('#promise-list').isHidden()).toBe(true);
    await close(opened);
  }, 60_000);

  it('measures the typing latency of a ~150-word draft (input event → findings painted)', async () => {
    const opened = await open({ width: 1280, height: 900 }, 'en-US');
    const { page } = opened;
    const sample = samples.find((candidate) => candidate.id === 'en-seed-good') as { channel: string; message: string; reply: string };
    const words = sample.reply.split(/\s+/);
    expect(words.length).toBeGreaterThanOrEqual(140);
    await page.selectOption('#channel', sample.channel);
    await page.locator('#message').fill(sample.message);
    // 50 edits: a word dropped somewhere, or a blaming sentence appended (a finding comes and goes).
    const drafts = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0 ? words.filter((_, position) => position !== (i * 7) % words.length).join(' ') : `${sample.reply} As I already said, this takes time.`,
    );
    const timings: { synchronous: number; painted: number; rules: string[] }[] = await page.evaluate(async (texts: string[]) => {
      const draft = document.getElementById('draft');
      const results = [];
      for (const text of texts) {
        const start = performance.now();
        draft.value = text;
        draft.dispatchEvent(new Event('input', { bubbles: true }));
        const synchronous = performance.now() - start;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const painted = performance.now() - start;
        const rules = [...document.querySelectorAll('#findings > li.finding')].map((item: any) => item.dataset.ruleId);
        results.push({ synchronous, painted, rules });
      }
      return results;
    }, drafts);
    // Each measurement saw the findings of its own draft.
    timings.forEach((timing, i) => {
      const report = lint({ message: sample.message, reply: drafts[i]!, channel: sample.channel as Channel, audience: 'public' });
      expect(timing.rules, `edit ${i}`).toEqual(report.findings.map((finding) => finding.ruleId));
    });
    expect(new Set(timings.map((timing) => timing.rules.length)).size).toBeGreaterThan(1);
    const median = (values: number[]): number => {
      const sorted = [...values].sort((a, b) => a - b);
      const middle = sorted.length >> 1;
      return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    };
    const result = {
      words: words.length,
      edits: timings.length,
      medianPaintedMs: Number(median(timings.map((timing) => timing.painted)).toFixed(2)),
      medianSynchronousMs: Number(median(timings.map((timing) => timing.synchronous)).toFixed(2)),
      maxPaintedMs: Number(Math.max(...timings.map((timing) => timing.painted)).toFixed(2)),
      chromium: browser.version(),
    };
    console.log(`playground typing latency (${result.words} words, ${result.edits} edits): median ${result.medianPaintedMs} ms to paint, ${result.medianSynchronousMs} ms lint + DOM`);
    await writeFile(join(artifacts, 'latency.json'), `${JSON.stringify(result, null, 2)}\n`);
    expect(result.medianPaintedMs).toBeGreaterThan(0);
    await close(opened);
  }, 60_000);
});

/**
 * The seams of a language (#15, item 1): a third language is one more pack in the registry. Here
 * the registry is replaced by one that also lists a toy Greek pack (test/toy-language/pack.ts), and
 * the whole pipeline — detection, stemming, sentences and abbreviations, quoted history, the engine's
 * greeting and sign-off, negation, phrase matching, rules, the engine's texts and the other-language
 * matching — runs in it, with no other change to the engine.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../src/languages/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/languages/index.js')>();
  const { toy } = await import('./toy-language/pack.js');
  const LANGUAGE_PACKS = { ...original.LANGUAGE_PACKS, el: toy };
  return { ...original, LANGUAGE_PACKS, PACKS: Object.values(LANGUAGE_PACKS) };
});

const { createLinter, defineRule } = await import('../src/index.js');
const { parseText } = await import('../src/document.js');
const { WordCache } = await import('../src/text/tokenize.js');

/** A plugin rule with data in the three languages: the reply must thank the client. */
const thanksEverywhere = defineRule({
  meta: { id: 'acme/thanks', defaultSeverity: 'warning', weight: 10, preset: 'recommended', needsMessage: 'no', fixable: false },
  languages: {
    ru: { phrases: { thanks: ['спасибо'] }, messages: { missing: 'Нет благодарности' }, phrasings: { thank: { default: ['Спасибо!'] } } },
    en: { phrases: { thanks: ['thank'] }, messages: { missing: 'No thanks' }, phrasings: { thank: { default: ['Thank you!'] } } },
    ...({ el: { phrases: { thanks: ['ευχαριστούμε'] }, messages: { missing: 'Δεν ευχαριστείτε τον πελάτη' }, phrasings: { thank: { default: ['Ευχαριστούμε!'] } } } } as object),
  },
  check(context) {
    if (context.find('thanks').length === 0) context.report({ messageId: 'missing', suggestions: context.phrasings('thank').map((text) => ({ text })) });
  },
});

const linter = createLinter({ rules: { 'acme/thanks': 'warning' }, plugins: [{ rules: [thanksEverywhere] }] });

describe('a toy third language, from its pack alone', () => {
  it('is detected, and only rules with data in it run (the built-in rules have none)', () => {
    const report = linter.lint({ message: 'Γεια σας, η παραγγελία μου δεν ήρθε ακόμα.', reply: 'Γεια σας! Η παραγγελία σας στάλθηκε σήμερα.' });
    expect(report.language).toBe('el');
    expect(report.findings.map((finding) => [finding.ruleId, finding.message])).toEqual([['acme/thanks', 'Δεν ευχαριστείτε τον πελάτη']]);
    expect(report.findings[0]!.suggestions.map((suggestion) => suggestion.text)).toEqual(['Ευχαριστούμε!']);
    // A pack without commitment words lists no promises (and no other language's grammar reads it).
    expect(linter.lint({ reply: 'Θα σας καλέσουμε αύριο στις 15:00.', now: '2026-12-07T10:30:00+02:00' }).commitments).toEqual([]);
  });

  it('stems its words (a phrase finds other forms) and negates with its own negators', () => {
    expect(linter.lint({ reply: 'Γεια σας! Ευχαριστούμε πολύ για το μήνυμα.' }).findings).toEqual([]);
    // The stem: «ευχαριστούμε» in the phrase, «ευχαριστουμε» (no accent) in the reply.
    expect(linter.lint({ reply: 'Γεια σας! Ευχαριστουμε πολύ για το μήνυμα.' }).findings).toEqual([]);
    expect(linter.lint({ reply: 'Γεια σας! Δεν ευχαριστούμε κανέναν για αυτό.' }).findings.map((finding) => finding.ruleId)).toEqual(['acme/thanks']);
  });

  it('splits sentences at its own abbreviations, finds its quoted history, and names its texts', () => {
    const parsed = parseText('Γεια σας, κ. Παπαδόπουλε! Ελέγξαμε την παραγγελία.\nΣτις 3/5 ο Νίκος έγραψε:\nευχαριστούμε', new WordCache());
    expect(parsed.language).toBe('el');
    expect(parsed.sentences).toHaveLength(4);
    expect(parsed.tokens.filter((token) => token.quoted).map((token) => token.norm)).toContain('ευχαριστούμε');
    const truncated = createLinter({ maxInputLength: 100, rules: { 'acme/thanks': 'off' }, plugins: [{ rules: [thanksEverywhere] }] }).lint({ reply: `Ευχαριστούμε. ${'Λέξη '.repeat(40)}` });
    expect(truncated.findings.map((finding) => finding.message)).toEqual(['Η απάντηση: ελέγχθηκαν μόνο οι πρώτοι 100 χαρακτήρες.']);
  });

  it('a sentence in it inside an English reply is matched with its phrases', () => {
    const reply = 'Hello! Your order has shipped today and should arrive on Friday. Ευχαριστούμε πολύ για την υπομονή σας!';
    expect(linter.lint({ reply }).findings.filter((finding) => finding.ruleId === 'acme/thanks')).toEqual([]);
    expect(linter.lint({ reply: 'Hello! Your order has shipped today and should arrive on Friday.' }).findings.some((finding) => finding.ruleId === 'acme/thanks')).toBe(true);
  });

  it('Russian and English are judged as before', () => {
    expect(linter.lint({ reply: 'Здравствуйте! Заказ отправлен.' }).language).toBe('ru');
    expect(linter.lint({ reply: 'Hi there! Your order has shipped.' }).language).toBe('en');
  });
});

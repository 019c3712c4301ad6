/**
 * Metadata is enforced, not decorative: every rule documents itself in both languages, its
 * documented examples behave (bad reports, good does not), the README table is generated from it,
 * and the generated English verb forms and emotion lexicon are up to date.
 */
import { builtInDocs } from '../rules/docs.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';
import { builtInRules } from '../rules/index.js';
import { renderRulesTable, TABLE_END, TABLE_START } from '../scripts/rules-table.js';
import { generateVerbForms, renderVerbForms } from '../scripts/verb-forms.js';
import { generateEmotionLexicon } from '../scripts/generate-emotion-lexicon.js';

const root = join(import.meta.dirname, '..');
const linter = createLinter({ preset: 'strict' });

describe.each(builtInRules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  it('lives in rules/<id>/ with data per language apart from logic', () => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const file of ['index.ts', 'ru.ts', 'en.ts']) expect(existsSync(join(root, 'rules', id, file))).toBe(true);
  });

  it('has its tests beside it, through the RuleTester (which checks every message id in both languages)', () => {
    const tests = join(root, 'rules', id, `${id}.test.ts`);
    expect(existsSync(tests)).toBe(true);
    expect(readFileSync(tests, 'utf8')).toContain(`ruleTester('${id}'`);
  });

  it.each(['ru', 'en'] as const)('documents itself in %s, with the same message ids and phrasings', (language) => {
    const texts = rule.languages[language];
    expect(texts.description).toBeUndefined(); // kept out of the bundle, in rules/<id>/docs.ts
    expect(builtInDocs[id]![language].description.length).toBeGreaterThan(10);
    expect(builtInDocs[id]![language].rationale.length).toBeGreaterThan(40);
    expect(Object.keys(texts.messages).sort()).toEqual(Object.keys(rule.languages.en.messages).sort());
    // The same phrase categories in both languages (word classes, "@name", are each language's own).
    const categories = (phrases: object) => Object.keys(phrases).filter((key) => !key.startsWith('@')).sort();
    expect(categories(texts.phrases)).toEqual(categories(rule.languages.ru.phrases));
    if (rule.meta.primaryCategory) expect(texts.phrases[rule.meta.primaryCategory]).toBeDefined();
  });

  // `a|b` alternatives are single words: «вам ~1 следовало|=нужно было|=надо было» reads «(следовало|нужно) (было|надо) было».
  // A word offered as an alternative and then again as a word of its own later in the phrase is that mistake.
  it.each(['ru', 'en'] as const)('its %s phrases do not spread a phrase over alternatives (a|b are single words)', (language) => {
    const spread: string[] = [];
    for (const list of Object.values(rule.languages[language].phrases)) {
      for (const phrase of list) {
        const words = phrase.split(/\s+/).filter((word) => !word.startsWith('~')).map((word) => word.replace(/^\[|\]$/g, '').split('|'));
        words.forEach((alternatives, i) => {
          if (alternatives.length > 1 && words.slice(i + 1).some((later) => later.length === 1 && alternatives.includes(later[0]!))) spread.push(phrase);
        });
      }
    }
    expect(spread).toEqual([]);
  });

  it.each(['ru', 'en'] as const)('its %s examples behave: bad reports, good does not', (language) => {
    const { bad, good } = builtInDocs[id]![language].examples;
    const fired = (input: typeof bad) => linter.lint({ ...input, language }).findings.some((finding) => finding.ruleId === id);
    expect(fired(bad)).toBe(true);
    expect(fired(good)).toBe(false);
  });
});

describe('generated files', () => {
  it('README rule table matches the rules meta (npm run docs)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf(TABLE_START), readme.indexOf(TABLE_END) + TABLE_END.length);
    expect(table).toBe(renderRulesTable());
  });

  it('English verb forms match what compromise generates (npm run generate:verbs)', () => {
    const committed = readFileSync(join(root, 'src', 'languages', 'en', 'verb-forms.ts'), 'utf8');
    expect(committed).toBe(renderVerbForms(generateVerbForms()));
  });

  it('the emotion lexicon is what the field lexicons compile to (npm run generate:lexicon)', () => {
    const committed = readFileSync(join(root, 'rules', 'empathy', 'lexicon.ts'), 'utf8');
    expect(committed).toBe(generateEmotionLexicon());
  });
});

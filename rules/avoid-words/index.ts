import { tokensOf } from '../../src/rule-kit/index.js';
import { defineRule } from '../../src/define-rule.js';
import type { RuleContext } from '../../src/types.js';
import en from './en.js';
import ru from './ru.js';

/** Keeps the case of the first letter: «Проблема» → «Ситуация». */
function matchCase(original: string, replacement: string): string {
  const first = original[0]!;
  return first !== first.toLowerCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** "a problem" → "an issue": the English article follows the replacement's first sound (by its letter). */
function withArticle(article: string, replacement: string): string {
  const fitting = /^[aeiou]/i.test(replacement) ? 'an' : 'a';
  return `${article[0] === 'A' ? fitting[0]!.toUpperCase() + fitting.slice(1) : fitting} ${replacement}`;
}

export default defineRule({
  meta: {
    id: 'avoid-words',
    defaultSeverity: 'info',
    weight: 3,
    preset: 'strict',
    needsMessage: 'no',
    primaryCategory: 'banned',
    fixable: true,
  },
  languages: { ru, en },
  check(context) {
    const { reply, texts } = context;
    // Idioms such as «без проблем» or "no problem" keep the word but not its meaning.
    const idiomTokens = tokensOf(context.findAll('idiom'));
    for (const match of context.findAll('banned')) {
      if (match.quoted || idiomTokens.has(match.firstToken)) continue;
      const token = reply.tokens[match.firstToken]!;
      const word = reply.original.slice(token.start, token.end);
      // Replacements are listed per word form, so the case ending stays right.
      // (Phrasing ids here are word forms, different in each language: looked up as plain strings.)
      const forms: Readonly<Record<string, unknown>> = texts.phrasings;
      const replacements = forms[token.norm] ? (context as RuleContext).phrasings(token.norm) : [];
      // An English article right before the word is replaced with it when the replacement needs the other one.
      const previous = reply.tokens[match.firstToken - 1];
      const article =
        previous && (previous.norm === 'a' || previous.norm === 'an') && /^\s+$/.test(reply.original.slice(previous.end, token.start))
          ? reply.original.slice(previous.start, previous.end)
          : undefined;
      // The message names this word's own replacements; a word added through the config has none of the built-in ones.
      const quote = (text: string) => (context.language === 'ru' ? `«${text}»` : `"${text}"`);
      context.report({
        messageId: replacements.length > 0 ? 'avoid' : 'avoidWord',
        data: { word, replacements: replacements.map(quote).join(', ') },
        range: { start: token.start, end: token.end },
        suggestions: replacements.map((replacement, index) => {
          let text = matchCase(word, replacement);
          let start = token.start;
          if (article !== undefined && withArticle(article, text).split(' ')[0] !== article) {
            text = withArticle(article, text);
            start = previous!.start;
          }
          return index === 0 ? { text, fix: { range: { start, end: token.end }, text } } : { text };
        }),
      });
    }
  },
});

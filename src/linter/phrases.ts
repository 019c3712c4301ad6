/** The phrase data of the rules and the engine, with the config's edits, compiled into two matchers per language. */
import { compileMatcher, PhraseErrors, type LanguageLexicon, type Matcher, type PhraseList } from '../matcher/compile.js';
import type { Config } from '../config.js';
import { GREETING_KEY, ROLE_KEY, SIGNOFF_KEY, SIGNOFF_THANKS_KEY, TIME_KEY } from '../document.js';
import { LANGUAGE_PACKS, PACKS } from '../languages/index.js';
import type { ActiveRule, Language } from '../types.js';

/** Each language's negators, as a set. */
export const NEGATORS = Object.fromEntries(PACKS.map((pack) => [pack.id, new Set(pack.negators)])) as unknown as Record<Language, ReadonlySet<string>>;

export interface LanguageMatchers {
  /** Reply categories and the engine's own (greeting, sign-off, role). */
  reply: Matcher;
  /** Only the categories rules look for in the client's message. */
  message: Matcher;
}

/** The two matchers of a language, or every problem of its phrase data and phrase edits. */
export function compileLanguage(language: Language, rules: readonly ActiveRule[], config: Config): LanguageMatchers | string[] {
  const shared = LANGUAGE_PACKS[language];
  const base: LanguageLexicon = { classes: shared.classes, negators: NEGATORS[language], verbForms: shared.verbForms };
  const replyLists: PhraseList[] = [
    { key: GREETING_KEY, patterns: shared.documentPhrases.greeting!, lexicon: base },
    { key: SIGNOFF_KEY, patterns: shared.documentPhrases.signoff!, lexicon: base },
    { key: SIGNOFF_THANKS_KEY, patterns: shared.documentPhrases.signoffThanks!, lexicon: base },
    { key: ROLE_KEY, patterns: shared.documentPhrases.role!, lexicon: base },
    { key: TIME_KEY, patterns: shared.documentPhrases.time ?? [], lexicon: base },
  ];
  const messageLists: PhraseList[] = [];
  const problems: string[] = [];
  for (const { rule } of rules) {
    const data = rule.languages[language]?.phrases ?? {};
    const edit = config.phrases?.[rule.meta.id]?.[language];
    const primary = rule.meta.primaryCategory;
    const onMessage = new Set(rule.meta.messageCategories ?? []);
    if (edit && !primary) problems.push(`config.phrases.${rule.meta.id}: this rule has no phrase list to edit`);
    // Categories named "@name" are the rule's own word classes for its patterns.
    const classes: Record<string, readonly string[]> = { ...shared.classes };
    for (const [category, list] of Object.entries(data)) if (category.startsWith('@')) classes[category.slice(1)] = list;
    const lexicon: LanguageLexicon = { ...base, classes };
    for (const [category, list] of Object.entries(data)) {
      if (category.startsWith('@')) continue;
      let patterns = [...list];
      if (edit && category === primary) {
        const removed = new Set(edit.remove ?? []);
        for (const pattern of removed) {
          if (!patterns.includes(pattern)) problems.push(`config.phrases.${rule.meta.id}.${language}.remove: "${pattern}" is not in the list`);
        }
        patterns = patterns.filter((pattern) => !removed.has(pattern));
        for (const pattern of edit.add ?? []) if (!patterns.includes(pattern)) patterns.push(pattern);
      }
      (onMessage.has(category) ? messageLists : replyLists).push({ key: `${rule.meta.id}/${category}`, patterns, lexicon });
    }
  }
  const compile = (lists: PhraseList[]): Matcher | undefined => {
    try {
      return compileMatcher(language, lists);
    } catch (error) {
      if (!(error instanceof PhraseErrors)) throw error;
      for (const phrase of error.errors) problems.push(`phrases: ${phrase.message}`);
      return undefined;
    }
  };
  const reply = compile(replyLists);
  const message = compile(messageLists);
  return reply && message && problems.length === 0 ? { reply, message } : problems;
}


import type { RuleContext, RuleLanguageData, RuleMeta, Rule } from './types.js';

/** Names both languages define. */
type Shared<A, B> = Extract<keyof A & keyof B, string>;

/**
 * The context a rule with this data gets: the phrase categories it can look for (those both
 * languages define, word classes `@…` left out: they are parts of phrases, not things to find),
 * its message ids and its phrasing ids.
 */
export type ContextOf<Ru extends RuleLanguageData, En extends RuleLanguageData> = RuleContext<
  Exclude<Shared<Ru['phrases'], En['phrases']>, `@${string}`>,
  Shared<Ru['messages'], En['messages']>,
  Shared<Ru['phrasings'], En['phrasings']>
>;

/**
 * Types a rule: `export default defineRule({ meta, languages: { ru, en }, check })`. The names are
 * read from the language data (written with `satisfies RuleLanguageData`), so
 * `context.find('agentDoes')`, `report({ messageId: 'mising' })` or `phrasings('thank')` with a name
 * one of the languages lacks fails to compile.
 */
export function defineRule<Ru extends RuleLanguageData, En extends RuleLanguageData>(rule: {
  meta: RuleMeta;
  languages: { ru: Ru; en: En };
  check(context: ContextOf<Ru, En>): void;
}): Rule {
  return rule as unknown as Rule;
}

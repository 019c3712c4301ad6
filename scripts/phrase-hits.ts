/**
 * How often each phrase of the built-in rules matches, over the fixtures and the labeled real
 * exchanges (../shared/corpus, when present): phrases that never match anywhere are the first to
 * weigh against the bundle budget.
 *   npx tsx scripts/phrase-hits.ts [ruleId] [--zero]
 */
import { createLinter, defineRule } from '../src/index.js';
import { builtInRules } from '../rules/index.js';
import { loadCases } from '../test/cases.js';
import { loadRealSet } from '../test/real-set.js';

const args = process.argv.slice(2);
const only = args.find((arg) => !arg.startsWith('--'));
const hits = new Map<string, number>();
const probe = defineRule({
  meta: { id: 'phrase-probe', defaultSeverity: 'info', weight: 0, preset: 'recommended', needsMessage: 'no', fixable: false },
  languages: {
    en: { description: '', rationale: '', phrases: {}, messages: {}, phrasings: {}, examples: { bad: { reply: '' }, good: { reply: '' } } },
    ru: { description: '', rationale: '', phrases: {}, messages: {}, phrasings: {}, examples: { bad: { reply: '' }, good: { reply: '' } } },
  },
  check(context) {
    for (const doc of [context.reply, context.message]) {
      for (const [key, matches] of doc?.matches ?? []) {
        for (const match of matches) {
          const id = `${context.language} ${key} :: ${match.pattern}`;
          hits.set(id, (hits.get(id) ?? 0) + 1);
        }
      }
    }
  },
});
const linter = createLinter({ preset: 'strict', plugins: [{ rules: [probe] }] });
const texts = [...loadCases(), ...(loadRealSet()?.items ?? [])];
for (const item of texts) linter.lint({ message: item.message, reply: item.reply, channel: item.channel as never });

let total = 0;
let zero = 0;
for (const rule of builtInRules) {
  if (only && rule.meta.id !== only) continue;
  for (const language of ['en', 'ru'] as const) {
    for (const [category, patterns] of Object.entries(rule.languages[language].phrases)) {
      for (const pattern of patterns) {
        const count = hits.get(`${language} ${rule.meta.id}/${category} :: ${pattern}`) ?? 0;
        total++;
        if (count === 0) zero++;
        if (!args.includes('--zero') || count === 0) console.log(`${String(count).padStart(5)}  ${language} ${rule.meta.id}/${category}  ${pattern}`);
      }
    }
  }
}
console.log(`\n${total} phrases, ${zero} never match on ${texts.length} texts`);

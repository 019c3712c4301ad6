/** What a rule sees while it runs (its RuleContext), made per rule per lint, and the checks on what it reports. */
import { isRangeIn } from '../fixes.js';
import type { ActiveRule, Audience, Channel, Commitment, Finding, HistoryEntry, Language, Match, Range, ReportDescriptor, Rule, RuleContext, Suggestion, TextDocument } from '../types.js';
import { LANGUAGE_PACKS } from '../languages/index.js';

/** A message or phrasing template with its {placeholders} filled. */
export function fillTemplate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** Where a category of a rule is looked for, and its match key. */
export interface CategoryInfo {
  key: string;
  onMessage: boolean;
}

/** A rule's categories per language (only those the language defines): made when the linter is created. */
export function ruleCategories(rule: Rule): Record<Language, ReadonlyMap<string, CategoryInfo>> {
  const onMessage = new Set(rule.meta.messageCategories ?? []);
  const of = (lang: Language) =>
    new Map(Object.keys(rule.languages[lang]?.phrases ?? {}).map((category) => [category, { key: `${rule.meta.id}/${category}`, onMessage: onMessage.has(category) }]));
  return Object.fromEntries((Object.keys(LANGUAGE_PACKS) as Language[]).map((language) => [language, of(language)])) as unknown as Record<Language, ReadonlyMap<string, CategoryInfo>>;
}

const NO_MATCHES: readonly Match[] = [];

export function makeContext(
  active: ActiveRule,
  categories: ReadonlyMap<string, CategoryInfo>,
  language: Language,
  reply: TextDocument,
  message: TextDocument | undefined,
  channel: Channel,
  audience: Audience,
  out: Finding[],
  history: readonly HistoryEntry[],
  commitments: readonly Commitment[],
): RuleContext {
  const { rule, severity, options } = active;
  const texts = rule.languages[language];
  const id = rule.meta.id;
  const findAll = (category: string, doc: TextDocument = reply): readonly Match[] => {
    const info = categories.get(category);
    if (info === undefined) throw new Error(`rule ${id} has no phrase category "${category}" in ${language}`);
    if ((doc === message) !== info.onMessage) {
      throw new Error(`rule ${id}: category "${category}" is looked for in the ${info.onMessage ? 'message' : 'reply'} (meta.messageCategories)`);
    }
    return doc.matches.get(info.key) ?? NO_MATCHES;
  };
  // Unquoted, unnegated matches per category, one cache per text (no key strings built per call).
  const ownInReply = new Map<string, readonly Match[]>();
  const ownInMessage = new Map<string, readonly Match[]>();
  return {
    history,
    commitments,
    reply,
    message,
    language,
    channel,
    audience,
    options,
    texts,
    findAll,
    find(category, doc = reply) {
      const cache = doc === reply ? ownInReply : ownInMessage;
      let found = cache.get(category);
      if (!found) {
        const all = findAll(category, doc);
        // Most lists are empty or hold no quoted or negated match: keep the array as it is.
        found = all.some((match) => match.quoted || match.negated) ? all.filter((match) => !match.quoted && !match.negated) : all;
        cache.set(category, found);
      }
      return found;
    },
    phrasings(suggestionId, data) {
      const entry = texts.phrasings[suggestionId];
      if (!entry) throw new Error(`rule ${id} has no phrasings "${suggestionId}" in ${language}`);
      const list = entry[channel] ?? entry.default ?? [];
      return list.map((text) => fillTemplate(text, data));
    },
    report(descriptor: ReportDescriptor) {
      const template = texts.messages[descriptor.messageId];
      if (template === undefined) throw new Error(`rule ${id} reported an unknown message id "${descriptor.messageId}"`);
      // Copied, not shared: a rule keeps no handle on a report; and checked — a plugin's range
      // outside the reply is the rule's error, not a finding.
      const length = reply.original.length;
      const suggestions = (descriptor.suggestions ?? []).map(({ text, fix }): Suggestion => {
        if (typeof text !== 'string' || (fix !== undefined && typeof fix.text !== 'string')) throw new Error(`rule ${id}: a suggestion's text is not a string`);
        if (fix !== undefined && !rule.meta.fixable) throw new Error(`rule ${id} reported a fix but its meta.fixable is false`);
        return fix === undefined ? { text } : { text, fix: { range: rangeWithin(fix.range, length, id), text: fix.text } };
      });
      const finding: Finding = { ruleId: id, severity, message: fillTemplate(template, descriptor.data), suggestions };
      if (descriptor.range !== undefined) finding.range = rangeWithin(descriptor.range, length, id);
      out.push(finding);
    },
  };
}

/** A copy of a rule's range: whole offsets, start ≤ end, inside the reply — or the rule's error. */
function rangeWithin(range: unknown, length: number, rule: string): Range {
  const { start, end } = (range ?? {}) as Record<string, unknown>;
  if (isRangeIn(start, end, length)) return { start: start as number, end: end as number };
  throw new Error(`rule ${rule}: a range is not within the reply (0..${length})`);
}


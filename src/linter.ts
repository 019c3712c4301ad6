/**
 * createLinter compiles once (config, phrase data, matchers); lint is sync, pure and never
 * throws on a valid input: a rule that throws becomes one `internal-error` finding.
 */
import { applyFixes, fixesInOrder, isRangeIn } from './fixes.js';
import { builtInRules, presets } from '../rules/index.js';
import { compileMatcher, PhraseErrors, type LanguageLexicon, type Matcher, type PhraseList } from './matcher/compile.js';
import { describeThrown, ReplylintConfigError, validateConfig, validateInput, validateRuleOptions, type Config } from './config.js';
import { scoreFindings } from './score.js';
import { WordCache } from './text/tokenize.js';
import { buildDocument, detectLanguage, GREETING_KEY, markEchoes, parseText, ROLE_KEY, SIGNOFF_KEY, SIGNOFF_THANKS_KEY, type ForeignLanguage, type ParsedText } from './document.js';
import { LANGUAGE_PACKS, PACKS } from './languages/index.js';
import {
  PUBLIC_CHANNELS,
  type Audience,
  type Channel,
  type Finding,
  type Fix,
  type Language,
  type LintInput,
  type ActiveRule,
  type Match,
  type Report,
  type ReportDescriptor,
  type Rule,
  type RuleContext,
  type Severity,
  type Suggestion,
  type Range,
  type TextDocument,
} from './types.js';

export type { ActiveRule } from './types.js';

/** What `fix` leaves: the reply with every applicable first fix, and the report on it. */
export interface FixOutcome {
  /** The reply after the fixes (the input reply when nothing applied). */
  output: string;
  /** How many fixes were applied, over all passes. */
  applied: number;
  /** The findings left in `output`. */
  findings: Finding[];
  score: number;
}

/** Passes of lint-then-fix at most (ESLint's verifyAndFix uses 10 too). */
const MAX_FIX_PASSES = 10;


export interface Linter {
  lint(input: LintInput): Report;
  /**
   * Applies every finding's first fix, lints again and repeats until nothing changes (at most 10
   * passes): fixes that insert at the same point (thanks and sympathy after the greeting) go in
   * one after another. Applying it to its own output changes nothing.
   */
  fix(input: LintInput): FixOutcome;
  /** The rules this linter runs, with their configured severity. */
  readonly rules: readonly ActiveRule[];
  /**
   * Forgets every word this linter has read. For speed a linter remembers the words of the texts
   * it lints (at most 50,000 written forms) and the last client's message (parsed once while the
   * agent types the reply): a client's name or a password typed into a message stays in memory
   * until then. Call it when a conversation is closed; the linter stays usable.
   * The one-shot `lint()` and `fix()` keep nothing.
   */
  dispose(): void;
}

const DEFAULT_MAX_INPUT_LENGTH = 1_000_000;

/** The first `length` code units, without splitting a surrogate pair. */
function cutAt(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}
const NEGATORS = Object.fromEntries(PACKS.map((pack) => [pack.id, new Set(pack.negators)])) as unknown as Record<Language, ReadonlySet<string>>;

/** The engine's texts in a language ('und' reads English). */
function engineTexts(language: string) {
  return (LANGUAGE_PACKS[language as Language] ?? LANGUAGE_PACKS.en).texts;
}

/** Engine findings that are not rules of their own; they carry no weight in the score. */
export const ENGINE_FINDING_IDS: ReadonlySet<string> = new Set(['unsupported-language', 'input-truncated', 'internal-error']);

export function fillTemplate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** The rules that run, with their severities and checked options; throws one config error naming every bad option. */
function resolveRules(config: Config): ActiveRule[] {
  const preset = config.preset ?? 'recommended';
  const presetSeverities = presets[preset];
  const all: Rule[] = [...builtInRules, ...(config.plugins ?? []).flatMap((plugin) => plugin.rules)];
  const active: ActiveRule[] = [];
  const problems: string[] = [];
  for (const rule of all) {
    const setting = config.rules?.[rule.meta.id];
    const builtIn = builtInRules.includes(rule);
    let severity: Severity | 'off' = builtIn ? presetSeverities[rule.meta.id] ?? 'off' : rule.meta.defaultSeverity;
    let options: Record<string, unknown> = {};
    if (setting !== undefined) {
      if (Array.isArray(setting)) [severity, options] = setting;
      else severity = setting;
    }
    const checked = validateRuleOptions(rule, options);
    problems.push(...checked.problems);
    if (severity !== 'off') active.push(Object.freeze({ rule, severity, options: Object.freeze({ ...checked.options }) }));
  }
  if (problems.length > 0) throw new ReplylintConfigError(problems);
  // Frozen: `linter.rules` hands this list out, and the linter runs what it holds.
  return Object.freeze(active) as ActiveRule[];
}

interface LanguageMatchers {
  /** Reply categories and the engine's own (greeting, sign-off, role). */
  reply: Matcher;
  /** Only the categories rules look for in the client's message. */
  message: Matcher;
}

/** The two matchers of a language, or every problem of its phrase data and phrase edits. */
function compileLanguage(language: Language, rules: readonly ActiveRule[], config: Config): LanguageMatchers | string[] {
  const shared = LANGUAGE_PACKS[language];
  const base: LanguageLexicon = { classes: shared.classes, negators: NEGATORS[language], verbForms: shared.verbForms };
  const replyLists: PhraseList[] = [
    { key: GREETING_KEY, patterns: shared.documentPhrases.greeting!, lexicon: base },
    { key: SIGNOFF_KEY, patterns: shared.documentPhrases.signoff!, lexicon: base },
    { key: SIGNOFF_THANKS_KEY, patterns: shared.documentPhrases.signoffThanks!, lexicon: base },
    { key: ROLE_KEY, patterns: shared.documentPhrases.role!, lexicon: base },
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

function defaultAudience(channel: Channel): Audience {
  return PUBLIC_CHANNELS.includes(channel) ? 'public' : 'private';
}

function byPosition(a: Finding, b: Finding): number {
  const aStart = a.range?.start ?? -1;
  const bStart = b.range?.start ?? -1;
  return aStart - bStart || (a.range?.end ?? -1) - (b.range?.end ?? -1);
}

export function createLinter(config: Config = {}): Linter {
  const validated = validateConfig(config, builtInRules.map((rule) => rule.meta.id));
  const rules = resolveRules(validated);
  const languages = Object.keys(LANGUAGE_PACKS) as Language[];
  const compiled = languages.map((language) => compileLanguage(language, rules, validated));
  const problems = compiled.flatMap((result) => (Array.isArray(result) ? result : []));
  if (problems.length > 0) throw new ReplylintConfigError(problems);
  const matchers = Object.fromEntries(languages.map((language, i) => [language, compiled[i]])) as Record<Language, LanguageMatchers>;
  // Sentences of a text written in another language are judged in it.
  const foreignOf = (language: Language, which: 'reply' | 'message') =>
    languages.filter((other) => other !== language).map((other) => ({ pack: LANGUAGE_PACKS[other], matcher: matchers[other][which], negators: NEGATORS[other] }));
  const foreign = Object.fromEntries(languages.map((language) => [language, { reply: foreignOf(language, 'reply'), message: foreignOf(language, 'message') }])) as Record<
    Language,
    { reply: ForeignLanguage[]; message: ForeignLanguage[] }
  >;

  const maxLength = validated.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  const words = new WordCache();
  const categoriesOf = rules.map(({ rule }) => ruleCategories(rule));

  // The keystroke path: while an agent types, the client's message stays the same. The last one is
  // kept, parsed and built, and used again when the next lint has the same text (and language).
  let last: { text: string; parsed: ParsedText; generation: number; built?: TextDocument } | undefined;

  function parseMessage(text: string): ParsedText {
    if (last !== undefined && last.text === text && last.generation === words.generation) return last.parsed;
    last = { text, parsed: parseText(text, words, false), generation: words.generation };
    return last.parsed;
  }

  function messageDocument(parsed: ParsedText, language: Language): TextDocument {
    if (last?.parsed !== parsed) return buildDocument(parsed, language, matchers[language].message, NEGATORS[language], foreign[language].message);
    if (last.built?.language !== language) last.built = buildDocument(parsed, language, matchers[language].message, NEGATORS[language], foreign[language].message);
    return last.built;
  }

  function lint(rawInput: LintInput): Report {
    const validatedInput = validateInput(rawInput);
    // Limits instead of stalls: a huge paste is linted on its beginning, and the report says so.
    const truncated: Array<'reply' | 'message'> = [];
    const input = { ...validatedInput };
    if (input.reply.length > maxLength) {
      input.reply = cutAt(input.reply, maxLength);
      truncated.push('reply');
    }
    if (input.message !== undefined && input.message.length > maxLength) {
      input.message = cutAt(input.message, maxLength);
      truncated.push('message');
    }
    const channel = input.channel ?? 'email';
    const audience = input.audience ?? defaultAudience(channel);
    const replyText = parseText(input.reply, words);
    const messageText = input.message !== undefined && /\S/.test(input.message) ? parseMessage(input.message) : undefined;

    let language = input.language !== undefined && input.language in LANGUAGE_PACKS ? (input.language as Language) : replyText.language;
    if (language === 'und' && messageText) language = detectLanguage(messageText.masked, messageText.tokens);
    if (messageText) messageText.language = language;
    const notices = truncated.map((which): Finding => ({
      ruleId: 'input-truncated',
      severity: 'info',
      message: fillTemplate(engineTexts(language)['input-truncated'], {
        limit: maxLength,
        what: engineTexts(language)[which],
      }),
      ...(which === 'reply' ? { range: { start: input.reply.length, end: validatedInput.reply.length } } : {}),
      suggestions: [],
    }));
    if (language === 'und') {
      const unsupported: Finding = { ruleId: 'unsupported-language', severity: 'info', message: engineTexts('und')['unsupported-language'], suggestions: [] };
      return { language: 'und', score: 100, findings: [unsupported, ...notices] };
    }
    if (messageText) markEchoes(replyText.tokens, messageText.tokens);
    const negators = NEGATORS[language];
    const reply = buildDocument(replyText, language, matchers[language].reply, negators, foreign[language].reply);
    const message = messageText ? messageDocument(messageText, language) : undefined;

    const findings: Finding[] = [];
    for (let r = 0; r < rules.length; r++) {
      const active = rules[r]!;
      const { rule } = active;
      if (rule.meta.needsMessage === 'skips-without' && !message) continue;
      // A rule with no data for the language is not run in it.
      if (rule.languages[language] === undefined) continue;
      const pending: Finding[] = [];
      try {
        rule.check(makeContext(active, categoriesOf[r]![language], language, reply, message, channel, audience, pending));
        findings.push(...pending);
      } catch (error) {
        const text = describeThrown(error);
        findings.push({
          ruleId: 'internal-error',
          severity: 'error',
          message: fillTemplate(engineTexts(language)['internal-error'], { rule: rule.meta.id, error: text }),
          suggestions: [],
        });
      }
    }
    findings.push(...notices);
    findings.sort(byPosition);
    return { language, score: scoreFindings(findings, rules), findings };
  }

  function fix(input: LintInput): FixOutcome {
    let current: LintInput = { ...input };
    let report = lint(current);
    let applied = 0;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const fixes = fixesInOrder(report.findings.map((finding) => ({ ruleId: finding.ruleId, fix: finding.suggestions[0]?.fix })));
      if (fixes.length === 0) break;
      const result = applyFixes(current.reply, fixes);
      if (result.output === current.reply) break;
      current = { ...current, reply: result.output };
      applied += result.applied.length;
      report = lint(current);
    }
    return { output: current.reply, applied, findings: report.findings, score: report.score };
  }

  function dispose(): void {
    words.clear();
    last = undefined;
    for (const language of ['ru', 'en'] as const) {
      matchers[language].reply.entries.clear();
      matchers[language].message.entries.clear();
    }
  }

  return { lint, fix, rules, dispose };
}

/** Where a category of a rule is looked for, and its match key. */
interface CategoryInfo {
  key: string;
  onMessage: boolean;
}

/** A rule's categories per language (only those the language defines): made when the linter is created. */
function ruleCategories(rule: Rule): Record<Language, ReadonlyMap<string, CategoryInfo>> {
  const onMessage = new Set(rule.meta.messageCategories ?? []);
  const of = (lang: Language) =>
    new Map(Object.keys(rule.languages[lang]?.phrases ?? {}).map((category) => [category, { key: `${rule.meta.id}/${category}`, onMessage: onMessage.has(category) }]));
  return Object.fromEntries((Object.keys(LANGUAGE_PACKS) as Language[]).map((language) => [language, of(language)])) as unknown as Record<Language, ReadonlyMap<string, CategoryInfo>>;
}

const NO_MATCHES: readonly Match[] = [];

function makeContext(
  active: ActiveRule,
  categories: ReadonlyMap<string, CategoryInfo>,
  language: Language,
  reply: TextDocument,
  message: TextDocument | undefined,
  channel: Channel,
  audience: Audience,
  out: Finding[],
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

let defaultLinter: Linter | undefined;
const linters = new WeakMap<object, Linter>();

function linterFor(config: Config | undefined): Linter {
  if (config === undefined || config === null) return (defaultLinter ??= createLinter());
  // Not an object: createLinter names the problem (a WeakMap cannot hold it).
  if (typeof config !== 'object') return createLinter(config);
  let linter = linters.get(config);
  if (!linter) {
    linter = createLinter(config);
    linters.set(config, linter);
  }
  return linter;
}

/**
 * Lints one reply. With a config object, the compiled linter is cached for that object. It keeps
 * no word of the texts (see `Linter.dispose`); to lint many replies fast, create a linter.
 */
export function lint(input: LintInput, config?: Config): Report {
  const linter = linterFor(config);
  try {
    return linter.lint(input);
  } finally {
    linter.dispose();
  }
}

/** Applies every finding's first fix until nothing changes (see `Linter.fix`); keeps no word either. */
export function fix(input: LintInput, config?: Config): FixOutcome {
  const linter = linterFor(config);
  try {
    return linter.fix(input);
  } finally {
    linter.dispose();
  }
}

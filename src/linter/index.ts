/**
 * createLinter compiles once (config, phrase data, matchers); lint is sync, pure and never
 * throws on a valid input: a rule that throws becomes one `internal-error` finding. The jobs around
 * it: ./rules.ts (which rules run), ./phrases.ts (the matchers), ./context.ts (what a rule sees).
 */
import { applyFixes, fixesInOrder } from '../fixes.js';
import { builtInRules } from '../../rules/index.js';
import { describeThrown, ReplylintConfigError, validateConfig, validateInput, type Config } from '../config.js';
import { scoreFindings } from '../score.js';
import { WordCache } from '../text/tokenize.js';
import { buildDocument, detectLanguage, markEchoes, parseText, TIME_KEY, type ForeignLanguage, type ParsedText } from '../document.js';
import { clockOf, findCommitments } from '../commitments/index.js';
import { LANGUAGE_PACKS } from '../languages/index.js';
import { fillTemplate, makeContext, ruleCategories } from './context.js';
import { compileLanguage, NEGATORS, type LanguageMatchers } from './phrases.js';
import { resolveRules } from './rules.js';
import {
  PUBLIC_CHANNELS,
  type Audience,
  type Channel,
  type Finding,
  type HistoryEntry,
  type Language,
  type LintInput,
  type ActiveRule,
  type Commitment,
  type Report,
  type TextDocument,
} from '../types.js';

export type { ActiveRule } from '../types.js';

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
/** Earlier agent turns a linter keeps parsed. */
const MAX_KEPT_TURNS = 64;
const NO_HISTORY: readonly HistoryEntry[] = Object.freeze([]);

/** The first `length` code units, without splitting a surrogate pair. */
function cutAt(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/** The engine's texts in a language ('und' reads English). */
function engineTexts(language: string) {
  return (LANGUAGE_PACKS[language as Language] ?? LANGUAGE_PACKS.en).texts;
}

/** Engine findings that are not rules of their own; they carry no weight in the score. */
export const ENGINE_FINDING_IDS: ReadonlySet<string> = new Set(['unsupported-language', 'input-truncated', 'internal-error']);

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

  // Earlier agent turns, parsed and matched like a reply, kept by language and text (the history stays the same while an agent types).
  // (Word numbers change when the word cache is reset: a turn parsed before is parsed again.)
  const agentTurns = new Map<string, { document: TextDocument; generation: number }>();
  function agentTurn(text: string, language: Language): TextDocument {
    const key = `${language}\u0000${text}`;
    const kept = agentTurns.get(key);
    if (kept !== undefined && kept.generation === words.generation) return kept.document;
    if (agentTurns.size >= MAX_KEPT_TURNS) agentTurns.clear();
    const parsed = parseText(text.length > maxLength ? cutAt(text, maxLength) : text, words, false);
    const document = buildDocument(parsed, language, matchers[language].reply, NEGATORS[language], foreign[language].reply);
    agentTurns.set(key, { document, generation: words.generation });
    return document;
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
      return { language: 'und', score: 100, findings: [unsupported, ...notices], commitments: [] };
    }
    if (messageText) markEchoes(replyText.tokens, messageText.tokens);
    const negators = NEGATORS[language];
    const reply = buildDocument(replyText, language, matchers[language].reply, negators, foreign[language].reply);
    const message = messageText ? messageDocument(messageText, language) : undefined;
    // The conversation's earlier turns, the agent's parsed and matched (and kept for the next keystroke).
    // (A plain property, not a getter: an accessor in the context object made every rule's calls 1.5x slower.)
    const turns = input.history;
    const history: readonly HistoryEntry[] =
      turns === undefined || turns.length === 0
        ? NO_HISTORY
        : turns.map((turn) => ({ role: turn.role, text: turn.text, document: turn.role === 'agent' ? agentTurn(turn.text, language as Language) : undefined }));

    // The promises the reply makes (the report's and the rules' `commitments`), their times resolved when `now` is given.
    const promises = LANGUAGE_PACKS[language].commitments;
    const commitments: Commitment[] = promises
      ? findCommitments(reply, promises, reply.matches.get(TIME_KEY) ?? [], input.now !== undefined ? clockOf(input.now, input.timeZone) : undefined)
      : [];

    const findings: Finding[] = [];
    for (let r = 0; r < rules.length; r++) {
      const active = rules[r]!;
      const { rule } = active;
      if (rule.meta.needsMessage === 'skips-without' && !message) continue;
      // A rule with no data for the language is not run in it.
      if (rule.languages[language] === undefined) continue;
      const pending: Finding[] = [];
      try {
        rule.check(makeContext(active, categoriesOf[r]![language], language, reply, message, channel, audience, pending, history, commitments));
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
    return { language, score: scoreFindings(findings, rules), findings, commitments };
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
    agentTurns.clear();
    for (const language of ['ru', 'en'] as const) {
      matchers[language].reply.entries.clear();
      matchers[language].message.entries.clear();
    }
  }

  return { lint, fix, rules, dispose };
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

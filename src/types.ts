/** Public and rule-facing types. Offsets are UTF-16 code units into the original reply. */

import type { $ZodType } from 'zod/v4/core';

/** A language replylint speaks: one per pack in src/languages/ (the registry defines it). */
export type { Language } from './languages/index.js';
import type { Language } from './languages/index.js';
export type DetectedLanguage = Language | 'und';
export type Channel = 'email' | 'chat' | 'messenger' | 'social' | 'review' | 'forum' | 'sms';
export type Audience = 'public' | 'private';
export type Severity = 'error' | 'warning' | 'info';

export const CHANNELS: readonly Channel[] = ['email', 'chat', 'messenger', 'social', 'review', 'forum', 'sms'];
export const PUBLIC_CHANNELS: readonly Channel[] = ['social', 'review', 'forum'];

export interface Range {
  start: number;
  end: number;
}

export interface Fix {
  range: Range;
  text: string;
}

export interface Suggestion {
  text: string;
  fix?: Fix;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Absent: the finding concerns the whole reply. */
  range?: Range;
  suggestions: Suggestion[];
}

/** An earlier turn of the conversation: who wrote it and what. */
export interface HistoryTurn {
  role: 'client' | 'agent';
  text: string;
}

export interface LintInput {
  message?: string;
  reply: string;
  channel?: Channel;
  audience?: Audience;
  language?: Language | 'auto';
  /** The conversation's earlier turns, oldest first (before `message`): rules such as `repeated-reply` read them. */
  history?: readonly HistoryTurn[];
  /**
   * When the reply is written: an ISO 8601 date-time with an offset ("2026-12-07T10:30:00+03:00" or
   * "…Z"). With it, each commitment's time is resolved ("завтра в 15:00" → a date-time).
   */
  now?: string;
  /** The IANA time zone times are resolved in ("Europe/Moscow"); without it, the offset written in `now`. */
  timeZone?: string;
}

/** The time a commitment names: where, and (with `now` in the input) when. */
export interface Due {
  range: Range;
  /** The words, as written ("by Friday", «в течение двух рабочих дней»). */
  text: string;
  /**
   * With `now`: the time as ISO 8601 — a date-time ("2026-12-08T15:00:00+03:00" for «завтра в 15:00»)
   * or an interval `start/end` ("by Friday": from now to Friday's end). Absent when the words name no
   * time the grammar can place ("this afternoon").
   */
  resolved?: string;
  /** With `now`: the latest moment the promise allows (the date-time, or the interval's end). */
  deadline?: string;
}

/** A promise the reply makes: a company-side action to come (seed 003: a promise not written down is lost). */
export interface Commitment {
  /** From the promiser (when named before the verb) to the end of the action and its time. */
  range: Range;
  /** Who acts: "we" (the company side, a team, an impersonal or passive promise), "I", or the named third party as written, lower case ("courier", «мастер»). */
  actor: string;
  /** The promised action's words, as written ("send a replacement", «перезвонит»). */
  action: string;
  due?: Due;
  /** Made on a condition: «если не придёт, мы отправим новую», "if it happens again, we'll replace it". */
  conditional: boolean;
}

export interface Report {
  language: DetectedLanguage;
  score: number;
  findings: Finding[];
  /** The promises the reply makes, in order (empty when it makes none or its language is not supported). */
  commitments: Commitment[];
}

// ---------------------------------------------------------------- text model

export type TokenKind = 'word' | 'number' | 'url' | 'email' | 'phone' | 'handle' | 'placeholder';

export interface Token {
  kind: TokenKind;
  /** Offsets into the original string. */
  start: number;
  end: number;
  /** Lower case, ё→е, apostrophes unified; contractions expanded ("we've" → "we" + "have"). */
  norm: string;
  /** Stem from the language's Porter stemmer (natural), cached. */
  stem: string;
  /** A number per distinct `norm`, the same across texts within the process. */
  id: number;
  /** Index of the sentence holding the token. */
  sentence: number;
  /** Index of the clause (split at , ; : — ( ) and sentence ends). */
  clause: number;
  /** Inside quotation marks, a `>` line, or words repeated from the client's message. */
  quoted: boolean;
  /** A negator («не», "not", "never"…) stands up to three words before, in the same clause. */
  negated: boolean;
  /** Written in capitals (two letters or more). */
  caps: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token indices: [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

export interface Match {
  /** `${ruleId}/${category}` */
  key: string;
  /** The phrase as written in the phrase data. */
  pattern: string;
  start: number;
  end: number;
  firstToken: number;
  /** Exclusive. */
  endToken: number;
  sentence: number;
  quoted: boolean;
  negated: boolean;
}

export interface TextDocument {
  readonly original: string;
  /** Same length as `original`: markup blanked, placeholders as U+E000 runs. Offsets map 1:1. */
  readonly masked: string;
  readonly language: DetectedLanguage;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Words: tokens of kind word or number. */
  readonly wordCount: number;
  /** Sentence index of a leading greeting, or -1. */
  readonly greetingSentence: number;
  /** Index of the first sentence of a trailing signature block (sign-off, name, initials), or sentences.length. */
  readonly signatureStart: number;
  /** Sentence index of the sign-off line («С уважением», "Best regards"), or -1. */
  readonly signOffSentence: number;
  /** Counts that express emotion in a message (runs of «!!», «?!» on `>`-quoted lines and in quoted history are not counted). */
  readonly exclamationRuns: number;
  readonly capsWords: number;
  /** Matches of every phrase category, keyed `${ruleId}/${category}`. */
  readonly matches: ReadonlyMap<string, readonly Match[]>;
}

// ---------------------------------------------------------------- rules

export interface ExampleInput {
  message?: string;
  reply: string;
  history?: readonly HistoryTurn[];
  channel?: Channel;
  audience?: Audience;
}

/** Phrases per category; see src/matcher/compile.ts for the pattern syntax. */
export type PhraseData<Category extends string = string> = Record<Category, readonly string[]>;

/** Phrasings keyed by a suggestion id; a value per channel where they differ (`default` otherwise). */
export type Phrasings<Id extends string = string> = Record<Id, Partial<Record<Channel | 'default', readonly string[]>>>;

/** What a rule finds, why it exists, and a reply that breaks it and one that keeps it, per language. */
export type RuleDocs = Record<Language, { description: string; rationale: string; examples: { bad: ExampleInput; good: ExampleInput } }>;

/**
 * One language's data of a rule. Generic over its phrase categories, message ids and phrasing ids;
 * `defineRule` reads them from the data, so write the data files with `satisfies RuleLanguageData`
 * (not a type annotation) to keep the keys.
 */
export interface RuleLanguageData<Category extends string = string, MessageId extends string = string, PhrasingId extends string = string> {
  /** One line on what the rule finds (optional; the built-in rules keep theirs in rules/<id>/docs.ts, read with descriptionOf). */
  description?: string;
  /** Why the rule exists (optional; the built-in rules keep theirs in rules/<id>/docs.ts, read with rationaleOf). */
  rationale?: string;
  phrases: PhraseData<Category>;
  /** Message id → template with {named} placeholders. */
  messages: Record<MessageId, string>;
  phrasings: Phrasings<PhrasingId>;
  /** A reply that breaks the rule and one that keeps it (optional; the built-in rules keep theirs in rules/<id>/docs.ts). */
  examples?: { bad: ExampleInput; good: ExampleInput };
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** Penalty points in the score for one finding at `warning`. */
  weight: number;
  /** The preset that first enables it. */
  preset: 'recommended' | 'strict';
  /** What the rule needs from the client's message, and what it does without one. */
  needsMessage: 'no' | 'skips-without';
  /** Phrase category that `phrases.<id>.<lang>.add/remove` in the config edits. */
  primaryCategory?: string;
  /** Phrase categories looked for in the client's message; every other category is looked for in the reply. */
  messageCategories?: readonly string[];
  fixable: boolean;
  /**
   * The rule's options (`rules: { id: [severity, options] }`) as a zod schema (zod or zod/mini),
   * checked with the config: a bad or unknown option is a config error naming it, and the rule gets
   * the schema's output (with its defaults). A rule without one takes no options.
   */
  options?: $ZodType;
}

export interface ReportDescriptor<MessageId extends string = string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  range?: Range;
  suggestions?: Suggestion[];
}

/** An earlier turn as a rule sees it: an agent's turn parsed and matched like the reply (phrases, greeting, signature). */
export interface HistoryEntry {
  readonly role: 'client' | 'agent';
  readonly text: string;
  /** The agent's turns only. */
  readonly document: TextDocument | undefined;
}

export interface RuleContext<Category extends string = string, MessageId extends string = string, PhrasingId extends string = string> {
  readonly reply: TextDocument;
  readonly message: TextDocument | undefined;
  readonly language: Language;
  readonly channel: Channel;
  readonly audience: Audience;
  readonly options: Readonly<Record<string, unknown>>;
  /** The conversation's earlier turns, oldest first (empty without `history` in the input); an agent's turn parsed like a reply. */
  readonly history: readonly HistoryEntry[];
  /** The promises the reply makes (the report's `commitments`). */
  readonly commitments: readonly Commitment[];
  /** This rule's texts in the report language. */
  readonly texts: RuleLanguageData<Category, MessageId, PhrasingId>;
  /** The agent's matches of this rule's category: quoted and negated ones left out. */
  find(category: Category, doc?: TextDocument): readonly Match[];
  /** Every match of the category, quoted and negated included. */
  findAll(category: Category, doc?: TextDocument): readonly Match[];
  /** Phrasings of a suggestion id fitted to the channel, with {placeholders} filled. */
  phrasings(id: PhrasingId, data?: Record<string, string | number>): string[];
  /** A finding; a fix in its suggestions only from a rule whose `meta.fixable` is true. */
  report(descriptor: ReportDescriptor<MessageId>): void;
}

export interface Rule {
  meta: RuleMeta;
  languages: Record<Language, RuleLanguageData>;
  check(context: RuleContext): void;
}

/** A rule as a linter runs it: with its severity and its checked options. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

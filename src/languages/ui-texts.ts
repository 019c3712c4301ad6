/** The shapes of the adapters' interface texts (see ./ui.ts): each language's ui.ts fills them. */
import type { Audience, Channel, Severity } from '../types.js';

/** The playground page. */
export interface Texts {
  title: string;
  tagline: string;
  examples: string;
  examplesPlaceholder: string;
  load: string;
  settings: string;
  channel: string;
  channels: Record<Channel, string>;
  audience: string;
  audiences: Record<Audience, string>;
  message: string;
  messagePlaceholder: string;
  draft: string;
  draftPlaceholder: string;
  draftHint: string;
  findings: string;
  score: string;
  scoreValue: (score: number) => string;
  scoreNone: string;
  count: (count: number) => string;
  empty: string;
  clean: string;
  severities: Record<Severity, string>;
  tally: (severity: Severity, count: number) => string;
  wholeReply: string;
  show: string;
  showLabel: (words: string) => string;
  insertionPoint: string;
  phrasings: string;
  apply: string;
  applyLabel: (text: string) => string;
  applyAll: string;
  copy: string;
  copyLabel: (text: string) => string;
  copied: string;
  footer: string;
}

/** The language server's quick-fix titles and hover labels. */
export interface LspTexts {
  insert: (text: string) => string;
  replace: (text: string) => string;
  disable: (ruleId: string) => string;
  message: string;
  phrasings: string;
  fixAll: string;
  fixAllAuto: string;
}

/** The QA report's labels. */
export interface QaReportTexts {
  title: string;
  lines: string;
  linted: string;
  bad: string;
  replies: string;
  mean: string;
  histogram: string;
  histogramNote: string;
  rules: string;
  agents: string;
  agentsNote: string;
  worst: string;
  client: string;
  reply: string;
  score: string;
  none: string;
  noAgents: string;
  agent: string;
  message: string;
}

/** How the adapters show the promises a reply makes (report.commitments). */
export interface PromiseTexts {
  /** "Promises" */
  title: string;
  /** "Promise": one, as a hover names it. */
  one: string;
  /** "we", "I" and a named party as they read in the language («мы», «я»). */
  actor: (actor: string) => string;
  /** Before a resolved deadline: "by". */
  by: string;
  /** A promise with no time: "no time named". */
  noTime: string;
  /** A conditional promise: "on a condition". */
  conditional: string;
  /** A reply that promises nothing. */
  none: string;
  /** The QA summary's columns: promises, and promises with no time. */
  count: string;
  noTimeCount: string;
}

export interface UiTexts {
  promises: PromiseTexts;
  lsp: LspTexts;
  qaReport: QaReportTexts;
  playground: Texts;
}


/**
 * Everything the engine needs to know about one language, in one place (#15, item 1). A language
 * is a folder `src/languages/<id>/` whose index exports a `LanguagePack`; the registry
 * (`src/languages/index.ts`) lists them. Rules keep their own phrase data per language in
 * `rules/<id>/<lang>.ts`; a rule with no data for a language is skipped in it.
 */

/** A piece of a word after expanding a contraction ("we've" → we + have): its norm and offsets inside the word. */
/** Phrases per category (the same shape as a rule's `PhraseData`). */
export type PackPhrases = Readonly<Record<string, readonly string[]>>;

export interface WordPiece {
  norm: string;
  start: number;
  end: number;
}

/** A token as the promise finder sees it (a subset of the engine's Token). */
export interface PromiseToken {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly norm: string;
  readonly stem: string;
  readonly clause: number;
}

/** Where a promise starts: its verb (the action's first word), who acts, and the token naming them. */
export interface PromiseHead {
  verb: number;
  actor: string;
  /** The token naming the actor, when the text names one ("we", "courier", «мастер»). */
  actorToken?: number;
  /** A promise read only with a time beside it ("we are sending it today"). */
  needsTime?: boolean;
}

/** What a language needs for commitments (src/commitments/): who promises, and when. */
export interface CommitmentWords {
  /** Finds the promises' heads in a text's tokens (the language's grammar: modal + verb, a verb's person…). */
  readonly heads: (tokens: readonly PromiseToken[]) => PromiseHead[];
  /** Words that make a sentence's promises conditional ("if", «если»). */
  readonly conditions: readonly string[];
  /** Words that end an action's words ("because", «чтобы»). */
  readonly stops: readonly string[];
  /** Words of a request to the client ("please", «пожалуйста»): a time in that clause is the client's. */
  readonly requests: readonly string[];
  /** Words joining two promises ("and", «и»): they share a time. */
  readonly joins: readonly string[];
  /** Words of a moment of its own ("now", «сейчас»): a promise with one keeps it, and shares no later time. */
  readonly now: readonly string[];
  /** Words of a hope or a maybe before a promise in its sentence: "we hope the strap will make…", «возможно, будет сделано позже». */
  readonly hedges: readonly string[];
  /** Words of a general statement, not a promise to this client: "they will always help", «обычно вернут». */
  readonly habitual: readonly string[];
  /** Negated, a promise refused: "we can't promise it'll be ready by Friday", «не можем обещать». */
  readonly refusals: readonly string[];
  /** The time words the resolver reads (src/commitments/time.ts). */
  readonly time: TimeWords;
}

/** Time words by meaning; a key ending in "*" is a prefix («пятниц*»). */
export interface TimeWords {
  /** Monday first. */
  readonly weekdays: readonly (readonly string[])[];
  /** January first. */
  readonly months: readonly (readonly string[])[];
  /** Day offsets from today: today 0, tomorrow 1. */
  readonly days: Readonly<Record<string, number>>;
  /** Units: m(inute), h(our), d(ay), w(eek), M(onth), D (a 24-hour day: «сутки»). */
  readonly units: Readonly<Record<string, string>>;
  readonly numbers: Readonly<Record<string, number>>;
  /** "business", «рабоч*». */
  readonly business: readonly string[];
  /** "end", «конца». */
  readonly end: readonly string[];
  readonly next: readonly string[];
  /** Words before a clock time ("at", "by", «в», «к»): "at 3" is 3 o'clock. */
  readonly at: readonly string[];
  /** Words linking a time's parts ("end of the month"). */
  readonly links: readonly string[];
  /** Morning hours after a number ("am", «утра»); also a clock's suffix ("10am"). */
  readonly am: readonly string[];
  /** Parts of a template placeholder's name that make it a time ({{appointment.date}}, {{дата}}). */
  readonly placeholders: readonly string[];
  /** Afternoon and evening hours ("pm", «вечера»): 1–11 become 13–23. */
  readonly pm: readonly string[];
  /** Parts of a day ("afternoon", «утром», «в первой половине дня»): a time, placed only with a day ("tomorrow morning"). */
  readonly parts: readonly string[];
  /** Noon ("noon", «полдень»). */
  readonly noon: readonly string[];
  /** Words that make a time a limit, not a moment ("by", «до»): the interval runs from now. */
  readonly limits: readonly string[];
  /** Before a count, a length, not a time: "for 3 months", «продлим на 30 дней». */
  readonly durations: readonly string[];

}

export interface LanguagePack {
  /** The code reports use: 'ru', 'en'. */
  readonly id: string;
  /** Does a word written with this (lower-case) first character belong to the language's script? */
  readonly startsWord: (code: number) => boolean;
  /** Is this normalized word one the language's stemmer should stem? */
  readonly stems: (norm: string) => boolean;
  /** The stem of a normalized word (natural's Porter stemmers for the built-in languages). */
  readonly stem: (norm: string) => string;
  /**
   * Function words: when set, a text in the language's script counts as this language only if it
   * has more of them than of other languages written in the same script (a Spanish tweet is not
   * English). Unset: the script alone decides (Cyrillic is Russian here).
   */
  readonly functionWords?: ReadonlySet<string>;
  /** Words whose "." ends no sentence: «ул.», «т. е.», "Mr.", "etc." (normalized, without the dot). */
  readonly abbreviations: readonly string[];
  /** Abbreviations only before a number ("No. 5"): "No." before a word ends a sentence ("No. Let us know…"). */
  readonly numberAbbreviations?: readonly string[];
  /** The headers of a quoted earlier message, as words: everything below is quoted. */
  readonly quoteHeaders: {
    /** Titles of a separator line ("-----Original message-----"). */
    readonly separators: readonly string[];
    /** How a "… wrote:" line opens ("On Mon, …", "From: …"). */
    readonly openers: readonly string[];
    /** The verb that ends it ("wrote", «написала»). */
    readonly wrote: readonly string[];
  };
  /** Splits a contraction into the words it stands for ("don't" → do + not); absent: words stay whole. */
  readonly expandContraction?: (norm: string) => WordPiece[];
  /** Word classes for `@class` in phrases (@we, @you, @team…). */
  readonly classes: Readonly<Record<string, readonly string[]>>;
  /** Words that negate what follows them (не, never…). */
  readonly negators: readonly string[];
  /** Irregular verb forms added to the stems of phrase words (send → sent). */
  readonly verbForms?: Readonly<Record<string, readonly string[]>>;
  /** The engine's own phrases: greeting, signoff, signoffThanks, role. */
  readonly documentPhrases: PackPhrases;
  /** Promises and their times; absent: reports in the language list no commitments. */
  readonly commitments?: CommitmentWords;
  /** A greeting followed by a comma runs on into the reply unless what follows starts like this ("thanks…", «спасибо…»). */
  readonly courtesy: RegExp;
  /** The engine's own findings and words, in this language. */
  readonly texts: {
    readonly 'unsupported-language': string;
    readonly 'input-truncated': string;
    readonly 'internal-error': string;
    /** How a finding names the two texts: "The reply", "The client's message". */
    readonly reply: string;
    readonly message: string;
  };
}

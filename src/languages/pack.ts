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

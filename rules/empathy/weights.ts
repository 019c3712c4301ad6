/**
 * How the signals of the client's emotion add up (rules/empathy/emotion.ts). The message is upset when
 * the weighted sum reaches NEGATIVE_THRESHOLD; it is praise when it carries no complaint and the
 * positive sum reaches POSITIVE_THRESHOLD. Fitted on the labeled real exchanges
 * (`npx tsx scripts/fit-emotion.ts` prints the fit) and checked on the fixtures; the reasons:
 */
export const WEIGHTS = {
  /** Per point of lexicon valence (VADER scale, -4..-1): "worst" (-3) decides alone, "annoying" (-2) with one more sign. */
  negativeWord: 0.5,
  /** A phrase of the rule's own `negative` list («сколько можно», "thanks for nothing"): decides alone. */
  phrase: 1,
  /** ":(", "😡", «((((»: decides alone, as DESIGN.md says. */
  negativeEmoji: 1,
  /** A blunt demand ("Fix it.", «Верните деньги»). */
  demand: 1,
  /** A rhetorical question ("Is anyone there?", «Что происходит?»). */
  rhetorical: 1,
  /** Waiting or money ("still no refund", «третью неделю жду»). */
  waiting: 0.45,
  /** A sum of money beside a complaint: money lost or overcharged ("charged $55 instead of $36"). */
  money: 0.45,
  /** "??", "?!": exasperation. */
  questionRun: 1,
  /** «!!» and more: a raised voice decides (beside praise and no problem word it is joy: "Love it!!"). */
  exclamation: 1,
  exclamationWithComplaint: 1,
  /** A word in capitals (three letters or more), counted up to `shoutedCap`. */
  shouted: 0.15,
  shoutedWithComplaint: 0.25,
  shoutedCap: 4,
  /** A praise phrase beside a complaint: sarcasm. */
  sarcasm: 0.8,
  /** Boosters ("so", «очень») and capitals multiply a word's valence; a negator flips it, weaker. */
  booster: 1.3,
  negation: -0.6,
  /** Problem words («не работает», "charged", "still"): a complaint is half-way to upset, never more alone. */
  complaint: 0.55,
  /** A report of this many words or more that opens with a greeting (1.5× without one) is calm: its problem words and waiting add nothing. */
  calmReportWords: 40,
  /** Positive side: a praise phrase decides; lexicon praise words and happy emoji add up. */
  praisePhrase: 1,
  praiseWord: 0.35,
  positiveEmoji: 0.5,
} as const;

export const NEGATIVE_THRESHOLD = 1;
/** Sums of decimal weights are compared with this slack (0.55 + 0.45 is 0.9999999999999999 in floating point). */
export const EPSILON = 1e-9;
export const POSITIVE_THRESHOLD = 1;
/** Lexicon warmth in the reply that answers praise (one "great", "fantastic", or a 😊). */
export const WARMTH_ANSWERS_PRAISE = 3;

/** Words that strengthen the next one (VADER's booster list, the common part; Russian equivalents). */
export const BOOSTERS: ReadonlySet<string> = new Set([
  'so', 'very', 'really', 'extremely', 'totally', 'completely', 'absolutely', 'utterly', 'incredibly', 'fucking', 'freaking',
  'super', 'most', 'such', 'too', 'truly', 'seriously',
  'очень', 'совсем', 'совершенно', 'абсолютно', 'полностью', 'крайне', 'слишком', 'просто', 'реально', 'жутко', 'ужасно', 'такой',
  'такая', 'такое', 'такие', 'настолько', 'вообще',
]);

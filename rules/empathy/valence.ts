/**
 * Word, emoji and emoticon valence for the empathy rule, decoded once (on first use) from the
 * generated rules/empathy/lexicon.ts. Valence is an integer -4..+4 (VADER's scale).
 */
import { EMOJI, EMOTICONS, EN_WORDS, RU_STEMS } from './lexicon.js';

/** Inflectional endings of Russian nouns, adjectives, verbs and participles (after ё → е). */
export const RU_ENDINGS: ReadonlySet<string> = new Set([
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'й', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ов', 'ев', 'ий', 'ый',
  'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ых', 'их', 'ыми', 'ими', 'ость', 'ости',
  'ть', 'ти', 'ться', 'ет', 'ит', 'ут', 'ют', 'ат', 'ят', 'ешь', 'ишь', 'ем', 'им', 'ете', 'ите', 'ал', 'ала', 'ало', 'али', 'ил', 'ила',
  'ило', 'или', 'ся', 'сь', 'ется', 'ится', 'утся', 'ются', 'атся', 'ятся', 'ный', 'ная', 'ное', 'ные', 'но', 'на', 'ны', 'ен', 'ть',
]);

/** Cyrillic letters (after ё → е) and their ASCII stand-ins, one to one. */
const RU_ALPHABET = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';
const RU_ASCII = 'abvgdejziyklmnoprstufhc4wq0x1397';

export function encodeRu(word: string): string {
  let out = '';
  for (const ch of word) {
    const index = RU_ALPHABET.indexOf(ch);
    out += index === -1 ? ch : RU_ASCII[index];
  }
  return out;
}

export function decodeRu(word: string): string {
  let out = '';
  for (const ch of word) {
    const index = RU_ASCII.indexOf(ch);
    out += index === -1 ? ch : RU_ALPHABET[index];
  }
  return out;
}

export interface ValenceTables {
  en: Map<string, number>;
  ru: Map<string, number>;
  emoji: Map<string, number>;
  emoticons: Map<string, number>;
  /** Longest emoticon, in UTF-16 units. */
  emoticonLength: number;
}

function decode(buckets: Readonly<Record<string, string>>, words: (keys: string) => string[], map: (key: string) => string = (key) => key): Map<string, number> {
  const out = new Map<string, number>();
  for (const [valence, keys] of Object.entries(buckets)) for (const key of words(keys)) if (key) out.set(map(key), Number(valence));
  return out;
}
const spaced = (keys: string) => keys.split(' ');

let tables: ValenceTables | undefined;

export function valenceTables(): ValenceTables {
  if (tables) return tables;
  const emoticons = decode(EMOTICONS, spaced);
  let emoticonLength = 0;
  for (const key of emoticons.keys()) emoticonLength = Math.max(emoticonLength, key.length);
  tables = { en: decode(EN_WORDS, frontDecode), ru: decode(RU_STEMS, frontDecode, decodeRu), emoji: decode(EMOJI, spaced, (hex) => String.fromCodePoint(Number.parseInt(hex, 16))), emoticons, emoticonLength };
  return tables;
}

/** Sorted words as one string: each word starts with a capital A.. giving how many letters it shares with the previous one. */
export function frontCode(words: readonly string[]): string {
  let out = '';
  let previous = '';
  for (const word of [...words].sort()) {
    let shared = 0;
    while (shared < 25 && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
    out += String.fromCharCode(65 + shared) + word.slice(shared);
    previous = word;
  }
  return out;
}

export function frontDecode(coded: string): string[] {
  const words: string[] = [];
  let previous = '';
  let i = 0;
  while (i < coded.length) {
    const shared = coded.charCodeAt(i) - 65;
    let j = i + 1;
    while (j < coded.length && !(coded.charCodeAt(j) >= 65 && coded.charCodeAt(j) <= 90)) j++;
    previous = previous.slice(0, shared) + coded.slice(i + 1, j);
    words.push(previous);
    i = j;
  }
  return words;
}

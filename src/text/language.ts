import type { DetectedLanguage, Token } from '../types.js';
import { PACKS } from '../languages/index.js';

/**
 * The language of a text from its words: the script first (the pack whose letters start the most
 * words; a tie goes to the earlier pack), then, for a language that shares its script with others
 * (English and the other Latin-script languages), its function words against those of languages
 * replylint does not speak — so a Spanish tweet is 'und', not English.
 */
const UNSUPPORTED_FUNCTION_WORDS = new Set([
  'el', 'la', 'los', 'las', 'que', 'de', 'del', 'y', 'en', 'por', 'para', 'con', 'una', 'uno', 'es', 'gracias',
  'hola', 'muy', 'pero', 'su', 'nos', 'te', 'mi', 'lo', 'le', 'se', 'como', 'más', 'est', 'et', 'les', 'des',
  'une', 'pour', 'vous', 'nous', 'merci', 'bonjour', 'und', 'der', 'die', 'das', 'ist', 'nicht', 'ich', 'sie',
  'danke', 'não', 'obrigado', 'você', 'para', 'estamos', 'ayudarte', 'puedes', 'hemos', 'tu', 'al',
]);

/** The pack whose words start with this character code (-1: none), remembered for the codes below 0x500. */
const OWNERS = new Int8Array(0x500).fill(-2);
function ownerOf(code: number): number {
  if (code < 0x500 && OWNERS[code] !== -2) return OWNERS[code]!;
  let p = 0;
  while (p < PACKS.length && !PACKS[p]!.startsWord(code)) p++;
  const owner = p === PACKS.length ? -1 : p;
  if (code < 0x500) OWNERS[code] = owner;
  return owner;
}

export function detectLanguage(text: string, tokens: readonly Token[]): DetectedLanguage {
  const words = new Array<number>(PACKS.length).fill(0);
  const own = new Array<number>(PACKS.length).fill(0);
  const other = new Array<number>(PACKS.length).fill(0);
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    const first = text.charCodeAt(token.start);
    const p = ownerOf(first);
    if (p === -1) continue;
    words[p]!++;
    if (PACKS[p]!.functionWords?.has(token.norm)) own[p]!++;
    if (UNSUPPORTED_FUNCTION_WORDS.has(token.norm)) other[p]!++;
  }
  let best = 0;
  for (let p = 1; p < PACKS.length; p++) if (words[p]! > words[best]!) best = p;
  if (words[best] === 0) return 'und';
  const pack = PACKS[best]!;
  if (!pack.functionWords || own[best]! > other[best]!) return pack.id as DetectedLanguage;
  if (other[best]! > 0) return 'und';
  // Words of the script and no function words either way: the language when there are a few ("Order
  // shipped to Berlin today"), undecided for one or two ("ok"), so the message decides.
  return words[best]! >= 3 ? (pack.id as DetectedLanguage) : 'und';
}

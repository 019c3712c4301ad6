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

export function detectLanguage(text: string, tokens: readonly Token[]): DetectedLanguage {
  const words = new Array<number>(PACKS.length).fill(0);
  const own = new Array<number>(PACKS.length).fill(0);
  const other = new Array<number>(PACKS.length).fill(0);
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    const first = text.charCodeAt(token.start);
    let p = 0;
    while (p < PACKS.length && !PACKS[p]!.startsWord(first)) p++;
    if (p === PACKS.length) continue;
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

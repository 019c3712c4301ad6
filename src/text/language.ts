import type { DetectedLanguage, Token } from '../types.js';

/**
 * ru / en / und from the words: script first (Cyrillic vs Latin letters), then, for Latin
 * text, English function words against those of other Latin-script languages — so a Spanish
 * tweet is 'und', not English.
 */
const ENGLISH = new Set([
  'the', 'a', 'an', 'and', 'or', 'to', 'of', 'in', 'on', 'for', 'with', 'is', 'are', 'was', 'were', 'be', 'been',
  'i', 'you', 'we', 'it', 'this', 'that', 'my', 'your', 'our', 'me', 'us', 'not', 'have', 'has', 'had', 'do',
  'does', 'did', 'will', 'would', 'can', 'could', 'please', 'thanks', 'thank', 'hi', 'hello', 'hey', 'sorry',
  'what', 'why', 'how', 'when', 'where', 'at', 'from', 'just', 'still', 'no', 'yes', 'they', 'if', 'so', 'but',
]);
const OTHER_LATIN = new Set([
  'el', 'la', 'los', 'las', 'que', 'de', 'del', 'y', 'en', 'por', 'para', 'con', 'una', 'uno', 'es', 'gracias',
  'hola', 'muy', 'pero', 'su', 'nos', 'te', 'mi', 'lo', 'le', 'se', 'como', 'más', 'est', 'et', 'les', 'des',
  'une', 'pour', 'vous', 'nous', 'merci', 'bonjour', 'und', 'der', 'die', 'das', 'ist', 'nicht', 'ich', 'sie',
  'danke', 'não', 'obrigado', 'você', 'para', 'estamos', 'ayudarte', 'puedes', 'hemos', 'tu', 'al',
]);

export function detectLanguage(text: string, tokens: readonly Token[]): DetectedLanguage {
  let cyrillic = 0;
  let latin = 0;
  let english = 0;
  let other = 0;
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    const first = text.charCodeAt(token.start);
    if (first >= 0x0400 && first <= 0x04ff) cyrillic++;
    else if ((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a) || (first >= 0xc0 && first <= 0x24f)) {
      latin++;
      if (ENGLISH.has(token.norm)) english++;
      if (OTHER_LATIN.has(token.norm)) other++;
    }
  }
  if (cyrillic === 0 && latin === 0) return 'und';
  if (cyrillic >= latin) return 'ru';
  if (english > other) return 'en';
  if (other > 0) return 'und';
  // Latin words and no function words either way: English when there are a few ("Order shipped to
  // Berlin today"), undecided for one or two ("ok"), so the message decides.
  return latin >= 3 ? 'en' : 'und';
}

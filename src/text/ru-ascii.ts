/**
 * Russian phrase data ships with its 26 most frequent lower-case letters written as the Latin A–Z
 * (scripts/esbuild-ru-ascii.ts rewrites the string literals of the rules at build time; only
 * literals with no Latin capitals of their own are rewritten, so '@we', '#number', 'sms' stay). Bundlers such as esbuild escape
 * every non-ASCII character as \uXXXX — six bytes a letter — so this keeps the browser bundle small.
 * Decoding runs once per string, when the module loads.
 */
export const RU_FREQUENT = 'оеаитнрсвлпдмзукбьячжыгйшщ';

export function ruAscii(encoded: string): string {
  let out = '';
  for (let i = 0; i < encoded.length; i++) {
    const code = encoded.charCodeAt(i);
    out += code >= 65 && code <= 90 ? RU_FREQUENT[code - 65] : encoded[i];
  }
  return out;
}

export function toRuAscii(text: string): string {
  let out = '';
  for (const char of text) {
    const index = RU_FREQUENT.indexOf(char);
    out += index === -1 ? char : String.fromCharCode(65 + index);
  }
  return out;
}

/**
 * jsonc-parser reads nested arrays and objects recursively: a file of 100 000 `[` overflows the
 * stack. No template or config nests deeper than a few levels, so deeper input is refused first,
 * with one linear scan that skips strings and comments.
 */
export const MAX_JSON_DEPTH = 256;

/** The offset of the first bracket nested deeper than MAX_JSON_DEPTH, or -1. */
export function tooDeepAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (ch === '[' || ch === '{') {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (ch === ']' || ch === '}') {
      depth--;
    }
  }
  return -1;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Masking: markup and template placeholders are blanked out of the text *in place*, so the
 * masked string has the same length as the original and every offset maps back 1:1.
 *
 * - HTML tags → spaces (block tags such as <p>, <br>, <div>, <li> → a newline first, so
 *   sentences and lines still break where the reader sees them);
 * - HTML entities → the character they stand for, padded with spaces;
 * - Markdown emphasis, headings, list bullets, code ticks and link targets → spaces;
 * - `{{…}}`, `%NAME%`, `[[…]]` → a run of U+E000 (a placeholder token: a name, a value);
 * - `{% … %}`, `{# … #}`, `<!-- … -->` → spaces (template logic and comments say nothing).
 */
import { nextIndexIn } from './next-index.js';

export const PLACEHOLDER_CHAR = '\uE000';

const BLOCK_TAGS = new Set([
  'p', 'br', 'div', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'hr', 'section', 'article', 'header', 'footer', 'pre',
]);

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", laquo: '«', raquo: '»',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', bdquo: '„', mdash: '—', ndash: '–',
  hellip: '…', copy: '©', reg: '®', trade: '™', euro: '€', rub: '₽', shy: '',
};

// Sticky expressions run at one position of the whole text: no slicing, bounded repetition.
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:[\s/][^<>]{0,2000})?>/y;
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/y;
const PERCENT_PLACEHOLDER = /%[A-Za-z_][A-Za-z0-9_.]{0,60}%/y;

/**
 * Same-length replacements, collected in order and applied once with slices: no copy of the text
 * unless something changes, and no per-character array for a megabyte of text.
 */
class Edit {
  private readonly parts: string[] = [];
  private cursor = 0;
  constructor(private readonly text: string) {}
  set(index: number, char: string): void {
    this.fill(index, index + 1, char);
  }
  /** Replaces [start, end) by `char` repeated; calls come in increasing order of position. */
  fill(start: number, end: number, char: string): void {
    if (end <= start || start < this.cursor) return;
    this.parts.push(this.text.slice(this.cursor, start), char.repeat(end - start));
    this.cursor = end;
  }
  /** Replaces [start, start + value.length) by `value`, padded with spaces to `length`. */
  put(start: number, length: number, value: string): void {
    if (start < this.cursor) return;
    this.parts.push(this.text.slice(this.cursor, start), value.padEnd(length, ' ').slice(0, length));
    this.cursor = start + length;
  }
  result(): string {
    return this.parts.length === 0 ? this.text : this.parts.join('') + this.text.slice(this.cursor);
  }
}

/** Finds `close` at or after `from`; -1 when absent or farther than `limit` code units. */
function findClose(next: (needle: string, from: number) => number, close: string, from: number, limit: number): number {
  const at = next(close, from);
  return at !== -1 && at - from <= limit ? at : -1;
}

export function maskMarkup(text: string): string {
  // Fast path: plain text with nothing to mask.
  if (!/[<&{%[*_`#>\]]/.test(text)) return text;
  const chars = new Edit(text);
  const length = text.length;
  const closerAt = nextIndexIn(text);
  let lineStart = true;
  for (let i = 0; i < length; i++) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '\n') {
      lineStart = true;
      continue;
    }
    const atLineStart = lineStart;
    if (c !== ' ' && c !== '\t') lineStart = false;

    if (c === '<') {
      if (text.startsWith('<!--', i)) {
        const end = findClose(closerAt, '-->', i + 4, 10_000);
        if (end !== -1) {
          chars.fill(i, end + 3, ' ');
          i = end + 2;
          continue;
        }
      }
      TAG.lastIndex = i;
      const tag = TAG.exec(text);
      if (tag) {
        const end = i + tag[0].length;
        chars.put(i, end - i, BLOCK_TAGS.has(tag[1]!.toLowerCase()) ? '\n' : ' ');
        i = end - 1;
      }
      continue;
    }
    if (c === '&') {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(text);
      if (entity) {
        const name = entity[1]!;
        let value: string | undefined;
        if (name[0] === '#') {
          const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          value = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
        } else {
          value = NAMED_ENTITIES[name.toLowerCase()];
        }
        if (value !== undefined) {
          chars.put(i, entity[0].length, value);
          i += entity[0].length - 1;
        }
      }
      continue;
    }
    if (c === '{' && (next === '{' || next === '%' || next === '#')) {
      const close = next === '{' ? '}}' : next + '}';
      const end = findClose(closerAt, close, i + 2, 500);
      if (end !== -1) {
        chars.fill(i, end + 2, next === '{' ? PLACEHOLDER_CHAR : ' ');
        i = end + 1;
      }
      continue;
    }
    if (c === '%' && next !== undefined && /[A-Za-z_]/.test(next)) {
      PERCENT_PLACEHOLDER.lastIndex = i;
      const m = PERCENT_PLACEHOLDER.exec(text);
      if (m) {
        chars.fill(i, i + m[0].length, PLACEHOLDER_CHAR);
        i += m[0].length - 1;
      }
      continue;
    }
    if (c === '[') {
      if (next === '[') {
        const end = findClose(closerAt, ']]', i + 2, 200);
        if (end !== -1) {
          chars.fill(i, end + 2, PLACEHOLDER_CHAR);
          i = end + 1;
        }
        continue;
      }
      // Markdown link: [text](target) → keep the text.
      const close = findClose(closerAt, '](', i + 1, 500);
      if (close !== -1 && !text.slice(i, close).includes('\n')) {
        const end = findClose(closerAt, ')', close + 2, 2000);
        if (end !== -1) {
          chars.set(i, ' ');
          chars.fill(close, end + 1, ' ');
          i = close - 1;
        }
      }
      continue;
    }
    if (c === '*' || c === '_' || c === '`' || c === '~') {
      // Emphasis and code marks; a lone "*" inside words or "_" in snake_case stays.
      if (c === '_' && /\w/.test(text[i - 1] ?? '') && /\w/.test(next ?? '')) continue;
      chars.set(i, ' ');
      continue;
    }
    if (atLineStart && c === '#') {
      let k = i;
      while (text[k] === '#') k++;
      if (text[k] === ' ') chars.fill(i, k, ' ');
      i = k - 1;
      continue;
    }
  }
  return chars.result();
}

/**
 * Ids as written: a JSON number such as 1234567890123456789 or 1e400 does not survive a double (it
 * comes back as 1234567890123456800, or null), so an id that is one keeps its source text and is
 * written back as that number, digit for digit. Node 20's JSON.parse gives no source text, hence
 * the small scanner.
 */

/** A JSON number id kept as its source text, because a double would not give the same text back. */
export interface NumberText {
  number: string;
}

export type Id = string | number | NumberText;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHOLE_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

const isNumberText = (value: unknown): value is NumberText => typeof value === 'object' && value !== null && typeof (value as NumberText).number === 'string';

/** The id as text, for people and for sorting. */
export const idText = (id: Id): string => (typeof id === 'object' ? id.number : String(id));

/** The id as JSON: a NumberText as its digits (checked to be a JSON number, so nothing else gets in). */
export function idJson(id: Id): string {
  if (typeof id !== 'object') return JSON.stringify(id);
  if (!WHOLE_NUMBER.test(id.number)) throw new Error(`not a JSON number: ${id.number.slice(0, 40)}`);
  return id.number;
}

/** `number` as an id: its text when a double would not write it back the same (1e400, 1.0, -0, 19 digits). */
export const numberId = (value: number, text: string | undefined): Id => (text === undefined || JSON.stringify(value) === text ? value : { number: text });

type Key = string | number;

/**
 * The source text of the numbers at the paths `want` picks, in a text JSON.parse has read (so valid
 * JSON), keyed by JSON.stringify(path). Of a key given twice the last counts, as in JSON.parse.
 * Iterative: any depth of nesting; linear: a string is skipped with indexOf.
 */
export function numberTexts(text: string, want: (path: readonly Key[]) => boolean): Map<string, string> {
  const found = new Map<string, string>();
  const path: Key[] = [];
  const open: string[] = [];
  let i = 0;
  const blank = () => {
    while (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t') i++;
  };
  const string = (): string => {
    const start = i;
    for (let from = i + 1; ; ) {
      const quote = text.indexOf('"', from);
      if (quote < 0) return ((i = text.length), '""');
      let back = quote - 1;
      while (text[back] === '\\') back--;
      // Closed unless an odd number of backslashes escapes it.
      if ((quote - back) % 2 === 1) return text.slice(start, (i = quote + 1));
      from = quote + 1;
    }
  };
  const key = (): string => {
    blank();
    const raw = string();
    blank();
    i++; // ':'
    return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };
  for (;;) {
    blank();
    const char = text[i];
    if (char === '{' || char === '[') {
      i++;
      blank();
      if (text[i] === '}' || text[i] === ']') {
        i++;
      } else {
        open.push(char);
        path.push(char === '{' ? key() : 0);
        continue;
      }
    } else if (char === '"') {
      string();
    } else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      NUMBER.lastIndex = i;
      const number = NUMBER.exec(text)?.[0] ?? char;
      i += number.length;
      if (want(path)) found.set(JSON.stringify(path), number);
    } else {
      i += char === 'f' ? 5 : 4; // false, true, null (or past the end)
    }
    // After a value: a comma and the next one, or closing brackets.
    for (;;) {
      if (open.length === 0 || i >= text.length) return found;
      blank();
      if (text[i++] === ',') {
        if (open[open.length - 1] === '{') path[path.length - 1] = key();
        else (path[path.length - 1] as number)++;
        break;
      }
      open.pop();
      path.pop();
    }
  }
}

/**
 * JSON.stringify(value, null, 2) of plain data, but a NumberText at an `id` key is written as its
 * digits. For the summary file, whose worst replies carry ids.
 */
export function jsonWithIds(value: unknown, indent = ''): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${inner}${value.map((item) => jsonWithIds(item, inner) ?? 'null').join(`,\n${inner}`)}\n${indent}]`;
  }
  const members = Object.entries(value).flatMap(([key, item]) => {
    const text = key === 'id' && isNumberText(item) ? idJson(item) : jsonWithIds(item, inner);
    return text === undefined ? [] : [`${JSON.stringify(key)}: ${text}`];
  });
  return members.length === 0 ? '{}' : `{\n${inner}${members.join(`,\n${inner}`)}\n${indent}}`;
}

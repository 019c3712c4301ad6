/**
 * Input bytes → text, strictly: a line that is not valid UTF-8 is named, not silently read with
 * U+FFFD in place of its bytes (a real U+FFFD in the input is text like any other). Each chunk is
 * decoded up to its last whole character — the rest waits for the next chunk — and only a chunk
 * that fails is decoded again line by line, each line from its own bytes.
 */

/** Put in place of a JSONL line that is not valid UTF-8 (the whole line): a lone surrogate, which no strictly decoded line is (💀, U+1F480, ends in the same unit). */
export const NOT_UTF8 = '\uDC80';

export interface Decoded {
  text: string;
  /** Lines that are not valid UTF-8 (decoded with U+FFFD), counted from 0 at the chunk's first line. */
  notUtf8: number[];
}

const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LENIENT = new TextDecoder('utf-8', { ignoreBOM: true });
const NONE = new Uint8Array(0);

export class Utf8Reader {
  /** The bytes of a character the last chunk cut short (at most 3). */
  private carry: Uint8Array = NONE;

  push(chunk: Uint8Array): Decoded {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const whole = wholeCharacters(bytes);
    this.carry = bytes.slice(whole);
    return decode(bytes.subarray(0, whole));
  }

  end(): Decoded {
    const rest = this.carry;
    this.carry = NONE;
    return decode(rest);
  }
}

/** How many bytes hold whole characters: a character cut short at the end is left for the next chunk. */
function wholeCharacters(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: its lead is further back
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return size > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

function decode(bytes: Uint8Array): Decoded {
  try {
    return { text: STRICT.decode(bytes), notUtf8: [] };
  } catch {
    // Some line is not UTF-8: which one(s)? A newline byte is never part of a longer character.
  }
  const lines: string[] = [];
  const notUtf8: number[] = [];
  for (let start = 0; ; ) {
    const newline = bytes.indexOf(0x0a, start);
    const line = bytes.subarray(start, newline < 0 ? bytes.length : newline);
    try {
      lines.push(STRICT.decode(line));
    } catch {
      notUtf8.push(lines.length);
      lines.push(LENIENT.decode(line));
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return { text: lines.join('\n'), notUtf8 };
}

/** JSONL: each line that is not valid UTF-8 becomes NOT_UTF8, so the worker reports it by its number. */
export function markNotUtf8({ text, notUtf8 }: Decoded): string {
  if (notUtf8.length === 0) return text;
  const lines = text.split('\n');
  for (const line of notUtf8) lines[line] = NOT_UTF8;
  return lines.join('\n');
}

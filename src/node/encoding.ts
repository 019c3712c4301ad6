/**
 * The encodings a template file (and a `check --reply` / `--message` file) is read and written in:
 * UTF-8 (with a BOM or not) and UTF-16 with a BOM, as Windows tools save text. Decoding is strict (bytes that are not the encoding are an
 * error, never U+FFFD) and keeps the BOM as U+FEFF at the start of the text, so offsets, lines and
 * columns are the same for a file in either encoding, and writing the text back writes the BOM.
 */
import { extname as extensionOf } from 'node:path';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** UTF-16 by its byte order mark; anything else is read as UTF-8. */
export function encodingOf(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

const DECODERS = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }),
};

/** The text, BOM kept; throws a TypeError on bytes that are not the encoding. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  return DECODERS[encoding].decode(bytes);
}

/** The bytes of `text` in `encoding` (its U+FEFF, if any, becomes the BOM). */
export function encodeText(text: string, encoding: TextEncoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16be' ? bytes.swap16() : bytes;
}

/** Most bytes above 0x7F are Cyrillic letters when read as Windows-1251 (0xC0–0xFF, Ё/ё). */
function looksLikeWindows1251(bytes: Uint8Array): boolean {
  let high = 0;
  let cyrillic = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    high++;
    if (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8) cyrillic++;
  }
  return high > 0 && cyrillic / high >= 0.9;
}

/**
 * A file's bytes → its text (BOM kept as U+FEFF) and encoding: UTF-8 with or without a BOM, or
 * UTF-16 LE/BE with one. Otherwise why not: `binary` (a zero character), or a sentence — for bytes
 * that look like Windows-1251, with the iconv command that converts `file` (or standard input).
 */
export function decodeFile(bytes: Uint8Array, file: string | undefined): { text: string; encoding: TextEncoding } | { binary: true } | { invalid: string } {
  const encoding = encodingOf(bytes);
  if (encoding === 'utf-8' && bytes.subarray(0, 8192).includes(0)) return { binary: true };
  let text: string;
  try {
    text = decodeText(bytes, encoding);
  } catch {
    if (encoding !== 'utf-8') return { invalid: `not valid ${encoding.toUpperCase()} text` };
    if (!looksLikeWindows1251(bytes)) return { invalid: 'not valid UTF-8 text' };
    const convert = file === undefined ? 'iconv -f WINDOWS-1251 -t UTF-8' : `iconv -f WINDOWS-1251 -t UTF-8 ${file} > converted${extensionOf(file)}`;
    return { invalid: `not valid UTF-8: it looks like Windows-1251 (Cyrillic); convert it with ${convert}` };
  }
  // UTF-16 text has zero bytes; a zero character is binary in it too.
  if (encoding !== 'utf-8' && text.slice(0, 8192).includes('\0')) return { binary: true };
  return { text, encoding };
}

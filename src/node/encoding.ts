/**
 * The encodings a template file is read and written in: UTF-8 (with a BOM or not) and UTF-16 with a
 * BOM, as Windows tools save text. Decoding is strict (bytes that are not the encoding are an
 * error, never U+FFFD) and keeps the BOM as U+FEFF at the start of the text, so offsets, lines and
 * columns are the same for a file in either encoding, and writing the text back writes the BOM.
 */
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

/**
 * A streaming CSV reader (RFC 4180: quoted fields, "" escapes, line breaks inside quotes) that
 * returns each row as an object keyed by the header, with the line number the row starts on.
 * The delimiter is the one of `,` `;` or tab that the header uses most (spreadsheets export `;`).
 */

/** A row keyed by the header, or why it could not be read. */
export type CsvRow = { line: number; record: Record<string, string> } | { line: number; bad: string };

export class CsvHeaderError extends Error {}

/** The longest record kept, as for a JSONL line: an unclosed quote must not buffer the rest of the input. */
export const MAX_RECORD_CHARS = 4 << 20;

export class CsvReader {
  private pending = '';
  private delimiter?: string;
  private header?: string[];
  private field = '';
  private cells: string[] = [];
  private quoted = false;
  /** The field began with a quote (so a later quote may close it). */
  private fieldQuoted = false;
  private line = 1;
  private rowLine = 1;
  /** Characters of the record being read; past MAX_RECORD_CHARS it is reported and skipped to the next line. */
  private recordChars = 0;
  private skipping = false;

  /** Lines that were not valid UTF-8: a row on one of them is reported, not read. */
  private notUtf8 = new Set<number>();

  constructor(private readonly required: readonly string[]) {}

  /** Trailing quotes are held back: with the next chunk a quote may turn out to be the first half of "". */
  private carry = '';

  /** `notUtf8`: the chunk's lines that were not valid UTF-8, counted from 0 at its first line. */
  push(chunk: string, notUtf8: readonly number[] = []): CsvRow[] {
    // Nothing pushed before is left unscanned but quotes (held back) or a first line without its end: the chunk starts on this.line.
    for (const line of notUtf8) this.notUtf8.add(this.line + line);
    chunk = this.carry + chunk;
    this.carry = '';
    if (this.delimiter === undefined) {
      this.pending += chunk;
      const newline = this.pending.indexOf('\n');
      if (newline < 0) return [];
      this.delimiter = detectDelimiter(this.pending.slice(0, newline));
      chunk = this.pending.replace(/^\uFEFF/, '');
      this.pending = '';
    }
    let end = chunk.length;
    while (end > 0 && chunk[end - 1] === '"') end--;
    this.carry = chunk.slice(end);
    chunk = chunk.slice(0, end);
    return this.scan(chunk);
  }

  end(): CsvRow[] {
    let rows: CsvRow[];
    if (this.delimiter === undefined) {
      this.delimiter = detectDelimiter(this.pending);
      rows = this.scan(this.pending.replace(/^\uFEFF/, '') + this.carry);
    } else {
      rows = this.scan(this.carry);
    }
    this.carry = '';
    if (this.quoted) {
      rows.push({ line: this.rowLine, bad: 'a quoted field is not closed before the end of the input' });
    } else if (this.field !== '' || this.cells.length > 0 || this.fieldQuoted) {
      this.endRow(rows);
    }
    if (!this.header) throw new CsvHeaderError('the CSV input has no header line');
    return rows;
  }

  private scan(text: string): CsvRow[] {
    const rows: CsvRow[] = [];
    const delimiter = this.delimiter!;
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (this.skipping) {
        // The rest of a record too long to keep: reading resumes on the next line.
        if (char === '\n') {
          this.skipping = false;
          this.line++;
          this.rowLine = this.line;
        }
        continue;
      }
      if (++this.recordChars > MAX_RECORD_CHARS) {
        rows.push({ line: this.rowLine, bad: `a record longer than ${MAX_RECORD_CHARS >> 20} M characters (a quote not closed?); reading goes on from the next line` });
        this.cells = [];
        this.field = '';
        this.quoted = false;
        this.fieldQuoted = false;
        this.recordChars = 0;
        this.skipping = char !== '\n';
        if (!this.skipping) {
          this.line++;
          this.rowLine = this.line;
        }
        continue;
      }
      if (this.quoted) {
        if (char !== '"') {
          if (char === '\n') this.line++;
          this.field += char;
        } else if (text[i + 1] === '"') {
          this.field += '"';
          i++;
        } else {
          this.quoted = false;
        }
      } else if (char === '"' && this.field === '' && !this.fieldQuoted) {
        this.quoted = true;
        this.fieldQuoted = true;
      } else if (char === delimiter) {
        this.cells.push(this.field);
        this.field = '';
        this.fieldQuoted = false;
      } else if (char === '\n') {
        if (this.field.endsWith('\r')) this.field = this.field.slice(0, -1);
        this.endRow(rows);
        this.line++;
        this.rowLine = this.line;
      } else {
        this.field += char;
      }
    }
    return rows;
  }

  /** Whether a line of the row just read was not valid UTF-8 (those lines are then forgotten). */
  private rowNotUtf8(): boolean {
    let found = false;
    if (this.notUtf8.size > 0) for (let line = this.rowLine; line <= this.line; line++) found = this.notUtf8.delete(line) || found;
    return found;
  }

  private endRow(rows: CsvRow[]): void {
    this.recordChars = 0;
    this.cells.push(this.field);
    const cells = this.cells;
    this.cells = [];
    this.field = '';
    this.fieldQuoted = false;
    const notUtf8 = this.rowNotUtf8();
    if (cells.length === 1 && cells[0]!.trim() === '') return;
    if (!this.header && notUtf8) throw new CsvHeaderError(`the CSV header (line ${this.rowLine}) is not valid UTF-8`);
    if (notUtf8) {
      rows.push({ line: this.rowLine, bad: 'not valid UTF-8' });
      return;
    }
    if (!this.header) {
      this.header = cells.map((cell) => cell.trim().toLowerCase());
      const missing = this.required.filter((name) => !this.header!.includes(name));
      if (missing.length > 0) throw new CsvHeaderError(`the CSV header has no ${missing.map((name) => `"${name}"`).join(' or ')} column (columns: ${this.header.join(', ')})`);
      return;
    }
    if (cells.length !== this.header.length) {
      rows.push({ line: this.rowLine, bad: `expected ${this.header.length} cells as in the header, got ${cells.length}` });
      return;
    }
    const record = Object.create(null) as Record<string, string>; // a "__proto__" column is a column
    this.header.forEach((name, index) => {
      const cell = cells[index]!;
      // An empty optional cell means "not given"; id and reply stay, so an empty one is reported.
      if (cell !== '' || this.required.includes(name)) record[name] = cell;
    });
    rows.push({ line: this.rowLine, record });
  }
}

function detectDelimiter(headerLine: string): string {
  const counts = [',', ';', '\t'].map((delimiter) => [delimiter, headerLine.split(delimiter).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

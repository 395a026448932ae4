/**
 * Builds a part's UTF-8 bytes straight into a Buffer. A worksheet written as JavaScript strings costs several
 * times its size in short-lived strings (each cell's pieces, their joins, the UTF-16 copy of Vietnamese
 * text): at 200 000 cases that garbage, not the data, set the process's peak memory.
 */
export class ByteWriter {
  private buf: Buffer;
  private pos = 0;

  constructor(capacity = 1 << 16) {
    this.buf = Buffer.allocUnsafe(capacity);
  }

  /** Bytes written since the last `take`. */
  get length(): number {
    return this.pos;
  }

  private room(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + bytes));
    this.buf.copy(grown, 0, 0, this.pos);
    this.buf = grown;
  }

  /** Text known to be ASCII (markup, numbers, references): one byte per character. */
  ascii(s: string): void {
    this.room(s.length);
    this.pos += this.buf.write(s, this.pos, 'latin1');
  }

  /** Any text, as UTF-8. */
  utf8(s: string): void {
    this.room(s.length * 3);
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }

  /** A non-negative integer's decimal digits. */
  digits(n: number): void {
    this.room(16);
    let end = this.pos;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) end++;
    const last = end;
    for (let m = n; ; m = Math.floor(m / 10)) {
      this.buf[end--] = 48 + (m % 10);
      if (m < 10) break;
    }
    this.pos = last + 1;
  }

  /** The bytes written so far, as a Buffer of their own; the writer starts again, empty. */
  take(): Buffer {
    const out = Buffer.from(this.buf.subarray(0, this.pos));
    this.pos = 0;
    return out;
  }
}

/**
 * The shared string table kept as UTF-8 bytes outside the JavaScript heap, each string made when a cell
 * asks for it. At 200 000 cases the table holds ~600 000 strings used once (dates as text, codes, names):
 * as strings they were ~30 MB of heap that outlived the reading as garbage no collection came for before
 * the end of the run (peak memory, bench/RESULTS.md); as bytes they are ~15 MB, freed when reading is over.
 * A string asked for a second time (a unit, procedure or status named on many rows) is kept and shared.
 */
export class PackedStrings {
  private readonly bytes: Buffer;
  /** ends[i] is where string i's bytes end (it starts where string i - 1 ends). */
  private readonly ends: Int32Array;
  /** Per string: 1 asked for once, 2 not ASCII (decoded as UTF-8, not Latin-1). */
  private readonly flags: Uint8Array;
  private readonly kept = new Map<number, string>();
  private used = 0;
  length = 0;

  /** `partSize`: the bytes of the table's XML, more than its strings' UTF-8 (what is not touched takes no memory). */
  constructor(partSize: number) {
    this.bytes = Buffer.allocUnsafe(partSize);
    // An item is at least «<si/>».
    this.ends = new Int32Array(Math.floor(partSize / 5) + 1);
    this.flags = new Uint8Array(this.ends.length);
  }

  add(s: string): void {
    if (SURROGATE.test(s)) {
      // UTF-8 would turn a lone surrogate (from a character reference) into U+FFFD: kept as it is read.
      this.kept.set(this.length, s);
      this.ends[this.length++] = this.used;
      return;
    }
    const n = this.bytes.write(s, this.used, 'utf8');
    // A write cut short stops within 3 bytes of the end; it cannot happen (see the constructor).
    if (this.bytes.length - this.used - n < 4 && n < Buffer.byteLength(s)) throw new Error('PackedStrings: the strings outgrow their part');
    this.used += n;
    if (n !== s.length) this.flags[this.length] = NOT_ASCII;
    this.ends[this.length++] = this.used;
  }

  /** String `i`, or undefined past the table's end. */
  get(i: number): string | undefined {
    if (!Number.isInteger(i) || i < 0 || i >= this.length) return undefined;
    const kept = this.kept.get(i);
    if (kept !== undefined) return kept;
    const flags = this.flags[i];
    const s = this.bytes.toString(flags & NOT_ASCII ? 'utf8' : 'latin1', i === 0 ? 0 : this.ends[i - 1], this.ends[i]);
    if (flags & ASKED) this.kept.set(i, s);
    else this.flags[i] = flags | ASKED;
    return s;
  }

  /**
   * Frees the bytes now rather than at a full collection, which on a long run comes after the result
   * sheets are built: their memory is handed to buffers nobody holds, which the next minor collection
   * frees. The table cannot be read after.
   */
  release(): void {
    for (const memory of [this.bytes.buffer, this.ends.buffer, this.flags.buffer]) {
      if (memory instanceof ArrayBuffer && memory.byteLength > POOL_SLICE_LIMIT) structuredClone(memory, { transfer: [memory] });
    }
    this.kept.clear();
    this.length = 0;
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;
const ASKED = 1;
const NOT_ASCII = 2;
/** Smaller buffers may be slices of Node's shared pool, which must not be handed over. */
const POOL_SLICE_LIMIT = 8 * 1024;

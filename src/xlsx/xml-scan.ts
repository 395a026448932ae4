/**
 * Byte-level scanning of the two big parts of a workbook — worksheets and the shared string table — without
 * building a DOM or a SAX event per node. Only the elements that carry cell values are looked at; text is
 * decoded only where it is kept. Input arrives in chunks: each scan returns how far it got, and the caller
 * prepends the unconsumed tail to the next chunk.
 *
 * XML rules honoured: namespace prefixes (x:row), attribute values in either quote (and holding '>'),
 * comments, processing instructions, CDATA, the five named entities and numeric character references,
 * line-end normalisation (CR LF → LF); a DOCTYPE is refused (no entity expansion, ever).
 */

import type { CellError } from '../workbook/cells';
import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS } from '../workbook/excel-limits';
import { evaluateLiteralFormula, shiftFormula } from './formula';
import { PackedStrings } from './packed-strings';

export class XmlError extends Error {}

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOT = 34;
const APOS = 39;
const AMP = 38;
const CR = 13;
const BANG = 33;
const QMARK = 63;
const COLON = 58;
const EQ = 61;

const isSpace = (b: number): boolean => b === 32 || b === 9 || b === 10 || b === 13;

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

function entity(match: string, body: string): string {
  switch (body) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
  }
  const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

/** Text content bytes [start, end) as a string: UTF-8, entities decoded, line ends normalised. */
function decodeText(buf: Buffer, start: number, end: number): string {
  let amp = false;
  let cr = false;
  let ascii = true;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b >= 128) ascii = false;
    else if (b === AMP) amp = true;
    else if (b === CR) cr = true;
  }
  let text = buf.toString(ascii ? 'latin1' : 'utf8', start, end);
  if (cr) text = text.replace(/\r\n?/g, '\n');
  if (amp) text = text.replace(ENTITY, entity);
  return text;
}

/** Excel's escape of characters XML cannot hold: _x000D_ is CR, _x005F_ an underscore. */
function decodeExcelEscapes(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Index of the '>' closing the tag whose name ends at `from`, or -1 when the buffer ends first. */
function tagEnd(buf: Buffer, from: number): number {
  const n = buf.length;
  for (let i = from; i < n; i++) {
    const b = buf[i];
    if (b === GT) return i;
    if (b === QUOT || b === APOS) {
      const q = buf.indexOf(b, i + 1);
      if (q < 0) return -1;
      i = q;
    }
  }
  return -1;
}

/** A name's local part id: the bytes after the last ':' compared without making a string. */
function localStart(buf: Buffer, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (buf[i] === COLON) return i + 1;
  return start;
}

function sameName(buf: Buffer, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

/** Walks one tag's attributes without allocating: `next()` moves to the next one, false at the end. */
class Attributes {
  private buf: Buffer = Buffer.alloc(0);
  private p = 0;
  private to = 0;
  /** Local name and (undecoded) value bounds of the current attribute. */
  nameStart = 0;
  nameEnd = 0;
  valueStart = 0;
  valueEnd = 0;

  reset(buf: Buffer, from: number, to: number): this {
    this.buf = buf;
    this.p = from;
    this.to = to;
    return this;
  }

  next(): boolean {
    const { buf, to } = this;
    let p = this.p;
    while (p < to && isSpace(buf[p])) p++;
    if (p >= to || buf[p] === SLASH) return false;
    const ns = p;
    while (p < to && buf[p] !== EQ && !isSpace(buf[p])) p++;
    const ne = p;
    while (p < to && buf[p] !== QUOT && buf[p] !== APOS) p++;
    if (p >= to) return false;
    const ve = buf.indexOf(buf[p], p + 1);
    if (ve < 0 || ve > to) return false;
    this.nameStart = localStart(buf, ns, ne);
    this.nameEnd = ne;
    this.valueStart = p + 1;
    this.valueEnd = ve;
    this.p = ve + 1;
    return true;
  }
}

export interface TagEvents {
  /** `name` is the local name's bounds; attributes lie in [attrStart, attrEnd). */
  open(buf: Buffer, nameStart: number, nameEnd: number, attrStart: number, attrEnd: number, selfClosing: boolean): void;
  close(buf: Buffer, nameStart: number, nameEnd: number): void;
  /** Text content between tags (only called while `wantsText` is true). */
  text(buf: Buffer, start: number, end: number, raw: boolean): void;
  wantsText: boolean;
  /** Set to stop scanning (the rest of the part is not needed). */
  done: boolean;
  /** Set with `done` to stop reading the part too (a first look at a long one: sheet-rows.ts). */
  abandoned?: boolean;
}

/**
 * Scans complete tags of `buf` from 0; returns the offset of the first byte not consumed (an unfinished
 * tag or text not yet followed by a tag), which the caller keeps for the next chunk. With `final`, the
 * buffer is the last one: whatever remains is malformed.
 */
function scanTags(buf: Buffer, events: TagEvents, final: boolean): number {
  const n = buf.length;
  let pos = 0;
  while (pos < n && !events.done) {
    // Tags mostly follow each other closely: a byte loop beats a native indexOf call per tag.
    let lt = pos;
    while (lt < n && buf[lt] !== LT) lt++;
    if (lt >= n) return final ? n : pos; // text up to here continues in the next chunk
    if (lt > pos && events.wantsText) events.text(buf, pos, lt, false);
    if (lt + 1 >= n) return lt;
    const b = buf[lt + 1];
    if (b === BANG) {
      if (buf[lt + 2] === 45 /* - */ && buf[lt + 3] === 45) {
        const end = buf.indexOf('-->', lt + 4);
        if (end < 0) return lt;
        pos = end + 3;
        continue;
      }
      if (lt + 9 > n) return lt;
      if (buf.toString('latin1', lt + 2, lt + 9) === '[CDATA[') {
        const end = buf.indexOf(']]>', lt + 9);
        if (end < 0) return lt;
        if (events.wantsText) events.text(buf, lt + 9, end, true);
        pos = end + 3;
        continue;
      }
      throw new XmlError('XML có khai báo DOCTYPE, không hợp lệ trong tệp .xlsx');
    }
    if (b === QMARK) {
      const end = buf.indexOf('?>', lt + 2);
      if (end < 0) return lt;
      pos = end + 2;
      continue;
    }
    const closing = b === SLASH;
    const ns = closing ? lt + 2 : lt + 1;
    let ne = ns;
    while (ne < n) {
      const c = buf[ne];
      if (isSpace(c) || c === GT || c === SLASH) break;
      ne++;
    }
    const gt = tagEnd(buf, ne);
    if (gt < 0) return lt;
    const local = localStart(buf, ns, ne);
    if (closing) events.close(buf, local, ne);
    else {
      const selfClosing = buf[gt - 1] === SLASH;
      events.open(buf, local, ne, ne, selfClosing ? gt - 1 : gt, selfClosing);
      if (selfClosing) events.close(buf, local, ne);
    }
    pos = gt + 1;
  }
  return pos;
}

/**
 * Feeds a part's chunks to `scanTags`, keeping unconsumed tails; chunks with no tag at all are collected
 * and joined once, so a huge text node costs linear time.
 */
export async function scanPart(chunks: AsyncIterable<Buffer>, events: TagEvents): Promise<void> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  for await (const chunk of chunks) {
    // Past what is needed the part is still read to its end, unscanned: the zip reader checks its checksum
    // there — unless the scan is abandoned, the part left for a later read or ZipReader.verifyAll to check.
    if (events.done) continue;
    if (pendingBytes > 0 && chunk.indexOf(LT) < 0) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      continue;
    }
    const buf = pending.length === 0 ? chunk : Buffer.concat([...pending, chunk]);
    const used = scanTags(buf, events, false);
    if (events.abandoned) break; // before the next chunk is asked for, which may run the check
    if (used < buf.length) {
      // Copy the tail: keeping a view would pin the whole chunk.
      pending = [Buffer.from(buf.subarray(used))];
      pendingBytes = buf.length - used;
    } else {
      pending = [];
      pendingBytes = 0;
    }
  }
  if (pendingBytes > 0 && !events.done) {
    const buf = Buffer.concat(pending);
    if (scanTags(buf, events, true) < buf.length) throw new XmlError('XML bị cắt cụt');
  }
}

// ---------------------------------------------------------------------------------------------------------
// Shared strings

/** Collects the shared string table: each <si>'s <t> texts joined (rich runs), phonetic runs left out. */
export class SharedStringsScanner implements TagEvents {
  readonly strings: string[] = [];
  wantsText = false;
  /** `add` takes each string in table order: into `strings` unless given (read-workbook.ts packs them). */
  constructor(private readonly add: (s: string) => void = (s) => void this.strings.push(s)) {}

  done = false;
  private inItem = false;
  private phonetic = 0;
  private parts = '';

  open(buf: Buffer, s: number, e: number, _as: number, _ae: number, selfClosing: boolean): void {
    if (sameName(buf, s, e, 'si')) {
      this.inItem = true;
      this.parts = '';
      this.phonetic = 0;
    } else if (sameName(buf, s, e, 'rPh')) {
      if (!selfClosing) this.phonetic++;
    } else if (sameName(buf, s, e, 't')) {
      this.wantsText = this.inItem && this.phonetic === 0 && !selfClosing;
    }
  }

  close(buf: Buffer, s: number, e: number): void {
    if (sameName(buf, s, e, 't')) this.wantsText = false;
    else if (sameName(buf, s, e, 'rPh')) this.phonetic = Math.max(0, this.phonetic - 1);
    else if (sameName(buf, s, e, 'si')) {
      this.add(decodeExcelEscapes(this.parts));
      this.inItem = false;
      this.wantsText = false;
    }
  }

  text(buf: Buffer, start: number, end: number, raw: boolean): void {
    this.parts += raw ? buf.toString('utf8', start, end) : decodeText(buf, start, end);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Worksheets

export type ScannedValue = string | number | boolean | Date | CellError | null;

/** Cell types (the `t` attribute). */
const CellType = { Number: 0, Shared: 1, Inline: 2, Str: 3, Bool: 4, Error: 5, IsoDate: 6 } as const;
type CellType = (typeof CellType)[keyof typeof CellType];

const NUMBER = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/** Excel's limits: anything beyond is not a cell Excel could show. */
const MAX_ROWS = EXCEL_MAX_ROWS;
const MAX_COLS = EXCEL_MAX_COLS;

/** The one empty row every blank row of every grid shares (never written to). */
export const EMPTY_ROW: ScannedValue[] = Object.freeze([]) as unknown as ScannedValue[];

export interface SheetContext {
  /** The shared string table: as read by SharedStringsScanner, or packed (packed-strings.ts). */
  strings: readonly string[] | PackedStrings;
  /** Per cellXfs index: whether the number format is a date format. */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Serial → Date the way ExcelJS converts (the instant whose UTC fields are the cell's wall clock). */
export function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/**
 * Collects `<sheetData>` into rows of values; everything after it (merges, validations, drawings) is
 * skipped. Rows and cells without an `r` attribute follow the previous one, as Excel reads them.
 */
export class SheetScanner implements TagEvents {
  /** rows[i] is sheet row i + 1; holes are filled with EMPTY_ROW by `finish`. */
  readonly rows: ScannedValue[][] = [];
  wantsText = false;
  done = false;
  private inData = false;
  private rowNo = 0;
  private row: ScannedValue[] | null = null;
  private col = 0;
  private type: CellType = CellType.Number;
  private style = 0;
  private inCell = false;
  private value: string | null = null;
  private inline: string | null = null;
  private inInline = false;
  private phonetic = 0;
  /** A `<v>` of plain digits, read straight from the bytes (shared string indices, counts); else -1. */
  private direct = -1;
  /** The cell's formula text (null: no `<f>`), wanted only when no value was stored with it. */
  private formula: string | null = null;
  private inFormula = false;
  /** The `si` of a shared formula (-1: none); a group's first cell holds the text the others share. */
  private sharedIndex = -1;
  private readonly sharedFormulas = new Map<number, { text: string; row: number; col: number }>();
  private readonly attributes = new Attributes();
  /** Short texts seen in inline-string cells, so repeated names share one string. */
  private readonly interned = new Map<string, string>();

  constructor(private readonly ctx: SheetContext) {}

  open(buf: Buffer, s: number, e: number, as: number, ae: number, selfClosing: boolean): void {
    const len = e - s;
    const first = buf[s];
    if (!this.inData) {
      if (sameName(buf, s, e, 'sheetData') && !selfClosing) this.inData = true;
      return;
    }
    if (len === 1 && first === 99 /* c */) {
      this.startCell(buf, as, ae);
      if (selfClosing) this.inCell = false; // close() will see it ended
    } else if (len === 1 && first === 118 /* v */) {
      if (this.inCell && !selfClosing) {
        this.value = '';
        this.wantsText = true;
      }
    } else if (len === 1 && first === 116 /* t */) {
      if (this.inInline && this.phonetic === 0 && !selfClosing) {
        if (this.inline === null) this.inline = '';
        this.wantsText = true;
      }
    } else if (len === 1 && first === 102 /* f */) {
      if (this.inCell) this.startFormula(buf, as, ae, selfClosing);
    } else if (len === 2 && first === 105 /* i */ && buf[s + 1] === 115 /* s */) {
      if (this.inCell && !selfClosing) this.inInline = true;
    } else if (len === 3 && sameName(buf, s, e, 'row')) {
      this.startRow(buf, as, ae);
    } else if (len === 3 && sameName(buf, s, e, 'rPh')) {
      if (!selfClosing) this.phonetic++;
    }
  }

  close(buf: Buffer, s: number, e: number): void {
    const len = e - s;
    const first = buf[s];
    if (!this.inData) return;
    if (len === 1 && first === 99 /* c */) {
      this.endCell();
    } else if (len === 1 && (first === 118 /* v */ || first === 116) /* t */) {
      this.wantsText = false;
    } else if (len === 1 && first === 102 /* f */) {
      this.endFormula();
    } else if (len === 2 && first === 105 && buf[s + 1] === 115) {
      this.inInline = false;
    } else if (len === 3 && sameName(buf, s, e, 'row')) {
      this.endRow();
    } else if (len === 3 && sameName(buf, s, e, 'rPh')) {
      this.phonetic = Math.max(0, this.phonetic - 1);
    } else if (sameName(buf, s, e, 'sheetData')) {
      this.inData = false;
      this.done = true;
    }
  }

  text(buf: Buffer, start: number, end: number, raw: boolean): void {
    if (this.inFormula) {
      this.formula += raw ? buf.toString('utf8', start, end) : decodeText(buf, start, end);
      return;
    }
    if (!this.inInline && this.value === '' && this.direct < 0 && !raw && end - start <= 15 && (this.type === CellType.Shared || this.type === CellType.Number)) {
      // Most <v> hold a few digits: no string needed.
      let n = 0;
      let p = start;
      for (; p < end; p++) {
        const b = buf[p];
        if (b < 48 || b > 57) break;
        n = n * 10 + (b - 48);
      }
      if (p === end && end > start) {
        this.direct = n;
        return;
      }
    }
    if (this.direct >= 0) {
      // More text after the digits (split by a comment): back to the general path.
      this.value = String(this.direct);
      this.direct = -1;
    }
    const text = raw ? buf.toString('utf8', start, end) : decodeText(buf, start, end);
    if (this.inInline) this.inline = (this.inline ?? '') + text;
    else if (this.value !== null) this.value += text;
  }

  private startRow(buf: Buffer, as: number, ae: number): void {
    let r = this.rowNo + 1;
    const a = this.attributes.reset(buf, as, ae);
    while (a.next()) {
      if (a.nameEnd - a.nameStart === 1 && buf[a.nameStart] === 114 /* r */) {
        const n = digits(buf, a.valueStart, a.valueEnd);
        if (n > 0) r = n;
      }
    }
    this.rowNo = r;
    this.col = 0;
    this.row = null;
  }

  /**
   * A row grown cell by cell has spare capacity (V8 grows arrays by half again): its exact-size copy saves
   * a third of the grid (~13 MB at 200 000 rows × 12 columns), and the grown one dies young.
   */
  private endRow(): void {
    const row = this.row;
    if (row) this.closeRow(this.rowNo - 1, row);
    this.row = null;
  }

  /** The array for row `index` on its first cell: a new one, or the one an earlier `<row>` of that number left. */
  protected openRow(index: number): ScannedValue[] {
    let row = this.rows[index];
    if (!row || row === EMPTY_ROW) this.rows[index] = row = [];
    return row;
  }

  /** Row `index` is complete (its end tag, or a cell naming another row). */
  protected closeRow(index: number, row: ScannedValue[]): void {
    this.rows[index] = row.slice();
  }

  private startCell(buf: Buffer, as: number, ae: number): void {
    let col = this.col + 1;
    let row = 0;
    let type: CellType = CellType.Number;
    let style = 0;
    const a = this.attributes.reset(buf, as, ae);
    while (a.next()) {
      if (a.nameEnd - a.nameStart !== 1) continue;
      const vs = a.valueStart;
      const ve = a.valueEnd;
      switch (buf[a.nameStart]) {
        case 114 /* r */: {
          let c = 0;
          let p = vs;
          for (; p < ve; p++) {
            const b = buf[p] | 0x20; // lower-case letters
            if (b < 97 || b > 122) break;
            c = c * 26 + (b - 96);
          }
          if (c > 0) col = c;
          const n = digits(buf, p, ve);
          if (n > 0) row = n;
          break;
        }
        case 116 /* t */:
          type = cellType(buf, vs, ve);
          break;
        case 115 /* s */:
          style = digits(buf, vs, ve);
          break;
      }
    }
    // A cell outside any <row> (never written by Excel) or naming another row goes where its ref says.
    if (row > 0 && row !== this.rowNo) {
      if (this.row) this.closeRow(this.rowNo - 1, this.row);
      this.rowNo = row;
      this.row = null;
    } else if (this.rowNo === 0) this.rowNo = 1;
    this.col = col;
    this.type = type;
    this.style = style;
    this.inCell = true;
    this.value = null;
    this.direct = -1;
    this.inline = null;
    this.inInline = false;
    this.phonetic = 0;
    this.formula = null;
  }

  private startFormula(buf: Buffer, as: number, ae: number, selfClosing: boolean): void {
    this.formula = '';
    this.sharedIndex = -1;
    const a = this.attributes.reset(buf, as, ae);
    while (a.next()) {
      if (a.nameEnd - a.nameStart === 2 && buf[a.nameStart] === 115 /* s */ && buf[a.nameStart + 1] === 105 /* i */) {
        this.sharedIndex = a.valueEnd > a.valueStart ? digits(buf, a.valueStart, a.valueEnd) : -1;
      }
    }
    if (!selfClosing) this.inFormula = this.wantsText = true;
  }

  private endFormula(): void {
    this.inFormula = this.wantsText = false;
    if (this.sharedIndex >= 0 && this.formula) this.sharedFormulas.set(this.sharedIndex, { text: this.formula, row: this.rowNo, col: this.col });
  }

  /**
   * A formula stored without its value: computed when it is made of literals (DATE(2024,3,5)), else an
   * error value carrying the formula — never a blank, which would make a finished case look open.
   */
  private uncalculated(): ScannedValue {
    let text = this.formula ?? '';
    const master = text === '' && this.sharedIndex >= 0 ? this.sharedFormulas.get(this.sharedIndex) : undefined;
    if (master) text = shiftFormula(master.text, this.rowNo - master.row, this.col - master.col);
    const n = text ? evaluateLiteralFormula(text, this.ctx.date1904) : null;
    if (n !== null) return this.ctx.dateStyles[this.style] ? excelToDate(n, this.ctx.date1904) : n;
    return { error: `=${text}`, cause: 'uncalculated' };
  }

  private endCell(): void {
    const wasOpen = this.inCell;
    this.inCell = false;
    this.wantsText = false;
    if (!wasOpen) return;
    const v = this.cellValue();
    if (v === null || this.rowNo > MAX_ROWS || this.col > MAX_COLS) return;
    let row = this.row;
    if (!row) this.row = row = this.openRow(this.rowNo - 1);
    const index = this.col - 1;
    while (row.length < index) row.push(null);
    row[index] = v;
  }

  private cellValue(): ScannedValue {
    const direct = this.direct;
    if (direct >= 0) {
      if (this.type === CellType.Shared) {
        const s = sharedString(this.ctx.strings, direct);
        return s === undefined ? { error: String(direct), cause: 'missingString' } : s;
      }
      return this.ctx.dateStyles[this.style] ? excelToDate(direct, this.ctx.date1904) : direct;
    }
    const raw = this.value;
    // No <v>, or an empty one (a cached empty text is <v></v> in a t="str" cell).
    if (this.formula !== null && (raw === null || (raw === '' && this.type !== CellType.Str))) return this.uncalculated();
    switch (this.type) {
      case CellType.Shared: {
        if (!raw) return null;
        const s = sharedString(this.ctx.strings, Number(raw));
        return s === undefined ? { error: raw, cause: 'missingString' } : s;
      }
      case CellType.Inline: {
        const text = this.inline ?? raw;
        return text ? this.intern(decodeExcelEscapes(text)) : null;
      }
      case CellType.Str:
        return raw ? this.intern(decodeExcelEscapes(raw)) : null;
      case CellType.Bool: {
        if (!raw) return null;
        const b = raw.trim();
        if (b === '1' || b === 'true') return true;
        return b === '0' || b === 'false' ? false : { error: raw, cause: 'badValue' };
      }
      case CellType.Error:
        return raw ? { error: raw } : null;
      case CellType.IsoDate: {
        if (!raw) return null;
        const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
        return Number.isNaN(d.getTime()) ? raw : d;
      }
      default: {
        if (!raw) return null;
        // Strictly a number: parseFloat would read «12abc» as 12.
        const n = NUMBER.test(raw) ? Number(raw) : NaN;
        if (!Number.isFinite(n)) return raw.trim() === '' ? null : { error: raw, cause: 'badValue' };
        return this.ctx.dateStyles[this.style] ? excelToDate(n, this.ctx.date1904) : n;
      }
    }
  }

  private intern(s: string): string {
    if (s.length > 200) return s;
    const seen = this.interned.get(s);
    if (seen !== undefined) return seen;
    if (this.interned.size < 100_000) this.interned.set(s, s);
    return s;
  }

  /** The rows, every missing one as the shared empty row. */
  finish(): ScannedValue[][] {
    if (this.row) this.closeRow(this.rowNo - 1, this.row);
    this.row = null;
    const rows = this.rows;
    for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = EMPTY_ROW;
    return rows;
  }
}

function sharedString(strings: readonly string[] | PackedStrings, i: number): string | undefined {
  return strings instanceof PackedStrings ? strings.get(i) : strings[i];
}

function digits(buf: Buffer, start: number, end: number): number {
  let n = 0;
  let any = false;
  for (let p = start; p < end; p++) {
    const b = buf[p];
    if (b < 48 || b > 57) break;
    n = n * 10 + (b - 48);
    any = true;
  }
  return any ? n : 0;
}

function cellType(buf: Buffer, start: number, end: number): CellType {
  const len = end - start;
  const b = buf[start];
  if (len === 1) {
    if (b === 115) return CellType.Shared; // s
    if (b === 98) return CellType.Bool; // b
    if (b === 101) return CellType.Error; // e
    if (b === 100) return CellType.IsoDate; // d
    return CellType.Number; // n
  }
  if (len === 3 && b === 115) return CellType.Str; // str
  if (len === 9 && b === 105) return CellType.Inline; // inlineStr
  return CellType.Number;
}

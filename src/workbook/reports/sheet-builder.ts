/** Builds a SheetModel row by row, keeping report layouts readable. */
import type { CellValue } from '../cells';
import type { CellStyle, Merge, ModelCell, PrintSetup, SheetModel } from '../sheet-model';
import { legiblePaper } from './print-scale';

export type CellInput = CellValue | ModelCell;

const isModelCell = (v: CellInput): v is ModelCell =>
  typeof v === 'object' && v !== null && !(v instanceof Date) && 'value' in v;

export const STYLES = {
  title: { bold: true, size: 14, align: 'center', wrap: true } as CellStyle,
  subtitle: { italic: true, align: 'center' } as CellStyle,
  // 10 pt: printed at the ≥ 0.9 scale of fit-to-width it stays ≥ 9 pt (print-scale.ts).
  note: { italic: true, size: 10 } as CellStyle,
  header: { bold: true, align: 'center', wrap: true, border: true, fill: 'DDEBF7' } as CellStyle,
  columnNumber: { italic: true, align: 'center', border: true, size: 10 } as CellStyle,
  text: { border: true, wrap: true } as CellStyle,
  center: { border: true, align: 'center' } as CellStyle,
  count: { border: true, numFmt: '#,##0' } as CellStyle,
  rate: { border: true, numFmt: '0.00', align: 'right' } as CellStyle,
  group: { bold: true, border: true, fill: 'F2F2F2' } as CellStyle,
};

export class SheetBuilder {
  private readonly rows: (ModelCell | null)[][] = [];
  private readonly merges: Merge[] = [];
  private readonly keep: number[] = [];
  private tableEnd = 0;

  constructor(private readonly name: string, private readonly widths: number[]) {}

  get width(): number {
    return this.widths.length;
  }

  /** The 1-based number the next row will get. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  /** Appends a row; plain values take `style`, ModelCells keep their own. Returns the row number. */
  row(cells: CellInput[], style?: CellStyle): number {
    this.rows.push(cells.map((v) => (isModelCell(v) ? v : v === null && !style?.border ? null : { value: v, style })));
    return this.rows.length;
  }

  /** A line of text across the whole width (titles, notes), merged so it centres and wraps. */
  line(text: string, style: CellStyle): number {
    const r = this.row([{ value: text, style }]);
    this.merge(r, 1, r, this.width);
    return r;
  }

  /** Rows `from`..`to` print on one page with the row below `to` (a group heading: `from` = `to`). */
  keepWithNext(from: number, to = from): void {
    for (let r = from; r <= to; r++) this.keep.push(r);
  }

  /** The table ends at the last row written: its notes below print on the same page as that row. */
  endTable(): void {
    this.tableEnd = this.rows.length;
  }

  /** Before a subtotal or total: it prints on the same page as the rows it adds up. */
  keepWithPrevious(): void {
    if (this.rows.length) this.keep.push(this.rows.length);
  }

  blank(): void {
    this.rows.push([]);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push({ top, left, bottom, right });
  }

  build(print: PrintSetup, freeze?: { rows: number; cols: number }, kind: SheetModel['kind'] = 'result'): SheetModel {
    const heights = estimateHeights(this.rows, this.widths, this.merges);
    const laidOut: PrintSetup = { ...print, paper: print.paper ?? legiblePaper({ rows: this.rows, widths: this.widths, print }) };
    if (this.tableEnd) this.keepWithNext(this.tableEnd, this.rows.length - 1);
    // Page ends are laid out once the sheet is final (withPageBreaks): a document frame adds rows around it.
    if (this.keep.length) laidOut.keepWithNext = [...new Set(this.keep)].sort((a, b) => a - b);
    return { name: this.name, rows: this.rows, widths: this.widths, heights, merges: this.merges, freeze, print: laidOut, kind };
  }
}

/** A styled cell, for mixing styles within one row. */
export const cell = (value: CellValue, style?: CellStyle): ModelCell => ({ value, style });

/** "—" for an undefined rate, never 0 and never an error value (RULES.md §3). */
export const rateCell = (rate: number | null, style: CellStyle = STYLES.rate): ModelCell =>
  rate === null ? { value: '—', style: { ...style, numFmt: undefined, align: 'center' } } : { value: rate, style };

const LINE_POINTS = 15;
/**
 * Characters of 11-pt text per unit of column width: a unit is one digit wide, and Vietnamese words in
 * Calibri average about 1.15 characters per digit width. Measured on the sample's printed late-case list:
 * one character per unit, less one, gave its rows a line more than their text needs.
 */
const CHARS_PER_UNIT = 1.15;
/** Bold capitals (titles, group headings) are wider: about 0.75 of a digit's width each. */
const BOLD_CAPITALS_PER_UNIT = 0.75;
/** Bold lower-case text is about a tenth wider than regular. */
const BOLD_PER_UNIT = 1.05;

/** Characters of 11-pt text a unit of width holds, for this text and style. */
function charsPerUnit(text: string, style: CellStyle): number {
  if (!style.bold) return CHARS_PER_UNIT;
  // Only bold cells are checked: they are few (titles, headers, groups), the plain ones tens of thousands.
  return text === text.toUpperCase() ? BOLD_CAPITALS_PER_UNIT : BOLD_PER_UNIT;
}

/**
 * Lines a wrapped text needs in its (possibly merged) width; cells merged over several rows already have
 * that room.
 */
function estimateHeights(rows: (ModelCell | null)[][], widths: number[], merges: Merge[]): (number | null)[] {
  // Plain loops: a list sheet has tens of thousands of wrapped cells, and a key string, a slice and a split
  // for each were most of the garbage of building it.
  const spans = new Map<number, Merge[]>();
  for (const m of merges) {
    const list = spans.get(m.top);
    if (list) list.push(m);
    else spans.set(m.top, [m]);
  }
  const heights: (number | null)[] = new Array<number | null>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    const rowSpans = spans.get(r + 1);
    let points = 0;
    for (let col = 0; col < cells.length; col++) {
      const c = cells[col];
      if (!c || typeof c.value !== 'string' || !c.style?.wrap) continue;
      const m = rowSpans && spanAt(rowSpans, col + 1);
      if (m && m.bottom > m.top) continue;
      let width = 0;
      for (let k = col; k < (m ? m.right : col + 1) && k < widths.length; k++) width += widths[k] ?? 0;
      const size = c.style.size ?? 11;
      const perLine = Math.max(1, Math.floor((width * charsPerUnit(c.value, c.style) * 11) / size));
      points = Math.max(points, lineCount(c.value, perLine) * LINE_POINTS * (size / 11));
    }
    heights[r] = points > LINE_POINTS ? Math.ceil(points) : null;
  }
  return heights;
}

function spanAt(spans: Merge[], left: number): Merge | undefined {
  for (const m of spans) if (m.left === left) return m;
  return undefined;
}

/** Lines of `perLine` characters a text needs, wrapped at spaces as the hosts wrap, each of its own lines starting a new one. */
function lineCount(text: string, perLine: number): number {
  let lines = 0;
  for (let start = 0; ; ) {
    const end = text.indexOf('\n', start);
    lines += wrappedLines(text, start, end < 0 ? text.length : end, perLine);
    if (end < 0) return lines;
    start = end + 1;
  }
}

/** Greedy word wrap of text[start, end): a word longer than a line is broken across lines. */
function wrappedLines(text: string, start: number, end: number, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (let i = start; i < end; ) {
    let j = text.indexOf(' ', i);
    if (j < 0 || j > end) j = end;
    const word = j - i;
    if (used > 0 && used + 1 + word > perLine) {
      lines++;
      used = 0;
    }
    used += (used > 0 ? 1 : 0) + word;
    while (used > perLine) {
      lines++;
      used -= perLine;
    }
    i = j + 1;
  }
  return lines;
}

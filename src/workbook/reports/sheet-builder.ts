/** Builds a SheetModel row by row, keeping report layouts readable. */
import type { CellValue } from '../cells';
import type { CellStyle, Merge, ModelCell, PrintSetup, SheetModel } from '../sheet-model';

export type CellInput = CellValue | ModelCell;

const isModelCell = (v: CellInput): v is ModelCell =>
  typeof v === 'object' && v !== null && !(v instanceof Date) && 'value' in v;

export const STYLES = {
  title: { bold: true, size: 14, align: 'center' } as CellStyle,
  subtitle: { italic: true, align: 'center' } as CellStyle,
  note: { italic: true, size: 9 } as CellStyle,
  header: { bold: true, align: 'center', wrap: true, border: true, fill: 'DDEBF7' } as CellStyle,
  columnNumber: { italic: true, align: 'center', border: true, size: 9 } as CellStyle,
  text: { border: true, wrap: true } as CellStyle,
  center: { border: true, align: 'center' } as CellStyle,
  count: { border: true, numFmt: '#,##0' } as CellStyle,
  rate: { border: true, numFmt: '0.00', align: 'right' } as CellStyle,
  group: { bold: true, border: true, fill: 'F2F2F2' } as CellStyle,
};

export class SheetBuilder {
  private readonly rows: (ModelCell | null)[][] = [];
  private readonly merges: Merge[] = [];

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

  blank(): void {
    this.rows.push([]);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push({ top, left, bottom, right });
  }

  build(print: PrintSetup, freeze?: { rows: number; cols: number }, kind: SheetModel['kind'] = 'result'): SheetModel {
    const heights = estimateHeights(this.rows, this.widths, this.merges);
    return { name: this.name, rows: this.rows, widths: this.widths, heights, merges: this.merges, freeze, print, kind };
  }
}

/** A styled cell, for mixing styles within one row. */
export const cell = (value: CellValue, style?: CellStyle): ModelCell => ({ value, style });

/** "—" for an undefined rate, never 0 and never an error value (RULES.md §3). */
export const rateCell = (rate: number | null, style: CellStyle = STYLES.rate): ModelCell =>
  rate === null ? { value: '—', style: { ...style, numFmt: undefined, align: 'center' } } : { value: rate, style };

const LINE_POINTS = 15;

/**
 * Lines a wrapped text needs in its (possibly merged) width, at about one character per width unit;
 * cells merged over several rows already have that room.
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
      const perLine = Math.max(1, Math.floor((width * 11) / size) - 1);
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

/** Lines of `perLine` characters a text needs, each of its own lines starting a new one. */
function lineCount(text: string, perLine: number): number {
  let lines = 0;
  for (let start = 0; ; ) {
    const end = text.indexOf('\n', start);
    const length = (end < 0 ? text.length : end) - start;
    lines += Math.max(1, Math.ceil(length / perLine));
    if (end < 0) return lines;
    start = end + 1;
  }
}

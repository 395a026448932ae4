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
    return { name: this.name, rows: this.rows, widths: this.widths, merges: this.merges, freeze, print, kind };
  }
}

/** A styled cell, for mixing styles within one row. */
export const cell = (value: CellValue, style?: CellStyle): ModelCell => ({ value, style });

/** "—" for an undefined rate, never 0 and never an error value (RULES.md §3). */
export const rateCell = (rate: number | null, style: CellStyle = STYLES.rate): ModelCell =>
  rate === null ? { value: '—', style: { ...style, numFmt: undefined, align: 'center' } } : { value: rate, style };

/**
 * Two partial reads of a worksheet, so that a long case list's whole grid never exists at once (peak memory,
 * bench/RESULTS.md): its first rows, to find the table, then every row handed over as it is scanned, to be
 * read into cases and dropped.
 */
import { EMPTY_ROW, SheetScanner, type ScannedValue, type SheetContext } from './xml-scan';

/**
 * Keeps the rows above `limit`; at the first cell of a row at or past it `more` is set and the part is
 * abandoned (a whole read checks it later). A part without such a row is read to its end and checked.
 */
export class SheetHeadScanner extends SheetScanner {
  more = false;
  abandoned = false;

  constructor(ctx: SheetContext, private readonly limit: number) {
    super(ctx);
  }

  protected override openRow(index: number): ScannedValue[] {
    if (index < this.limit) return super.openRow(index);
    this.more = true;
    this.done = true;
    this.abandoned = true;
    return [];
  }

  protected override closeRow(index: number, row: ScannedValue[]): void {
    if (index < this.limit) super.closeRow(index, row);
  }
}

/** The part's rows do not come in increasing order: they can only be read whole, as a grid. */
export class RowsOutOfOrder extends Error {}

/**
 * Hands rows from index `from` on to `onRow` in sheet order, as the grid would hold them: a row without
 * cells as the shared empty row, none after the last row with a cell. Keeps no row.
 */
export class SheetRowStreamer extends SheetScanner {
  private last = -1;

  constructor(
    ctx: SheetContext,
    private readonly from: number,
    private readonly onRow: (cells: ScannedValue[], index: number) => void,
  ) {
    super(ctx);
  }

  protected override openRow(index: number): ScannedValue[] {
    // A row already handed over cannot take more cells.
    if (index <= this.last) throw new RowsOutOfOrder();
    return [];
  }

  protected override closeRow(index: number, row: ScannedValue[]): void {
    for (let i = Math.max(this.last + 1, this.from); i < index; i++) this.onRow(EMPTY_ROW, i);
    this.last = index;
    if (index >= this.from) this.onRow(row, index);
  }
}

/**
 * Reads a worksheet's used cells in row chunks, one sync per chunk, each response well under Excel on the
 * web's 5 MB limit — the whole sheet as a grid, its rows from one on handed over chunk by chunk, or the
 * first rows of many sheets packed into few syncs (what the case-table search looks at).
 *
 * Dates arrive as serial numbers. In a workbook of the 1900 date system (Excel's default) only `values` is
 * loaded: telling dates from numbers would need `numberFormat`, roughly doubling every response, and the
 * case reader already takes serial numbers in date columns as 1900-system serials. In a 1904-system
 * workbook (date-system.ts) those serials are 1 462 days lower, so `numberFormat` comes along and numbers
 * shown as dates become Dates, as the .xlsx reader makes them. Error cells arrive as their literal text
 * ('#N/A') and become {error}.
 */
import type { CellValue, SheetGrid, SheetVisibility } from '../workbook/cells';
import { SheetError } from '../workbook/errors';
import type { HostProgress } from '../workbook/workbook-host';
import { topLeftOf } from './a1';
import type { DateSystemTracker } from './date-system';
import { fromOfficeVisibility } from './list-sheets';
import { fromOffice1904Value, fromOfficeValue } from './office-values';
import { BATCH_BUDGET_BYTES, MAX_CELLS_PER_CHUNK, jsonBytes } from './payload';

/** Guess for the first chunk, before any data was seen: a short Vietnamese text in every cell. */
const FIRST_GUESS_BYTES_PER_CELL = 40;
/** And its number format, when those are read too ('"General",'). */
const FIRST_GUESS_FORMAT_BYTES_PER_CELL = 10;
/** Excel on the web's limit on one response. */
const RESPONSE_LIMIT_BYTES = 5_000_000;

const isResponseTooLarge = (error: unknown): boolean =>
  error instanceof Error && (error as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded';

/** Where a sheet's used cells lie, as read in the first batch: null for an empty sheet. */
interface UsedBox {
  originRow: number;
  originCol: number;
  rowCount: number;
  columnCount: number;
}

interface SheetStart {
  sheet: Excel.Worksheet;
  visibility: SheetVisibility;
  box: UsedBox | null;
}

/** Queues the loads of a sheet's visibility and used range; read them after the next sync. */
function queueStart(context: Excel.RequestContext, name: string): () => SheetStart {
  const sheet = context.workbook.worksheets.getItem(name).load('visibility');
  // valuesOnly: cells that only carry formatting (a bordered empty table) would cost payload for nothing.
  const used = sheet.getUsedRangeOrNullObject(true).load('address,rowCount,columnCount');
  return () => {
    const visibility = fromOfficeVisibility(sheet.visibility);
    if (used.isNullObject) return { sheet, visibility, box: null };
    const { row, col } = topLeftOf(used.address);
    return { sheet, visibility, box: { originRow: row, originCol: col, rowCount: used.rowCount, columnCount: used.columnCount } };
  };
}

/** The sheets' starts in one sync, which also asks the date system when the job does not know it yet. */
async function readStarts(context: Excel.RequestContext, names: readonly string[], dates: DateSystemTracker): Promise<SheetStart[]> {
  return dates.firstSync(context, async () => {
    const reads = names.map((name) => queueStart(context, name));
    await context.sync();
    return reads.map((read) => read());
  });
}

const gridOf = (name: string, start: SheetStart, rows: CellValue[][], dates: DateSystemTracker): SheetGrid => ({
  name,
  rows,
  originRow: start.box?.originRow ?? 1,
  originCol: start.box?.originCol ?? 1,
  visibility: start.visibility,
  date1904: dates.system === 1904,
});

export async function readSheetGrid(
  context: Excel.RequestContext,
  name: string,
  dates: DateSystemTracker,
  onProgress?: (p: HostProgress) => void,
): Promise<SheetGrid> {
  const [start] = await readStarts(context, [name], dates);
  const rows: CellValue[][] = [];
  if (start.box) {
    const total = start.box.rowCount;
    // The total as soon as it is known: a sheet read in one chunk would otherwise show it only when done.
    onProgress?.({ phase: 'read', sheet: name, done: 0, total });
    await readRowChunks(context, name, start, 0, total, dates, (chunk) => {
      for (const row of chunk) rows.push(row);
      onProgress?.({ phase: 'read', sheet: name, done: rows.length, total });
    });
  }
  return gridOf(name, start, rows, dates);
}

/** Each row from grid index `from` on, handed on chunk by chunk so the sheet is never held whole. */
export async function readSheetRowsFrom(
  context: Excel.RequestContext,
  name: string,
  from: number,
  dates: DateSystemTracker,
  onRow: (cells: CellValue[], index: number) => void,
): Promise<void> {
  const [start] = await readStarts(context, [name], dates);
  if (!start.box || from >= start.box.rowCount) return;
  let index = from;
  await readRowChunks(context, name, start, from, start.box.rowCount, dates, (chunk) => {
    for (const row of chunk) onRow(row, index++);
  });
}

/** A sheet's first rows, whether it has more, and how many rows its used range has in all. */
export interface SheetHead {
  grid: SheetGrid;
  more: boolean;
  rowCount: number;
}

/**
 * The first `limit` rows of each sheet: one sync for all the used ranges, then the heads packed together
 * into as few syncs as the payload budget allows (a sheet's head too big for one batch, or a batch Excel
 * finds too large, is read on its own in chunks).
 */
export async function readSheetHeads(
  context: Excel.RequestContext,
  names: readonly string[],
  limit: number,
  dates: DateSystemTracker,
): Promise<Map<string, SheetHead>> {
  const starts = await readStarts(context, names, dates);
  const heads = new Map<string, SheetHead>();
  const perCell = guessBytesPerCell(dates);
  let batch: { name: string; start: SheetStart; rows: number }[] = [];
  let bytes = 0;
  let cells = 0;
  const flush = async (): Promise<void> => {
    if (batch.length > 0) await readHeadBatch(context, batch, dates, heads);
    batch = [];
    bytes = 0;
    cells = 0;
  };
  for (const [i, name] of names.entries()) {
    const start = starts[i];
    const rowCount = start.box?.rowCount ?? 0;
    const rows = Math.min(limit, rowCount);
    if (!start.box || rows === 0) {
      heads.set(name, { grid: gridOf(name, start, [], dates), more: false, rowCount });
      continue;
    }
    const headCells = rows * start.box.columnCount;
    if (bytes + headCells * perCell > BATCH_BUDGET_BYTES || cells + headCells > MAX_CELLS_PER_CHUNK) await flush();
    batch.push({ name, start, rows });
    bytes += headCells * perCell;
    cells += headCells;
  }
  await flush();
  return heads;
}

/** The heads of `batch` in one sync; on its own, in chunks, each sheet of a batch that is too large or too big to fit. */
async function readHeadBatch(
  context: Excel.RequestContext,
  batch: { name: string; start: SheetStart; rows: number }[],
  dates: DateSystemTracker,
  heads: Map<string, SheetHead>,
): Promise<void> {
  const withFormats = dates.system === 1904;
  const headOf = (name: string, start: SheetStart, rows: CellValue[][]): SheetHead => ({
    grid: gridOf(name, start, rows, dates),
    more: start.box!.rowCount > rows.length,
    rowCount: start.box!.rowCount,
  });
  const together = batch.length > 1 || batch[0].rows * batch[0].start.box!.columnCount * guessBytesPerCell(dates) <= BATCH_BUDGET_BYTES;
  if (together) {
    const ranges = batch.map(({ start, rows }) => queueRows(start, 0, rows, withFormats));
    try {
      await context.sync();
      batch.forEach(({ name, start, rows }, i) => heads.set(name, headOf(name, start, cellsOf(name, ranges[i], start.box!.originRow, rows, withFormats))));
      return;
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
    }
  }
  for (const { name, start, rows } of batch) {
    const read: CellValue[][] = [];
    await readRowChunks(context, name, start, 0, rows, dates, (chunk) => read.push(...chunk));
    heads.set(name, headOf(name, start, read));
  }
}

const guessBytesPerCell = (dates: DateSystemTracker): number =>
  FIRST_GUESS_BYTES_PER_CELL + (dates.system === 1904 ? FIRST_GUESS_FORMAT_BYTES_PER_CELL : 0);

/** Loads rows [from, from + count) of the used range (grid indexes). */
function queueRows(start: SheetStart, from: number, count: number, withFormats: boolean): Excel.Range {
  const box = start.box!;
  return start.sheet.getRangeByIndexes(box.originRow - 1 + from, box.originCol - 1, count, box.columnCount).load(withFormats ? 'values,numberFormat' : 'values');
}

/** The cells of a synced range; Excel answers null instead of failing when a read exceeds its cell limit: never take that for empty. */
function cellsOf(name: string, range: Excel.Range, firstRow: number, count: number, withFormats: boolean): CellValue[][] {
  const last = firstRow + count - 1;
  const retry = 'Hãy thử lại; nếu vẫn lỗi, lưu tệp, mở lại rồi chạy lại.';
  if (!range.values) throw new SheetError(`Excel không trả về giá trị các dòng ${firstRow}–${last} của sheet «${name}». ${retry}`, { sheet: name, row: firstRow });
  if (!withFormats) return range.values.map((values) => values.map(fromOfficeValue));
  const formats: unknown[][] | null = range.numberFormat;
  if (!formats) throw new SheetError(`Excel không trả về định dạng số các dòng ${firstRow}–${last} của sheet «${name}». ${retry}`, { sheet: name, row: firstRow });
  return range.values.map((values, r) => values.map((v, c) => fromOffice1904Value(v, formats[r]?.[c])));
}

/** Rows [from, to) of the used range in chunks, one sync each, sized from the densest chunk seen so far. */
async function readRowChunks(
  context: Excel.RequestContext,
  name: string,
  start: SheetStart,
  from: number,
  to: number,
  dates: DateSystemTracker,
  onChunk: (rows: CellValue[][]) => void,
): Promise<void> {
  const box = start.box!;
  const withFormats = dates.system === 1904;
  const sizer = new ChunkSizer(box.columnCount, guessBytesPerCell(dates));
  let at = from;
  while (at < to) {
    const count = Math.min(sizer.rows(), to - at);
    const range = queueRows(start, at, count, withFormats);
    try {
      await context.sync();
    } catch (error) {
      // Rows further down can be far denser than those seen so far (long notes); read them in smaller steps.
      if (!isResponseTooLarge(error) || count === 1) throw error;
      sizer.tooLarge(count);
      continue;
    }
    const rows = cellsOf(name, range, box.originRow + at, count, withFormats);
    sizer.observe(count, jsonBytes(range.values) + (withFormats ? jsonBytes(range.numberFormat) : 0));
    at += count;
    onChunk(rows);
  }
}

/** Rows per chunk from the densest chunk seen so far, so long text further down does not blow the budget. */
class ChunkSizer {
  private bytesPerRow: number;
  private observed = false;

  constructor(private readonly columns: number, guessBytesPerCell: number) {
    this.bytesPerRow = columns * guessBytesPerCell;
  }

  rows(): number {
    const byBytes = Math.floor(BATCH_BUDGET_BYTES / this.bytesPerRow);
    const byCells = Math.floor(MAX_CELLS_PER_CHUNK / this.columns);
    return Math.max(1, Math.min(byBytes, byCells));
  }

  observe(rows: number, bytes: number): void {
    const seen = bytes / rows;
    this.bytesPerRow = this.observed ? Math.max(this.bytesPerRow, seen) : seen;
    this.observed = true;
  }

  /** A chunk of `rows` rows came back over the limit, so each row weighs at least limit / rows. */
  tooLarge(rows: number): void {
    this.bytesPerRow = Math.max(this.bytesPerRow, RESPONSE_LIMIT_BYTES / rows);
  }
}

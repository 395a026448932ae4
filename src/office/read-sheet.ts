/**
 * Reads a worksheet's used cells in row chunks, one sync per chunk, each response well under Excel on the
 * web's 5 MB limit.
 *
 * Dates arrive as serial numbers. In a workbook of the 1900 date system (Excel's default) only `values` is
 * loaded: telling dates from numbers would need `numberFormat`, roughly doubling every response, and the
 * case reader already takes serial numbers in date columns as 1900-system serials. In a 1904-system
 * workbook (date-system.ts) those serials are 1 462 days lower, so `numberFormat` comes along and numbers
 * shown as dates become Dates, as the .xlsx reader makes them. Error cells arrive as their literal text
 * ('#N/A') and become {error}.
 */
import type { CellValue, SheetGrid } from '../workbook/cells';
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

export async function readSheetGrid(
  context: Excel.RequestContext,
  name: string,
  dates: DateSystemTracker,
  onProgress?: (p: HostProgress) => void,
): Promise<SheetGrid> {
  // The date system is asked in this first batch when the job does not know it yet.
  const { sheet, used } = await dates.firstSync(context, async () => {
    const sheet = context.workbook.worksheets.getItem(name).load('visibility');
    // valuesOnly: cells that only carry formatting (a bordered empty table) would cost payload for nothing.
    const used = sheet.getUsedRangeOrNullObject(true).load('address,rowCount,columnCount');
    await context.sync();
    return { sheet, used };
  });
  const visibility = fromOfficeVisibility(sheet.visibility);
  const date1904 = dates.system === 1904;
  if (used.isNullObject) return { name, rows: [], originRow: 1, originCol: 1, visibility, date1904 };

  const { row: originRow, col: originCol } = topLeftOf(used.address);
  const { rowCount, columnCount } = used;
  const withFormats = dates.system === 1904;
  const rows: CellValue[][] = [];
  const sizer = new ChunkSizer(columnCount, FIRST_GUESS_BYTES_PER_CELL + (withFormats ? FIRST_GUESS_FORMAT_BYTES_PER_CELL : 0));
  while (rows.length < rowCount) {
    const count = Math.min(sizer.rows(), rowCount - rows.length);
    const chunk = sheet
      .getRangeByIndexes(originRow - 1 + rows.length, originCol - 1, count, columnCount)
      .load(withFormats ? 'values,numberFormat' : 'values');
    try {
      await context.sync();
    } catch (error) {
      // Rows further down can be far denser than those seen so far (long notes); read them in smaller steps.
      if (!isResponseTooLarge(error) || count === 1) throw error;
      sizer.tooLarge(count);
      continue;
    }
    // Excel answers null instead of failing when a read exceeds its cell limit; never take that for empty.
    const first = originRow + rows.length;
    const last = first + count - 1;
    if (!chunk.values) throw new SheetError(`Excel không trả về giá trị các dòng ${first}–${last} của sheet «${name}». Hãy thử lại; nếu vẫn lỗi, lưu tệp, mở lại rồi chạy lại.`, { sheet: name, row: first });
    if (withFormats) {
      const formats: unknown[][] | null = chunk.numberFormat;
      if (!formats) throw new SheetError(`Excel không trả về định dạng số các dòng ${first}–${last} của sheet «${name}». Hãy thử lại; nếu vẫn lỗi, lưu tệp, mở lại rồi chạy lại.`, { sheet: name, row: first });
      sizer.observe(count, jsonBytes(chunk.values) + jsonBytes(formats));
      chunk.values.forEach((values, r) => rows.push(values.map((v, c) => fromOffice1904Value(v, formats[r]?.[c]))));
    } else {
      sizer.observe(count, jsonBytes(chunk.values));
      for (const values of chunk.values) rows.push(values.map(fromOfficeValue));
    }
    onProgress?.({ phase: 'read', sheet: name, done: rows.length, total: rowCount });
  }
  return { name, rows, originRow, originCol, visibility, date1904 };
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

/**
 * Rows without trailing blanks, trailing blank rows dropped: how two readers' grids compare. An empty
 * text is a blank either way (ExcelJS turns an empty rich-text run into '', our reader into null).
 */
import type { CellValue } from '../../src/workbook/cells';

export function trimmed(rows: CellValue[][]): CellValue[][] {
  const out = rows.map((r) => {
    const row = Array.from(r, (v) => (v === undefined || v === '' ? null : v));
    while (row.length && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

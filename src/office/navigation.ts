/**
 * Moves Excel's focus for the task pane: show a result sheet, or select the cell a data issue points at.
 * ExcelApi 1.1 is enough (Worksheet.activate, Range.select); every call is one `Excel.run` through the runner.
 */
import { cleanName } from '../domain/text';
import { columnLetter } from '../workbook/cells';
import { SheetError } from '../workbook/errors';
import { topLeftOf } from './a1';
import { explainFailure } from './office-error';
import { withExcel, type ExcelRunner } from './run-excel';

/** A column letter as the data issues carry it ('D', 'AB'); anything else selects the whole row. */
const COLUMN_LETTERS = /^[A-Z]{1,3}$/;

/** 'D12' for a cell, '12:12' for a row when the issue names no single column. */
export function issueAddress(row: number, column: string | null): string {
  const letters = column?.trim().toUpperCase() ?? '';
  return COLUMN_LETTERS.test(letters) ? `${letters}${row}` : `${row}:${row}`;
}

export function activateSheet(name: string, run: ExcelRunner = withExcel): Promise<void> {
  return explainFailure(`Không mở được sheet «${name}»`, () =>
    run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    }),
  );
}

export function selectCell(sheet: string, row: number, column: string | null, run: ExcelRunner = withExcel): Promise<void> {
  const address = issueAddress(row, column);
  return explainFailure(`Không chọn được ô ${address} của sheet «${sheet}»`, () =>
    run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    }),
  );
}

const unitKey = (v: unknown): string => (typeof v === 'string' ? cleanName(v).toLowerCase() : '');

/**
 * Selects the cell naming `unit` in `sheet`, looked up in the sheet as it is now (the user may have sorted
 * it or added rows since the run). The input sheets are a few hundred rows, so their values come in one read.
 */
export function selectUnit(sheet: string, unit: string, run: ExcelRunner = withExcel): Promise<void> {
  return explainFailure(`Không chọn được dòng của đơn vị «${unit}» trong sheet «${sheet}»`, () =>
    run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const used = worksheet.getUsedRangeOrNullObject(true).load('address,rowCount,columnCount');
      await context.sync();
      const origin = used.isNullObject ? null : topLeftOf(used.address);
      let rows: unknown[][] = [];
      if (origin) {
        const range = worksheet.getRangeByIndexes(origin.row - 1, origin.col - 1, used.rowCount, used.columnCount).load('values');
        await context.sync();
        rows = range.values;
      }
      const wanted = unitKey(unit);
      const r = rows.findIndex((row) => row.some((v) => unitKey(v) === wanted));
      if (r < 0) {
        throw new SheetError(`Sheet «${sheet}» không có dòng nào ghi tên đơn vị «${unit}» (dòng có thể đã bị xóa hoặc đổi tên). Bấm «Chạy lại» để chấm điểm lại.`, { sheet });
      }
      const c = rows[r].findIndex((v) => unitKey(v) === wanted);
      worksheet.activate();
      worksheet.getRange(`${columnLetter(origin!.col + c)}${origin!.row + r}`).select();
      await context.sync();
    }),
  );
}

/** The calls bound to one runner: the task pane's `Navigator` port. */
export function createNavigator(run: ExcelRunner = withExcel): {
  activateSheet(name: string): Promise<void>;
  selectCell(sheet: string, row: number, column: string | null): Promise<void>;
  selectUnit(sheet: string, unit: string): Promise<void>;
} {
  return {
    activateSheet: (name) => activateSheet(name, run),
    selectCell: (sheet, row, column) => selectCell(sheet, row, column, run),
    selectUnit: (sheet, unit) => selectUnit(sheet, unit, run),
  };
}

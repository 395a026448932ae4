/**
 * Moves Excel's focus for the task pane: show a result sheet, or select the cell a data issue points at.
 * ExcelApi 1.1 is enough (Worksheet.activate, Range.select); every call is one `Excel.run` through the runner.
 */
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

/** Both calls bound to one runner: the task pane's `Navigator` port. */
export function createNavigator(run: ExcelRunner = withExcel): {
  activateSheet(name: string): Promise<void>;
  selectCell(sheet: string, row: number, column: string | null): Promise<void>;
} {
  return {
    activateSheet: (name) => activateSheet(name, run),
    selectCell: (sheet, row, column) => selectCell(sheet, row, column, run),
  };
}

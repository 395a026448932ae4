/**
 * Reads case rows from a located table into CaseRecords. Every row that can't be used is reported with
 * sheet, row and column and skipped; nothing is guessed silently (RULES.md §2). The rows are told apart
 * and read by CaseRowReader (case-row-reader.ts), one case row by readCaseRow (read-case-row.ts).
 */
import type { WorkCalendar } from '../domain/calendar/work-calendar';
import type { SheetGrid } from './cells';
import { CaseRowReader, type CaseTable, type ReadCasesResult } from './case-row-reader';

export type { ReadCasesResult } from './case-row-reader';

export function readCases(grid: SheetGrid, table: CaseTable, calendar: WorkCalendar): ReadCasesResult {
  const reader = new CaseRowReader(grid, table, calendar);
  for (let i = table.firstDataRowIndex; i < grid.rows.length; i++) reader.read(grid.rows[i] ?? [], grid.originRow + i);
  return reader.finish();
}

/**
 * The case table the user confirms in the first step: which sheet, which column holds which field. Starts
 * from the detection (findCaseTable) and, when the workbook remembers earlier choices, re-applies them by
 * header text so a re-exported file with moved columns still maps.
 */
import { readDate } from '../workbook/cell-values';
import { columnLetter, type SheetGrid } from '../workbook/cells';
import { CASE_FIELDS, headerKey, missingRequired, type CaseField } from '../workbook/columns';
import { findCaseTable, type ColumnMapping, type TableLocation } from '../workbook/find-table';
import type { InputWorkbook } from '../workbook/score-job';
import type { DayNumber } from '../domain/dates';
import type { SavedChoices } from './ports';

export interface DataChoice {
  table: TableLocation;
  /** The columns used; starts as the detection's, changed by the user or by saved choices. */
  mapping: ColumnMapping;
  grid: SheetGrid;
}

export interface Detection {
  /** One detected table per sheet that holds one, best first. */
  candidates: DataChoice[];
  choice: DataChoice | null;
  /** Saved choices were applied to `choice`. */
  restored: boolean;
  /** Fields whose saved header is no longer in the sheet (the detection's column is used). */
  lost: CaseField[];
  /** The saved sheet, when it no longer holds a case table. */
  lostSheet: string | null;
}

const sameHeader = (a: string, b: string): boolean => headerKey(a) === headerKey(b);

/** Saved columns re-found by header text; a field whose header is gone keeps the detected column. */
export function applySaved(table: TableLocation, saved: SavedChoices['columns']): { mapping: ColumnMapping; lost: CaseField[] } {
  const mapping: ColumnMapping = { ...table.mapping };
  const lost: CaseField[] = [];
  for (const field of CASE_FIELDS) {
    const column = saved[field];
    if (column === undefined) continue;
    if (column === null) {
      delete mapping[field];
      continue;
    }
    const matches = table.headers.flatMap((h, i) => (sameHeader(h, column.header) ? [i] : []));
    if (matches.length === 0) lost.push(field);
    else mapping[field] = matches.includes(column.index) ? column.index : matches[0];
  }
  return { mapping, lost };
}

/** What to remember: chosen columns by text and position, and null for a detected column the user removed. */
export function savedColumns(choice: DataChoice): SavedChoices['columns'] {
  const columns: SavedChoices['columns'] = {};
  for (const field of CASE_FIELDS) {
    const index = choice.mapping[field];
    if (index !== undefined) columns[field] = { header: choice.table.headers[index] ?? '', index };
    else if (choice.table.mapping[field] !== undefined) columns[field] = null;
  }
  return columns;
}

export function detect(input: InputWorkbook, saved: SavedChoices | null): Detection {
  const grids = input.grids;
  const { candidates } = findCaseTable(grids, saved?.sheet);
  const choices = candidates.map((table) => ({ table, mapping: table.mapping, grid: grids.find((g) => g.name === table.sheet)! }));
  const best = choices[0] ?? null;
  const none = { candidates: choices, choice: best, restored: false, lost: [], lostSheet: null };
  if (!saved || !best) return none;
  if (best.table.sheet !== saved.sheet) return { ...none, lostSheet: saved.sheet };
  const { mapping, lost } = applySaved(best.table, saved.columns);
  return { ...none, choice: { ...best, mapping }, restored: true, lost };
}

export const missingOf = (choice: DataChoice): CaseField[] => missingRequired(choice.mapping);

/** 'E' for the table's 0-based column 4 when the grid starts in column A. */
export const letterOf = (choice: DataChoice, index: number): string => columnLetter(choice.grid.originCol + index);

/** 1-based sheet row of the (last) header row. */
export const headerRowOf = (choice: DataChoice): number => choice.grid.originRow + choice.table.headerRowIndex;

export const dataRowCount = (choice: DataChoice): number => Math.max(0, choice.grid.rows.length - choice.table.firstDataRowIndex);

/** Fields mapped to a column whose content disagrees with its header. */
export function suspiciousFields(choice: DataChoice): CaseField[] {
  const bad = new Set(choice.table.suspiciousColumns ?? []);
  return CASE_FIELDS.filter((f) => choice.mapping[f] !== undefined && bad.has(choice.mapping[f]!));
}

/** Suspicious columns no field uses (dates under a header that names no date): a shifted header. */
export function unusedSuspiciousColumns(choice: DataChoice): number[] {
  const used = new Set(Object.values(choice.mapping));
  return (choice.table.suspiciousColumns ?? []).filter((c) => !used.has(c));
}

/** Latest readable receipt date: the default period is its quarter, as the engine's own default. */
export function latestReceipt(choice: DataChoice): DayNumber | null {
  const col = choice.mapping.received;
  if (col === undefined) return null;
  let latest: DayNumber | null = null;
  const rows = choice.grid.rows;
  for (let r = choice.table.firstDataRowIndex; r < rows.length; r++) {
    const cell = rows[r][col];
    if (cell === null || cell === undefined || cell === '') continue;
    const read = readDate(cell);
    if (read.ok && (latest === null || read.value.day > latest)) latest = read.value.day;
  }
  return latest;
}

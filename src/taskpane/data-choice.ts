/**
 * The case table the user confirms in the first step: which sheet, which column holds which field. Starts
 * from the detection (findCaseTable) and, when the workbook remembers earlier choices, re-applies them by
 * header text so a re-exported file with moved columns still maps.
 */
import { AmbiguousCaseSheets, chooseCaseSheets, type CaseSheetChoice } from '../workbook/case-sheets';
import { dateReaderOf, isBlank } from '../workbook/cell-values';
import { columnLetter, type SheetGrid } from '../workbook/cells';
import { CASE_FIELDS, headerKey, missingRequired, type CaseField } from '../workbook/columns';
import { findCaseTable, tableAtRow, type ColumnMapping, type TableLocation } from '../workbook/find-table';
import { InputError } from '../workbook/input-error';
import { defaultPeriod } from '../workbook/period-choice';
import type { InputWorkbook } from '../workbook/score-job';
import type { DayNumber } from '../domain/dates';
import type { SavedChoices } from './ports';

export interface DataChoice {
  /** The first (or only) sheet's table: the columns shown and mapped. */
  table: TableLocation;
  /** The columns used; starts as the detection's, changed by the user or by saved choices. */
  mapping: ColumnMapping;
  grid: SheetGrid;
  /** Every sheet to read: one, or several read together (one sheet per unit or per month). */
  sheets: string[];
  /** The sheets read together with the first, each with its own table. */
  others: { table: TableLocation; grid: SheetGrid }[];
  /** The user placed the table by hand (sheet and header row): the engine is told its header row. */
  manual?: boolean;
}

export interface Detection {
  /** One choice per sheet that holds a table, best first; a choice of all of them when they are read together. */
  candidates: DataChoice[];
  choice: DataChoice | null;
  /** How the detection chose among several case sheets (case-sheets.ts); the user may still choose another. */
  note: string | null;
  /** Several sheets look like the case list and the rules cannot prefer one: the user must pick. */
  mustChoose: boolean;
  /** Saved choices were applied to `choice`. */
  restored: boolean;
  /** Fields whose saved header is no longer in the sheet (the detection's column is used). */
  lost: CaseField[];
  /** The saved sheet, when it no longer holds a case table. */
  lostSheet: string | null;
}

const sameHeader = (a: string, b: string): boolean => headerKey(a) === headerKey(b);

/** Saved columns re-found by header text; a field whose header is gone keeps the detected column. */
function applySaved(table: TableLocation, saved: SavedChoices['columns']): { mapping: ColumnMapping; lost: CaseField[] } {
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

const single = (table: TableLocation, grids: SheetGrid[]): DataChoice => {
  const grid = grids.find((g) => g.name === table.sheet)!;
  return { table, mapping: table.mapping, grid, sheets: [table.sheet], others: [] };
};

/** What the engine would read without a choice: its sheets, how it chose, or that the user must. */
function engineChoice(grids: SheetGrid[]): { chosen: CaseSheetChoice | null; mustChoose: boolean } {
  try {
    return { chosen: chooseCaseSheets(grids), mustChoose: false };
  } catch (e) {
    if (e instanceof AmbiguousCaseSheets) return { chosen: null, mustChoose: true };
    if (e instanceof InputError) return { chosen: null, mustChoose: false };
    throw e;
  }
}

export function detect(input: InputWorkbook, saved: SavedChoices | null): Detection {
  const grids = input.grids;
  const { candidates } = findCaseTable(grids, saved?.sheet);
  const choices = candidates.map((table) => single(table, grids));
  const { chosen, mustChoose } = engineChoice(grids);
  if (chosen?.selection === 'merged') {
    const [first, ...rest] = chosen.tables;
    const others = rest.map((table) => ({ table, grid: grids.find((g) => g.name === table.sheet)! }));
    choices.unshift({ ...single(first, grids), sheets: chosen.tables.map((t) => t.sheet), others });
  } else if (chosen?.selection === 'fullList' && !saved) {
    const at = choices.findIndex((c) => c.table.sheet === chosen.tables[0].sheet);
    choices.unshift(...choices.splice(at, 1));
  }
  const best = choices[0] ?? null;
  const none = { candidates: choices, choice: best, restored: false, lost: [], lostSheet: null, note: chosen?.note ?? null, mustChoose };
  if (!saved || !best) return none;
  if (best.table.sheet !== saved.sheet) return { ...none, lostSheet: saved.sheet };
  const { mapping, lost } = applySaved(best.table, saved.columns);
  return { ...none, choice: { ...best, mapping }, restored: true, lost, mustChoose: false };
}

/**
 * The table the user places by hand when none is detected: `headerRow` (1-based) of `sheet`, with the saved
 * columns when they were saved for this very place. A row outside the sheet or blank gives the reason instead.
 */
export function manualChoice(grids: SheetGrid[], sheet: string, headerRow: number, saved: SavedChoices | null): DataChoice | string {
  const grid = grids.find((g) => g.name === sheet)!;
  const index = headerRow - grid.originRow;
  if (!Number.isInteger(headerRow) || index < 0 || index >= grid.rows.length) {
    return grid.rows.length === 0 ? `Sheet «${sheet}» trống.` : `Sheet «${sheet}» có dữ liệu từ dòng ${grid.originRow} đến dòng ${grid.originRow + grid.rows.length - 1}.`;
  }
  if (grid.rows[index].every((v) => isBlank(v ?? null))) return `Dòng ${headerRow} của sheet «${sheet}» trống: chọn dòng có tên các cột.`;
  const table = tableAtRow(grid, index);
  const here = saved && saved.sheet === sheet && saved.headerRow === headerRow;
  const mapping = here ? applySaved(table, saved.columns).mapping : table.mapping;
  return { ...single(table, grids), mapping, manual: true };
}

/** The header row the engine and the saved choices are given: only a table placed by hand has one. */
export const manualHeaderRow = (choice: DataChoice): number | undefined => (choice.manual ? headerRowOf(choice) : undefined);

/** The dropdown's text for a choice: the sheet, or the sheets read together. */
export const choiceLabel = (choice: DataChoice): string =>
  choice.sheets.length > 1 ? `Gộp ${choice.sheets.length} sheet: ${choice.sheets.join(', ')}` : choice.table.sheet;

export const choiceKey = (choice: DataChoice): string => choice.sheets.join('\u0001');

export const missingOf = (choice: DataChoice): CaseField[] => missingRequired(choice.mapping);

/** 'E' for the table's 0-based column 4 when the grid starts in column A. */
export const letterOf = (choice: DataChoice, index: number): string => columnLetter(choice.grid.originCol + index);

/** 1-based sheet row of the (last) header row. */
export const headerRowOf = (choice: DataChoice): number => choice.grid.originRow + choice.table.headerRowIndex;

/** Rows under the header(s), every sheet of the choice together. */
export const dataRowCount = (choice: DataChoice): number =>
  [choice, ...choice.others].reduce((n, { grid, table }) => n + Math.max(0, grid.rows.length - table.firstDataRowIndex), 0);

/** Fields mapped to a column whose content disagrees with its header. */
export function suspiciousFields(choice: DataChoice): CaseField[] {
  const bad = new Set(choice.table.suspiciousColumns ?? []);
  return CASE_FIELDS.filter((f) => choice.mapping[f] !== undefined && bad.has(choice.mapping[f]));
}

/** Suspicious columns no field uses (dates under a header that names no date): a shifted header. */
export function unusedSuspiciousColumns(choice: DataChoice): number[] {
  const used = new Set(Object.values(choice.mapping));
  return (choice.table.suspiciousColumns ?? []).filter((c) => !used.has(c));
}

/**
 * A day in the quarter the engine takes by default (the bulk of the receipt dates, period-choice.ts),
 * or null when no receipt date can be read.
 */
export function defaultPeriodDay(choice: DataChoice): DayNumber | null {
  const days: DayNumber[] = [];
  for (const { table, grid, mapping } of [choice, ...choice.others.map((o) => ({ ...o, mapping: o.table.mapping }))]) {
    const col = mapping.received;
    if (col === undefined) continue;
    for (let r = table.firstDataRowIndex; r < grid.rows.length; r++) {
      const cell = grid.rows[r][col] ?? null;
      if (isBlank(cell)) continue;
      const read = dateReaderOf(grid)(cell);
      if (read.ok) days.push(read.value.day);
    }
  }
  return days.length === 0 ? null : defaultPeriod(days).from;
}

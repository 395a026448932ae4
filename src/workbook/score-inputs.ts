/**
 * What scoreWorkbook scores, read from the sheets: the optional input sheets (holiday calendar, unit
 * list), the case tables, and the date checks that refuse implausible rows. Issues are appended to the
 * run's list in the order the steps run, which is the order the user reads them in.
 */
import { WorkCalendar } from '../domain/calendar/work-calendar';
import type { CaseRecord } from '../domain/cases';
import type { DayNumber } from '../domain/dates';
import type { DataIssue } from '../domain/issues';
import { foldText } from '../domain/text';
import type { UnitDeclaration } from '../domain/units';
import { columnLetter, type SheetGrid } from './cells';
import { codeKey } from './case-sheets';
import { describeMissing, FIELD_LABELS, headerKey, missingRequired, type CaseField } from './columns';
import { CRITERIA_SHEET } from './criteria-columns';
import { checkDates, findExportDate, type ExportDate } from './date-checks';
import type { ColumnMapping, TableLocation } from './find-table';
import { InputError, SheetError } from './errors';
import { NATIONAL_INDEX_INPUT_SHEET } from './national-index-columns';
import { CALENDAR_SHEET, readCalendarSheet } from './read-calendar';
import { readCases, type ReadCasesResult } from './read-cases';
import { looksLikeUnitList, readUnitList, UNIT_LIST_SHEET } from './read-units';

/** A sheet the cases were read from. */
export interface SheetRead {
  sheet: string;
  /** 1-based sheet row of its (last) header row. */
  headerRow: number;
  rowsRead: number;
  rowsSkipped: number;
}

/** A case field's column letter in a sheet read, for messages (null: the sheet has no such column). */
type ColumnOf = (sheet: string, field: CaseField) => string | null;

/**
 * The tables to read with the user's column choice applied; a table still missing a required column
 * stops the run. `headerRow` (1-based) is the header row the user chose by hand, named in the refusal.
 */
export function tablesToRead(tables: TableLocation[], mapping: ColumnMapping | undefined, headerRow?: number): TableLocation[] {
  const chosen = withMapping(tables, mapping);
  for (const t of chosen) {
    if (t.missing.length === 0) continue;
    const where = headerRow === undefined ? `Sheet «${t.sheet}»` : `Bảng hồ sơ ở sheet «${t.sheet}», dòng tiêu đề ${headerRow},`;
    throw new SheetError(`${where} thiếu cột bắt buộc: ${describeMissing(t.missing)}.`, { sheet: t.sheet, row: headerRow ?? null });
  }
  return chosen;
}

/**
 * The user's column choice applies to the first table; further sheets (read together with it) get the
 * same fields by header text, since their columns may sit in another order.
 */
function withMapping(tables: TableLocation[], mapping: ColumnMapping | undefined): TableLocation[] {
  if (!mapping) return tables;
  const [first, ...rest] = tables;
  const byHeader = (t: TableLocation): ColumnMapping => {
    const out: ColumnMapping = {};
    for (const [field, index] of Object.entries(mapping) as [CaseField, number][]) {
      const key = headerKey(first.headers[index] ?? '');
      const found = t.headers.findIndex((h) => headerKey(h) === key);
      if (found >= 0) out[field] = found;
    }
    return out;
  };
  return [
    { ...first, mapping, missing: missingRequired(mapping) },
    ...rest.map((t) => {
      const m = byHeader(t);
      return { ...t, mapping: m, missing: missingRequired(m) };
    }),
  ];
}

/** An optional input sheet by its name, unless the user's case list has that name. */
const findSheet = (sheets: SheetGrid[], name: string, caseSheets: ReadonlySet<string>): SheetGrid | undefined =>
  sheets.find((s) => foldText(s.name) === foldText(name) && !caseSheets.has(s.name));

/** Our own input sheets list units too, but are no unit list. */
const OWN_INPUTS = new Set([CRITERIA_SHEET, NATIONAL_INDEX_INPUT_SHEET].map(foldText));

const unitListByHeaders = (sheets: SheetGrid[], caseSheets: ReadonlySet<string>): SheetGrid | undefined =>
  sheets.find((s) => !caseSheets.has(s.name) && !OWN_INPUTS.has(foldText(s.name)) && looksLikeUnitList(s));

/** The built-in calendar with the user's `Ngày nghỉ` sheet applied, when there is one. */
export function readCalendar(sheets: SheetGrid[], caseSheets: ReadonlySet<string>, issues: DataIssue[]): WorkCalendar {
  const calendar = WorkCalendar.builtIn();
  const sheet = findSheet(sheets, CALENDAR_SHEET, caseSheets);
  if (!sheet) return calendar;
  const read = readCalendarSheet(sheet);
  issues.push(...read.issues);
  return calendar.withOverrides(read.overrides, `sheet «${sheet.name}»`);
}

/** The units of `Danh mục đơn vị`, or of a sheet recognised as a unit list by its headers (said so). */
export function readListedUnits(sheets: SheetGrid[], caseSheets: ReadonlySet<string>, issues: DataIssue[]): UnitDeclaration[] {
  const sheet = findSheet(sheets, UNIT_LIST_SHEET, caseSheets) ?? unitListByHeaders(sheets, caseSheets);
  if (!sheet) return [];
  if (foldText(sheet.name) !== foldText(UNIT_LIST_SHEET)) {
    issues.push({
      sheet: sheet.name,
      row: null,
      column: null,
      severity: 'warning',
      message: `Đọc danh mục đơn vị từ sheet «${sheet.name}» (nhận ra theo cột «Tên đơn vị», «Cấp»). Nếu không phải, đổi tên sheet đó; nếu đúng, có thể đặt tên sheet là «${UNIT_LIST_SHEET}».`,
    });
  }
  const read = readUnitList(sheet);
  issues.push(...read.issues);
  return read.units;
}

interface CaseTablesRead {
  cases: CaseRecord[];
  sheetsRead: SheetRead[];
  /** The export date printed above a sheet's table, by sheet name. */
  exportDates: Map<string, ExportDate>;
  column: ColumnOf;
}

/**
 * Every table's cases, in table order. `streamed[i]`, when given, is table i read row by row as its sheet
 * was scanned (streamed-inputs.ts): its grid then holds only the rows above the data.
 */
export function readCaseTables(
  sheets: SheetGrid[],
  tables: TableLocation[],
  calendar: WorkCalendar,
  issues: DataIssue[],
  streamed: readonly (ReadCasesResult | null)[] = [],
): CaseTablesRead {
  const gridOf = (name: string): SheetGrid => sheets.find((s) => s.name === name)!;
  let cases: CaseRecord[] = [];
  const sheetsRead: SheetRead[] = [];
  const exportDates = new Map<string, ExportDate>();
  for (const [i, table] of tables.entries()) {
    const grid = gridOf(table.sheet);
    issues.push(...tableWarnings(grid, table));
    const read = streamed[i] ?? readCases(grid, table, calendar);
    issues.push(...read.issues);
    cases = cases.length === 0 ? read.cases : cases.concat(read.cases);
    sheetsRead.push({ sheet: grid.name, headerRow: grid.originRow + table.headerRowIndex, rowsRead: read.rowsRead, rowsSkipped: read.rowsSkipped });
    const exported = findExportDate(grid, table.headerRowIndex);
    if (exported) exportDates.set(grid.name, exported);
  }
  const column: ColumnOf = (sheet, field) => {
    const table = tables.find((t) => t.sheet === sheet)!;
    const index = table.mapping[field];
    return index === undefined ? null : columnLetter(gridOf(sheet).originCol + index);
  };
  return { cases, sheetsRead, exportDates, column };
}

/** What the user should know about the table itself: it sits in a hidden sheet, a header is repeated. */
function tableWarnings(grid: SheetGrid, table: TableLocation): DataIssue[] {
  const out: DataIssue[] = [];
  if (grid.visibility !== 'visible') {
    out.push({
      sheet: grid.name,
      row: null,
      column: null,
      severity: 'warning',
      message: `Danh sách hồ sơ được đọc từ sheet đang ẩn «${grid.name}»${grid.visibility === 'veryHidden' ? ' (ẩn sâu, chỉ hiện lại được bằng VBA)' : ''}. Kiểm tra đây đúng là dữ liệu cần chấm.`,
    });
  }
  const letter = (c: number): string => columnLetter(grid.originCol + c);
  for (const { field, columns } of table.duplicates ?? []) {
    out.push({
      sheet: grid.name,
      row: grid.originRow + table.headerRowIndex,
      column: letter(columns[0]),
      severity: 'warning',
      message: `Tiêu đề «${FIELD_LABELS[field]}» có ở ${columns.length} cột (${columns.map(letter).join(', ')}); dùng cột ${letter(columns[0])}. Đổi tên các cột còn lại nếu dùng sai cột.`,
    });
  }
  return out;
}

/**
 * The cases read without those the date checks refuse (a receipt after today or the export date…) and,
 * over several sheets, without a code already read from an earlier sheet; the refused rows count as
 * skipped in their sheet. No case left stops the run.
 */
export function plausibleCases(read: CaseTablesRead, tables: TableLocation[], today: DayNumber, issues: DataIssue[]): CaseRecord[] {
  let { cases } = read;
  const checked = checkDates({ cases, today, exportDates: read.exportDates, column: read.column });
  issues.push(...checked.issues);
  if (tables.length > 1) {
    for (const dup of duplicatesAcrossSheets(cases, read.column)) {
      checked.refused.add(dup.index);
      issues.push(dup.issue);
    }
  }
  if (checked.refused.size > 0) {
    for (const i of checked.refused) read.sheetsRead.find((r) => r.sheet === cases[i].sheet)!.rowsSkipped++;
    cases = cases.filter((_, i) => !checked.refused.has(i));
  }
  if (cases.length === 0) {
    const skipped = read.sheetsRead.reduce((n, r) => n + r.rowsSkipped, 0);
    const message = `${tables.length > 1 ? 'Các sheet' : 'Sheet'} ${tables.map((t) => `«${t.sheet}»`).join(', ')} không có dòng hồ sơ nào đọc được (${skipped} dòng bị lỗi). Xem lại dữ liệu và ánh xạ cột.`;
    throw tables.length === 1 ? new SheetError(message, { sheet: tables[0].sheet }) : new InputError(message);
  }
  return cases;
}

/**
 * A case code already read from an earlier sheet (sheets read together, or named with --sheet): the later
 * row is refused, so no case counts twice. Codes match as codeKey says (case and spaces aside).
 */
function duplicatesAcrossSheets(cases: CaseRecord[], column: ColumnOf): { index: number; issue: DataIssue }[] {
  const seen = new Map<string, CaseRecord>();
  const out: { index: number; issue: DataIssue }[] = [];
  cases.forEach((c, index) => {
    if (!c.code) return;
    const key = codeKey(c.code);
    const first = seen.get(key);
    if (!first) seen.set(key, c);
    else if (first.sheet !== c.sheet) {
      const message = `Trùng mã hồ sơ «${c.code}» với sheet «${first.sheet}» dòng ${first.row}; dòng này bị bỏ qua.`;
      out.push({ index, issue: { sheet: c.sheet, row: c.row, column: column(c.sheet, 'code'), severity: 'error', message } });
    }
  });
  return out;
}

/**
 * The whole job on a host-neutral workbook: find the case sheets, read units, calendar and cases, compute
 * every case's status for the period and total them per unit. Adapters supply the grids; report builders
 * turn the result into sheets and JSON.
 */
import { aggregateUnits, type UnitTotals } from '../domain/aggregate';
import { WorkCalendar } from '../domain/calendar/work-calendar';
import type { CaseRecord, CaseStatus, Period } from '../domain/cases';
import { dayFromYmd, formatVn, type DayNumber } from '../domain/dates';
import type { DataIssue } from '../domain/issues';
import { caseStatus } from '../domain/status';
import { foldText } from '../domain/text';
import { UnitDirectory, type UnitDeclaration, type UnitInfo } from '../domain/units';
import { columnLetter, type SheetGrid } from './cells';
import { chooseCaseSheets, codeKey, type CaseSheetChoice } from './case-sheets';
import { describeMissing, FIELD_LABELS, headerKey, missingRequired, type CaseField } from './columns';
import { checkDates, findExportDate, receiptsAfterPeriod, type ExportDate } from './date-checks';
import { InputError } from './input-error';
import type { ColumnMapping, TableLocation } from './find-table';
import { chooseAsOf, defaultPeriod, type KnownUntil } from './period-choice';
import { CALENDAR_SHEET, readCalendarSheet } from './read-calendar';
import { readCases } from './read-cases';
import { CRITERIA_SHEET } from './criteria-columns';
import { NATIONAL_INDEX_INPUT_SHEET } from './national-index-columns';
import { looksLikeUnitList, readUnitList, resolveCaseUnits, UNIT_LIST_SHEET } from './read-units';

export interface ScoreOptions {
  from?: DayNumber;
  to?: DayNumber;
  asOf?: DayNumber;
  /** The case sheets to read, instead of the detected ones (the user's choice is always obeyed). */
  caseSheets?: readonly string[];
  /** Column choices made by the user in the mapping screen; replaces the detected mapping (by header text on further sheets). */
  mapping?: ColumnMapping;
  /** The run's date: a receipt or completion after it cannot be true. Default: the machine's today. */
  today?: DayNumber;
}

/** A sheet the cases were read from. */
export interface SheetRead {
  sheet: string;
  /** 1-based sheet row of its (last) header row. */
  headerRow: number;
  rowsRead: number;
  rowsSkipped: number;
}

export interface ScoreRun {
  period: Period;
  /** Whether the period was given (flags, the pane) or chosen from the bulk of the receipt dates. */
  periodSource: 'given' | 'receipts';
  /** The first table read; `tables` holds all of them (several sheets of one list are read together). */
  table: TableLocation;
  tables: TableLocation[];
  sheetsRead: SheetRead[];
  /** How the case sheets were chosen (case-sheets.ts), and the sentence saying so. */
  selection: CaseSheetChoice['selection'];
  selectionNote: string | null;
  /** Sheet coordinates (1-based) of the table grid's first cell, to turn indices into row numbers. */
  origin: { row: number; col: number };
  cases: CaseRecord[];
  statuses: CaseStatus[];
  units: UnitTotals[];
  /**
   * Per case, the index in `units` of its unit: grouping cases by unit with it needs no name lookups
   * (cleaning 200 000 names again costs more than the whole status computation).
   */
  caseUnit: Int32Array;
  /** Units are listed in the order of `Danh mục đơn vị` when it exists, else sorted by name. */
  keepUnitOrder: boolean;
  issues: DataIssue[];
  calendar: WorkCalendar;
  rowsRead: number;
  rowsSkipped: number;
}

/** From 1 July 2025 communes have no district (two-tier local government, RULES.md §4). */
const TWO_TIER_FROM = dayFromYmd(2025, 7, 1);

/** An optional input sheet by its name, unless the user's case list has that name. */
const findSheet = (sheets: SheetGrid[], name: string, caseSheets: ReadonlySet<string>): SheetGrid | undefined =>
  sheets.find((s) => foldText(s.name) === foldText(name) && !caseSheets.has(s.name));

/** Our own input sheets list units too, but are no unit list. */
const OWN_INPUTS = new Set([CRITERIA_SHEET, NATIONAL_INDEX_INPUT_SHEET].map(foldText));

const unitListByHeaders = (sheets: SheetGrid[], caseSheets: ReadonlySet<string>): SheetGrid | undefined =>
  sheets.find((s) => !caseSheets.has(s.name) && !OWN_INPUTS.has(foldText(s.name)) && looksLikeUnitList(s));

export function scoreWorkbook(sheets: SheetGrid[], options: ScoreOptions = {}): ScoreRun {
  const choice = chooseCaseSheets(sheets, options.caseSheets);
  const tables = withMapping(choice.tables, options.mapping);
  for (const t of tables) {
    if (t.missing.length > 0) throw new InputError(`Sheet «${t.sheet}» thiếu cột bắt buộc: ${describeMissing(t.missing)}.`);
  }
  const caseSheets = new Set(tables.map((t) => t.sheet));
  const gridOf = (name: string): SheetGrid => sheets.find((s) => s.name === name)!;
  const issues: DataIssue[] = [];
  if (choice.note) issues.push({ sheet: tables[0].sheet, row: null, column: null, severity: 'warning', message: choice.note });

  let calendar = WorkCalendar.builtIn();
  const calendarSheet = findSheet(sheets, CALENDAR_SHEET, caseSheets);
  if (calendarSheet) {
    const read = readCalendarSheet(calendarSheet);
    issues.push(...read.issues);
    calendar = calendar.withOverrides(read.overrides, `sheet «${calendarSheet.name}»`);
  }

  let listed: UnitDeclaration[] = [];
  const unitSheet = findSheet(sheets, UNIT_LIST_SHEET, caseSheets) ?? unitListByHeaders(sheets, caseSheets);
  if (unitSheet && foldText(unitSheet.name) !== foldText(UNIT_LIST_SHEET)) {
    issues.push({
      sheet: unitSheet.name,
      row: null,
      column: null,
      severity: 'warning',
      message: `Đọc danh mục đơn vị từ sheet «${unitSheet.name}» (nhận ra theo cột «Tên đơn vị», «Cấp»). Nếu không phải, đổi tên sheet đó; nếu đúng, có thể đặt tên sheet là «${UNIT_LIST_SHEET}».`,
    });
  }
  if (unitSheet) {
    const read = readUnitList(unitSheet);
    issues.push(...read.issues);
    listed = read.units;
  }

  let cases: CaseRecord[] = [];
  const sheetsRead: SheetRead[] = [];
  const exportDates = new Map<string, ExportDate>();
  for (const table of tables) {
    const grid = gridOf(table.sheet);
    issues.push(...tableWarnings(grid, table));
    const read = readCases(grid, table, calendar);
    issues.push(...read.issues);
    cases = cases.length === 0 ? read.cases : cases.concat(read.cases);
    sheetsRead.push({ sheet: grid.name, headerRow: grid.originRow + table.headerRowIndex, rowsRead: read.rowsRead, rowsSkipped: read.rowsSkipped });
    const exported = findExportDate(grid, table.headerRowIndex);
    if (exported) exportDates.set(grid.name, exported);
  }
  const column = (sheet: string, field: CaseField): string | null => {
    const table = tables.find((t) => t.sheet === sheet)!;
    const index = table.mapping[field];
    return index === undefined ? null : columnLetter(gridOf(sheet).originCol + index);
  };
  const today = options.today ?? dayInVietnam(new Date());
  const checked = checkDates({ cases, today, exportDates, column });
  issues.push(...checked.issues);
  if (tables.length > 1) {
    for (const dup of duplicatesAcrossSheets(cases, column)) {
      checked.refused.add(dup.index);
      issues.push(dup.issue);
    }
  }
  if (checked.refused.size > 0) {
    for (const i of checked.refused) sheetsRead.find((r) => r.sheet === cases[i].sheet)!.rowsSkipped++;
    cases = cases.filter((_, i) => !checked.refused.has(i));
  }
  if (cases.length === 0) {
    const skipped = sheetsRead.reduce((n, r) => n + r.rowsSkipped, 0);
    throw new InputError(`${tables.length > 1 ? 'Các sheet' : 'Sheet'} ${tables.map((t) => `«${t.sheet}»`).join(', ')} không có dòng hồ sơ nào đọc được (${skipped} dòng bị lỗi). Xem lại dữ liệu và ánh xạ cột.`);
  }

  const { period, source, asOfNote } = resolvePeriod(cases, options, knownUntil(today, exportDates));
  if (asOfNote) issues.push({ sheet: tables[0].sheet, row: null, column: null, severity: 'warning', message: asOfNote });
  if (source === 'receipts') issues.push(...receiptsAfterPeriod(cases, period, column));
  const grid = gridOf(tables[0].sheet);
  const directory = new UnitDirectory(listed);
  const unitOfCase = resolveCaseUnits(directory, cases, column);
  issues.push(...directory.nearDuplicates(grid.name), ...unitWarnings(directory.all(), grid.name, period));

  const statuses = cases.map((c) => caseStatus(c, period, calendar));
  issues.push(...extractWarning(statuses, tables));
  if (statuses.every((s) => s.outcome === 'outside')) {
    issues.push({
      sheet: tables[0].sheet,
      row: null,
      column: null,
      severity: 'warning',
      message: `Không có hồ sơ nào thuộc kỳ báo cáo ${formatVn(period.from)} – ${formatVn(period.to)} (${cases.length} hồ sơ đọc được đều ngoài kỳ): các sheet kết quả chỉ có số 0. Kiểm tra lại kỳ báo cáo.`,
    });
  }
  if (!calendar.covers(period.from) || !calendar.covers(period.to)) {
    issues.push({
      sheet: grid.name,
      row: null,
      column: null,
      severity: 'warning',
      message: `Kỳ báo cáo nằm ngoài lịch nghỉ lễ tích hợp: chỉ trừ thứ Bảy, Chủ nhật. Thêm ngày nghỉ lễ vào sheet «${CALENDAR_SHEET}».`,
    });
  }
  const units = aggregateUnits(directory.all(), cases, statuses, (_, i) => unitOfCase[i]);
  // aggregateUnits lists the directory's units in order (every case's unit is among them).
  const unitIndex = new Map(directory.all().map((u, i) => [u, i]));
  const caseUnit = new Int32Array(unitOfCase.length);
  for (let i = 0; i < unitOfCase.length; i++) caseUnit[i] = unitIndex.get(unitOfCase[i])!;
  return {
    period,
    periodSource: source,
    table: tables[0],
    tables,
    sheetsRead,
    selection: choice.selection,
    selectionNote: choice.note,
    origin: { row: grid.originRow, col: grid.originCol },
    cases,
    statuses,
    units,
    caseUnit,
    keepUnitOrder: directory.hasList,
    issues,
    calendar,
    rowsRead: sheetsRead.reduce((n, r) => n + r.rowsRead, 0),
    rowsSkipped: sheetsRead.reduce((n, r) => n + r.rowsSkipped, 0),
  };
}

/** The date in Vietnam (UTC+7, no daylight saving) at an instant: the day a run happens. */
export function dayInVietnam(at: Date): DayNumber {
  return Math.floor((at.getTime() + 7 * 3_600_000) / 86_400_000);
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

/** Fewer counted cases than this may all be late by chance. */
const MIN_EXTRACT_ROWS = 5;

/** A list whose every case is late or overdue is an extract, not the whole list: its rates would be 100 %. */
function extractWarning(statuses: CaseStatus[], tables: TableLocation[]): DataIssue[] {
  let counted = 0;
  let bad = 0;
  for (const s of statuses) {
    if (s.outcome === 'outside' || s.outcome === 'withdrawn') continue;
    counted++;
    if (s.outcome === 'late' || s.outcome === 'overdue') bad++;
  }
  if (counted < MIN_EXTRACT_ROWS || bad < counted) return [];
  const these = tables.length > 1 ? 'các sheet này' : 'sheet này';
  return [{
    sheet: tables[0].sheet,
    row: null,
    column: null,
    severity: 'warning',
    message: `Mọi hồ sơ trong kỳ (${counted}) đều trễ hạn hoặc quá hạn: ${these} có thể là danh sách trích (chỉ hồ sơ trễ hạn), không phải danh sách đầy đủ; khi đó tỷ lệ và điểm sai. Hãy dùng danh sách tất cả hồ sơ.`,
  }];
}

/** Without dates given, the period is the quarter where the bulk of the receipt dates lie (period-choice.ts). */
/**
 * A case code already read from an earlier sheet (sheets read together, or named with --sheet): the later
 * row is refused, so no case counts twice. Codes match as codeKey says (case and spaces aside).
 */
function duplicatesAcrossSheets(cases: CaseRecord[], column: (sheet: string, field: CaseField) => string | null): { index: number; issue: DataIssue }[] {
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

/** The last day the data can speak for: today, or the earliest export date printed above a case table. */
function knownUntil(today: DayNumber, exportDates: ReadonlyMap<string, ExportDate>): KnownUntil {
  let known: KnownUntil = { day: today, what: 'hôm nay' };
  for (const [sheet, e] of exportDates) {
    if (e.day < known.day) known = { day: e.day, what: `ngày xuất danh sách ghi ở dòng ${e.row} sheet «${sheet}»` };
  }
  return known;
}

function resolvePeriod(
  cases: CaseRecord[],
  options: ScoreOptions,
  known: KnownUntil,
): { period: Period; source: ScoreRun['periodSource']; asOfNote: string | null } {
  let { from, to } = options;
  if ((from === undefined) !== (to === undefined)) {
    throw new InputError('Kỳ báo cáo cần cả ngày đầu và ngày cuối (hoặc bỏ cả hai để lấy quý có phần lớn ngày tiếp nhận).');
  }
  const source = from === undefined ? 'receipts' : 'given';
  if (from === undefined || to === undefined) ({ from, to } = defaultPeriod(Int32Array.from(cases, (c) => c.received.day)));
  if (from > to) throw new InputError(`Kỳ báo cáo không hợp lệ: từ ngày ${formatVn(from)} sau đến ngày ${formatVn(to)}.`);
  const { asOf, note } = chooseAsOf(from, to, options.asOf, known);
  return { period: { from, to, asOf }, source, asOfNote: note };
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

function unitWarnings(units: UnitInfo[], sheet: string, period: Period): DataIssue[] {
  const out: DataIssue[] = [];
  for (const u of units) {
    if (u.levelSource === 'unknown') {
      out.push({ sheet, row: null, column: null, severity: 'warning', message: `Không xác định được cấp của «${u.name}»; tạm xếp cấp Tỉnh. Khai báo cấp trong sheet «${UNIT_LIST_SHEET}» hoặc cột «Cấp».` });
    } else if (u.level === 'Xã' && !u.parent && period.from < TWO_TIER_FROM) {
      out.push({ sheet, row: null, column: null, severity: 'warning', message: `Đơn vị cấp xã «${u.name}» chưa có huyện; được liệt kê riêng. Khai báo huyện trong sheet «${UNIT_LIST_SHEET}» hoặc cột «Huyện».` });
    }
  }
  return out;
}

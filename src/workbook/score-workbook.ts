/**
 * The whole job on a host-neutral workbook: find the case sheets, read units, calendar and cases, compute
 * every case's status for the period and total them per unit. Adapters supply the grids; report builders
 * turn the result into sheets and JSON.
 */
import { aggregateUnits, type UnitTotals } from '../domain/aggregate';
import type { WorkCalendar } from '../domain/calendar/work-calendar';
import type { CaseRecord, CaseStatus, Period } from '../domain/cases';
import { formatVn, type DayNumber } from '../domain/dates';
import type { DataIssue } from '../domain/issues';
import { caseStatus } from '../domain/status';
import { TWO_TIER_FROM, UnitDirectory, type UnitInfo } from '../domain/units';
import type { SheetGrid } from './cells';
import { chooseCaseSheets, type CaseSheetChoice } from './case-sheets';
import { receiptsAfterPeriod, type ExportDate } from './date-checks';
import { InputError } from './input-error';
import type { ColumnMapping, TableLocation } from './find-table';
import { chooseAsOf, defaultPeriod, requireBothEndsOrNeither, type KnownUntil } from './period-choice';
import { CALENDAR_SHEET } from './read-calendar';
import { resolveCaseUnits, UNIT_LIST_SHEET } from './read-units';
import type { ReadCasesResult } from './read-cases';
import { plausibleCases, readCalendar, readCaseTables, readListedUnits, tablesToRead, type SheetRead } from './score-inputs';

export interface ScoreOptions {
  from?: DayNumber;
  to?: DayNumber;
  asOf?: DayNumber;
  /** The case sheets to read, instead of the detected ones (the user's choice is always obeyed). */
  caseSheets?: readonly string[];
  /** Column choices made by the user in the mapping screen; replaces the detected mapping (by header text on further sheets). */
  mapping?: ColumnMapping;
  /**
   * 1-based sheet row of the header, chosen by hand when no table is detected: the one sheet of
   * `caseSheets` is read from there with `mapping`, whatever its header texts say.
   */
  headerRow?: number;
  /** The run's date: a receipt or completion after it cannot be true. Default: the machine's today. */
  today?: DayNumber;
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


/** The case sheets chosen and their cases read before scoring, as streamed-inputs.ts reads a long list. */
export interface CasesReadAhead {
  choice: CaseSheetChoice;
  /** Per table of `choice` (in order): its cases, or null to read them from its grid. */
  reads: readonly (ReadCasesResult | null)[];
}

export function scoreWorkbook(sheets: SheetGrid[], options: ScoreOptions = {}, ahead?: CasesReadAhead): ScoreRun {
  const choice = ahead?.choice ?? chooseCaseSheets(sheets, options.caseSheets, options.headerRow);
  const tables = tablesToRead(choice.tables, options.mapping, options.headerRow);
  const runWarning = (message: string): DataIssue => ({ sheet: tables[0].sheet, row: null, column: null, severity: 'warning', message });
  const issues: DataIssue[] = [];
  if (choice.note) issues.push(runWarning(choice.note));
  const caseSheets = new Set(tables.map((t) => t.sheet));
  const calendar = readCalendar(sheets, caseSheets, issues);
  const listed = readListedUnits(sheets, caseSheets, issues);
  const read = readCaseTables(sheets, tables, calendar, issues, ahead?.reads);
  const today = options.today ?? dayInVietnam(new Date());
  const cases = plausibleCases(read, tables, today, issues);

  const { period, source, asOfNote } = resolvePeriod(cases, options, knownUntil(today, read.exportDates));
  if (asOfNote) issues.push(runWarning(asOfNote));
  if (source === 'receipts') issues.push(...receiptsAfterPeriod(cases, period, read.column));
  const grid = sheets.find((s) => s.name === tables[0].sheet)!;
  const directory = new UnitDirectory(listed);
  const unitOfCase = resolveCaseUnits(directory, cases, read.column);
  // The hint names the unit list actually read («DM đơn vị» too), else the name to give one.
  const unitListSheet = listed[0]?.at?.sheet ?? UNIT_LIST_SHEET;
  issues.push(...directory.nearDuplicates(grid.name, unitListSheet), ...unitWarnings(directory.all(), grid.name, period));

  const statuses = cases.map((c) => caseStatus(c, period, calendar));
  issues.push(...statusWarnings(statuses, tables, period, calendar, grid.name));
  const units = aggregateUnits(directory.all(), cases, statuses, (_, i) => unitOfCase[i]);
  const { sheetsRead } = read;
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
    caseUnit: unitIndices(directory.all(), unitOfCase),
    keepUnitOrder: directory.hasList,
    issues,
    calendar,
    rowsRead: sheetsRead.reduce((n, r) => n + r.rowsRead, 0),
    rowsSkipped: sheetsRead.reduce((n, r) => n + r.rowsSkipped, 0),
  };
}

/** Per case, the index of its unit among `units`: aggregateUnits lists the directory's units in this order. */
function unitIndices(units: UnitInfo[], unitOfCase: UnitInfo[]): Int32Array {
  const unitIndex = new Map(units.map((u, i) => [u, i]));
  const caseUnit = new Int32Array(unitOfCase.length);
  for (let i = 0; i < unitOfCase.length; i++) caseUnit[i] = unitIndex.get(unitOfCase[i])!;
  return caseUnit;
}

/** What the statuses say about the run: an extract of late cases, no case in the period, no holidays known. */
function statusWarnings(statuses: CaseStatus[], tables: TableLocation[], period: Period, calendar: WorkCalendar, sheet: string): DataIssue[] {
  const out = extractWarning(statuses, tables);
  if (statuses.every((s) => s.outcome === 'outside')) {
    out.push({
      sheet: tables[0].sheet,
      row: null,
      column: null,
      severity: 'warning',
      message: `Không có hồ sơ nào thuộc kỳ báo cáo ${formatVn(period.from)} – ${formatVn(period.to)} (${statuses.length} hồ sơ đọc được đều ngoài kỳ): các sheet kết quả chỉ có số 0. Kiểm tra lại kỳ báo cáo.`,
    });
  }
  if (!calendar.covers(period.from) || !calendar.covers(period.to)) {
    out.push({
      sheet,
      row: null,
      column: null,
      severity: 'warning',
      message: `Kỳ báo cáo nằm ngoài lịch nghỉ lễ tích hợp: chỉ trừ thứ Bảy, Chủ nhật. Thêm ngày nghỉ lễ vào sheet «${CALENDAR_SHEET}».`,
    });
  }
  return out;
}

/** The date in Vietnam (UTC+7, no daylight saving) at an instant: the day a run happens. */
export function dayInVietnam(at: Date): DayNumber {
  return Math.floor((at.getTime() + 7 * 3_600_000) / 86_400_000);
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

/** The last day the data can speak for: today, or the earliest export date printed above a case table. */
function knownUntil(today: DayNumber, exportDates: ReadonlyMap<string, ExportDate>): KnownUntil {
  let known: KnownUntil = { day: today, what: 'hôm nay' };
  for (const [sheet, e] of exportDates) {
    if (e.day < known.day) known = { day: e.day, what: `ngày xuất danh sách ghi ở dòng ${e.row} sheet «${sheet}»` };
  }
  return known;
}

/** Without dates given, the period is the quarter where the bulk of the receipt dates lie (period-choice.ts). */
function resolvePeriod(
  cases: CaseRecord[],
  options: ScoreOptions,
  known: KnownUntil,
): { period: Period; source: ScoreRun['periodSource']; asOfNote: string | null } {
  let { from, to } = options;
  requireBothEndsOrNeither(from, to, 'Kỳ báo cáo cần cả ngày đầu và ngày cuối (hoặc bỏ cả hai để lấy quý có phần lớn ngày tiếp nhận).');
  const source = from === undefined ? 'receipts' : 'given';
  if (from === undefined || to === undefined) ({ from, to } = defaultPeriod(Int32Array.from(cases, (c) => c.received.day)));
  if (from > to) throw new InputError(`Kỳ báo cáo không hợp lệ: từ ngày ${formatVn(from)} sau đến ngày ${formatVn(to)}.`);
  const { asOf, note } = chooseAsOf(from, to, options.asOf, known);
  return { period: { from, to, asOf }, source, asOfNote: note };
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

/**
 * The whole job on a host-neutral workbook: find the case table, read units, calendar and cases, compute
 * every case's status for the period and total them per unit. Adapters supply the grids; report builders
 * turn the result into sheets and JSON.
 */
import { aggregateUnits, type UnitTotals } from '../domain/aggregate';
import { WorkCalendar } from '../domain/calendar/work-calendar';
import type { CaseRecord, CaseStatus, Period } from '../domain/cases';
import { dayFromYmd, formatVn, ymdFromDay, type DayNumber } from '../domain/dates';
import type { DataIssue } from '../domain/issues';
import { caseStatus } from '../domain/status';
import { foldText } from '../domain/text';
import { UnitDirectory, type UnitDeclaration, type UnitInfo } from '../domain/units';
import { columnLetter, type SheetGrid } from './cells';
import { describeMissing, FIELD_LABELS, missingRequired } from './columns';
import { InputError } from './input-error';
import { findCaseTable, isResultSheet, type ColumnMapping, type TableLocation } from './find-table';
import { isBlank } from './cell-values';
import { CALENDAR_SHEET, readCalendarSheet } from './read-calendar';
import { readCases } from './read-cases';
import { readUnitList, UNIT_LIST_SHEET } from './read-units';


export interface ScoreOptions {
  from?: DayNumber;
  to?: DayNumber;
  asOf?: DayNumber;
  /** The case sheet to use instead of the detected one. */
  sheet?: string;
  /** Column choices made by the user in the mapping screen; replaces the detected mapping. */
  mapping?: ColumnMapping;
}

export interface ScoreRun {
  period: Period;
  table: TableLocation;
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

const findSheet = (sheets: SheetGrid[], name: string): SheetGrid | undefined =>
  sheets.find((s) => foldText(s.name) === foldText(name));

export function scoreWorkbook(sheets: SheetGrid[], options: ScoreOptions = {}): ScoreRun {
  const table = locateTable(sheets, options);
  const grid = sheets.find((s) => s.name === table.sheet)!;
  const issues: DataIssue[] = [];

  let calendar = WorkCalendar.builtIn();
  const calendarSheet = findSheet(sheets, CALENDAR_SHEET);
  if (calendarSheet) {
    const read = readCalendarSheet(calendarSheet);
    issues.push(...read.issues);
    calendar = calendar.withOverrides(read.overrides, `sheet «${calendarSheet.name}»`);
  }

  let listed: UnitDeclaration[] = [];
  const unitSheet = findSheet(sheets, UNIT_LIST_SHEET);
  if (unitSheet) {
    const read = readUnitList(unitSheet);
    issues.push(...read.issues);
    listed = read.units;
  }

  issues.push(...tableWarnings(grid, table));
  const read = readCases(grid, table, calendar);
  issues.push(...read.issues);
  if (read.cases.length === 0) {
    throw new InputError(`Sheet «${grid.name}» không có dòng hồ sơ nào đọc được (${read.rowsSkipped} dòng bị lỗi). Xem lại dữ liệu và ánh xạ cột.`);
  }

  const period = resolvePeriod(read.cases, options);
  const directory = new UnitDirectory(listed);
  // The directory resolves a name once (the first declaration wins), so one lookup per distinct name.
  const byName = new Map<string, UnitInfo>();
  const unitOfCase: UnitInfo[] = new Array(read.cases.length);
  read.cases.forEach((c, i) => {
    let info = byName.get(c.unit);
    if (!info) byName.set(c.unit, (info = directory.see({ name: c.unit, level: c.levelHint, parent: c.districtHint })));
    unitOfCase[i] = info;
  });
  issues.push(...directory.nearDuplicates(grid.name), ...unitWarnings(directory.all(), grid.name, period));

  const statuses = read.cases.map((c) => caseStatus(c, period, calendar));
  if (!calendar.covers(period.from) || !calendar.covers(period.to)) {
    issues.push({
      sheet: grid.name,
      row: null,
      column: null,
      severity: 'warning',
      message: `Kỳ báo cáo nằm ngoài lịch nghỉ lễ tích hợp: chỉ trừ thứ Bảy, Chủ nhật. Thêm ngày nghỉ lễ vào sheet «${CALENDAR_SHEET}».`,
    });
  }
  const units = aggregateUnits(directory.all(), read.cases, statuses, (_, i) => unitOfCase[i]);
  // aggregateUnits lists the directory's units in order (every case's unit is among them).
  const unitIndex = new Map(directory.all().map((u, i) => [u, i]));
  const caseUnit = new Int32Array(unitOfCase.length);
  for (let i = 0; i < unitOfCase.length; i++) caseUnit[i] = unitIndex.get(unitOfCase[i])!;
  return {
    period,
    table,
    origin: { row: grid.originRow, col: grid.originCol },
    cases: read.cases,
    statuses,
    units,
    caseUnit,
    keepUnitOrder: directory.hasList,
    issues,
    calendar,
    rowsRead: read.rowsRead,
    rowsSkipped: read.rowsSkipped,
  };
}

function locateTable(sheets: SheetGrid[], options: ScoreOptions): TableLocation {
  if (options.sheet && !sheets.some((s) => s.name === options.sheet)) {
    throw new InputError(`Không có sheet «${options.sheet}» trong tệp. Các sheet: ${sheets.map((s) => `«${s.name}»`).join(', ')}.`);
  }
  const candidates = options.sheet ? sheets.filter((s) => s.name === options.sheet) : sheets;
  const { best } = findCaseTable(candidates, options.sheet);
  if (!best) {
    const list = (grids: SheetGrid[]): string => `${grids.length > 1 ? 'các sheet' : 'sheet'} ${grids.map((g) => `«${g.name}»`).join(', ')}`;
    // Sheets findCaseTable never takes for a case list: ours, and the optional input sheets.
    const looked = candidates.filter((g) => !isResultSheet(g.name));
    if (looked.length === 0) {
      throw new InputError(sheets.length === 0 ? 'Tệp không có sheet nào.' : `Tệp không có sheet danh sách hồ sơ: chỉ có ${list(candidates)}.`);
    }
    if (looked.every((g) => g.rows.every((r) => r.every((v) => isBlank(v))))) {
      throw new InputError(`Tệp không có dữ liệu: ${list(looked)} trống.`);
    }
    const where = options.sheet ? `sheet «${options.sheet}»` : `tệp (đã xem ${list(looked)})`;
    throw new InputError(`Không tìm thấy bảng hồ sơ trong ${where}: cần một dòng tiêu đề (trong 30 dòng đầu) có các cột như «Đơn vị giải quyết», «Ngày tiếp nhận», «Hạn xử lý», «Ngày trả kết quả».`);
  }
  const table = options.mapping ? { ...best, mapping: options.mapping, missing: missingRequired(options.mapping) } : best;
  if (table.missing.length > 0) {
    throw new InputError(`Sheet «${table.sheet}» thiếu cột bắt buộc: ${describeMissing(table.missing)}.`);
  }
  return table;
}

/** Without dates given, the period is the calendar quarter of the latest receipt date. */
function resolvePeriod(cases: CaseRecord[], options: ScoreOptions): Period {
  let { from, to } = options;
  if ((from === undefined) !== (to === undefined)) {
    throw new InputError('Kỳ báo cáo cần cả ngày đầu và ngày cuối (hoặc bỏ cả hai để lấy quý của ngày tiếp nhận mới nhất).');
  }
  if (from === undefined || to === undefined) {
    let latest = cases[0].received.day;
    for (const c of cases) if (c.received.day > latest) latest = c.received.day;
    const { year, month } = ymdFromDay(latest);
    const q = Math.floor((month - 1) / 3);
    from = dayFromYmd(year, q * 3 + 1, 1);
    to = dayFromYmd(year, q * 3 + 4, 1) - 1;
  }
  if (from > to) throw new InputError(`Kỳ báo cáo không hợp lệ: từ ngày ${formatVn(from)} sau đến ngày ${formatVn(to)}.`);
  return { from, to, asOf: options.asOf ?? to };
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

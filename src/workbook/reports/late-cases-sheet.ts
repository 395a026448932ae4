/**
 * `DS hồ sơ trễ hạn`: every case resolved late or overdue in progress (seed 001, Phụ lục 04–06); the
 * officials who handled them are a sheet of their own (handler-table.ts). Levels run tỉnh → huyện → xã, not the seed's xã-first: every
 * other sheet of the workbook lists units in that order, so a unit is found in the same place throughout.
 */
import type { UnitTotals } from '../../domain/aggregate';
import { formatVn, type DayNumber } from '../../domain/dates';
import type { ScoreRun } from '../score-workbook';
import type { SheetModel } from '../sheet-model';
import { groupBy, LEVEL_NAMES, LEVELS, NO_HANDLER, NO_PROCEDURE, orderedUnits, type RunCase } from './case-groups';
import { writeColumnHeader } from './column-header';
import { groupRow } from './form-columns';
import { casesInPeriodWhere } from './period-cases';
import { romanNumeral } from './numbering';
import { writeHeader, type ReportContext } from './report-context';
import { cell, SheetBuilder, STYLES } from './sheet-builder';
import { twoDigits } from './vn-number';
import { LATE_CASES_SHEET } from '../sheet-names';

export { LATE_CASES_SHEET };

const LATE_STATUS = { late: 'Đã giải quyết quá hạn', overdue: 'Đang giải quyết quá hạn' } as const;

const MS_PER_DAY = 86_400_000;
const upperFirst = (s: string): string => s[0].toUpperCase() + s.slice(1);
const DATE_STYLE = { ...STYLES.center, numFmt: 'dd/mm/yyyy' };
/** A real date cell: the hosts write a Date as the serial of its UTC calendar day. */
const dateCell = (day: DayNumber) => cell(new Date(day * MS_PER_DAY), DATE_STYLE);
// One style object for a column's thousands of cells: the writers look styles up per object.
const PROCEDURE_STYLE = { ...STYLES.text, size: 10 };
const DAYS_LATE_STYLE = { ...STYLES.count, numFmt: '0' };

/** Late and overdue cases by level, unit (in report order), receipt date and code. */
export function lateCases(run: ScoreRun, unitOrder: ReadonlyMap<UnitTotals, number>): RunCase[] {
  const level = (c: RunCase): number => LEVELS.indexOf(c.unit.level);
  return casesInPeriodWhere(run, (_, status) => status.outcome === 'late' || status.outcome === 'overdue')
    .sort(
      (a, b) =>
        level(a) - level(b) ||
        unitOrder.get(a.unit)! - unitOrder.get(b.unit)! ||
        a.record.received.day - b.record.received.day ||
        (a.record.code ?? '').localeCompare(b.record.code ?? ''),
    );
}

export function lateCasesSheet(run: ScoreRun, ctx: ReportContext): SheetModel {
  // The 137 units that print ≥ 9 pt on A4 landscape, shared so that few rows take a third line (procedures, statuses).
  const b = new SheetBuilder(LATE_CASES_SHEET, [5, 8, 13, 14, 35, 10, 10, 10, 6, 13, 13]);
  writeHeader(b, 'DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH TRỄ HẠN', ctx);
  b.blank();
  const header = writeColumnHeader(b, [
    'STT', 'Cấp', 'Đơn vị', 'Mã hồ sơ', 'Thủ tục', 'Ngày tiếp nhận', 'Hạn xử lý', 'Ngày trả kết quả', 'Số ngày trễ', 'Tình trạng', 'Cán bộ xử lý',
  ].map((title) => ({ title })));

  const unitOrder = new Map(orderedUnits(run).map((u, i) => [u, i]));
  const cases = lateCases(run, unitOrder);
  const byLevel = groupBy(cases, (c) => c.unit.level);
  LEVELS.filter((l) => byLevel.has(l)).forEach((level, i) => {
    const list = byLevel.get(level)!;
    const units = new Set(list.map((c) => c.unit)).size;
    groupRow(b, romanNumeral(i + 1), `${LEVEL_NAMES[level].toUpperCase()}: ${twoDigits(list.length)} hồ sơ trễ hạn thuộc ${twoDigits(units)} cơ quan, đơn vị`, STYLES.group);
    list.forEach((c, k) => caseRow(b, k + 1, c));
  });
  if (!cases.length) groupRow(b, '', 'Không có hồ sơ trễ hạn trong kỳ.', { ...STYLES.text, italic: true });
  b.endTable();

  b.blank();
  b.line(
    `Số ngày trễ: số ngày làm việc sau hạn xử lý đến ngày trả kết quả (hồ sơ đã giải quyết) hoặc đến ngày ${formatVn(ctx.period.asOf)} (hồ sơ đang giải quyết); 0 là trễ trong ngày hạn, tính theo giờ.`,
    { ...STYLES.note, wrap: true },
  );
  return b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: header.top, to: header.bottom } }, { rows: header.bottom, cols: 3 });
}

function caseRow(b: SheetBuilder, n: number, { record, status, unit }: RunCase): void {
  const outcome = status.outcome === 'late' ? 'late' : 'overdue';
  b.row([
    cell(String(n), STYLES.center),
    cell(upperFirst(LEVEL_NAMES[unit.level]), STYLES.center),
    cell(unit.name, STYLES.text),
    cell(record.code ?? '', STYLES.text),
    cell(record.procedure ?? NO_PROCEDURE, PROCEDURE_STYLE),
    dateCell(record.received.day),
    // Late and overdue cases always have a due date (RULES.md §3 needs it to call them so).
    dateCell(record.due!.day),
    // An overdue case completed after the period was still open at its end: no return date yet.
    outcome === 'late' ? dateCell(record.completed!.day) : cell(null, STYLES.center),
    cell(status.daysLate, DAYS_LATE_STYLE),
    cell(LATE_STATUS[outcome], STYLES.text),
    cell(record.handler ?? NO_HANDLER, STYLES.text),
  ]);
}

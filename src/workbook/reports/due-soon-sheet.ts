/**
 * `Hồ sơ sắp đến hạn`: the open cases that are overdue or fall due within the next N working days, by level
 * and unit as `DS hồ sơ trễ hạn` lists them, with the Tiến độ points each costs its unit (RULES.md §7) — the
 * list staff act on each morning. Within a unit the most overdue come first, then those due soonest.
 */
import type { UnitTotals } from '../../domain/aggregate';
import { formatVn, type DayNumber } from '../../domain/dates';
import { dueSoonLimit, isDueSoon, workingDaysLeft } from '../../domain/due-soon';
import { progressCaseCost } from '../../domain/national-index';
import type { RulesProfile } from '../../domain/scoring';
import { roundHalfUp } from '../../domain/rounding';
import type { ScoreRun } from '../score-workbook';
import type { SheetModel } from '../sheet-model';
import { groupBy, LEVEL_NAMES, LEVELS, NO_HANDLER, NO_PROCEDURE, orderedUnits, type RunCase } from './case-groups';
import { writeColumnHeader } from './column-header';
import { groupRow, ROW_STYLES } from './form-columns';
import { romanNumeral } from './numbering';
import { casesInPeriodWhere } from './period-cases';
import { writeHeader, type ReportContext } from './report-context';
import { cell, SheetBuilder, STYLES } from './sheet-builder';
import { twoDigits, vnInteger } from './vn-number';
import { DUE_SOON_SHEET } from '../sheet-names';

export { DUE_SOON_SHEET };

const MS_PER_DAY = 86_400_000;
const DATE_STYLE = { ...STYLES.center, numFmt: 'dd/mm/yyyy' };
/** A real date cell: the hosts write a Date as the serial of its UTC calendar day. */
const dateCell = (day: DayNumber) => cell(new Date(day * MS_PER_DAY), DATE_STYLE);
const POINTS_STYLE = { ...STYLES.count, numFmt: '0.00' };
// One style object for a column's cells: the writers look styles up per object.
const PROCEDURE_STYLE = { ...STYLES.text, size: 10 };
const DAYS_LEFT_STYLE = { ...STYLES.center, numFmt: '0' };
const points = (p: number): number => roundHalfUp(p, 2);

/** A unit's cases, most overdue first, then by due date and time (none: the day's end), receipt and code. */
function byUrgency(a: RunCase, b: RunCase): number {
  const minutes = (c: RunCase): number => c.record.due!.minutes ?? 24 * 60;
  return (
    a.record.due!.day - b.record.due!.day ||
    minutes(a) - minutes(b) ||
    a.record.received.day - b.record.received.day ||
    (a.record.code ?? '').localeCompare(b.record.code ?? '')
  );
}

export function dueSoonSheet(run: ScoreRun, ctx: ReportContext, within: number, profile: RulesProfile): SheetModel {
  const { asOf } = run.period;
  const limit = dueSoonLimit(asOf, within, run.calendar);
  const b = new SheetBuilder(DUE_SOON_SHEET, [5, 20, 16, 28, 11, 11, 8, 16, 11, 11]);
  writeHeader(b, 'DANH SÁCH HỒ SƠ ĐANG GIẢI QUYẾT QUÁ HẠN VÀ SẮP ĐẾN HẠN', ctx);
  b.line(
    within === 0
      ? `Hồ sơ chưa giải quyết xong ngày ${formatVn(asOf)} đã quá hạn hoặc đến hạn trong ngày này.`
      : `Hồ sơ chưa giải quyết xong ngày ${formatVn(asOf)} đã quá hạn hoặc đến hạn trong ${within} ngày làm việc tới (hạn xử lý đến hết ngày ${formatVn(limit)}).`,
    { ...STYLES.subtitle, wrap: true },
  );
  b.blank();
  const header = writeColumnHeader(b, [
    { title: 'STT' },
    { title: 'Đơn vị' },
    { title: 'Mã hồ sơ' },
    { title: 'Thủ tục' },
    { title: 'Ngày tiếp nhận' },
    { title: 'Hạn xử lý' },
    { title: 'Số ngày làm việc còn lại' },
    { title: 'Cán bộ xử lý' },
    { title: 'Điểm Tiến độ (QĐ 766)', children: [{ title: 'Đã mất (quá hạn)' }, { title: 'Sẽ mất nếu trễ hạn' }] },
  ]);

  const cases = casesInPeriodWhere(run, (record, status) => isDueSoon(record, status, asOf, limit));
  const byUnit = groupBy(cases, (c) => c.unit);
  const listed = orderedUnits(run).filter((u) => byUnit.has(u));
  const daysLeft = (c: RunCase): number => workingDaysLeft(c.record.due!.day, asOf, run.calendar);
  LEVELS.filter((l) => listed.some((u) => u.level === l)).forEach((level, i) => {
    const units = listed.filter((u) => u.level === level);
    const count = units.reduce((n, u) => n + byUnit.get(u)!.length, 0);
    groupRow(b, romanNumeral(i + 1), `${LEVEL_NAMES[level].toUpperCase()}: ${twoDigits(count)} hồ sơ thuộc ${twoDigits(units.length)} cơ quan, đơn vị`, STYLES.group);
    for (const unit of units) unitRows(b, unit, byUnit.get(unit)!.sort(byUrgency), daysLeft, profile);
  });
  if (!cases.length) {
    groupRow(b, '', `Không có hồ sơ đang giải quyết quá hạn hoặc đến hạn đến hết ngày ${formatVn(limit)}.`, { ...STYLES.text, italic: true });
  }

  b.endTable();
  b.blank();
  for (const note of notes(asOf, limit, within)) b.line(note, { ...STYLES.note, wrap: true });
  return b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: header.top, to: header.bottom } }, { rows: header.bottom, cols: 3 });
}

/** The unit's cases, then a line with their count and the points they cost together. */
function unitRows(b: SheetBuilder, unit: UnitTotals, cases: RunCase[], daysLeft: (c: RunCase) => number, profile: RulesProfile): void {
  // Never null: the unit's in-progress cases are among those it handled.
  const { handled, perCase } = progressCaseCost(unit, profile)!;
  cases.forEach((c, i) => {
    const { record } = c;
    const overdue = c.status.outcome === 'overdue';
    b.row([
      cell(String(i + 1), STYLES.center),
      cell(unit.name, STYLES.text),
      cell(record.code ?? '', STYLES.text),
      cell(record.procedure ?? NO_PROCEDURE, PROCEDURE_STYLE),
      dateCell(record.received.day),
      dateCell(record.due!.day),
      cell(daysLeft(c), DAYS_LEFT_STYLE),
      cell(record.handler ?? NO_HANDLER, STYLES.text),
      cell(overdue ? points(perCase) : null, POINTS_STYLE),
      cell(overdue ? null : points(perCase), POINTS_STYLE),
    ]);
  });
  const overdue = cases.filter((c) => c.status.outcome === 'overdue').length;
  const dueSoon = cases.length - overdue;
  const style = ROW_STYLES.subtotal;
  const r = b.row([
    cell('', style),
    cell(`Cộng ${unit.name}`, { ...style, wrap: true }),
    cell(`${countText(overdue, dueSoon)} (trên ${vnInteger(handled)} hồ sơ xử lý trong kỳ)`, style),
    ...Array.from({ length: 5 }, () => cell(null, style)),
    // The unit's loss for the cases together, rounded once: the rows' rounded values may add up 0,01 apart.
    cell(points(perCase * overdue), { ...style, numFmt: '0.00' }),
    cell(points(perCase * dueSoon), { ...style, numFmt: '0.00' }),
  ]);
  b.merge(r, 3, r, 8);
}

/** «05 hồ sơ: 02 quá hạn, 03 sắp đến hạn», or «02 hồ sơ sắp đến hạn» when all are of one kind. */
function countText(overdue: number, dueSoon: number): string {
  const total = `${twoDigits(overdue + dueSoon)} hồ sơ`;
  if (!overdue) return `${total} sắp đến hạn`;
  if (!dueSoon) return `${total} quá hạn`;
  return `${total}: ${twoDigits(overdue)} quá hạn, ${twoDigits(dueSoon)} sắp đến hạn`;
}

function notes(asOf: DayNumber, limit: DayNumber, within: number): string[] {
  const day = formatVn(asOf);
  return [
    within === 0
      ? `Chỉ gồm hồ sơ đã quá hạn và hồ sơ có hạn xử lý ngày ${day} (đến hạn hôm nay).`
      : `Đến hạn trong ${within} ngày làm việc tới: hạn xử lý không muộn hơn ngày làm việc thứ ${within} sau ngày ${day} (không tính ngày ${day}, bỏ qua ngày nghỉ theo lịch nêu trên), tức đến hết ngày ${formatVn(limit)}; hạn xử lý ngày ${day} là đến hạn hôm nay.`,
    `Số ngày làm việc còn lại: số ngày làm việc sau ngày ${day} đến hạn xử lý; 0: đến hạn hôm nay, không còn ngày làm việc nào trước hạn; số âm: đã quá hạn bấy nhiêu ngày làm việc.`,
    'Điểm Tiến độ giải quyết (QĐ 766/QĐ-TTg, 20 điểm) = 20 × số hồ sơ đúng hạn ÷ số hồ sơ xử lý trong kỳ (đã giải quyết, kể cả hồ sơ rút, và đang giải quyết), nên mỗi hồ sơ trễ hạn làm đơn vị mất 20 ÷ số hồ sơ xử lý điểm: hồ sơ quá hạn đã làm mất số điểm đó, hồ sơ sắp đến hạn sẽ làm mất nếu để quá hạn. Dòng cộng = 20 × số hồ sơ ÷ số hồ sơ xử lý; làm tròn 2 chữ số thập phân.',
  ];
}

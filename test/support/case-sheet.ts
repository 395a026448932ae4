/**
 * Case sheets built from the counts a report prints, so that a seed table can be replayed through the
 * engine. Every case's dates leave exactly one reading under RULES.md §3 for the period [from, to] with
 * as-of = to, and dates come in the shapes exports use (day-first text, text with a time, Excel serials),
 * so a wrong parse or comparison changes a count. Deterministic: the same targets give the same grid.
 */
import type { CaseOutcome, Level } from '../../src/domain/cases';
import { excelSerialFromDay, formatVn, ymdFromDay, type DayNumber } from '../../src/domain/dates';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';

/** What one unit's row of a report says; every count is a number of cases. */
export interface UnitTarget {
  unit: string;
  /** Resolved in the period by timeliness; the forms' "Đúng hạn" is early + onTime. */
  early: number;
  onTime: number;
  late: number;
  /** Refused or returned cases: resolved, so they are part of early + onTime + late (seed 004). */
  returned?: number;
  withinDeadline: number;
  overdue: number;
  withdrawn?: number;
  /** Cases received before `from` and still open on it (kỳ trước chuyển qua), out of all the above. */
  carriedOver?: number;
  /** Cases received in the period online or by post; the others were filed in person. */
  online?: number;
  postal?: number;
  field?: string;
  procedure?: string;
}

/** The report period; the as-of date is its last day. */
export interface CasePeriod {
  from: DayNumber;
  to: DayNumber;
}

export interface ListedUnit {
  name: string;
  level: Level;
  /** A commune's district, as the `Huyện` column names it. */
  district?: string;
}

const CASE_HEADER = [
  'STT',
  'Mã hồ sơ',
  'Đơn vị giải quyết',
  'Lĩnh vực',
  'Tên thủ tục hành chính',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày trả kết quả',
  'Trạng thái',
  'Hình thức nộp',
  'Cán bộ xử lý',
];

type Outcome = Exclude<CaseOutcome, 'outside'>;
type DateStyle = 'text' | 'textTime' | 'serial';

interface Stamp {
  day: DayNumber;
  minutes: number;
  style: DateStyle;
}

const STYLES: readonly DateStyle[] = ['text', 'textTime', 'serial'];
const OPEN_STATUSES = ['Đang xử lý', 'Yêu cầu bổ sung giấy tờ', 'Yêu cầu thực hiện nghĩa vụ tài chính'];
const HANDLERS = ['Lò Văn Thắng', 'Quàng Thị Hoa', 'Nguyễn Thị Lan', 'Cà Văn Hùng', 'Lường Thị Mai', 'Trần Văn Nam'];
const DUE_MINUTES = 17 * 60;
/** Room kept at the end of the period so that every in-period case is received, due and done inside it. */
const TAIL_DAYS = 10;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function cellOf({ day, minutes, style }: Stamp): CellValue {
  if (style === 'serial') return excelSerialFromDay(day) + minutes / 1440;
  if (style === 'text') return formatVn(day);
  return `${formatVn(day)} ${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}:00`;
}

function yymmdd(day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  return pad(year % 100, 2) + pad(month, 2) + pad(d, 2);
}

/** The outcomes of a unit's cases in a fixed order; carried-over cases are taken from the end. */
function outcomesOf(t: UnitTarget): Outcome[] {
  const counts: [Outcome, number][] = [
    ['withdrawn', t.withdrawn ?? 0],
    ['early', t.early],
    ['onTime', t.onTime],
    ['late', t.late],
    ['withinDeadline', t.withinDeadline],
    ['overdue', t.overdue],
  ];
  return counts.flatMap(([outcome, n]) => Array<Outcome>(n).fill(outcome));
}

function checkTarget(t: UnitTarget, total: number): void {
  const received = total - (t.carriedOver ?? 0);
  const problems = [
    received < 0 && 'more carried over than cases',
    (t.online ?? 0) + (t.postal ?? 0) > received && 'more online + postal than cases received in the period',
    (t.returned ?? 0) > t.early + t.onTime + t.late && 'more returned than resolved',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`Target for ${t.unit}: ${problems.join('; ')}`);
}

interface CaseDates {
  received: DayNumber;
  due: Stamp;
  completed: Stamp | null;
}

/**
 * Dates for case number `g`. In the period: received r ≤ to − 10; early done r+3 due r+6; on time done
 * = due r+5; late due r+2 done r+7, or every fourth one late by hours on its due day; open cases are
 * due after `to` (within) or at r+1 (overdue), some with a completion after `to`. Carried over: received
 * 15–34 days before `from`, done or withdrawn in the period's first days, or still open.
 */
function datesOf(outcome: Outcome, carried: boolean, g: number, { from, to }: CasePeriod): CaseDates {
  const style = (k: number): DateStyle => STYLES[(g + k) % STYLES.length];
  const stamp = (day: DayNumber, minutes = 9 * 60 + ((g * 13) % 420)): Stamp => ({ day, minutes, style: style(2) });
  const due = (day: DayNumber): Stamp => ({ day, minutes: DUE_MINUTES, style: style(1) });
  const afterPeriod = g % 4 === 1;
  if (carried) {
    const received = from - 15 - (g % 20);
    const early = from + (g % 5);
    switch (outcome) {
      case 'early':
        return { received, due: due(early + 4), completed: stamp(early) };
      case 'onTime':
      case 'withdrawn':
        return { received, due: due(early), completed: stamp(early) };
      case 'late':
        return { received, due: due(from - 1), completed: stamp(early) };
      case 'withinDeadline':
        return { received, due: due(to + 5), completed: null };
      case 'overdue':
        return { received, due: due(from - 2), completed: afterPeriod ? stamp(to + 1) : null };
    }
  }
  const received = from + (g % (to - from - TAIL_DAYS));
  switch (outcome) {
    case 'early':
      return { received, due: due(received + 6), completed: stamp(received + 3) };
    case 'onTime':
      return { received, due: due(received + 5), completed: stamp(received + 5) };
    case 'late':
      // Same day, after the due time: late only because both carry a time (RULES.md §3).
      if (g % 4 === 3) {
        const day = received + 4;
        return { received, due: { day, minutes: 11 * 60 + 30, style: 'textTime' }, completed: { day, minutes: 16 * 60, style: 'textTime' } };
      }
      return { received, due: due(received + 2), completed: stamp(received + 7) };
    case 'withinDeadline':
      return { received, due: due(to + 1 + (g % 5)), completed: afterPeriod ? stamp(to + 2) : null };
    case 'overdue':
      return { received, due: due(received + 1), completed: afterPeriod ? stamp(to + 1) : null };
    case 'withdrawn':
      return { received, due: due(received + 10), completed: g % 2 === 0 ? stamp(received + 2) : null };
  }
}

function statusOf(outcome: Outcome, returned: boolean, completed: boolean, g: number): string {
  if (outcome === 'withdrawn') return 'Công dân yêu cầu rút hồ sơ';
  if (returned) return g % 2 === 0 ? 'Từ chối giải quyết' : 'Trả lại';
  if (completed) return g % 7 === 6 ? 'Đã xử lý xong' : 'Đã trả kết quả';
  return OPEN_STATUSES[g % OPEN_STATUSES.length];
}

/** A case sheet (header on row 1) holding exactly the targets' cases, unit after unit. */
export function caseSheet(targets: readonly UnitTarget[], period: CasePeriod, name = 'Danh sách hồ sơ'): SheetGrid {
  if (period.to - period.from < TAIL_DAYS + 4) throw new Error('The factory needs a period of at least two weeks.');
  const rows: CellValue[][] = [CASE_HEADER];
  let g = 0;
  targets.forEach((t, unitIndex) => {
    const outcomes = outcomesOf(t);
    checkTarget(t, outcomes.length);
    const firstCarried = outcomes.length - (t.carriedOver ?? 0);
    let returnedLeft = t.returned ?? 0;
    outcomes.forEach((outcome, k) => {
      const carried = k >= firstCarried;
      const resolved = outcome === 'early' || outcome === 'onTime' || outcome === 'late';
      const returned = resolved && returnedLeft > 0;
      if (returned) returnedLeft--;
      const { received, due, completed } = datesOf(outcome, carried, g, period);
      const online = t.online ?? 0;
      const channel = carried
        ? // Carried-over cases keep a channel, which must not count among the period's receipts.
          g % 2 === 0 ? 'Trực tuyến' : 'Trực tiếp'
        : k < online ? 'Trực tuyến' : k < online + (t.postal ?? 0) ? 'Qua bưu chính công ích' : 'Trực tiếp';
      rows.push([
        g + 1,
        `000.${pad(unitIndex, 2)}.H18-${yymmdd(received)}-${pad(g + 1, 5)}`,
        t.unit,
        t.field ?? 'Hộ tịch',
        t.procedure ?? 'Đăng ký khai sinh',
        cellOf({ day: received, minutes: 8 * 60 + ((g * 7) % 480), style: STYLES[g % STYLES.length] }),
        cellOf(due),
        completed ? cellOf(completed) : null,
        statusOf(outcome, returned, completed !== null, g),
        channel,
        HANDLERS[(unitIndex + g) % HANDLERS.length],
      ]);
      g++;
    });
  });
  return { name, rows, originRow: 1, originCol: 1, visibility: 'visible' };
}

/** A `Danh mục đơn vị` sheet: the units to report, in this order, with level and district. */
export function unitListSheet(units: readonly ListedUnit[]): SheetGrid {
  const rows: CellValue[][] = [['STT', 'Tên đơn vị', 'Cấp', 'Huyện'], ...units.map((u, i) => [i + 1, u.name, u.level, u.district ?? null])];
  return { name: 'Danh mục đơn vị', rows, originRow: 1, originCol: 1, visibility: 'visible' };
}

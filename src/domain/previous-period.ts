/**
 * The period a result is compared with (issue 16) and what the comparison says. The previous period has the
 * same length and ends the day before this one starts: a month → the month before, a quarter → the quarter
 * before, a year → the year before, any run of whole months → as many months before; any other span → the
 * same number of days before. It is over, so its as-of date is its last day.
 */
import { addCase, ratesOf, zeroCounts, type Counts } from './aggregate';
import type { CaseRecord, CaseStatus, Period } from './cases';
import { dayFromYmd, formatVn, ymdFromDay, type DayNumber } from './dates';
import { roundHalfUp } from './rounding';

/** Months from `from` to `to` when both bound whole months (the 1st to a month's last day), else null. */
function wholeMonths(from: DayNumber, to: DayNumber): number | null {
  const start = ymdFromDay(from);
  const next = ymdFromDay(to + 1);
  if (start.day !== 1 || next.day !== 1) return null;
  return (next.year - start.year) * 12 + next.month - start.month;
}

export function previousPeriod({ from, to }: Pick<Period, 'from' | 'to'>): Period {
  const months = wholeMonths(from, to);
  const start = ymdFromDay(from);
  const previousFrom = months === null ? from - (to - from + 1) : dayFromYmd(start.year, start.month - months, 1);
  return { from: previousFrom, to: from - 1, asOf: from - 1 };
}

const QUARTERS = ['I', 'II', 'III', 'IV'];

/** «tháng 2/2024», «quý IV/2023», «năm 2023», else «01/02/2024 – 15/02/2024». */
export function periodLabel({ from, to }: Pick<Period, 'from' | 'to'>): string {
  const months = wholeMonths(from, to);
  const { year, month } = ymdFromDay(from);
  if (months === 1) return `tháng ${month}/${year}`;
  if (months === 3 && month % 3 === 1) return `quý ${QUARTERS[(month - 1) / 3]}/${year}`;
  if (months === 12 && month === 1) return `năm ${year}`;
  return `${formatVn(from)} – ${formatVn(to)}`;
}

/**
 * Whether the case rows hold the previous period: a receipt before its first day (a list exported from that
 * day on lacks the cases carried over into it, and would undercount it in silence) and a case completed
 * within it (a list of the cases handled in this period alone also holds older receipts, the cases carried
 * over, but none completed before this period). Null when they do; else why not, as the sentence's end.
 */
export function whyNotCovered(cases: readonly CaseRecord[], previous: Period): string | null {
  let earliest = Infinity;
  let completedWithin = false;
  for (const c of cases) {
    if (c.received.day < earliest) earliest = c.received.day;
    const done = c.completed?.day;
    if (done !== undefined && done >= previous.from && done <= previous.to) completedWithin = true;
  }
  if (earliest >= previous.from) {
    return `ngày tiếp nhận sớm nhất trong danh sách là ${formatVn(earliest)}, không trước ngày đầu kỳ trước (${formatVn(previous.from)}), nên thiếu các hồ sơ tiếp nhận trước đó chuyển sang kỳ trước`;
  }
  if (!completedWithin) return `không có hồ sơ nào trả kết quả từ ${formatVn(previous.from)} đến ${formatVn(previous.to)}`;
  return null;
}

/** Per unit (by the index `caseUnit` gives each case), its counts and rates for the statuses of one period. */
export function countsPerUnit(
  cases: readonly CaseRecord[],
  statuses: readonly CaseStatus[],
  caseUnit: ArrayLike<number>,
  unitCount: number,
): (Counts & ReturnType<typeof ratesOf>)[] {
  const counts = Array.from({ length: unitCount }, zeroCounts);
  for (let i = 0; i < cases.length; i++) addCase(counts[caseUnit[i]], cases[i], statuses[i]);
  return counts.map((c) => ({ ...c, ...ratesOf(c) }));
}

const twoDecimals = (x: number): string => x.toFixed(2).replace('.', ',');

/** «tăng 1,25 điểm %», «giảm 0,50 điểm %», «không đổi» — this period's rate minus the previous one; null when either is missing. */
export function rateChange(current: number | null, previous: number | null): string | null {
  return change(current, previous, 'điểm %');
}

/** «tăng 1,25 điểm», «giảm 0,50 điểm», «không đổi»; null when either total is missing. */
export function pointsChange(current: number | null, previous: number | null): string | null {
  return change(current, previous, 'điểm');
}

function change(current: number | null, previous: number | null, unit: string): string | null {
  if (current === null || previous === null) return null;
  const d = roundHalfUp(current - previous, 2);
  if (d === 0) return 'không đổi';
  return `${d > 0 ? 'tăng' : 'giảm'} ${twoDecimals(Math.abs(d))} ${unit}`;
}

/** «lên 2 bậc», «xuống 1 bậc», «giữ hạng» (rank 1 is the best); null when either rank is missing. */
export function rankChange(current: number | null, previous: number | null): string | null {
  if (current === null || previous === null) return null;
  if (current === previous) return 'giữ hạng';
  return current < previous ? `lên ${previous - current} bậc` : `xuống ${current - previous} bậc`;
}

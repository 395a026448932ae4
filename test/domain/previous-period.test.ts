import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import type { Period } from '../../src/domain/cases';
import { dayFromYmd, formatIso } from '../../src/domain/dates';
import { countsPerUnit, periodLabel, pointsChange, previousPeriod, rankChange, rateChange, whyNotCovered } from '../../src/domain/previous-period';
import { caseStatus } from '../../src/domain/status';
import { caseRecord } from '../support/case-record';

const day = (y: number, m: number, d: number): number => dayFromYmd(y, m, d);
const iso = (p: Period): string[] => [formatIso(p.from), formatIso(p.to), formatIso(p.asOf)];
const previousOf = (from: number, to: number): string[] => iso(previousPeriod({ from, to }));

describe('previousPeriod: the same length just before, complete on its last day', () => {
  it('a month → the month before (February of a leap year has 29 days; January → December)', () => {
    expect(previousOf(day(2024, 3, 1), day(2024, 3, 31))).toEqual(['2024-02-01', '2024-02-29', '2024-02-29']);
    expect(previousOf(day(2024, 1, 1), day(2024, 1, 31))).toEqual(['2023-12-01', '2023-12-31', '2023-12-31']);
  });

  it('a quarter → the quarter before (Q1 → Q4 of the year before)', () => {
    expect(previousOf(day(2024, 1, 1), day(2024, 3, 31))).toEqual(['2023-10-01', '2023-12-31', '2023-12-31']);
    expect(previousOf(day(2024, 7, 1), day(2024, 9, 30))).toEqual(['2024-04-01', '2024-06-30', '2024-06-30']);
  });

  it('a year → the year before; any run of whole months → as many months before', () => {
    expect(previousOf(day(2024, 1, 1), day(2024, 12, 31))).toEqual(['2023-01-01', '2023-12-31', '2023-12-31']);
    expect(previousOf(day(2024, 7, 1), day(2024, 12, 31))).toEqual(['2024-01-01', '2024-06-30', '2024-06-30']);
    expect(previousOf(day(2024, 2, 1), day(2024, 3, 31))).toEqual(['2023-12-01', '2024-01-31', '2024-01-31']);
  });

  it('any other span → the same number of days before', () => {
    // 10–24 March: 15 days; the 15 days before end on 9 March and start on 24 February.
    expect(previousOf(day(2024, 3, 10), day(2024, 3, 24))).toEqual(['2024-02-24', '2024-03-09', '2024-03-09']);
    expect(previousOf(day(2024, 3, 15), day(2024, 4, 14))).toEqual(['2024-02-13', '2024-03-14', '2024-03-14']);
  });

  it('a span bounded by a month on one side only is no run of months: the same number of days before', () => {
    // 1–15 March (15 days) → 15–29 February; 10–31 March (22 days) → 17 February – 9 March.
    expect(previousOf(day(2024, 3, 1), day(2024, 3, 15))).toEqual(['2024-02-15', '2024-02-29', '2024-02-29']);
    expect(previousOf(day(2024, 3, 10), day(2024, 3, 31))).toEqual(['2024-02-17', '2024-03-09', '2024-03-09']);
  });
});

it('periodLabel names a month, a quarter, a year, else gives the dates', () => {
  expect(periodLabel({ from: day(2024, 2, 1), to: day(2024, 2, 29) })).toBe('tháng 2/2024');
  expect(periodLabel({ from: day(2023, 10, 1), to: day(2023, 12, 31) })).toBe('quý IV/2023');
  expect(periodLabel({ from: day(2023, 1, 1), to: day(2023, 12, 31) })).toBe('năm 2023');
  expect(periodLabel({ from: day(2023, 2, 1), to: day(2023, 4, 30) })).toBe('01/02/2023 – 30/04/2023');
  expect(periodLabel({ from: day(2024, 2, 24), to: day(2024, 3, 9) })).toBe('24/02/2024 – 09/03/2024');
  // A year only from January: two months from January, or twelve from July, are dates.
  expect(periodLabel({ from: day(2024, 1, 1), to: day(2024, 2, 29) })).toBe('01/01/2024 – 29/02/2024');
  expect(periodLabel({ from: day(2023, 7, 1), to: day(2024, 6, 30) })).toBe('01/07/2023 – 30/06/2024');
});

describe('the change texts', () => {
  it('a rate: this period minus the previous one, in percentage points with a decimal comma', () => {
    expect(rateChange(66.67, 33.33)).toBe('tăng 33,34 điểm %');
    expect(rateChange(0, 100)).toBe('giảm 100,00 điểm %');
    expect(rateChange(0.1, 0.3)).toBe('giảm 0,20 điểm %');
    expect(rateChange(12.5, 12.5)).toBe('không đổi');
    expect(rateChange(null, 12.5)).toBeNull();
    expect(rateChange(12.5, null)).toBeNull();
  });

  it('a total score and a rank (rank 1 is the best)', () => {
    expect(pointsChange(14.01, 15)).toBe('giảm 0,99 điểm');
    expect(pointsChange(18, 4)).toBe('tăng 14,00 điểm');
    expect(pointsChange(null, 4)).toBeNull();
    expect(rankChange(1, 3)).toBe('lên 2 bậc');
    expect(rankChange(3, 2)).toBe('xuống 1 bậc');
    expect(rankChange(2, 2)).toBe('giữ hạng');
    expect(rankChange(2, null)).toBeNull();
  });
});

describe('whyNotCovered', () => {
  const june = previousPeriod({ from: day(2024, 7, 1), to: day(2024, 7, 31) });
  const on = ([m, d]: [number, number]) => ({ day: day(2024, m, d), minutes: null });
  /** A case received on [month, day] of 2024, completed on another, or still open. */
  const at = (received: [number, number], completed: [number, number] | null) => caseRecord({ received: on(received), completed: completed && on(completed) });

  it('is null when a receipt comes before the period and a case was completed within it', () => {
    expect(whyNotCovered([at([5, 31], null), at([6, 10], [6, 20])], june)).toBeNull();
  });

  it('says when no receipt comes before the period: a list exported from its first day lacks the cases carried into it', () => {
    const why = (received: [number, number]) => whyNotCovered([at(received, [6, 20])], june);
    // On the first day (a Saturday, before the first working day) is not before it.
    expect(why([6, 1])).toBe(
      'ngày tiếp nhận sớm nhất trong danh sách là 01/06/2024, không trước ngày đầu kỳ trước (01/06/2024), nên thiếu các hồ sơ tiếp nhận trước đó chuyển sang kỳ trước',
    );
    expect(why([6, 4])).toMatch(/^ngày tiếp nhận sớm nhất trong danh sách là 04\/06\/2024, không trước ngày đầu kỳ trước/);
  });

  it('counts a case completed on the period\'s first or last day as completed within it, not one the day before', () => {
    expect(whyNotCovered([at([5, 20], [6, 1])], june)).toBeNull();
    expect(whyNotCovered([at([5, 20], [6, 30])], june)).toBeNull();
    expect(whyNotCovered([at([5, 20], [5, 31])], june)).toBe('không có hồ sơ nào trả kết quả từ 01/06/2024 đến 30/06/2024');
  });

  it('says when no case was completed within it (a list of this period\'s cases with older ones carried over)', () => {
    expect(whyNotCovered([at([5, 20], [7, 2]), at([6, 12], null)], june)).toBe(
      'không có hồ sơ nào trả kết quả từ 01/06/2024 đến 30/06/2024',
    );
  });
});

it('countsPerUnit totals each unit\'s cases under the statuses of one period', () => {
  const calendar = WorkCalendar.builtIn();
  const june = previousPeriod({ from: day(2024, 7, 1), to: day(2024, 7, 31) });
  const on = (m: number, d: number) => ({ day: day(2024, m, d), minutes: null });
  // Unit 0: one early (due 14/06, done 10/06) and one late (due 14/06, done 20/06); unit 1: one still open on 30/06, overdue.
  const cases = [
    caseRecord({ received: on(6, 3), due: on(6, 14), completed: on(6, 10) }),
    caseRecord({ received: on(6, 4), due: on(6, 14), completed: on(6, 20) }),
    caseRecord({ received: on(6, 5), due: on(6, 12), completed: null }),
  ];
  const counts = countsPerUnit(cases, cases.map((c) => caseStatus(c, june, calendar)), [0, 0, 1], 3);
  expect(counts.map((c) => [c.total, c.resolved, c.early, c.late, c.inProgress, c.overdue, c.lateRateOfResolved])).toEqual([
    [2, 2, 1, 1, 0, 0, 50],
    [1, 0, 0, 0, 1, 1, null],
    [0, 0, 0, 0, 0, 0, null],
  ]);
});

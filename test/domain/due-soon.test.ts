/** Cases falling due within the next N working days, and the Tiến độ points one late case costs (RULES.md §7). */
import { caseRecord } from '../support/case-record';
import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import type { CaseRecord, Period } from '../../src/domain/cases';
import { dayFromYmd, type DateTimeValue } from '../../src/domain/dates';
import { dueSoonCounts, dueSoonLimit, isDueSoon, workingDaysLeft } from '../../src/domain/due-soon';
import { caseStatus } from '../../src/domain/status';

const cal = WorkCalendar.builtIn();
const nov = (day: number): number => dayFromYmd(2026, 11, day);
const at = (day: number): DateTimeValue => ({ day: nov(day), minutes: null });
// Friday 20/11/2026; Tuesday 24/11/2026 is Ngày Văn hóa Việt Nam, a day off from 2026.
const FRIDAY = nov(20);

const kase = (p: Partial<CaseRecord>): CaseRecord => caseRecord({ received: at(2), due: at(25), status: 'open', ...p });

describe('dueSoonLimit: the N-th working day after the as-of date', () => {
  it('skips the weekend and 24/11: from Friday 20/11/2026, day 1 is Monday 23, day 2 Wednesday 25, day 3 Thursday 26', () => {
    expect([0, 1, 2, 3].map((n) => dueSoonLimit(FRIDAY, n, cal))).toEqual([nov(20), nov(23), nov(25), nov(26)]);
  });

  it('counts from a Saturday as-of date as a deadline from a Saturday receipt: day 1 is the next working day', () => {
    expect(dueSoonLimit(nov(21), 1, cal)).toBe(nov(23));
    expect(dueSoonLimit(nov(21), 2, cal)).toBe(nov(25));
  });
});

describe('workingDaysLeft', () => {
  it('is 0 for a case due on the as-of day, and for one due on the days off right after it', () => {
    expect(workingDaysLeft(nov(20), FRIDAY, cal)).toBe(0);
    expect(workingDaysLeft(nov(22), FRIDAY, cal)).toBe(0); // Sunday: no working day left before it
  });

  it('counts the working days after the as-of day up to the due date', () => {
    expect(workingDaysLeft(nov(23), FRIDAY, cal)).toBe(1);
    expect(workingDaysLeft(nov(24), FRIDAY, cal)).toBe(1); // the day off itself adds nothing
    expect(workingDaysLeft(nov(25), FRIDAY, cal)).toBe(2);
    expect(workingDaysLeft(nov(26), FRIDAY, cal)).toBe(3);
  });

  it('is minus the working days late when overdue: due Wed 18 → Thu, Fri = −2; due Fri 13 → −5', () => {
    expect(workingDaysLeft(nov(18), FRIDAY, cal)).toBe(-2);
    expect(workingDaysLeft(nov(13), FRIDAY, cal)).toBe(-5);
  });
});

describe('isDueSoon', () => {
  const NOVEMBER: Period = { from: nov(1), to: nov(30), asOf: FRIDAY };
  const limit = dueSoonLimit(FRIDAY, 2, cal);
  const listed = (c: CaseRecord, period = NOVEMBER): boolean => isDueSoon(c, caseStatus(c, period, cal), period.asOf, limit);

  it('takes open cases overdue or due up to the limit, and no later one', () => {
    expect(listed(kase({ due: at(13) }))).toBe(true);
    expect(listed(kase({ due: at(20) }))).toBe(true);
    expect(listed(kase({ due: { day: nov(25), minutes: 17 * 60 } }))).toBe(true);
    expect(listed(kase({ due: at(26) }))).toBe(false);
  });

  it('leaves out resolved and withdrawn cases, and cases received after the as-of date', () => {
    expect(listed(kase({ due: at(18), completed: at(19), status: 'done' }))).toBe(false);
    expect(listed(kase({ due: at(23), completed: at(10), status: 'withdrawn' }))).toBe(false);
    expect(listed(kase({ received: at(23), due: at(25) }))).toBe(false);
  });

  it('leaves out a withdrawn case even without a date: it is neither resolved nor in progress (RULES.md §3)', () => {
    const withdrawn = kase({ due: at(23), status: 'withdrawn' });
    expect(caseStatus(withdrawn, NOVEMBER, cal).outcome).toBe('withdrawn');
    expect(listed(withdrawn)).toBe(false);
  });

  it('takes a case received on the as-of day itself', () => {
    expect(listed(kase({ received: at(20), due: at(23) }))).toBe(true);
  });

  it('leaves out a case open at the end of the period but done by a later as-of date', () => {
    const october: Period = { from: dayFromYmd(2026, 10, 1), to: dayFromYmd(2026, 10, 31), asOf: FRIDAY };
    const doneOnTheNinth = kase({ received: { day: dayFromYmd(2026, 10, 26), minutes: null }, due: at(6), completed: at(9), status: 'done' });
    expect(caseStatus(doneOnTheNinth, october, cal).outcome).toBe('overdue');
    expect(listed(doneOnTheNinth, october)).toBe(false);
    expect(listed({ ...doneOnTheNinth, completed: at(23) }, october)).toBe(true);
    expect(listed({ ...doneOnTheNinth, completed: at(20) }, october)).toBe(false); // done on the as-of day
  });
});

describe('dueSoonCounts', () => {
  it('counts, per unit, the cases on the list; a unit with none gets 0', () => {
    const period: Period = { from: nov(1), to: nov(30), asOf: FRIDAY };
    const cases = [
      kase({ due: at(13) }), // unit 0: overdue
      kase({ due: at(26) }), // unit 0: due after the limit (Wednesday 25/11)
      kase({ due: at(25) }), // unit 2: due on the limit
      kase({ due: at(18), completed: at(19), status: 'done' }), // unit 1: done
      kase({ due: at(23) }), // unit 0: due Monday
    ];
    const statuses = cases.map((c) => caseStatus(c, period, cal));
    const counts = dueSoonCounts(cases, statuses, Int32Array.from([0, 0, 2, 1, 0]), 3, FRIDAY, dueSoonLimit(FRIDAY, 2, cal));
    expect(counts).toEqual([2, 0, 1]);
  });
});

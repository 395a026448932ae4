/**
 * Working-day arithmetic (RULES.md §1–2) over 2015–2031 — inside and outside the built-in holiday years —
 * for working and non-working start days, with the built-in calendar and with random user overrides.
 */
import fc from 'fast-check';
import { WorkCalendar, type CalendarOverride } from '../../src/domain/calendar/work-calendar';
import { weekday } from '../../src/domain/dates';
import { anyDay, FIRST_DAY, LAST_DAY } from './arbitraries';

const builtIn = WorkCalendar.builtIn();

/** The built-in calendar plus random days off and make-up days, as a user's «Ngày nghỉ» sheet gives them. */
const calendars: fc.Arbitrary<WorkCalendar> = fc.oneof(
  fc.constant(builtIn),
  fc
    .array(fc.record({ day: anyDay, kind: fc.constantFrom<'off' | 'work'>('off', 'work') }), { maxLength: 40 })
    .map((days) => builtIn.withOverrides(days.map((d): CalendarOverride => ({ ...d, note: 'thử' })), 'sheet «Ngày nghỉ»')),
);

const count = fc.integer({ min: 0, max: 400 });

/** Working days in (from, to] by looking at each day: the definition the fast formulas must agree with. */
function naiveBetween(cal: WorkCalendar, from: number, to: number): number {
  let n = 0;
  for (let d = from + 1; d <= to; d++) if (cal.isWorkingDay(d)) n++;
  return n;
}

describe('addWorkingDays and workingDaysBetween', () => {
  it('adding N working days then counting back gives N, from any start day', () => {
    fc.assert(
      fc.property(calendars, anyDay, count, (cal, day, n) => {
        const end = cal.addWorkingDays(day, n);
        expect(cal.workingDaysBetween(day, end)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('the N-th working day is a working day after the start, and the first one reaching N', () => {
    fc.assert(
      fc.property(calendars, anyDay, fc.integer({ min: 1, max: 400 }), (cal, day, n) => {
        const end = cal.addWorkingDays(day, n);
        expect(end).toBeGreaterThan(day);
        expect(cal.isWorkingDay(end)).toBe(true);
        expect(cal.workingDaysBetween(day, end - 1)).toBe(n - 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with counting day by day', () => {
    fc.assert(
      fc.property(calendars, anyDay, fc.integer({ min: -30, max: 120 }), (cal, from, span) => {
        expect(cal.workingDaysBetween(from, from + span)).toBe(naiveBetween(cal, from, from + span));
      }),
      { numRuns: 1000 },
    );
  });

  it('is monotone: more days or a later start never gives an earlier day', () => {
    fc.assert(
      fc.property(calendars, anyDay, anyDay, count, count, (cal, a, b, m, n) => {
        const [d1, d2] = a <= b ? [a, b] : [b, a];
        const [n1, n2] = m <= n ? [m, n] : [n, m];
        expect(cal.addWorkingDays(d1, n1)).toBeLessThanOrEqual(cal.addWorkingDays(d1, n2));
        expect(cal.addWorkingDays(d1, n1)).toBeLessThanOrEqual(cal.addWorkingDays(d2, n1));
        // Counting: later ends count more, later starts count less.
        expect(cal.workingDaysBetween(d1, d2 + n1)).toBeGreaterThanOrEqual(cal.workingDaysBetween(d1, d2));
        expect(cal.workingDaysBetween(d2, d2 + n2)).toBeLessThanOrEqual(cal.workingDaysBetween(d1, d2 + n2));
      }),
      { numRuns: 2000 },
    );
  });

  it('is additive over adjacent spans and zero on empty ones', () => {
    fc.assert(
      fc.property(calendars, anyDay, anyDay, anyDay, (cal, x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q);
        expect(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c)).toBe(cal.workingDaysBetween(a, c));
        expect(cal.workingDaysBetween(c, a)).toBe(0);
        expect(cal.addWorkingDays(a, 0)).toBe(a);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts five working days in every week without a special day (checked for every day of 2015–2031)', () => {
    const special = new Set<number>();
    for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
      const weekend = [0, 6].includes(weekday(day));
      if (builtIn.isWorkingDay(day) === weekend) special.add(day); // a weekday off or a make-up weekend day
    }
    expect(special.size).toBeGreaterThan(100); // the built-in years hold holidays and swaps
    for (let day = FIRST_DAY; day <= LAST_DAY - 7; day++) {
      let plain = true;
      for (let d = day + 1; d <= day + 7; d++) if (special.has(d)) plain = false;
      if (plain && builtIn.workingDaysBetween(day, day + 7) !== 5) throw new Error(`day ${day}: not 5 working days in a week`);
    }
  });
});

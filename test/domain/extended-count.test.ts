/**
 * `extended` (RULES.md §2): the cases a unit counts in `total` that carry a new appointment date. It
 * stands apart from the identities (total = resolved + in progress + withdrawn) and leaves out cases
 * outside the period.
 */
import { aggregateUnits, identityGap, sumCounts } from '../../src/domain/aggregate';
import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import type { CaseRecord, Period } from '../../src/domain/cases';
import { dayFromYmd, type DateTimeValue } from '../../src/domain/dates';
import { caseStatus } from '../../src/domain/status';
import type { UnitInfo } from '../../src/domain/units';
import { caseRecord } from '../support/case-record';

const cal = WorkCalendar.builtIn();
const d = (m: number, day: number, y = 2024): DateTimeValue => ({ day: dayFromYmd(y, m, day), minutes: null });
const Q1: Period = { from: dayFromYmd(2024, 1, 1), to: dayFromYmd(2024, 3, 31), asOf: dayFromYmd(2024, 3, 31) };

const kase = (unit: string, p: Partial<CaseRecord>): CaseRecord => caseRecord({ code: null, unit, received: d(2, 1), due: d(2, 20), ...p });

const UNITS: UnitInfo[] = [
  { name: 'Sở Tư pháp', level: 'Tỉnh', parent: null, levelSource: 'list' },
  { name: 'UBND xã Thanh Minh', level: 'Xã', parent: null, levelSource: 'list' },
];

describe('extended cases per unit', () => {
  const cases = [
    // Sở Tư pháp: late though re-appointed (due 20/2, new 27/2, done 23/2) → late, extended.
    kase('Sở Tư pháp', { newDue: d(2, 27), completed: d(2, 23), status: 'done' }),
    // Overdue in progress though the new date (5/4) is after the as-of date → overdue, extended.
    kase('Sở Tư pháp', { due: d(3, 15), newDue: d(4, 5) }),
    // Withdrawn after an extension: counted in total, so in extended.
    kase('Sở Tư pháp', { newDue: d(2, 27), completed: d(2, 22), status: 'withdrawn' }),
    // Completed in 2023: outside Q1, not counted anywhere.
    kase('Sở Tư pháp', { received: d(11, 1, 2023), due: d(11, 10, 2023), newDue: d(11, 20, 2023), completed: d(11, 15, 2023), status: 'done' }),
    // No new date.
    kase('Sở Tư pháp', { completed: d(2, 19), status: 'done' }),
    kase('UBND xã Thanh Minh', { completed: d(2, 20), status: 'done' }),
  ];
  const statuses = cases.map((c) => caseStatus(c, Q1, cal));
  const units = aggregateUnits(UNITS, cases, statuses, (c) => UNITS.find((u) => u.name === c.unit)!);

  it('counts the cases of `total` with a new date, judged late against the original due date', () => {
    expect(statuses.map((s) => s.outcome)).toEqual(['late', 'overdue', 'withdrawn', 'outside', 'early', 'onTime']);
    expect(units[0]).toMatchObject({ total: 4, late: 1, overdue: 1, withdrawn: 1, early: 1, extended: 3 });
    expect(identityGap(units[0])).toBe(0);
    expect(units[1]).toMatchObject({ total: 1, extended: 0 });
  });

  it('adds up in sub-totals like every count', () => {
    expect(sumCounts(units).extended).toBe(3);
  });
});

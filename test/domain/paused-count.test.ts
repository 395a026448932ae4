/**
 * Paused cases (RULES.md §3: waiting for documents or fees) stay in progress and are also counted as the
 * «tạm dừng» sub-group: `paused` ⊆ `inProgress`, `pausedOverdue` ⊆ `overdue` and ⊆ `paused`. A paused case
 * is judged exactly like an open one; a finished case is never paused. Every figure is counted by hand.
 */
import { aggregateUnits, COUNT_KEYS, identityGap, sumCounts } from '../../src/domain/aggregate';
import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import type { CaseRecord, Period } from '../../src/domain/cases';
import { dayFromYmd, type DateTimeValue } from '../../src/domain/dates';
import { caseStatus, isPaused } from '../../src/domain/status';
import type { UnitInfo } from '../../src/domain/units';
import { caseRecord } from '../support/case-record';

const cal = WorkCalendar.builtIn();
const d = (m: number, day: number, y = 2024): DateTimeValue => ({ day: dayFromYmd(y, m, day), minutes: null });
// Q1/2024 judged on 31/3 (Sunday).
const Q1: Period = { from: dayFromYmd(2024, 1, 1), to: dayFromYmd(2024, 3, 31), asOf: dayFromYmd(2024, 3, 31) };

const kase = (unit: string, p: Partial<CaseRecord>): CaseRecord =>
  caseRecord({ code: null, unit, received: d(3, 1), due: d(3, 20), status: 'paused', ...p });

describe('a paused case is judged like an open one (status.ts)', () => {
  const shapes: Partial<CaseRecord>[] = [
    {}, // due 20/3 < 31/3: overdue by 21, 22, 25–29/3 = 7 working days
    { due: d(4, 5) }, // within deadline
    { completed: d(3, 15) }, // early
    { completed: d(3, 20) }, // on time
    { completed: d(3, 22) }, // late
    { completed: d(4, 2) }, // finished after the period: in progress (overdue) at its end
    { received: d(11, 1, 2023), due: d(11, 20, 2023) }, // carried over, overdue
    { received: d(4, 2), due: d(4, 20) }, // received after the period: outside
  ];

  it.each(shapes.map((s, i) => [i, s] as const))('shape %i: the same status as «open»', (_, shape) => {
    expect(caseStatus(kase('Sở Tư pháp', shape), Q1, cal)).toEqual(caseStatus(kase('Sở Tư pháp', { ...shape, status: 'open' }), Q1, cal));
  });

  it('is paused only while in progress without a completion date', () => {
    const paused = shapes.map((shape) => {
      const c = kase('Sở Tư pháp', shape);
      return isPaused(c, caseStatus(c, Q1, cal));
    });
    expect(paused).toEqual([true, true, false, false, false, false, true, false]);
    expect(caseStatus(kase('Sở Tư pháp', {}), Q1, cal)).toMatchObject({ outcome: 'overdue', daysLate: 7 });
    // An open case in progress is never paused.
    const open = kase('Sở Tư pháp', { status: 'open' });
    expect(isPaused(open, caseStatus(open, Q1, cal))).toBe(false);
  });
});

describe('paused and pausedOverdue per unit', () => {
  const UNITS: UnitInfo[] = [
    { name: 'Sở Tư pháp', level: 'Tỉnh', parent: null, levelSource: 'list' },
    { name: 'UBND huyện Tuần Giáo', level: 'Huyện', parent: null, levelSource: 'list' },
    { name: 'UBND xã Quài Tở', level: 'Xã', parent: 'UBND huyện Tuần Giáo', levelSource: 'list' },
    { name: 'UBND xã Không Hồ Sơ', level: 'Xã', parent: 'UBND huyện Tuần Giáo', levelSource: 'list' },
  ];
  const TP = 'Sở Tư pháp';
  const TG = 'UBND huyện Tuần Giáo';
  const QT = 'UBND xã Quài Tở';
  const cases = [
    // Sở Tư pháp: 3 paused (2 overdue), 1 open overdue, 1 paused finished in the period, 1 paused finished after it.
    kase(TP, {}), // paused, overdue
    kase(TP, { received: d(12, 1, 2023), due: d(12, 20, 2023) }), // paused, carried over, overdue
    kase(TP, { due: d(4, 10) }), // paused, within deadline
    kase(TP, { status: 'open' }), // open, overdue: not paused
    kase(TP, { completed: d(3, 18) }), // early: resolved, not paused
    kase(TP, { completed: d(4, 3) }), // finished after 31/3: in progress (overdue) but finished, so not paused
    // UBND huyện Tuần Giáo: 1 paused within deadline, 1 withdrawn, 1 on time.
    kase(TG, { due: d(4, 1) }), // paused, within (due 1/4 ≥ 31/3)
    kase(TG, { status: 'withdrawn', completed: d(3, 5) }),
    kase(TG, { status: 'done', completed: d(3, 20) }),
    // UBND xã Quài Tở: 1 paused overdue, 1 open within deadline, 1 paused received after the period (outside).
    kase(QT, { due: d(3, 29) }), // paused, overdue (29/3 < 31/3)
    kase(QT, { status: 'open', due: d(4, 8) }),
    kase(QT, { received: d(4, 1), due: d(4, 10) }),
  ];
  const statuses = cases.map((c) => caseStatus(c, Q1, cal));
  const units = aggregateUnits(UNITS, cases, statuses, (c) => UNITS.find((u) => u.name === c.unit)!);
  const [tp, tg, qt, empty] = units;

  it('counts the paused cases inside in progress, and those overdue inside overdue', () => {
    expect(tp).toMatchObject({ total: 6, resolved: 1, inProgress: 5, withinDeadline: 1, overdue: 4, paused: 3, pausedOverdue: 2 });
    expect(tg).toMatchObject({ total: 3, resolved: 1, withdrawn: 1, inProgress: 1, withinDeadline: 1, overdue: 0, paused: 1, pausedOverdue: 0 });
    expect(qt).toMatchObject({ total: 2, inProgress: 2, withinDeadline: 1, overdue: 1, paused: 1, pausedOverdue: 1 });
    expect(COUNT_KEYS.map((k) => empty[k])).toEqual(COUNT_KEYS.map(() => 0));
  });

  it('keeps the sub-group inside its groups and the identities unchanged', () => {
    for (const u of units) {
      expect(identityGap(u)).toBe(0);
      expect(u.paused).toBeLessThanOrEqual(u.inProgress);
      expect(u.pausedOverdue).toBeLessThanOrEqual(u.overdue);
      expect(u.pausedOverdue).toBeLessThanOrEqual(u.paused);
      // Paused within deadline = paused − paused overdue, never more than within deadline.
      expect(u.paused - u.pausedOverdue).toBeLessThanOrEqual(u.withinDeadline);
    }
  });

  it('adds up in the district sub-total and the province total', () => {
    const district = sumCounts([tg, qt, empty]);
    expect(district).toMatchObject({ inProgress: 3, overdue: 1, paused: 2, pausedOverdue: 1 });
    const province = sumCounts(units);
    expect(province).toMatchObject({ total: 11, inProgress: 8, overdue: 5, paused: 5, pausedOverdue: 3 });
    expect(sumCounts([tp, district])).toEqual(province);
  });
});

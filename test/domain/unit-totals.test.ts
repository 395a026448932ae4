/**
 * Per-unit totals (RULES.md §4): units in directory order with a unit the directory did not list appended,
 * the rates of each row rounded half-up to 2 decimals, «cấp suy đoán» for a level not given by a list or the
 * data, extended cases, and the identity gap. Statuses are given by hand, so each figure is counted here, not by status.ts.
 */
import { aggregateUnits, identityGap, percent } from '../../src/domain/aggregate';
import type { CaseOutcome, CaseRecord, CaseStatus } from '../../src/domain/cases';
import type { UnitInfo } from '../../src/domain/units';
import { caseRecord } from '../support/case-record';

const unit = (name: string, levelSource: UnitInfo['levelSource']): UnitInfo => ({ name, level: 'Xã', parent: null, levelSource });
const status = (outcome: CaseOutcome): CaseStatus => ({ outcome, returned: false, receivedInPeriod: true, carriedOver: false, daysLate: 0 });

describe('aggregateUnits', () => {
  const listed = unit('UBND xã Quài Tở', 'list');
  const fromData = unit('UBND xã Mường Phăng', 'data');
  const inferred = unit('UBND xã Thanh Nưa', 'inferred');
  const unknown = unit('Ban Quản lý dự án', 'unknown');
  // Quài Tở: early, late, overdue, overdue, withinDeadline, withdrawn. Ban Quản lý: one early case.
  const outcomes: [UnitInfo, CaseOutcome][] = [
    [listed, 'early'], [listed, 'late'], [listed, 'overdue'], [unknown, 'early'],
    [listed, 'overdue'], [listed, 'withinDeadline'], [listed, 'withdrawn'],
  ];
  // The late case (index 1) was given a new appointment date: «gia hạn», counted in `extended`.
  const cases: CaseRecord[] = outcomes.map(([u], i) =>
    caseRecord({ unit: u.name, received: { day: 19_800, minutes: null }, newDue: i === 1 ? { day: 19_830, minutes: null } : null }),
  );
  // Called in each test, not in the describe body, so that per-test coverage (mutation run) sees it.
  const aggregate = () => aggregateUnits([listed, fromData, inferred], cases, outcomes.map(([, o]) => status(o)), (_c, i) => outcomes[i][0]);

  it('keeps the directory order and appends a unit it did not list', () => {
    const totals = aggregate();
    expect(totals.map((t) => [t.name, t.total])).toEqual([
      ['UBND xã Quài Tở', 6],
      ['UBND xã Mường Phăng', 0],
      ['UBND xã Thanh Nưa', 0],
      ['Ban Quản lý dự án', 1],
    ]);
  });

  it('counts the case with a new appointment date as extended', () => {
    expect(aggregate().map((t) => t.extended)).toEqual([1, 0, 0, 0]);
  });

  it('marks the level inferred unless a list or the data gave it', () => {
    const totals = aggregate();
    expect(totals.map((t) => t.levelInferred)).toEqual([false, false, true, true]);
  });

  it('divides late by resolved and by total, and overdue by total', () => {
    const totals = aggregate();
    // Quài Tở: resolved 2 (early, late), late 1, overdue 2, total 6 → 50 %, 16.67 %, 33.33 %.
    expect(totals[0]).toMatchObject({ resolved: 2, late: 1, overdue: 2, inProgress: 3, withdrawn: 1 });
    expect([totals[0].lateRateOfResolved, totals[0].lateRateOfTotal, totals[0].overdueRateOfTotal]).toEqual([50, 16.67, 33.33]);
    expect([totals[3].lateRateOfResolved, totals[3].lateRateOfTotal, totals[3].overdueRateOfTotal]).toEqual([0, 0, 0]);
    expect([totals[1].lateRateOfResolved, totals[1].lateRateOfTotal, totals[1].overdueRateOfTotal]).toEqual([null, null, null]);
  });
});

describe('percent', () => {
  it('rounds half up to 2 decimals and is null for a zero denominator', () => {
    expect(percent(2, 3)).toBe(66.67);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(1, 800)).toBe(0.13); // 0.125 → 0.13
    expect(percent(0, 0)).toBeNull();
  });
});

describe('identityGap', () => {
  it('is total minus resolved, in progress and withdrawn', () => {
    expect(identityGap({ total: 10, resolved: 5, inProgress: 3, withdrawn: 1 })).toBe(1);
    expect(identityGap({ total: 8, resolved: 5, inProgress: 3, withdrawn: 1 })).toBe(-1);
  });
});

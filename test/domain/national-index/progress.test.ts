/** QĐ 766 «Tiến độ giải quyết»: 20 × on-time ÷ handled, with the profile's maximum and withdrawn-case rule. */
import { progressCaseCost, progressIndex, progressPointsPerCase } from '../../../src/domain/national-index';
import { builtInProfile } from '../../../src/domain/scoring';
import { withNationalIndex } from './profile-variant';

const profile = builtInProfile('dienbien-1187');
const counts = (c: Partial<Record<'early' | 'onTime' | 'late' | 'withinDeadline' | 'overdue' | 'withdrawn', number>>) => ({
  early: 0, onTime: 0, late: 0, withinDeadline: 0, overdue: 0, withdrawn: 0, ...c,
});
// 8 early, 2 on time, 3 late, 5 within deadline, 2 overdue, 1 withdrawn.
const unit = counts({ early: 8, onTime: 2, late: 3, withinDeadline: 5, overdue: 2, withdrawn: 1 });

describe('progressIndex', () => {
  it('counts a withdrawn case as handled and on time under the built-in profiles', () => {
    // handled = 8 + 2 + 3 + 5 + 2 + 1 = 21; on time = 8 + 2 + 5 + 1 = 16; 20 × 16 ÷ 21 = 15,238… → 15,24.
    expect(progressIndex(unit, profile)).toBe(15.24);
    expect(progressIndex(unit, builtInProfile('tt01-2018'))).toBe(15.24);
  });

  it('leaves withdrawn cases out when the profile says so', () => {
    // handled = 20, on time = 15: 20 × 15 ÷ 20 = 15.
    expect(progressIndex(unit, withNationalIndex((r) => void (r.withdrawnCases = 'notCounted')))).toBe(15);
  });

  it('takes its maximum from the profile', () => {
    const twentyFive = withNationalIndex((r) => {
      r.groups[1].metrics[0].max = 25;
    });
    // 25 × 16 ÷ 21 = 19,047… → 19,05.
    expect(progressIndex(unit, twentyFive)).toBe(19.05);
  });

  it('is undefined (null) when nothing was handled, whatever was withdrawn under «notCounted»', () => {
    expect(progressIndex(counts({}), profile)).toBeNull();
    expect(progressIndex(counts({ withdrawn: 3 }), withNationalIndex((r) => void (r.withdrawnCases = 'notCounted')))).toBeNull();
    // Under the built-in rule three withdrawn cases are three cases handled on time: 20 points.
    expect(progressIndex(counts({ withdrawn: 3 }), profile)).toBe(20);
  });
});

describe('progressPointsPerCase', () => {
  it('is what one more late case costs: 20 ÷ handled', () => {
    // 20 ÷ 21 = 0,952… → 0,95; with withdrawn cases left out 20 ÷ 20 = 1.
    expect(progressPointsPerCase(unit, profile)).toBe(0.95);
    expect(progressPointsPerCase(unit, withNationalIndex((r) => void (r.withdrawnCases = 'notCounted')))).toBe(1);
    // 20 ÷ 3 = 6,666… → 6,67.
    expect(progressPointsPerCase(counts({ early: 1, late: 2 }), profile)).toBe(6.67);
  });

  it('is 0 when no case is on time any more, null when nothing was handled', () => {
    expect(progressPointsPerCase(counts({ late: 2, overdue: 1 }), profile)).toBe(0);
    expect(progressPointsPerCase(counts({}), profile)).toBeNull();
  });
});

describe('progressCaseCost: what each late case costs, unrounded, for the list of cases falling due', () => {
  it('is 20 ÷ handled, withdrawn cases handled as the profile says', () => {
    // 2 resolved (1 early, 1 late) + 6 in progress (4 within, 2 overdue) + 1 withdrawn = 9 handled: 20 ÷ 9.
    const unit = counts({ early: 1, late: 1, withinDeadline: 4, overdue: 2, withdrawn: 1 });
    expect(progressCaseCost(unit, profile)!.handled).toBe(9);
    expect(progressCaseCost(unit, profile)!.perCase).toBeCloseTo(20 / 9, 10);
    expect(progressCaseCost(unit, withNationalIndex((r) => void (r.withdrawnCases = 'notCounted')))!.perCase).toBeCloseTo(20 / 8, 10);
    expect(progressCaseCost(counts({ withinDeadline: 4 }), profile)!.perCase).toBe(5);
    expect(progressCaseCost(counts({}), profile)).toBeNull();
  });
});

/** QĐ 766 "Tiến độ giải quyết" (20 points). */
import { progressIndex } from '../../../src/domain/scoring';

describe('progressIndex', () => {
  it('is 20 × (early + on time + within deadline) ÷ (resolved + in progress)', () => {
    // 20 × (80 + 10 + 5) / 100
    expect(progressIndex({ early: 80, onTime: 10, late: 3, withinDeadline: 5, overdue: 2 }, 2)).toBe(19);
    expect(progressIndex({ early: 1, onTime: 0, late: 2, withinDeadline: 0, overdue: 0 }, 2)).toBe(6.67);
  });

  it('is undefined (null) when nothing was handled', () => {
    expect(progressIndex({ early: 0, onTime: 0, late: 0, withinDeadline: 0, overdue: 0 }, 2)).toBeNull();
  });
});

/** The Tiến độ metric of a profile (RULES.md §7): found in whichever group holds it; a profile without one is a programming error. */
import { progressRule } from '../../../src/domain/national-index/progress';
import { builtInProfile } from '../../../src/domain/scoring';

const rules = builtInProfile('dienbien-1187').nationalIndex;

describe('progressRule', () => {
  it('is the metric whose source is the case list’s progress, wherever its group is', () => {
    expect(progressRule(rules)).toMatchObject({ id: 'dung-han', source: 'progress', max: 20 });
    expect(progressRule({ ...rules, groups: [...rules.groups].reverse() })).toBe(progressRule(rules));
  });

  it('throws for rules without one, which loading a profile refuses', () => {
    const groups = rules.groups.map((g) => ({ ...g, metrics: g.metrics.filter((m) => m.source !== 'progress') }));
    expect(() => progressRule({ ...rules, groups })).toThrow('profile without a progress metric');
  });
});

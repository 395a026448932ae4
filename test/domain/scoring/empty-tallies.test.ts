/**
 * Units and handlers with nothing to average (RULES.md §5: an average over no evaluated case is unknown,
 * never 0 ÷ 0), and the ĐTB CCVC note that appears only when some evaluated case names no handler.
 */
import { builtInProfile } from '../../../src/domain/scoring';
import { accumulate, indicatorAverage } from '../../../src/domain/scoring/accumulate';
import { unitDtbCcvc } from '../../../src/domain/scoring/ccvc';
import { PER_CASE_INDICATORS } from '../../../src/domain/scoring/profile-types';
import { scoringCase } from './case-factory';

const profile = builtInProfile('dienbien-1187');

describe('nothing to average', () => {
  it('gives no indicator average for a unit without an evaluated case (only cases still in progress)', () => {
    const unit = accumulate([scoringCase('withinDeadline'), scoringCase('overdue')], profile);
    expect(unit.evaluatedCases).toBe(0);
    for (const i of PER_CASE_INDICATORS) expect(indicatorAverage(unit, i)).toBeNull();
  });
});

describe('the ĐTB CCVC note', () => {
  it('is absent when every evaluated case names its handler', () => {
    // An: two early cases, 2 points on each of #1, #2, #3, #4, #7 → 10.
    const unit = accumulate([scoringCase('early', { handler: 'An' }), scoringCase('early', { handler: 'An' })], profile);
    expect(unitDtbCcvc(unit, null, profile)).toEqual({ value: 10, notes: [] });
  });
});

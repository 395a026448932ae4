/** Per-case points of TT 01 #1, #2, #3, #4, #7 under the dienbien-1187 bands. */
import { builtInProfile, casePoints } from '../../../src/domain/scoring';
import { scoringCase } from './case-factory';

const profile = builtInProfile('dienbien-1187');
const points = (...args: Parameters<typeof scoringCase>) => {
  const { record, status } = scoringCase(...args);
  return casePoints(record, status, profile);
};

describe('casePoints', () => {
  it('scores timeliness: early 2, on time 1, late 0 (#1, and #2 without step data)', () => {
    expect(points('early')).toEqual({ 1: 2, 2: 2, 3: 2, 4: 2, 7: 2 });
    expect(points('onTime')).toEqual({ 1: 1, 2: 1, 3: 2, 4: 2, 7: 1 });
    expect(points('late')).toEqual({ 1: 0, 2: 0, 3: 2, 4: 2, 7: 0 });
  });

  it('evaluates only cases resolved in the period', () => {
    for (const outcome of ['withinDeadline', 'overdue', 'withdrawn', 'outside'] as const) {
      expect(points(outcome)).toBeNull();
    }
  });

  it('#2: a late step gives 0; no late step gives #1 but at least 1', () => {
    expect(points('early', { stepLate: true })?.[2]).toBe(0);
    expect(points('early', { stepLate: false })?.[2]).toBe(2);
    expect(points('onTime', { stepLate: false })?.[2]).toBe(1);
    expect(points('late', { stepLate: false })?.[2]).toBe(1);
  });

  it('#3 supplements and #4 agencies contacted: 0 → 2, 1 → 1, more → 0', () => {
    expect([0, 1, 2, 5].map((n) => points('early', { supplements: n })?.[3])).toEqual([2, 1, 0, 0]);
    expect([0, 1, 2, 5].map((n) => points('early', { agenciesContacted: n })?.[4])).toEqual([2, 1, 0, 0]);
  });

  it('#7: an upheld complaint gives 0 whatever the timeliness', () => {
    expect(points('early', { complaintUpheld: true })?.[7]).toBe(0);
    expect(points('onTime', { complaintUpheld: false })?.[7]).toBe(1);
  });

  it('leaves an indicator without source data missing (null), never scored', () => {
    expect(points('early', { supplements: null, agenciesContacted: null, complaintUpheld: null })).toEqual({
      1: 2,
      2: 2,
      3: null,
      4: null,
      7: null,
    });
  });

  it('treats missing step data as missing when the profile says so', () => {
    const strict = { ...profile, perCase: { ...profile.perCase, 2: { ...profile.perCase[2], withoutStepData: 'missing' as const } } };
    const { record, status } = scoringCase('early');
    expect(casePoints(record, status, strict)?.[2]).toBeNull();
  });
});

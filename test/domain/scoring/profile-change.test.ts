/** (c) A profile is data: changing a threshold changes results without a code change. */
import dienbien1187 from '../../../src/domain/scoring/profiles/dienbien-1187.json';
import { builtInProfile, loadProfile, scoreUnits, type UnitScoringInput } from '../../../src/domain/scoring';

const units: UnitScoringInput[] = [
  { kind: 'given', name: 'Sở Lao động, TB và XH', level: 'Tỉnh', criteria: [2, 2, 2, 2, 2, 2, 1, 2, 0], dtbCcvc: 10 },
  { kind: 'given', name: 'Sở Nông nghiệp và PTNT', level: 'Tỉnh', criteria: [2, 2, 2, 2, 2, 2, 1, 2, 1], dtbCcvc: 10 },
];

describe('a changed profile', () => {
  it('classifies Sở Lao động (15.00) as Tốt when Xuất sắc needs 16', () => {
    const edited = structuredClone(dienbien1187);
    edited.classification.bands[0].atLeast = 16;
    const [labour, agriculture] = scoreUnits(units, loadProfile(edited));
    expect(labour).toMatchObject({ total: 15, classification: 'Tốt' });
    expect(agriculture).toMatchObject({ total: 16, classification: 'Xuất sắc' });
  });

  it('leaves the built-in profile untouched', () => {
    expect(scoreUnits(units, builtInProfile('dienbien-1187'))[0].classification).toBe('Xuất sắc');
  });

  it('classifies the rounded total: 14.995 shows as 15.00 and is Xuất sắc', () => {
    // Criteria are rounded to the profile's decimals as shown, then summed: 1.995 → 2.00.
    const [score] = scoreUnits(
      [{ kind: 'given', name: 'X', level: 'Tỉnh', criteria: [2, 2, 2, 2, 2, 2, 1, 1.995, 0] }],
      builtInProfile('dienbien-1187'),
    );
    expect(score).toMatchObject({ total: 15, classification: 'Xuất sắc' });
  });

  it('ranks densely when the profile says so', () => {
    const profile = loadProfile({ ...dienbien1187, ranking: { order: ['total'], ties: 'dense' } });
    const given = (name: string, c9: number): UnitScoringInput => ({
      kind: 'given',
      name,
      level: 'Tỉnh',
      criteria: [2, 2, 2, 2, 2, 2, 2, 2, c9],
    });
    const ranks = scoreUnits([given('A', 2), given('B', 2), given('C', 1)], profile).map((s) => s.rank);
    expect(ranks).toEqual([1, 1, 2]);
  });
});

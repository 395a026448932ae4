/** (e) The profile maps TT 01 indicators to report columns; tt01-2018 keeps TT 01's own order. */
import { accumulate, builtInProfile, scoreUnits, type UnitFromCases } from '../../../src/domain/scoring';
import type { RulesProfile } from '../../../src/domain/scoring';
import { repeat, scoringCase } from './case-factory';

/**
 * 10 early + 1 on time; one case needed a supplement, one had an upheld complaint:
 * #1 = #2 = #3 = 21/11, #4 = 2, #7 = 19/11; entered #5 = 1, #6 = 2, #8 = 0; #9 from 2/11 online = 18.18 % → 1.
 */
function unitUnder(profile: RulesProfile): UnitFromCases {
  const cases = [
    scoringCase('early', { supplements: 1 }),
    scoringCase('early', { complaintUpheld: true }),
    ...repeat(8, () => scoringCase('early')),
    scoringCase('onTime'),
  ];
  return {
    kind: 'cases',
    name: 'Sở Xây dựng',
    level: 'Tỉnh',
    accumulation: accumulate(cases, profile),
    entrySheet: 'Tiêu chí bổ sung',
    entered: { 5: 1, 6: 2, 8: 0 },
    ratios: { onlineFiling: { part: 2, whole: 11 } },
  };
}

describe('report column order', () => {
  it('dienbien-1187 prints #1, #2, #3, #4, #7, #5, #6, #8, #9 with 2 decimals', () => {
    const profile = builtInProfile('dienbien-1187');
    const [score] = scoreUnits([unitUnder(profile)], profile);
    expect(score.criteria).toEqual([1.91, 1.91, 1.91, 2, 1.73, 1, 2, 0, 1]);
    expect(score.total).toBe(13.46);
    expect(score.notes).toContain('TC9: tính từ tỷ lệ hồ sơ nộp trực tuyến 18,18% (2/11)');
  });

  it('tt01-2018 prints #1 … #9 in order with 1 decimal', () => {
    const profile = builtInProfile('tt01-2018');
    const [score] = scoreUnits([unitUnder(profile)], profile);
    expect(score.criteria).toEqual([1.9, 1.9, 1.9, 2, 1, 2, 1.7, 0, 1]);
    expect(score.total).toBe(13.4);
    expect(score.classification).toBe('Tốt');
    expect(score.notes).toContain('TC9: tính từ tỷ lệ hồ sơ nộp trực tuyến 18,2% (2/11)');
  });

  it('names a missing criterion by the profile’s column', () => {
    const cases = [scoringCase('early', { complaintUpheld: null })];
    const missingUnder = (profile: RulesProfile) =>
      scoreUnits([{ ...unitUnder(profile), accumulation: accumulate(cases, profile) }], profile)[0].missing;
    expect(missingUnder(builtInProfile('dienbien-1187'))).toEqual([5]);
    expect(missingUnder(builtInProfile('tt01-2018'))).toEqual([7]);
  });
});

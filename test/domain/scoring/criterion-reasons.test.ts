/**
 * The reasons and notes a unit's row shows (RULES.md §5: a criterion without data blocks the unit and says
 * why; a unit with no case resolved in the period is «Không đánh giá», with every criterion blank).
 */
import { accumulate, builtInProfile, scoreUnits, type ScoringCase, type UnitFromCases } from '../../../src/domain/scoring';
import { repeat, scoringCase } from './case-factory';

const profile = builtInProfile('dienbien-1187');

function unit(cases: ScoringCase[], extra: Partial<UnitFromCases>): UnitFromCases {
  return {
    kind: 'cases',
    name: 'UBND xã Mường Phăng',
    level: 'Xã',
    accumulation: accumulate(cases, profile),
    entrySheet: 'Tiêu chí bổ sung',
    ...extra,
  };
}

const elevenEarly = () => repeat(11, () => scoringCase('early'));

describe('a per-case criterion entered as a blank cell (null)', () => {
  it('counts as not entered when the cases give the value: no note, nothing reported as ignored', () => {
    // dienbien-1187 column 3 = TT 01 #3; 11 early cases with 0 supplements → 2 on every criterion.
    const [score] = scoreUnits([unit(elevenEarly(), { entered: { 3: null, 5: 2, 6: 2, 8: 2, 9: 2 } })], profile);
    expect(score).toMatchObject({ status: 'scored', total: 18, ignoredEntries: [], missing: [] });
    expect(score.notes).toEqual([]);
  });

  it('says «chưa nhập giá trị» when the cases cannot give it either', () => {
    const cases = elevenEarly().map((c) => ({ ...c, record: { ...c.record, supplements: null } }));
    const [score] = scoreUnits([unit(cases, { entered: { 3: null, 5: 2, 6: 2, 8: 2, 9: 2 } })], profile);
    expect(score.missing).toEqual([3]);
    expect(score.notes[0]).toBe('TC3: 11/11 hồ sơ thiếu dữ liệu, chưa nhập giá trị ở «Tiêu chí bổ sung»');
  });
});

describe('a derivable per-unit criterion (#8) neither entered nor derivable', () => {
  const entered = { 5: 2, 6: 2, 9: 2 } as const;

  it('names the missing rate when there is none', () => {
    const [score] = scoreUnits([unit(elevenEarly(), { entered })], profile);
    expect(score.missing).toEqual([8]);
    expect(score.notes).toEqual([
      'TC8: chưa nhập điểm, không có tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn',
      'Chưa tính tổng điểm, chưa xếp loại: thiếu dữ liệu TC8',
    ]);
  });

  it('names a rate whose denominator is 0', () => {
    const ratios = { feedbackOnTime: { part: 0, whole: 0 } };
    const [score] = scoreUnits([unit(elevenEarly(), { entered, ratios })], profile);
    expect(score.notes[0]).toBe('TC8: chưa nhập điểm, tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn không xác định (mẫu số 0)');
  });
});

describe('a unit with no case resolved in the period', () => {
  it('has nine blank criteria and says why', () => {
    const [score] = scoreUnits([unit([scoringCase('withinDeadline')], { entered: { 5: 2, 6: 2, 8: 2, 9: 2 } })], profile);
    expect(score.criteria).toEqual([null, null, null, null, null, null, null, null, null]);
    expect(score.notes).toEqual(['Không có hồ sơ giải quyết xong trong kỳ']);
  });
});

/** (d) A blank criterion blocks the unit; "Không đủ thông tin" leaves it out of the total with a note. */
import dienbien1187 from '../../../src/domain/scoring/profiles/dienbien-1187.json';
import {
  builtInProfile,
  loadProfile,
  scoreUnits,
  type CriterionEntry,
  type UnitScoringInput,
} from '../../../src/domain/scoring';

const profile = builtInProfile('dienbien-1187');
const given = (name: string, criteria: CriterionEntry[]): UnitScoringInput => ({
  kind: 'given',
  name,
  level: 'Huyện',
  criteria,
  dtbCcvc: 10,
});

describe('missing data', () => {
  it('blocks total, class and rank on a blank criterion and lists its column', () => {
    const [blank, full] = scoreUnits(
      [given('UBND huyện Mường Ảng', [1.95, 1.95, 2, 2, 2, 2, 1, 2, null]), given('UBND huyện Tuần Giáo', [1.98, 1.98, 1.99, 2, 2, 2, 1, 2, 1])],
      profile,
    );
    expect(blank).toMatchObject({
      status: 'blocked',
      total: null,
      classification: null,
      rank: null,
      missing: [9],
      dtbCcvc: 10,
    });
    expect(blank.criteria).toEqual([1.95, 1.95, 2, 2, 2, 2, 1, 2, null]);
    expect(blank.notes).toEqual(['TC9: chưa có điểm', 'Chưa tính tổng điểm, chưa xếp loại: thiếu dữ liệu TC9']);
    // The blocked unit takes no rank place.
    expect(full.rank).toBe(1);
  });

  it('blocks on a value outside 0–2', () => {
    const [score] = scoreUnits([given('X', [2, 2, 2, 2, 2, 2, 3, 2, 2])], profile);
    expect(score.missing).toEqual([7]);
    expect(score.notes[0]).toBe('TC7: điểm 3 nằm ngoài khoảng 0–2');
  });

  it('leaves a "Không đủ thông tin" criterion out of the total with a note', () => {
    const [score] = scoreUnits([given('UBND huyện Mường Ảng', [1.95, 1.95, 2, 2, 2, 2, 1, 'notEnoughInfo', 2])], profile);
    expect(score).toMatchObject({ status: 'scored', total: 14.9, classification: 'Tốt', excluded: [8], missing: [] });
    expect(score.criteria[7]).toBeNull();
    expect(score.notes).toEqual(['không tính TC8']);
  });

  it('names every excluded column in one note', () => {
    const [score] = scoreUnits([given('X', [2, 2, 2, 2, 2, 2, 2, 'notEnoughInfo', 'notEnoughInfo'])], profile);
    expect(score.notes).toEqual(['không tính TC8, TC9']);
    expect(score.total).toBe(14);
  });

  it('blocks on "Không đủ thông tin" when the profile does not allow leaving criteria out', () => {
    const strict = loadProfile({ ...dienbien1187, missingData: { ...dienbien1187.missingData, notEnoughInfo: 'block' } });
    const [score] = scoreUnits([given('X', [2, 2, 2, 2, 2, 2, 2, 'notEnoughInfo', 2])], strict);
    expect(score).toMatchObject({ status: 'blocked', missing: [8], total: null });
    expect(score.notes[0]).toBe('TC8: không đủ thông tin');
  });

  it('treats an absent per-unit entry as blank', () => {
    const [score] = scoreUnits(
      [
        {
          kind: 'cases',
          name: 'X',
          level: 'Tỉnh',
          accumulation: { evaluatedCases: 1, indicators: { 1: t(2), 2: t(2), 3: t(2), 4: t(2), 7: t(2) }, handlers: new Map(), casesWithoutHandler: 1 },
          entrySheet: 'Tiêu chí bổ sung',
          entered: { 5: 2, 8: 2, 9: 'notEnoughInfo' },
        },
      ],
      profile,
    );
    // dienbien-1187 prints TT 01 #6 in column 7; #9 in column 9.
    expect(score.missing).toEqual([7]);
    expect(score.excluded).toEqual([9]);
    expect(score.notes).toContain('TC7: chưa nhập điểm');
  });
});

function t(points: number) {
  return { points, scoredCases: 1 };
}

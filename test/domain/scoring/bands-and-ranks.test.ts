/**
 * The classification and ĐTB CCVC bands at their edges, and ranking by total then ĐTB CCVC (RULES.md §5),
 * with the built-in profile dienbien-1187: Xuất sắc ≥ 15, Tốt ≥ 12, Khá ≥ 9, Trung bình ≥ 6, else Yếu;
 * ĐTB CCVC ≥ 5 «100 %», ≥ 3,5 «70 % đến dưới 100 %», else «dưới 70 %».
 */
import { builtInProfile, classify, dtbCcvcBand } from '../../../src/domain/scoring';
import { withRanks } from '../../../src/domain/scoring/rank';
import type { UnitScore } from '../../../src/domain/scoring/unit-types';

const profile = builtInProfile('dienbien-1187');

describe('bands', () => {
  it('classifies a total by the first band it reaches, and below the last as Yếu', () => {
    expect([18, 15, 14.99, 12, 9, 8.99, 6, 5.99, 0].map((t) => classify(t, profile))).toEqual(
      ['Xuất sắc', 'Xuất sắc', 'Tốt', 'Tốt', 'Khá', 'Trung bình', 'Trung bình', 'Yếu', 'Yếu'],
    );
  });

  it('labels ĐTB CCVC by the TT 01 Art. 15 completion bands', () => {
    expect([10, 5, 4.99, 3.5, 3.49, 0].map((v) => dtbCcvcBand(v, profile))).toEqual([
      'Hoàn thành 100% nhiệm vụ',
      'Hoàn thành 100% nhiệm vụ',
      'Hoàn thành từ 70% đến dưới 100% nhiệm vụ',
      'Hoàn thành từ 70% đến dưới 100% nhiệm vụ',
      'Hoàn thành dưới 70% nhiệm vụ',
      'Hoàn thành dưới 70% nhiệm vụ',
    ]);
  });
});

describe('withRanks', () => {
  // Only the fields ranking reads; the rest of a UnitScore does not take part.
  const unit = (name: string, level: UnitScore['level'], total: number | null, dtbCcvc: number | null): UnitScore =>
    ({ name, level, total, dtbCcvc }) as unknown as UnitScore;

  it('ranks each level by total, then ĐTB CCVC (a unit without one after a unit with one), ties sharing a rank', () => {
    const scores = [
      unit('A', 'Tỉnh', 16, 8),
      unit('B', 'Tỉnh', 17, null),
      unit('C', 'Tỉnh', 16, null), // same total as A, no ĐTB CCVC: after A
      unit('D', 'Tỉnh', 16, 8), // equal to A on both keys: shares its rank
      unit('E', 'Tỉnh', null, 9), // no total: not ranked
      unit('F', 'Xã', 10, 1), // another level ranks on its own
      unit('G', 'Tỉnh', 12, 9.5),
    ];
    expect(withRanks(scores, profile).map((s) => [s.name, s.rank])).toEqual([
      ['A', 2], ['B', 1], ['C', 4], ['D', 2], ['E', null], ['F', 1], ['G', 5],
    ]);
  });
});

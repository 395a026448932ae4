/** (b) Criteria derived from a case list: sums ÷ evaluated cases, per-unit entries and derivations, ĐTB CCVC. */
import {
  accumulate,
  builtInProfile,
  scoreUnits,
  type ScoringCase,
  type UnitFromCases,
} from '../../../src/domain/scoring';
import { repeat, scoringCase } from './case-factory';

const profile = builtInProfile('dienbien-1187');

function unit(cases: ScoringCase[], extra: Partial<UnitFromCases> = {}): UnitFromCases {
  return {
    kind: 'cases',
    name: 'Sở Thông tin và Truyền thông',
    level: 'Tỉnh',
    accumulation: accumulate(cases, profile),
    entrySheet: 'Tiêu chí bổ sung',
    entered: { 5: 2, 6: 2, 8: 2, 9: 2 },
    ...extra,
  };
}

const tenEarlyOneOnTime = () => [...repeat(10, () => scoringCase('early')), scoringCase('onTime')];

describe('scoring a unit from its cases', () => {
  it('derives Tiêu chí 1, 2 and 5 = 21/11 → 1.91 from 10 early + 1 on-time cases', () => {
    const [score] = scoreUnits([unit(tenEarlyOneOnTime())], profile);
    expect(score.criteria).toEqual([1.91, 1.91, 2, 2, 1.91, 2, 2, 2, 2]);
    expect(score.total).toBe(17.73);
    expect(score.classification).toBe('Xuất sắc');
    expect(score.rank).toBe(1);
    expect(score.missing).toEqual([]);
  });

  it('ignores cases not resolved in the period', () => {
    const cases = [...tenEarlyOneOnTime(), scoringCase('overdue'), scoringCase('withinDeadline'), scoringCase('withdrawn')];
    const accumulation = accumulate(cases, profile);
    expect(accumulation.evaluatedCases).toBe(11);
    expect(accumulation.indicators[1]).toEqual({ points: 21, scoredCases: 11 });
  });

  it('derives #8 and #9 from their rates when not entered; an entered value wins', () => {
    const [score] = scoreUnits(
      [
        unit(tenEarlyOneOnTime(), {
          entered: { 5: 2, 6: 2, 9: 0 },
          ratios: { feedbackOnTime: { part: 9, whole: 10 }, onlineFiling: { part: 40, whole: 100 } },
        }),
      ],
      profile,
    );
    expect(score.criteria.slice(7)).toEqual([1, 0]);
    expect(score.notes).toContain('TC8: tính từ tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn 90% (9/10)');
  });

  it.each([
    [3, 20, 1],
    [29, 100, 1],
    [30, 100, 2],
    [2, 14, 0],
  ])('#9 from %p online of %p cases → %p', (part, whole, expected) => {
    const [score] = scoreUnits(
      [unit(tenEarlyOneOnTime(), { entered: { 5: 2, 6: 2, 8: 2 }, ratios: { onlineFiling: { part, whole } } })],
      profile,
    );
    expect(score.criteria[8]).toBe(expected);
  });

  it('applies the bands to the rate as shown: 29.996 % prints as 30 % and scores 2', () => {
    const [score] = scoreUnits(
      [unit(tenEarlyOneOnTime(), { entered: { 5: 2, 6: 2, 8: 2 }, ratios: { onlineFiling: { part: 7499, whole: 25000 } } })],
      profile,
    );
    expect(score.criteria[8]).toBe(2);
  });

  it('cannot derive a rate with a zero denominator: the criterion is missing', () => {
    const [score] = scoreUnits(
      [unit(tenEarlyOneOnTime(), { entered: { 5: 2, 6: 2, 9: 2 }, ratios: { feedbackOnTime: { part: 0, whole: 0 } } })],
      profile,
    );
    expect(score.missing).toEqual([8]);
    expect(score.total).toBeNull();
  });

  it('blocks the unit when any evaluated case lacks a source value, naming the report column', () => {
    const cases = [...tenEarlyOneOnTime(), scoringCase('early', { agenciesContacted: null })];
    const [score] = scoreUnits([unit(cases)], profile);
    expect(score).toMatchObject({ status: 'blocked', total: null, classification: null, rank: null, missing: [4] });
    expect(score.criteria[3]).toBeNull();
    expect(score.notes).toEqual([
      'TC4: 1/12 hồ sơ thiếu dữ liệu, chưa nhập giá trị ở «Tiêu chí bổ sung»',
      'Chưa tính tổng điểm, chưa xếp loại: thiếu dữ liệu TC4',
    ]);
  });

  it('reports a unit with no evaluated case as "Không đánh giá"', () => {
    const [score] = scoreUnits([unit([scoringCase('withinDeadline')])], profile);
    expect(score).toMatchObject({ status: 'notEvaluated', classification: 'Không đánh giá', total: null, rank: null });
  });

  describe('ĐTB CCVC', () => {
    it('is the mean of the handlers’ scores on #1, #2, #3, #4, #7 when cases name their handler', () => {
      // An: 2 early cases → 10. Bình: 1 early, 1 late → 1 + 1 + 2 + 2 + 1 = 7. Mean 8.5.
      const cases = [
        scoringCase('early', { handler: 'An' }),
        scoringCase('early', { handler: 'An' }),
        scoringCase('early', { handler: 'Bình' }),
        scoringCase('late', { handler: 'Bình' }),
      ];
      const [score] = scoreUnits([unit(cases, { dtbCcvc: 3 })], profile);
      expect(score.dtbCcvc).toBe(8.5);
      expect(score.dtbCcvcBand).toBe('Hoàn thành 100% nhiệm vụ');
    });

    it('falls back to the entered value when no case names a handler', () => {
      const [score] = scoreUnits([unit(tenEarlyOneOnTime(), { dtbCcvc: 4.256 })], profile);
      expect(score.dtbCcvc).toBe(4.26);
      expect(score.dtbCcvcBand).toBe('Hoàn thành từ 70% đến dưới 100% nhiệm vụ');
    });

    it('says when some evaluated cases name no handler', () => {
      const cases = [scoringCase('early', { handler: 'An' }), scoringCase('early')];
      const [score] = scoreUnits([unit(cases)], profile);
      expect(score.dtbCcvc).toBe(10);
      expect(score.notes).toContain('ĐTB CCVC tính trên 1/2 hồ sơ có người xử lý');
    });

    it('breaks a tie on total', () => {
      const [a, b] = scoreUnits(
        [
          unit(tenEarlyOneOnTime(), { name: 'A', dtbCcvc: 9 }),
          unit(tenEarlyOneOnTime(), { name: 'B', dtbCcvc: 9.5 }),
        ],
        profile,
      );
      expect([a.total, b.total]).toEqual([17.73, 17.73]);
      expect([a.rank, b.rank]).toEqual([2, 1]);
    });
  });
});

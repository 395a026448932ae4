/**
 * (e) Per-case criteria typed for a unit in `Tiêu chí bổ sung`: real one-stop exports have no column for
 * TT 01 #3, #4 or the complaint flag of #7, so the unit's average may be entered. It is used only when the
 * cases cannot give the indicator; when they can, the computed value wins and the entry is reported.
 */
import dienbien1187 from '../../../src/domain/scoring/profiles/dienbien-1187.json';
import {
  accumulate,
  builtInProfile,
  loadProfile,
  scoreUnits,
  type ScoringCase,
  type UnitFromCases,
} from '../../../src/domain/scoring';
import { repeat, scoringCase } from './case-factory';

const profile = builtInProfile('dienbien-1187');

function unit(cases: ScoringCase[], extra: Partial<UnitFromCases> = {}, p = profile): UnitFromCases {
  return {
    kind: 'cases',
    name: 'UBND xã Quài Tở',
    level: 'Xã',
    accumulation: accumulate(cases, p),
    entrySheet: 'Tiêu chí bổ sung',
    ...extra,
    entered: { 5: 2, 6: 2, 8: 2, 9: 2, ...extra.entered },
  };
}

/** 10 early + 1 on-time case of an export without the #3, #4 and complaint columns. */
const exportCases = () =>
  [...repeat(10, () => scoringCase('early')), scoringCase('onTime')].map((c) => ({
    ...c,
    record: { ...c.record, supplements: null, agenciesContacted: null, complaintUpheld: null },
  }));

describe('a per-case criterion entered for the unit', () => {
  it('is used when the case list has no source column, rounded to the profile decimals, with a note', () => {
    const [score] = scoreUnits([unit(exportCases(), { entered: { 3: 1.856, 4: 2, 7: 1.5 } })], profile);
    // dienbien-1187: Tiêu chí 3, 4, 5 = TT 01 #3, #4, #7.
    expect(score.criteria).toEqual([1.91, 1.91, 1.86, 2, 1.5, 2, 2, 2, 2]);
    expect(score).toMatchObject({ status: 'scored', total: 17.18, classification: 'Xuất sắc', missing: [], ignoredEntries: [] });
    expect(score.notes).toEqual([
      'TC3: lấy theo giá trị nhập ở «Tiêu chí bổ sung» (11/11 hồ sơ thiếu dữ liệu)',
      'TC4: lấy theo giá trị nhập ở «Tiêu chí bổ sung» (11/11 hồ sơ thiếu dữ liệu)',
      'TC5: lấy theo giá trị nhập ở «Tiêu chí bổ sung» (11/11 hồ sơ thiếu dữ liệu)',
    ]);
  });

  it('is used when only some evaluated cases lack the value', () => {
    const cases = [...repeat(10, () => scoringCase('early')), scoringCase('early', { supplements: null })];
    const [score] = scoreUnits([unit(cases, { entered: { 3: 1.9 } })], profile);
    expect(score.criteria[2]).toBe(1.9);
    expect(score.notes).toContain('TC3: lấy theo giá trị nhập ở «Tiêu chí bổ sung» (1/11 hồ sơ thiếu dữ liệu)');
    expect(score.status).toBe('scored');
  });

  it('is ignored when the cases give the indicator: the computed value wins and the column is reported', () => {
    const cases = [...repeat(9, () => scoringCase('early')), scoringCase('early', { supplements: 1 }), scoringCase('early', { supplements: 2 })];
    const [score] = scoreUnits([unit(cases, { entered: { 3: 0.5, 4: 'notEnoughInfo' } })], profile);
    // (9 × 2 + 1 + 0) / 11 = 1.727… → 1.73; #4 from the cases = 2.
    expect(score.criteria.slice(2, 4)).toEqual([1.73, 2]);
    expect(score).toMatchObject({ status: 'scored', ignoredEntries: [3, 4], excluded: [], missing: [] });
    expect(score.notes).toEqual([
      'TC3: tính từ danh sách hồ sơ, không dùng giá trị nhập ở «Tiêu chí bổ sung»',
      'TC4: tính từ danh sách hồ sơ, không dùng giá trị nhập ở «Tiêu chí bổ sung»',
    ]);
  });

  it('blocks the unit when blank and the cases lack the value, saying where to enter it', () => {
    const [score] = scoreUnits([unit(exportCases(), { entered: { 4: 2 } })], profile);
    expect(score).toMatchObject({ status: 'blocked', total: null, classification: null, rank: null, missing: [3, 5] });
    expect(score.criteria.slice(2, 5)).toEqual([null, 2, null]);
    expect(score.notes).toEqual([
      'TC3: 11/11 hồ sơ thiếu dữ liệu, chưa nhập giá trị ở «Tiêu chí bổ sung»',
      'TC4: lấy theo giá trị nhập ở «Tiêu chí bổ sung» (11/11 hồ sơ thiếu dữ liệu)',
      'TC5: 11/11 hồ sơ thiếu dữ liệu, chưa nhập giá trị ở «Tiêu chí bổ sung»',
      'Chưa tính tổng điểm, chưa xếp loại: thiếu dữ liệu TC3, TC5',
    ]);
  });

  it('«Không đủ thông tin» leaves the criterion out of the total when the cases lack it', () => {
    const [score] = scoreUnits([unit(exportCases(), { entered: { 3: 'notEnoughInfo', 4: 2, 7: 2 } })], profile);
    expect(score).toMatchObject({ status: 'scored', excluded: [3], total: 15.82 });
    expect(score.notes).toEqual([
      'TC4: lấy theo giá trị nhập ở «Tiêu chí bổ sung» (11/11 hồ sơ thiếu dữ liệu)',
      'TC5: lấy theo giá trị nhập ở «Tiêu chí bổ sung» (11/11 hồ sơ thiếu dữ liệu)',
      'không tính TC3',
    ]);
  });

  it('blocks on a value outside 0–2 or one the sheet reader refused, never falling back to anything', () => {
    const [score] = scoreUnits([unit(exportCases(), { entered: { 3: 2.5, 4: { invalid: '«abc» (ô E9)' }, 7: 2 } })], profile);
    expect(score).toMatchObject({ status: 'blocked', missing: [3, 4] });
    expect(score.notes.slice(0, 2)).toEqual([
      'TC3: 11/11 hồ sơ thiếu dữ liệu; điểm 2,5 nằm ngoài khoảng 0–2',
      'TC4: 11/11 hồ sơ thiếu dữ liệu; giá trị «abc» (ô E9) không hợp lệ',
    ]);
  });

  it('takes #2 when the profile treats missing step data as missing, and ignores it when #2 is scored as #1', () => {
    const strict = loadProfile({ ...dienbien1187, perCase: { ...dienbien1187.perCase, 2: { ...dienbien1187.perCase[2], withoutStepData: 'missing' } } });
    const cases = [...repeat(10, () => scoringCase('early')), scoringCase('onTime')];
    const [asMissing] = scoreUnits([unit(cases, { entered: { 2: 1.5 } }, strict)], strict);
    expect(asMissing.criteria[1]).toBe(1.5);
    expect(asMissing.notes).toContain('TC2: lấy theo giá trị nhập ở «Tiêu chí bổ sung» (11/11 hồ sơ thiếu dữ liệu)');
    const [asIndicator1] = scoreUnits([unit(cases, { entered: { 2: 1.5 } })], profile);
    expect(asIndicator1).toMatchObject({ ignoredEntries: [2] });
    expect(asIndicator1.criteria[1]).toBe(1.91);
  });

  it('cannot give ĐTB CCVC per handler: the entered ĐTB CCVC is used instead, with a note', () => {
    const cases = exportCases().map((c, i) => ({ ...c, record: { ...c.record, handler: i % 2 ? 'An' : 'Bình' } }));
    const [score] = scoreUnits([unit(cases, { entered: { 3: 2, 4: 2, 7: 2 }, dtbCcvc: 9.25 })], profile);
    expect(score.dtbCcvc).toBe(9.25);
    expect(score.notes).toContain('ĐTB CCVC: thiếu dữ liệu chấm điểm cán bộ, dùng giá trị nhập');
  });

  it('keeps a unit with no evaluated case «Không đánh giá», whatever was entered', () => {
    const [score] = scoreUnits([unit([scoringCase('withinDeadline')], { entered: { 3: 2, 4: 2, 7: 2 } })], profile);
    expect(score).toMatchObject({ status: 'notEvaluated', classification: 'Không đánh giá', ignoredEntries: [] });
  });
});

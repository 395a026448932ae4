/**
 * One district's Biểu 1–4 from the shipped sample workbook (a real .xlsx: three districts, Mường Chà with a
 * commune without cases), built as a run builds its result sheets: the four Biểu are Mường Chà's under
 * their usual names, every other sheet stays the province's.
 */
import { readFileSync } from 'node:fs';
import { builtInProfile } from '../../src/domain/scoring';
import { scoreRunNationalIndex } from '../../src/workbook/national-index-units';
import { chooseDistrict, type DistrictChoice } from '../../src/workbook/reports/district-choice';
import { FIELD_FORM_SHEET, PROCEDURE_FORM_SHEET, UNIT_FORM_SHEET } from '../../src/workbook/reports/district-forms';
import { RATE_FORM_SHEET } from '../../src/workbook/reports/rate-form-sheet';
import { UNIT_SUMMARY_SHEET } from '../../src/workbook/reports/unit-summary-sheet';
import { buildResultSheets, chooseSheets } from '../../src/workbook/result-set';
import { scoreRun } from '../../src/workbook/score-units';
import { scoreWorkbook, type ScoreRun } from '../../src/workbook/score-workbook';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { SAMPLE_FILE } from '../support/sample-sheets';
import { contextOf, rowIndex, value, values } from './report-fixtures';

const MUONG_CHA = ['UBND huyện Mường Chà', 'UBND xã Na Sang', 'UBND xã Sa Long', 'UBND xã Mường Tùng', 'UBND xã Huổi Lèng'];

let run: ScoreRun;
beforeAll(async () => {
  run = scoreWorkbook(await readWorkbook(readFileSync(SAMPLE_FILE), 'mau-ho-so-tthc.xlsx'));
});

function sheets(district: DistrictChoice | null): Map<string, SheetModel> {
  const profile = builtInProfile('dienbien-1187');
  const built = buildResultSheets({
    run, scores: scoreRun(run, profile, null), nationalIndex: scoreRunNationalIndex(run, profile, null), issues: [], profile, ctx: contextOf(run),
    createCriteriaSheet: false, createNationalIndexSheet: false, dueWithin: 2, district,
    chosen: chooseSheets(['tong-hop', 'bieu-1', 'bieu-2', 'bieu-3', 'bieu-4']),
  });
  return new Map(built.map((m) => [m.name, m]));
}

/** A sheet's cells from column B on, in the first row (below the title) whose column B holds `name`. */
const rowOf = (model: SheetModel, name: string): unknown[] => values(model, rowIndex(model, 1, name, 5)).slice(1);
const texts = (model: SheetModel): unknown[] => model.rows.flatMap((r) => r.map(value)).filter((v) => typeof v === 'string');

describe('--district «Mường Chà» on the sample workbook', () => {
  let district: Map<string, SheetModel>;
  let province: Map<string, SheetModel>;
  beforeAll(() => {
    district = sheets(chooseDistrict(run, 'muong cha'));
    province = sheets(null);
  });

  it('writes the same sheet names as a province-wide run', () => {
    expect([...district.keys()]).toEqual([...province.keys()]);
    expect([...district.keys()]).toEqual(expect.arrayContaining([UNIT_SUMMARY_SHEET, FIELD_FORM_SHEET, UNIT_FORM_SHEET, PROCEDURE_FORM_SHEET, RATE_FORM_SHEET]));
  });

  it('Biểu 2: the district and its four communes (Huổi Lèng without cases), each row as the province-wide Biểu 2 prints it', () => {
    const mine = district.get(UNIT_FORM_SHEET)!;
    const all = province.get(UNIT_FORM_SHEET)!;
    expect(texts(mine)).toContain('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC HUYỆN MƯỜNG CHÀ CHIA THEO ĐƠN VỊ THỰC HIỆN');
    const first = rowIndex(mine, 0, 'STT') + 3;
    expect(mine.rows.slice(first, first + 6).map((r) => [value(r[0]), value(r[1])])).toEqual([...MUONG_CHA.map((u, i) => [String(i + 1), u]), ['', 'Tổng']]);
    for (const unit of MUONG_CHA) expect([unit, rowOf(mine, unit)]).toEqual([unit, rowOf(all, unit)]);
    expect(rowOf(mine, 'UBND xã Huổi Lèng').slice(-1)).toEqual(['Không phát sinh hồ sơ']);
  });

  it('Tổng: the five units’ cases, summed by hand; Biểu 4’s rates over them', () => {
    // Tổng, trực tuyến, kỳ trước, trực tiếp | đã giải quyết, đúng hạn, trễ hạn | đang giải quyết, trong hạn, quá hạn | rút, trả lại:
    // 140+55+45+50+0 = 290 = 77 + 15 + 198; 123+54+44+48 = 269 = 261 + 8; 16+1+1+1 = 19 = 15 + 4; 290 = 269 + 19 + 2.
    const total = [290, 77, 15, 198, 269, 261, 8, 19, 15, 4, 2, 4];
    expect(rowOf(district.get(UNIT_FORM_SHEET)!, 'Tổng').slice(1, 13)).toEqual(total);
    expect(rowOf(district.get(FIELD_FORM_SHEET)!, 'Tổng').slice(1, 13)).toEqual(total);
    expect(rowOf(district.get(PROCEDURE_FORM_SHEET)!, 'Tổng').slice(1, 13)).toEqual(total);
    // 8 / 290 = 2,76 % late; 4 / 290 = 1,38 % overdue.
    expect(rowOf(district.get(RATE_FORM_SHEET)!, 'Tổng').slice(1, 10)).toEqual([290, 269, 261, 8, 19, 15, 4, 2.76, 1.38]);
  });

  it('Biểu 1, 3 and 4 are titled with the district; `Tổng hợp theo đơn vị` stays the province’s', () => {
    expect(texts(district.get(FIELD_FORM_SHEET)!)).toContain('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC HUYỆN MƯỜNG CHÀ CHIA THEO LĨNH VỰC THỰC HIỆN');
    expect(texts(district.get(PROCEDURE_FORM_SHEET)!)).toContain('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC HUYỆN MƯỜNG CHÀ CHIA THEO LOẠI HỒ SƠ THỰC HIỆN');
    expect(texts(district.get(RATE_FORM_SHEET)!)).toContain('BÁO CÁO TỶ LỆ HỒ SƠ TTHC HUYỆN MƯỜNG CHÀ GIẢI QUYẾT TRỄ HẠN, QUÁ HẠN CHIA THEO ĐƠN VỊ THỰC HIỆN');
    expect(texts(district.get(PROCEDURE_FORM_SHEET)!)).not.toContain('UBND huyện Tuần Giáo');
    expect(district.get(UNIT_SUMMARY_SHEET)).toEqual(province.get(UNIT_SUMMARY_SHEET));
  });

  it('`Thông tin` says whom Biểu 1–4 cover', () => {
    const line = (sheets: Map<string, SheetModel>) => sheets.get('Thông tin')!.rows.map((r) => r.map(value)).find((r) => r[0] === 'Biểu 1–4')?.[1];
    expect(line(district)).toBe('UBND huyện Mường Chà và các xã của huyện (các sheet khác: toàn tỉnh)');
    expect(line(province)).toBe('toàn tỉnh');
  });
});

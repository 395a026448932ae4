/**
 * Issue 13: Biểu 1 (per field) and Biểu 3 (per procedure) recomputed from the workbook's case rows with
 * the forms' own grouping; a row the cases cannot decide is a warning naming it; a field or procedure row
 * is never taken for a unit. Expected figures are worked out by hand in form-fixtures.ts.
 */
import { builtInProfile } from '../../../src/domain/scoring';
import type { CellValue, SheetGrid } from '../../../src/workbook/cells';
import { reviewWorkbook, type WorkbookReview } from '../../../src/workbook/review/check';
import type { Disagreement } from '../../../src/workbook/review/disagreement';
import { RULES } from '../../../src/workbook/review/review-rules';
import { reviewVerdicts } from '../../../src/workbook/review/verdicts';
import { fieldFormSheet, procedureFormSheet } from '../../../src/workbook/reports/district-forms';
import { scoreWorkbook } from '../../../src/workbook/score-workbook';
import type { SheetModel } from '../../../src/workbook/sheet-model';
import { contextOf } from '../report-fixtures';
import { grid } from '../review-fixtures';
import { ANG_TO, bieu1, bieu3, BUNG_LAO, cases, DAT_DAI, KHAI_SINH, MUONG_ANG, PERIOD, TITLE } from './form-fixtures';

/** A written sheet as a reader sees it: values only, merged cells blank but their first. */
const gridOf = (model: SheetModel): SheetGrid => grid(model.name, model.rows.map((r) => r.map((c) => c?.value ?? null)));

const profile = builtInProfile('dienbien-1187');
const review = (...grids: SheetGrid[]): WorkbookReview => reviewWorkbook({ infos: [], grids, marker: null }, profile);
const brief = (d: Disagreement) => [d.unit, d.item, d.submitted, d.recomputed, d.difference, d.severity, `${d.sheet}!${d.column}${d.row}`];

describe('Biểu 1 and Biểu 3 with case rows', () => {
  it('agree when every figure is the cases\' (no disagreement), and name what was compared', () => {
    const r = review(...cases(), bieu1(), bieu3());
    expect(r.basis).toMatchObject({ kind: 'cases', period: { from: expect.any(Number) } });
    expect(r.tables).toEqual([
      // Rows with figures: 3 fields + 2 «Cộng» + «Tổng»; 5 procedures + «Tổng».
      { sheet: 'Biểu 1', kind: 'counts', subject: 'fields', units: 3, rows: 6 },
      { sheet: 'Biểu 3', kind: 'counts', subject: 'procedures', units: 5, rows: 6 },
    ]);
    expect(r.disagreements).toEqual([]);
    // The three units own procedure rows of Biểu 3: compared there, so each gets a verdict.
    expect(reviewVerdicts(r)).toEqual([MUONG_ANG, ANG_TO, BUNG_LAO].map((unit) => ({ unit, verdict: 'Khớp số liệu', disagreements: 0 })));
  });

  it('Biểu 1: a wrong figure is an error naming the field, the cell, printed and recomputed values', () => {
    // Đất đai cấp huyện: 1 case overdue (T1's carried-over case), typed 2; the «Cộng» and «Tổng» rows add up what was typed.
    const r = review(...cases(), bieu1(2));
    expect(r.disagreements.map(brief)).toEqual([[`Lĩnh vực «${DAT_DAI}»`, 'Đang giải quyết quá hạn', 2, 1, 1, 'error', 'Biểu 1!L8']]);
    expect(r.disagreements[0].rule).toBe('RULES §3: tính lại từ danh sách hồ sơ (sheet «Danh sách hồ sơ») theo quy tắc hiện hành');
  });

  it('Biểu 3: a wrong figure is the unit\'s under whose heading it stands, told apart from the same procedure of another unit', () => {
    // Búng Lao had 1 withdrawn case (T5), left blank (0); Ẳng Tở's Khai sinh row (no withdrawn case) agrees.
    const r = review(...cases(), bieu3(0));
    expect(r.disagreements.map(brief)).toEqual([[BUNG_LAO, `Hồ sơ rút (thủ tục «${KHAI_SINH}»)`, 0, 1, -1, 'error', 'Biểu 3!M18']]);
    expect(reviewVerdicts(r).map((v) => [v.unit, v.verdict])).toEqual([
      [MUONG_ANG, 'Khớp số liệu'],
      [ANG_TO, 'Khớp số liệu'],
      [BUNG_LAO, `Có 1 sai lệch: Hồ sơ rút (thủ tục «${KHAI_SINH}»)`],
    ]);
  });

  it('the Biểu 1 and 3 `tthc score` writes from these cases are read back without a disagreement', () => {
    const run = scoreWorkbook(cases(), PERIOD);
    const written = [fieldFormSheet(run, contextOf(run)), procedureFormSheet(run, contextOf(run))].map(gridOf);
    const r = review(...cases(), ...written);
    expect(r.tables.map((t) => [t.sheet, t.subject, t.units, t.rows])).toEqual([
      ['Biểu 1 - Lĩnh vực', 'fields', 3, 6],
      ['Biểu 3 - Thủ tục', 'procedures', 5, 6],
    ]);
    expect(r.disagreements).toEqual([]);
  });

  it('never reports a field or procedure row as a unit without cases, nor lists it among the units', () => {
    const r = review(...cases(), bieu1(), bieu3());
    expect(r.disagreements.filter((d) => d.item === 'Đơn vị' || d.rule === RULES.unknownUnit)).toEqual([]);
    expect(r.units.map((u) => u.name)).toEqual([MUONG_ANG, ANG_TO, BUNG_LAO]);
  });
});

/**
 * TT 01/2020's own wording: «Tên lĩnh vực», early and on time apart («Trả trước hạn», «Đúng thời hạn»),
 * post in a column of its own, «Từ kỳ trước chuyển sang», «Trong thời hạn»; no level headings.
 */
function variantBieu1(rows: CellValue[][]): SheetGrid {
  return grid('Sheet1', [
    ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC THEO LĨNH VỰC'],
    [TITLE],
    ['TT', 'Tên lĩnh vực', 'Số hồ sơ nhận giải quyết', null, null, null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết'],
    [null, null, 'Tổng số', 'Trực tuyến', 'Trực tiếp', 'Qua dịch vụ bưu chính công ích', 'Từ kỳ trước chuyển sang', 'Tổng số', 'Trả trước hạn', 'Đúng thời hạn', 'Quá hạn', 'Tổng số', 'Trong thời hạn', 'Quá hạn'],
    ...rows,
  ]);
}

describe('Biểu 1 in other wording, and rows the cases cannot decide', () => {
  it('reads TT 01/2020\'s wording; a field no case carries is a warning naming its row, a blank one agrees', () => {
    const r = review(...cases(), variantBieu1([
      // T1 + T2 with early apart: early 2 + 3, on time 1, late 1; in person 3 + 4, carried 1.
      [1, DAT_DAI, 11, 3, 7, null, 1, 7, 5, 1, 1, 4, 3, 1],
      // T3: 2 in person, 1 by post; on time 2, late 1. Typed with the post inside «Trực tiếp» (3): wrong in this form.
      [2, 'Hộ tịch cấp huyện', 3, null, 3, null, null, 3, null, 2, 1],
      // T4 + T5: in person 3 + 5; early 4 + 2, on time 1, late 1; open 1 + 1, within 1, overdue 1.
      [3, 'Hộ tịch cấp xã', 11, 3, 8, null, null, 8, 6, 1, 1, 2, 1, 1],
      [4, 'Chứng thực', 2, null, 2, null, null, 2, 2],
      [5, 'Nuôi con nuôi'],
      [null, 'Tổng cộng', 27, 6, 20, null, 1, 20, 13, 4, 3, 6, 4, 2],
    ]));
    expect(r.tables).toEqual([{ sheet: 'Sheet1', kind: 'counts', subject: 'fields', units: 5, rows: 6 }]);
    expect(r.disagreements.map(brief)).toEqual([
      ['Lĩnh vực «Hộ tịch cấp huyện»', 'Trực tiếp', 3, 2, 1, 'error', 'Sheet1!E6'],
      ['Lĩnh vực «Hộ tịch cấp huyện»', 'Bưu chính công ích', 0, 1, -1, 'error', 'Sheet1!F6'],
      ['Lĩnh vực «Chứng thực»', 'Lĩnh vực', 'Chứng thực', null, null, 'warning', 'Sheet1!B8'],
    ]);
    expect(r.disagreements[2].rule).toBe(
      'RULES §3: không tính lại được dòng này từ danh sách hồ sơ (sheet «Danh sách hồ sơ»): không có hồ sơ nào thuộc lĩnh vực này trong danh sách hồ sơ; chỉ kiểm tra các số trên dòng có cân đối với nhau không',
    );
  });

  it('a heading naming no field or unit of the cases, and a procedure of two units without unit headings: warnings naming the rows', () => {
    const header = bieu3().rows.slice(3, 6);
    const r = review(...cases(), grid('Biểu 3', [
      [TITLE],
      ...header,
      [null, MUONG_ANG],
      [1, 'Cấp đổi Giấy chứng nhận', 5, 1, null, 4, 3, 3, null, 2, 2],
      // A field the case list does not hold, under a unit it holds.
      [null, 'Lĩnh vực Chứng thực'],
      [2, 'Chứng thực bản sao từ bản chính', 3, null, null, 3, 3, 3],
      // A commune the case list does not hold: what its rows print cannot be recomputed.
      [null, 'UBND xã Xuân Lao'],
      [3, KHAI_SINH, 4, null, null, 4, 4, 4],
    ]), grid('Thủ tục', [
      [TITLE],
      ...header,
      // No unit heading, and Khai sinh has cases in two communes (6 + 5): which one is meant?
      [1, KHAI_SINH, 11, 3, null, 8, 8, 7, 1, 2, 1, 1, 1],
      // Cấp đổi is Mường Ảng's alone: decided without a heading, and right.
      [2, 'Cấp đổi Giấy chứng nhận', 5, 1, null, 4, 3, 3, null, 2, 2],
    ]));
    expect(r.disagreements.map(brief)).toEqual([
      ['Thủ tục «Chứng thực bản sao từ bản chính»', 'Thủ tục', 'Chứng thực bản sao từ bản chính', null, null, 'warning', 'Biểu 3!B8'],
      [`Thủ tục «${KHAI_SINH}»`, 'Thủ tục', KHAI_SINH, null, null, 'warning', 'Biểu 3!B10'],
      [`Thủ tục «${KHAI_SINH}»`, 'Thủ tục', KHAI_SINH, null, null, 'warning', 'Thủ tục!B5'],
    ]);
    expect(r.disagreements[0].rule).toContain('dòng nhóm «Lĩnh vực Chứng thực» (dòng 7) không trùng với tên lĩnh vực nào trong danh sách hồ sơ');
    expect(r.disagreements[1].rule).toContain('dòng nhóm «UBND xã Xuân Lao» (dòng 9) không trùng với tên đơn vị nào trong danh sách hồ sơ');
    expect(r.disagreements[2].rule).toContain(`thủ tục có hồ sơ của 2 đơn vị (${ANG_TO}, ${BUNG_LAO}) mà bảng không có dòng nhóm ghi tên đơn vị`);
  });
});

import { builtInProfile } from '../../src/domain/scoring';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { CRITERIA_SHEET, criteriaSheetModel, criteriaValidations } from '../../src/workbook/criteria-sheet';
import { gridFromModel } from '../../src/workbook/model-grid';
import { readCriteriaSheet } from '../../src/workbook/read-criteria';
import { scoreRun } from '../../src/workbook/score-units';
import { HEALTH, ICT, q2Context, q2Run, rowTexts } from './scoring-fixtures';

const profile = builtInProfile('dienbien-1187');
const DISTRICT = 'UBND huyện Tuần Giáo';
const UNITS = [
  { name: DISTRICT, level: 'Huyện' as const },
  { name: HEALTH, level: 'Tỉnh' as const },
  { name: ICT, level: 'Tỉnh' as const },
];
const KNOWN = UNITS.map((u) => u.name);

/** The sheet as created, with values typed into columns D… (Tiêu chí 6–9, ĐTB CCVC, Không gửi) of the named units. */
function typed(values: Record<string, CellValue[]>): SheetGrid {
  const grid = gridFromModel(criteriaSheetModel(UNITS, profile, q2Context()));
  for (const row of grid.rows) {
    const entered = typeof row[1] === 'string' ? values[row[1]] : undefined;
    entered?.forEach((v, i) => (row[3 + i] = v));
  }
  return grid;
}

const sheetRowOf = (grid: SheetGrid, name: string): number => grid.rows.findIndex((r) => r[1] === name) + 1;

describe('the Tiêu chí bổ sung sheet', () => {
  it('is an input sheet with one blank row per unit, provincial units first, columns named by report column and TT 01 indicator', () => {
    const model = criteriaSheetModel(UNITS, profile, q2Context());
    expect(model).toMatchObject({ name: CRITERIA_SHEET, kind: 'input' });
    const texts = rowTexts(model.rows);
    const header = texts.find((r) => r[0] === 'STT')!;
    expect(header).toEqual([
      'STT',
      'Tên đơn vị',
      'Cấp',
      'Tiêu chí 6 (TT01 #5): Thực hiện tiếp nhận, trả kết quả tại Bộ phận Một cửa (0, 1, 2)',
      'Tiêu chí 7 (TT01 #6): Công khai thủ tục hành chính (0, 1, 2)',
      'Tiêu chí 8 (TT01 #8): Tiếp thu, giải trình phản ánh, kiến nghị đúng hạn (0, 1, 2)',
      'Tiêu chí 9 (TT01 #9): Tiếp nhận hồ sơ trực tuyến (dịch vụ công trực tuyến) (0, 1, 2)',
      'ĐTB CCVC BP Một cửa (0–10)',
      'Không gửi kết quả',
      'Ghi chú',
    ]);
    const body = texts.slice(texts.indexOf(header) + 1);
    expect(body.map((r) => r.slice(0, 3))).toEqual([['1', HEALTH, 'Tỉnh'], ['2', ICT, 'Tỉnh'], ['3', DISTRICT, 'Huyện']]);
    expect(body.every((r) => r.slice(3).every((v) => v === ''))).toBe(true);
    const guide = texts.map((r) => r[0]).join('\n');
    expect(guide).toContain('«Không đủ thông tin»');
    expect(guide).toContain('Tiêu chí 9 (TT01 #9) — Tiếp nhận hồ sơ trực tuyến (dịch vụ công trực tuyến): 0, 1, 2 điểm. Để trống: tính từ tỷ lệ số hồ sơ nộp trực tuyến ÷ số hồ sơ tiếp nhận mới trong kỳ (từ 30%: 2 điểm; từ 15%: 1 điểm; còn lại: 0 điểm).');
    expect(guide).toContain('Tiêu chí 8 (TT01 #8) — Tiếp thu, giải trình phản ánh, kiến nghị đúng hạn: 0, 1, 2 điểm. Để trống: đơn vị chưa được tính tổng điểm.');
    expect(model.freeze).toEqual({ rows: texts.indexOf(header) + 1, cols: 2 });
  });

  it('labels the columns by the profile in use', () => {
    const header = rowTexts(criteriaSheetModel(UNITS, builtInProfile('tt01-2018'), q2Context()).rows).find((r) => r[0] === 'STT')!;
    expect(header.slice(3, 7).map((h) => h.slice(0, 20))).toEqual(['Tiêu chí 5 (TT01 #5)', 'Tiêu chí 6 (TT01 #6)', 'Tiêu chí 8 (TT01 #8)', 'Tiêu chí 9 (TT01 #9)']);
  });

  it('describes a validation per input column, down to spare rows below the units', () => {
    const model = criteriaSheetModel(UNITS, profile, q2Context());
    const headerRow = rowTexts(model.rows).findIndex((r) => r[0] === 'STT') + 1;
    const validations = criteriaValidations(model, profile);
    const range = { firstRow: headerRow + 1, lastRow: model.rows.length + 50 };
    expect(validations.map(({ prompt, ...v }) => v)).toEqual([
      ...[4, 5, 6, 7].map((column) => ({ column, ...range, kind: 'list', list: ['0', '1', '2', 'Không đủ thông tin'] })),
      { column: 8, ...range, kind: 'decimal', min: 0, max: 10 },
      { column: 9, ...range, kind: 'list', list: ['x'] },
    ]);
    expect(validations[0].prompt).toBe('Tiêu chí 6 (TT01 #5): 0, 1, 2 hoặc «Không đủ thông tin».');
  });

  it('round trip: a blank sheet reads as nothing entered, typed values come back keyed by TT 01 indicator', () => {
    const blank = readCriteriaSheet(gridFromModel(criteriaSheetModel(UNITS, profile, q2Context())), profile, KNOWN);
    expect(blank.issues).toEqual([]);
    expect([...blank.entries.keys()]).toEqual([HEALTH, ICT, DISTRICT]);
    expect(blank.entries.get(ICT)).toEqual({ entered: {}, rejected: {}, dtbCcvc: null, notSent: false });

    const read = readCriteriaSheet(typed({ [ICT]: [2, '2', 'không đủ thông tin', null, '9,5'], [HEALTH]: [0, 1, 'KHONG DU THONG TIN', 2, 8.25, 'x'] }), profile, KNOWN);
    expect(read.issues).toEqual([]);
    expect(read.entries.get(ICT)).toEqual({ entered: { 5: 2, 6: 2, 8: 'notEnoughInfo' }, rejected: {}, dtbCcvc: 9.5, notSent: false });
    expect(read.entries.get(HEALTH)).toEqual({ entered: { 5: 0, 6: 1, 8: 'notEnoughInfo', 9: 2 }, rejected: {}, dtbCcvc: 8.25, notSent: true });
  });

  it('«Không đủ thông tin» leaves the criterion out of the total, with the note; «x» in Không gửi kết quả gives «Không xếp loại»', () => {
    const { entries } = readCriteriaSheet(typed({ [ICT]: [2, 2, 'Không đủ thông tin', null, 9.5], [HEALTH]: [2, 2, 2, 2, null, 'x'] }), profile, KNOWN);
    const [ict, health] = scoreRun(q2Run(), profile, entries);
    expect(ict).toMatchObject({ status: 'scored', excluded: [8], total: 15.73, classification: 'Xuất sắc', dtbCcvc: 9.5 });
    expect(ict.criteria).toEqual([1.91, 1.91, 2, 2, 1.91, 2, 2, null, 2]);
    expect(ict.notes).toContain('không tính TC8');
    expect(health).toMatchObject({ status: 'notSent', total: null, rank: null, classification: 'Không xếp loại' });
  });

  it('reports values out of range with sheet, row and column, and does not total the unit', () => {
    const grid = typed({ [ICT]: [3, 2, 2, 'abc', 11], [HEALTH]: [-1, 2, 2, 1.5, null, 'có lẽ'] });
    const { entries, issues } = readCriteriaSheet(grid, profile, KNOWN);
    const ictRow = sheetRowOf(grid, ICT);
    const healthRow = sheetRowOf(grid, HEALTH);
    expect(issues.map((i) => [i.sheet, i.row, i.column, i.severity])).toEqual([
      [CRITERIA_SHEET, healthRow, 'D', 'error'],
      [CRITERIA_SHEET, healthRow, 'G', 'error'],
      [CRITERIA_SHEET, healthRow, 'I', 'warning'],
      [CRITERIA_SHEET, ictRow, 'D', 'error'],
      [CRITERIA_SHEET, ictRow, 'G', 'error'],
      [CRITERIA_SHEET, ictRow, 'H', 'error'],
    ]);
    expect(issues[3].message).toBe(`«${ICT}», Tiêu chí 6 (TT01 #5): «3» không hợp lệ — chỉ nhập 0, 1, 2 hoặc «Không đủ thông tin». Tiêu chí coi như chưa có điểm; đơn vị chưa được tính tổng điểm.`);
    expect(issues[5].message).toBe(`«${ICT}», ĐTB CCVC BP Một cửa: «11» không hợp lệ — nhập số từ 0 đến 10; không dùng giá trị này.`);
    expect(entries.get(ICT)).toMatchObject({ entered: { 6: 2, 8: 2 }, rejected: { 5: `«3» (ô D${ictRow})`, 9: `«abc» (ô G${ictRow})` }, dtbCcvc: null });

    const [ict, health] = scoreRun(q2Run(), profile, entries);
    // TC9 could be derived from the online share (36.36 % → 2), but a rejected entry is never replaced silently.
    expect(ict).toMatchObject({ status: 'blocked', total: null, classification: null, rank: null, missing: [6, 9] });
    expect(ict.notes).toContain(`TC9: giá trị «abc» (ô G${ictRow}) không hợp lệ`);
    expect(ict.notes).toContain(`TC6: giá trị «3» (ô D${ictRow}) không hợp lệ`);
    expect(health).toMatchObject({ status: 'blocked', missing: [6, 9] });
    expect(health.notes).toContain(`TC6: giá trị «-1» (ô D${healthRow}) không hợp lệ`);
  });

  it('finds the header anywhere, with or without the (TT01 #n) part and diacritics, and names unknown units', () => {
    const grid: SheetGrid = {
      name: 'Tieu chi bo sung',
      originRow: 3,
      originCol: 2,
      visibility: 'visible',
      rows: [
        ['Điểm tự chấm Quý II'],
        ['Ten don vi', 'Tieu chi 6', 'TIÊU CHÍ 7 (TT01 #6)', 'Tiêu chí 8: phản ánh', 'Tiêu chí 9', 'DTB CCVC', 'Khong gui ket qua'],
        [' Sở  Thông tin và Truyền thông ', 1, 2, 2, 1, 10, 'Không'],
        ['Sở y tế', 2, 2, 2, 2, null, 'Có'],
        [null, 2],
      ],
    };
    const { entries, issues } = readCriteriaSheet(grid, profile, KNOWN);
    expect(entries.get(ICT)).toEqual({ entered: { 5: 1, 6: 2, 8: 2, 9: 1 }, rejected: {}, dtbCcvc: 10, notSent: false });
    expect(entries.get('Sở y tế')?.notSent).toBe(true);
    expect(issues).toEqual([
      { sheet: 'Tieu chi bo sung', row: 6, column: 'B', severity: 'warning', message: `Đơn vị «Sở y tế» không có trong dữ liệu hồ sơ hay danh mục đơn vị; điểm nhập ở dòng này không được dùng. Có phải «${HEALTH}»? Sửa tên cho thống nhất.` },
      { sheet: 'Tieu chi bo sung', row: 7, column: 'B', severity: 'warning', message: 'Dòng có điểm nhưng thiếu tên đơn vị; không dùng dòng này.' },
    ]);
  });

  it('reads a sheet made under one profile by TT 01 indicator under another', () => {
    const { entries } = readCriteriaSheet(typed({ [ICT]: [0, 1, 2, 'Không đủ thông tin'] }), builtInProfile('tt01-2018'), KNOWN);
    expect(entries.get(ICT)?.entered).toEqual({ 5: 0, 6: 1, 8: 2, 9: 'notEnoughInfo' });
  });

  it('warns when the sheet has no recognisable header, or lacks a criterion column', () => {
    const none = readCriteriaSheet({ name: CRITERIA_SHEET, rows: [['Ghi chép']], originRow: 1, originCol: 1, visibility: 'visible' }, profile);
    expect(none.entries.size).toBe(0);
    expect(none.issues[0].message).toContain('không có dòng tiêu đề');
    const partial = readCriteriaSheet({ name: CRITERIA_SHEET, rows: [['Tên đơn vị', 'Tiêu chí 6'], [ICT, 2]], originRow: 1, originCol: 1, visibility: 'visible' }, profile);
    expect(partial.issues.map((i) => i.message)).toEqual([
      `Sheet «${CRITERIA_SHEET}» thiếu cột «Tiêu chí 7 (TT01 #6)»; tiêu chí này coi như chưa nhập.`,
      `Sheet «${CRITERIA_SHEET}» thiếu cột «Tiêu chí 8 (TT01 #8)»; tiêu chí này coi như chưa nhập.`,
      `Sheet «${CRITERIA_SHEET}» thiếu cột «Tiêu chí 9 (TT01 #9)»; tiêu chí này coi như chưa nhập.`,
    ]);
    expect(partial.entries.get(ICT)?.entered).toEqual({ 5: 2 });
  });
});

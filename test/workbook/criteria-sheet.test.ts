import dienbien1187 from '../../src/domain/scoring/profiles/dienbien-1187.json';
import { builtInProfile, loadProfile } from '../../src/domain/scoring';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { CRITERIA_SHEET, criteriaSheetModel, criteriaValidations } from '../../src/workbook/criteria-sheet';
import { gridFromModel } from '../../src/workbook/model-grid';
import { readCriteriaSheet, type CriteriaEntry } from '../../src/workbook/read-criteria';
import { missingCriteriaIssues, scoreRun } from '../../src/workbook/score-units';
import { CASE_SHEET, HEALTH, ICT, q2Context, q2Run, rowTexts, WITHOUT_TT01_COLUMNS } from './scoring-fixtures';

const profile = builtInProfile('dienbien-1187');
const DISTRICT = 'UBND huyện Tuần Giáo';
const UNITS = [
  { name: DISTRICT, level: 'Huyện' as const },
  { name: HEALTH, level: 'Tỉnh' as const },
  { name: ICT, level: 'Tỉnh' as const },
];
const KNOWN = UNITS.map((u) => u.name);

/** Columns of the sheet as created under dienbien-1187: D–F Tiêu chí 3–5 (per case), G–J Tiêu chí 6–9, K ĐTB CCVC, L Không gửi. */
const PER_CASE_FROM = 3;
const PER_UNIT_FROM = 6;

/**
 * The sheet as created, with values typed into the named units' rows from column G (Tiêu chí 6–9, ĐTB CCVC,
 * Không gửi), or from `from` (e.g. D, Tiêu chí 3).
 */
function typed(values: Record<string, CellValue[]>, from = PER_UNIT_FROM): SheetGrid {
  const grid = gridFromModel(criteriaSheetModel(UNITS, profile, q2Context()));
  for (const row of grid.rows) {
    const entered = typeof row[1] === 'string' ? values[row[1]] : undefined;
    entered?.forEach((v, i) => (row[from + i] = v));
  }
  return grid;
}

/** An entry without the cells it was read from. */
const valuesOf = (entry: CriteriaEntry | undefined): Omit<CriteriaEntry, 'cells'> | undefined => {
  if (!entry) return entry;
  const { cells: _cells, ...rest } = entry;
  return rest;
};

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
      'Tiêu chí 3 (TT01 #3): Số lần phải bổ sung hồ sơ — chỉ nhập khi danh sách hồ sơ không có cột «Số lần yêu cầu bổ sung» (0–2)',
      'Tiêu chí 4 (TT01 #4): Số cơ quan phải liên hệ để hoàn thành hồ sơ — chỉ nhập khi danh sách hồ sơ không có cột «Số cơ quan phải liên hệ» (0–2)',
      'Tiêu chí 5 (TT01 #7): Thái độ của công chức khi hướng dẫn, tiếp nhận, giải quyết hồ sơ — chỉ nhập khi danh sách hồ sơ không có cột «Phản ánh, kiến nghị» (0–2)',
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
    expect(guide).toContain('Tiêu chí 3 (TT01 #3) — Số lần phải bổ sung hồ sơ: chỉ nhập khi danh sách hồ sơ không có cột «Số lần yêu cầu bổ sung», hoặc cột này còn ô trống ở hồ sơ đã giải quyết của đơn vị.');
    expect(guide).toContain('gõ số từ 0 đến 2 (ví dụ 1,85; làm tròn 2 chữ số thập phân) hoặc «Không đủ thông tin» — các cột này không có danh sách chọn.');
    expect(model.freeze).toEqual({ rows: texts.indexOf(header) + 1, cols: 2 });
  });

  it('labels the columns by the profile in use, in its report-column order', () => {
    const header = rowTexts(criteriaSheetModel(UNITS, builtInProfile('tt01-2018'), q2Context()).rows).find((r) => r[0] === 'STT')!;
    expect(header.slice(3, 10).map((h) => h.slice(0, 20))).toEqual([
      'Tiêu chí 3 (TT01 #3)', 'Tiêu chí 4 (TT01 #4)', 'Tiêu chí 5 (TT01 #5)', 'Tiêu chí 6 (TT01 #6)', 'Tiêu chí 7 (TT01 #7)', 'Tiêu chí 8 (TT01 #8)', 'Tiêu chí 9 (TT01 #9)',
    ]);
  });

  it('adds a Tiêu chí 2 column only under a profile that does not score missing step data as #1', () => {
    const strict = loadProfile({ ...dienbien1187, perCase: { ...dienbien1187.perCase, 2: { ...dienbien1187.perCase[2], withoutStepData: 'missing' } } });
    const header = rowTexts(criteriaSheetModel(UNITS, strict, q2Context()).rows).find((r) => r[0] === 'STT')!;
    expect(header[3]).toBe('Tiêu chí 2 (TT01 #2): Thời gian xử lý của từng cơ quan so với thời gian được phân bổ — chỉ nhập khi danh sách hồ sơ không có cột «Trễ hạn bước xử lý» (0–2)');
    expect(header.filter((h) => h.startsWith('Tiêu chí'))).toHaveLength(8);
  });

  it('describes a validation per input column, down to spare rows below the units', () => {
    const model = criteriaSheetModel(UNITS, profile, q2Context());
    const headerRow = rowTexts(model.rows).findIndex((r) => r[0] === 'STT') + 1;
    const validations = criteriaValidations(model, profile);
    const range = { firstRow: headerRow + 1, lastRow: model.rows.length + 50 };
    // Columns D–F (per-case averages or «Không đủ thông tin») get none: no Excel rule allows both.
    expect(validations.map(({ prompt, ...v }) => v)).toEqual([
      ...[7, 8, 9, 10].map((column) => ({ column, ...range, kind: 'list', list: ['0', '1', '2', 'Không đủ thông tin'] })),
      { column: 11, ...range, kind: 'decimal', min: 0, max: 10 },
      { column: 12, ...range, kind: 'list', list: ['x'] },
    ]);
    expect(validations[0].prompt).toBe('Tiêu chí 6 (TT01 #5): 0, 1, 2 hoặc «Không đủ thông tin».');
  });

  it('round trip: a blank sheet reads as nothing entered, typed values come back keyed by TT 01 indicator', () => {
    const blank = readCriteriaSheet(gridFromModel(criteriaSheetModel(UNITS, profile, q2Context())), profile, KNOWN);
    expect(blank.issues).toEqual([]);
    expect([...blank.entries.keys()]).toEqual([HEALTH, ICT, DISTRICT]);
    expect(blank.entries.get(ICT)).toEqual({ entered: {}, cells: {}, dtbCcvc: null, notSent: false });

    const grid = typed({ [ICT]: [2, '2', 'không đủ thông tin', null, '9,5'], [HEALTH]: [0, 1, 'KHONG DU THONG TIN', 2, 8.25, 'x'] });
    const read = readCriteriaSheet(grid, profile, KNOWN);
    expect(read.issues).toEqual([]);
    const ictRow = sheetRowOf(grid, ICT);
    expect(read.entries.get(ICT)).toEqual({
      entered: { 5: 2, 6: 2, 8: 'notEnoughInfo' },
      cells: { 5: { sheet: CRITERIA_SHEET, row: ictRow, column: 'G' }, 6: { sheet: CRITERIA_SHEET, row: ictRow, column: 'H' }, 8: { sheet: CRITERIA_SHEET, row: ictRow, column: 'I' } },
      dtbCcvc: 9.5,
      notSent: false,
    });
    expect(valuesOf(read.entries.get(HEALTH))).toEqual({ entered: { 5: 0, 6: 1, 8: 'notEnoughInfo', 9: 2 }, dtbCcvc: 8.25, notSent: true });
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
      [CRITERIA_SHEET, healthRow, 'G', 'error'],
      [CRITERIA_SHEET, healthRow, 'J', 'error'],
      [CRITERIA_SHEET, healthRow, 'L', 'warning'],
      [CRITERIA_SHEET, ictRow, 'G', 'error'],
      [CRITERIA_SHEET, ictRow, 'J', 'error'],
      [CRITERIA_SHEET, ictRow, 'K', 'error'],
    ]);
    expect(issues[3].message).toBe(`«${ICT}», Tiêu chí 6 (TT01 #5): «3» không hợp lệ — chỉ nhập 0, 1, 2 hoặc «Không đủ thông tin». Tiêu chí coi như chưa có điểm; đơn vị chưa được tính tổng điểm.`);
    expect(issues[5].message).toBe(`«${ICT}», ĐTB CCVC BP Một cửa: «11» không hợp lệ — nhập số từ 0 đến 10; không dùng giá trị này.`);
    expect(entries.get(ICT)).toMatchObject({ entered: { 5: { invalid: `«3» (ô G${ictRow})` }, 6: 2, 8: 2, 9: { invalid: `«abc» (ô J${ictRow})` } }, dtbCcvc: null });

    const [ict, health] = scoreRun(q2Run(), profile, entries);
    // TC9 could be derived from the online share (36.36 % → 2), but a rejected entry is never replaced silently.
    expect(ict).toMatchObject({ status: 'blocked', total: null, classification: null, rank: null, missing: [6, 9] });
    expect(ict.notes).toContain(`TC9: giá trị «abc» (ô J${ictRow}) không hợp lệ`);
    expect(ict.notes).toContain(`TC6: giá trị «3» (ô G${ictRow}) không hợp lệ`);
    expect(health).toMatchObject({ status: 'blocked', missing: [6, 9] });
    expect(health.notes).toContain(`TC6: giá trị «-1» (ô G${healthRow}) không hợp lệ`);
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
    expect(valuesOf(entries.get(ICT))).toEqual({ entered: { 5: 1, 6: 2, 8: 2, 9: 1 }, dtbCcvc: 10, notSent: false });
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

describe('per-case criteria typed in Tiêu chí bổ sung', () => {
  it('reads averages 0–2 (decimal comma or point) and «Không đủ thông tin», and reports anything else with its cell', () => {
    const grid = typed({ [ICT]: [1.85, '1,5', 'Không đủ thông tin.'], [HEALTH]: ['2,5', 'abc', 3] }, PER_CASE_FROM);
    const { entries, issues } = readCriteriaSheet(grid, profile, KNOWN);
    const ictRow = sheetRowOf(grid, ICT);
    const healthRow = sheetRowOf(grid, HEALTH);
    expect(entries.get(ICT)).toMatchObject({
      entered: { 3: 1.85, 4: 1.5, 7: 'notEnoughInfo' },
      cells: { 3: { sheet: CRITERIA_SHEET, row: ictRow, column: 'D' }, 4: { row: ictRow, column: 'E' }, 7: { row: ictRow, column: 'F' } },
    });
    expect(entries.get(HEALTH)?.entered).toEqual({ 3: { invalid: `«2,5» (ô D${healthRow})` }, 4: { invalid: `«abc» (ô E${healthRow})` }, 7: { invalid: `«3» (ô F${healthRow})` } });
    expect(issues.map((i) => [i.row, i.column, i.severity])).toEqual([
      [healthRow, 'D', 'error'],
      [healthRow, 'E', 'error'],
      [healthRow, 'F', 'error'],
    ]);
    expect(issues[0].message).toBe(
      `«${HEALTH}», Tiêu chí 3 (TT01 #3): «2,5» không hợp lệ — nhập số từ 0 đến 2 (ví dụ 1,85) hoặc «Không đủ thông tin». Giá trị này không được dùng; nếu danh sách hồ sơ thiếu dữ liệu tiêu chí này, đơn vị chưa được tính tổng điểm.`,
    );
  });

  it('reads a sheet made before the per-case columns existed without any warning', () => {
    const old: SheetGrid = {
      name: CRITERIA_SHEET,
      originRow: 1,
      originCol: 1,
      visibility: 'visible',
      rows: [
        ['TIÊU CHÍ CHẤM ĐIỂM THEO ĐƠN VỊ (NHẬP BỔ SUNG)'],
        [],
        ['STT', 'Tên đơn vị', 'Cấp', 'Tiêu chí 6 (TT01 #5): Thực hiện tiếp nhận, trả kết quả tại Bộ phận Một cửa (0, 1, 2)', 'Tiêu chí 7 (TT01 #6): Công khai thủ tục hành chính (0, 1, 2)', 'Tiêu chí 8 (TT01 #8): Tiếp thu, giải trình phản ánh, kiến nghị đúng hạn (0, 1, 2)', 'Tiêu chí 9 (TT01 #9): Tiếp nhận hồ sơ trực tuyến (dịch vụ công trực tuyến) (0, 1, 2)', 'ĐTB CCVC BP Một cửa (0–10)', 'Không gửi kết quả', 'Ghi chú'],
        [1, ICT, 'Tỉnh', 2, 2, 2, null, 9, null, null],
      ],
    };
    const { entries, issues } = readCriteriaSheet(old, profile, KNOWN);
    expect(issues).toEqual([]);
    expect(valuesOf(entries.get(ICT))).toEqual({ entered: { 5: 2, 6: 2, 8: 2 }, dtbCcvc: 9, notSent: false });
    expect(scoreRun(q2Run(), profile, entries)[0]).toMatchObject({ status: 'scored', total: 17.73 });
  });

  it('are used when the case list has no column for them', () => {
    const { entries } = readCriteriaSheet(typed({ [ICT]: [1.85, 2, 1.9], [HEALTH]: ['1,5', 2, 2] }, PER_CASE_FROM), profile, KNOWN);
    for (const name of [ICT, HEALTH]) entries.get(name)!.entered = { ...entries.get(name)!.entered, 5: 2, 6: 2, 8: 2 };
    const [ict, health] = scoreRun(q2Run(WITHOUT_TT01_COLUMNS), profile, entries);
    expect(ict.criteria).toEqual([1.91, 1.91, 1.85, 2, 1.9, 2, 2, 2, 2]);
    expect(ict).toMatchObject({ status: 'scored', total: 17.57, ignoredEntries: [], entryIssues: [] });
    expect(ict.notes).toContain('TC3: lấy theo giá trị nhập ở «Tiêu chí bổ sung» (11/11 hồ sơ thiếu dữ liệu)');
    expect(health.criteria.slice(2, 5)).toEqual([1.5, 2, 2]);
  });

  it('are ignored, with a warning naming the cell, when the cases give them', () => {
    const grid = typed({ [ICT]: [1.5, null, 'Không đủ thông tin'] }, PER_CASE_FROM);
    const { entries } = readCriteriaSheet(grid, profile, KNOWN);
    entries.get(ICT)!.entered = { ...entries.get(ICT)!.entered, 5: 2, 6: 2, 8: 2 };
    const scores = scoreRun(q2Run(), profile, entries);
    const [ict] = scores;
    // The case list has «Số lần yêu cầu bổ sung» and «Phản ánh, kiến nghị» for every case: its values win.
    expect(ict.criteria).toEqual([1.91, 1.91, 2, 2, 1.91, 2, 2, 2, 2]);
    expect(ict).toMatchObject({ status: 'scored', total: 17.73, ignoredEntries: [3, 5] });
    expect(ict.notes).toContain('TC3: tính từ danh sách hồ sơ, không dùng giá trị nhập ở «Tiêu chí bổ sung»');
    const row = sheetRowOf(grid, ICT);
    expect(missingCriteriaIssues(scores, profile, CASE_SHEET).filter((i) => i.sheet === CRITERIA_SHEET && i.row !== null)).toEqual([
      { sheet: CRITERIA_SHEET, row, column: 'D', severity: 'warning', message: `«${ICT}», Tiêu chí 3 (TT01 #3): danh sách hồ sơ có đủ dữ liệu nên điểm tính từ hồ sơ (2); giá trị nhập «1,5» không được dùng. Xóa giá trị này nếu không cần.` },
      { sheet: CRITERIA_SHEET, row, column: 'F', severity: 'warning', message: `«${ICT}», Tiêu chí 5 (TT01 #7): danh sách hồ sơ có đủ dữ liệu nên điểm tính từ hồ sơ (1,91); giá trị nhập «Không đủ thông tin» không được dùng. Xóa giá trị này nếu không cần.` },
    ]);
  });

  it('block the unit when blank and the cases lack them, saying where to type them', () => {
    const { entries } = readCriteriaSheet(typed({ [ICT]: [2, 2, 2, null], [HEALTH]: [null, 2] }, PER_CASE_FROM), profile, KNOWN);
    entries.get(ICT)!.entered = { ...entries.get(ICT)!.entered, 5: 2, 6: 2, 8: 2 };
    const scores = scoreRun(q2Run(WITHOUT_TT01_COLUMNS), profile, entries);
    expect(scores.map((s) => [s.status, s.missing])).toEqual([['scored', []], ['blocked', [3, 5, 6, 7, 8]]]);
    const messages = missingCriteriaIssues(scores, profile, CASE_SHEET).map((i) => [i.sheet, i.message]);
    expect(messages[0]).toEqual([
      CASE_SHEET,
      `Đơn vị «${HEALTH}» thiếu Tiêu chí 3 (2/2 hồ sơ thiếu dữ liệu, chưa nhập giá trị ở «Tiêu chí bổ sung») — chưa tính tổng điểm, chưa xếp loại. Bổ sung cột «Số lần yêu cầu bổ sung» trong danh sách hồ sơ (đủ cho mọi hồ sơ đã giải quyết của đơn vị), hoặc nhập điểm trung bình của đơn vị ở cột «Tiêu chí 3 (TT01 #3)» của sheet «Tiêu chí bổ sung».`,
    ]);
    expect(messages[1][1]).toContain('Bổ sung cột «Phản ánh, kiến nghị» trong danh sách hồ sơ (đủ cho mọi hồ sơ đã giải quyết của đơn vị), hoặc nhập điểm trung bình của đơn vị ở cột «Tiêu chí 5 (TT01 #7)»');
    expect(messages[2]).toEqual([CRITERIA_SHEET, `Đơn vị «${HEALTH}» thiếu Tiêu chí 6 (chưa nhập điểm) — chưa tính tổng điểm, chưa xếp loại.`]);
  });
});

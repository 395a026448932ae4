/** The `Chỉ số 766 bổ sung` input sheet: made pre-filled, read back, bad values reported with their cell. */
import { builtInProfile } from '../../src/domain/scoring';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { gridFromModel } from '../../src/workbook/model-grid';
import { NATIONAL_INDEX_INPUT_SHEET } from '../../src/workbook/national-index-columns';
import { nationalIndexInputSheet } from '../../src/workbook/national-index-input-sheet';
import { nationalIndexIssues, scoreRunNationalIndex } from '../../src/workbook/national-index-units';
import { readNationalIndexSheet } from '../../src/workbook/read-national-index';
import { COMMUNE, DISTRICT, HEALTH, JUSTICE, q1Context, q1Run } from './national-index-fixtures';
import { rowTexts } from './scoring-fixtures';

const profile = builtInProfile('dienbien-1187');
const UNITS = [
  { name: COMMUNE, level: 'Xã' as const },
  { name: JUSTICE, level: 'Tỉnh' as const },
  { name: DISTRICT, level: 'Huyện' as const },
];
const KNOWN = UNITS.map((u) => u.name);
const model = nationalIndexInputSheet(UNITS, profile, q1Context());
const texts = rowTexts(model.rows);
const headerIndex = texts.findIndex((r) => r[0] === 'STT');

/** The sheet as made, with values typed from column D (the first metric) in the named units' rows. */
function typed(values: Record<string, CellValue[]>): SheetGrid {
  const grid = gridFromModel(model);
  for (const row of grid.rows) (typeof row[1] === 'string' ? values[row[1]] : undefined)?.forEach((v, i) => (row[3 + i] = v));
  return grid;
}
const sheetRow = (grid: SheetGrid, name: string): number => grid.rows.findIndex((r) => r[1] === name) + 1;

describe('the Chỉ số 766 bổ sung sheet', () => {
  it('is an input sheet with one blank row per unit, provincial units first, a column per metric the user may type', () => {
    expect(model).toMatchObject({ name: NATIONAL_INDEX_INPUT_SHEET, kind: 'input' });
    expect(texts[headerIndex]).toEqual([
      'STT', 'Tên đơn vị', 'Cấp',
      '1. Công khai, minh bạch — Hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia (0–6), chỉ nhập khi danh sách hồ sơ không có cột «Đã đồng bộ lên Cổng DVC quốc gia» [dong-bo]',
      '1. Công khai, minh bạch — Các chỉ số công khai, minh bạch còn lại (0–12) [cong-khai-khac]',
      '3. Dịch vụ công trực tuyến — Hồ sơ nộp trực tuyến (0–6), chỉ nhập khi danh sách hồ sơ không có cột «Hình thức nộp» [nop-truc-tuyen]',
      '3. Dịch vụ công trực tuyến — Các chỉ số dịch vụ công trực tuyến còn lại (0–6) [truc-tuyen-khac]',
      '4. Thanh toán trực tuyến — Hồ sơ có phí, lệ phí được thanh toán trực tuyến (phần A) (0–6), chỉ nhập khi danh sách hồ sơ không có cột «Có thu phí, lệ phí», «Thanh toán trực tuyến» [thanh-toan-ho-so]',
      '4. Thanh toán trực tuyến — Các chỉ số thanh toán trực tuyến còn lại (0–4) [thanh-toan-khac]',
      '5. Số hóa hồ sơ — Hồ sơ được số hóa khi tiếp nhận (0–8), chỉ nhập khi danh sách hồ sơ không có cột «Số hóa hồ sơ» [so-hoa-ho-so]',
      '5. Số hóa hồ sơ — Kết quả giải quyết được số hóa (0–8), chỉ nhập khi danh sách hồ sơ không có cột «Số hóa kết quả» [so-hoa-ket-qua]',
      '5. Số hóa hồ sơ — Các chỉ số số hóa còn lại (0–6) [so-hoa-khac]',
      '6. Mức độ hài lòng — Hài lòng trong tiếp nhận, giải quyết TTHC (0–6), chỉ nhập khi danh sách hồ sơ không có cột «Phản ánh, kiến nghị» [hai-long-ho-so]',
      '6. Mức độ hài lòng — Phản ánh, kiến nghị được xử lý đúng hạn (0–6) [pakn-dung-han]',
      '6. Mức độ hài lòng — Hài lòng trong xử lý phản ánh, kiến nghị (0–6) [hai-long-pakn]',
      'Ghi chú',
    ]);
    expect(texts.slice(headerIndex + 1).map((r) => r.slice(0, 3))).toEqual([['1', JUSTICE, 'Tỉnh'], ['2', DISTRICT, 'Huyện'], ['3', COMMUNE, 'Xã']]);
    expect(texts.slice(headerIndex + 1).every((r) => r.slice(3).every((v) => v === ''))).toBe(true);
    expect(texts.map((r) => r[0])).toContain('• Tiến độ giải quyết luôn tính từ danh sách hồ sơ: không nhập ở đây.');
    expect(model.freeze).toEqual({ rows: headerIndex + 1, cols: 2 });
  });

  it('allows a number from 0 to each metric’s maximum, down to spare rows below the units', () => {
    const range = { firstRow: headerIndex + 2, lastRow: model.rows.length + 50 };
    expect(model.validations!.map(({ prompt: _p, ...v }) => v)).toEqual(
      [6, 12, 6, 6, 6, 4, 8, 8, 6, 6, 6, 6].map((max, i) => ({ column: 4 + i, ...range, kind: 'decimal', min: 0, max })),
    );
    expect(model.validations![1].prompt).toBe('Công khai, minh bạch — Các chỉ số công khai, minh bạch còn lại: số từ 0 đến 12.');
  });

  it('reads a blank sheet as nothing typed, and typed values by metric id with their cells', () => {
    expect(readNationalIndexSheet(gridFromModel(model), profile, KNOWN)).toEqual({
      entries: new Map(KNOWN.map((n) => [n, { points: new Map(), cells: new Map() }])),
      issues: [],
    });
    const grid = typed({ [JUSTICE]: [null, 11.5, '4,5', '5'] });
    const { entries, issues } = readNationalIndexSheet(grid, profile, KNOWN);
    expect(issues).toEqual([]);
    const row = sheetRow(grid, JUSTICE);
    expect(entries.get(JUSTICE)).toEqual({
      points: new Map([['cong-khai-khac', 11.5], ['nop-truc-tuyen', 4.5], ['truc-tuyen-khac', 5]]),
      cells: new Map(['E', 'F', 'G'].map((column, i) => [['cong-khai-khac', 'nop-truc-tuyen', 'truc-tuyen-khac'][i], { sheet: NATIONAL_INDEX_INPUT_SHEET, row, column }])),
    });
  });

  it('reports a value not allowed at its sheet, row and column, and keeps it as invalid (never 0, never blank)', () => {
    const grid = typed({ [JUSTICE]: [7, 'mười', -1], [DISTRICT]: [null, null, null, null, null, 4.5] });
    const { entries, issues } = readNationalIndexSheet(grid, profile, KNOWN);
    const row = sheetRow(grid, JUSTICE);
    expect(issues).toEqual([
      { sheet: NATIONAL_INDEX_INPUT_SHEET, row, column: 'D', severity: 'error', message: `«${JUSTICE}», Công khai, minh bạch — Hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia: «7» không hợp lệ — nhập số từ 0 đến 6. Chỉ số coi như chưa nhập; nhóm «Công khai, minh bạch» và tổng điểm của đơn vị chưa được tính.` },
      { sheet: NATIONAL_INDEX_INPUT_SHEET, row, column: 'E', severity: 'error', message: expect.stringContaining('«mười» không hợp lệ — nhập số từ 0 đến 12.') },
      { sheet: NATIONAL_INDEX_INPUT_SHEET, row, column: 'F', severity: 'error', message: expect.stringContaining('«-1» không hợp lệ — nhập số từ 0 đến 6.') },
      { sheet: NATIONAL_INDEX_INPUT_SHEET, row: sheetRow(grid, DISTRICT), column: 'I', severity: 'error', message: expect.stringContaining('«4,5» không hợp lệ — nhập số từ 0 đến 4.') },
    ]);
    expect(entries.get(JUSTICE)!.points.get('dong-bo')).toEqual({ invalid: `«7» (ô D${row})` });
  });

  it('reports rows it does not use: an unknown unit, a repeated one, points without a name', () => {
    const grid = typed({ [JUSTICE]: [1] });
    grid.rows.push([null, 'Sở Tư Pháp', null, 2], [null, JUSTICE, null, 3], [null, null, null, 4]);
    const last = grid.rows.length;
    const { entries, issues } = readNationalIndexSheet(grid, profile, KNOWN);
    expect(issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [last - 2, 'B', `Đơn vị «Sở Tư Pháp» không có trong dữ liệu hồ sơ hay danh mục đơn vị; điểm nhập ở dòng này không được dùng. Có phải «${JUSTICE}»? Sửa tên cho thống nhất.`],
      [last - 1, 'B', `«${JUSTICE}» đã có ở dòng ${sheetRow(grid, JUSTICE)}; dùng dòng ${sheetRow(grid, JUSTICE)}, bỏ qua dòng này.`],
      [last, 'B', 'Dòng có điểm nhưng thiếu tên đơn vị; không dùng dòng này.'],
    ]);
    expect(entries.get(JUSTICE)!.points.get('dong-bo')).toBe(1);
  });

  it('says so when the header cannot be found, or a column is missing or of another profile', () => {
    const none = readNationalIndexSheet({ name: NATIONAL_INDEX_INPUT_SHEET, rows: [['Tên đơn vị', 'Điểm']], originRow: 1, originCol: 1, visibility: 'visible' }, profile, KNOWN);
    expect(none.issues[0].message).toContain('không có dòng tiêu đề gồm cột «Tên đơn vị» và các cột chỉ số');
    const grid = gridFromModel(model);
    grid.rows[headerIndex][4] = 'Điểm khác [khong-co]';
    const { issues } = readNationalIndexSheet(grid, profile, KNOWN);
    expect(issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [headerIndex + 1, null, 'Sheet «Chỉ số 766 bổ sung» thiếu cột «Công khai, minh bạch — Các chỉ số công khai, minh bạch còn lại» [cong-khai-khac]; chỉ số này coi như chưa nhập.'],
      [headerIndex + 1, 'E', 'Cột có mã [khong-co] không thuộc chỉ số 766 của quy tắc «dienbien-1187»; không đọc cột này.'],
    ]);
  });
});

describe('what Kiểm tra dữ liệu says about the national index', () => {
  it('warns at its cell about a typed value the rows made unnecessary, and counts the units without a total', () => {
    const run = q1Run();
    const grid = typed({ [JUSTICE]: [6] });
    const { entries } = readNationalIndexSheet(grid, profile, run.units.map((u) => u.name));
    const issues = nationalIndexIssues(scoreRunNationalIndex(run, profile, entries), entries);
    expect(issues).toEqual([
      {
        sheet: NATIONAL_INDEX_INPUT_SHEET, row: sheetRow(grid, JUSTICE), column: 'D', severity: 'warning',
        message: `«${JUSTICE}», Công khai, minh bạch — Hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia: danh sách hồ sơ có đủ dữ liệu nên điểm tính từ hồ sơ (5,14); giá trị nhập «6» không được dùng. Xóa giá trị này nếu không cần.`,
      },
      {
        sheet: NATIONAL_INDEX_INPUT_SHEET, row: null, column: null, severity: 'warning',
        message: 'Chỉ số 766: 4/4 đơn vị chưa có tổng điểm, chưa xếp hạng — thiếu điểm nhóm Công khai, minh bạch (4 đơn vị), Tiến độ giải quyết (1 đơn vị), Dịch vụ công trực tuyến (4 đơn vị), Thanh toán trực tuyến (4 đơn vị), Số hóa hồ sơ (4 đơn vị), Mức độ hài lòng (4 đơn vị). Nhập điểm theo Cổng Dịch vụ công quốc gia ở sheet «Chỉ số 766 bổ sung»; Tiến độ giải quyết chỉ thiếu khi đơn vị không có hồ sơ trong kỳ.',
      },
    ]);
    expect(HEALTH).toBe(run.units[1].name);
  });
});

/**
 * Unit names as offices type them, through the real command: a case list whose unit column mixes the
 * listed spelling with a capitalised variant, names typed in TCVN3 (.VnTime) and VNI, no-break and
 * zero-width spaces, a name without diacritics, and a district typed in TCVN3; the unit list itself has a
 * TCVN3 name. Names that only look different are one unit, legacy encodings are read back to Unicode, real
 * near-duplicates are kept apart — each said at its sheet, row and column, saying how the file was read.
 */
import ExcelJS from 'exceljs';
import { HEADER, issueAt, score, tempDir, writeCases } from './support';

const tmp = tempDir('unit-names');
afterAll(() => tmp.cleanup());
const CASES = 'Danh sách hồ sơ';
const LIST = 'Danh mục đơn vị';

// Q1/2024; the late ones (done after their due date) show in «DS hồ sơ trễ hạn» under their unit's name.
const ROWS: ExcelJS.CellValue[][] = [
  ['HS-01', 'Sở Tư pháp', '02/01/2024', '05/01/2024', '04/01/2024', 'Đã trả kết quả', 'Trực tuyến', null], // row 2
  ['HS-02', 'Sở Tư Pháp', '03/01/2024', '08/01/2024', '12/01/2024', 'Đã trả kết quả', 'Trực tiếp', null], // 3: late
  ['HS-03', 'Së T\u00AD ph¸p', '04/01/2024', '09/01/2024', '15/01/2024', 'Đã trả kết quả', 'Trực tiếp', null], // 4: TCVN3, late
  ['HS-04', 'UBND xaõ Thanh Nöa', '05/01/2024', '10/01/2024', '09/01/2024', 'Đã trả kết quả', 'Trực tiếp', null], // 5: VNI
  ['HS-05', 'UBND xã Thanh\u00A0Nưa', '08/01/2024', '11/01/2024', '11/01/2024', 'Đã trả kết quả', 'Trực tiếp', null], // 6
  ['HS-06', 'UBND xã Thanh Nưa\u200B', '09/01/2024', '12/01/2024', null, 'Đang xử lý', 'Trực tiếp', null], // 7
  ['HS-07', 'UBND xa Thanh Nua', '10/01/2024', '15/01/2024', '12/01/2024', 'Đã trả kết quả', 'Trực tiếp', null], // 8: no accents
  ['HS-08', 'Ban Quản lý các khu công nghiệp', '11/01/2024', '16/01/2024', '16/01/2024', 'Đã trả kết quả', 'Trực tiếp', null], // 9
  ['HS-09', 'UBND xã Thanh Luông', '12/01/2024', '17/01/2024', '17/01/2024', 'Đã trả kết quả', 'Trực tiếp', 'huyÖn §iÖn Biªn'], // 10
];

async function scoreFile() {
  const file = tmp.file('ten-don-vi.xlsx');
  await writeCases(file, ROWS, (wb) => {
    const list = wb.addWorksheet(LIST);
    list.addRow(['Tên đơn vị', 'Cấp', 'Huyện']);
    list.addRow(['Sở Tư pháp', 'Tỉnh', null]); // row 2
    list.addRow(['UBND huyện Điện Biên', 'Huyện', null]); // 3
    list.addRow(['UBND xã Thanh Nưa', 'Xã', 'huyện Điện Biên']); // 4
    list.addRow(['Ban Qu¶n lý c¸c khu c«ng nghiÖp', 'Tỉnh', null]); // 5: TCVN3
  }, { header: [...HEADER, 'Huyện'] });
  const r = await score(file, '--from', '2024-01-01', '--to', '2024-03-31');
  expect(r.code).toBe(0);
  return r;
}

describe('unit names as typed', () => {
  it('scores each unit once, under its listed Unicode name', async () => {
    const r = await scoreFile();
    const units = Object.fromEntries(r.summary!.units.map((u) => [u.name, [u.total, u.parent]]));
    expect(units).toEqual({
      'Sở Tư pháp': [3, null], // rows 2, 3 (capital P), 4 (TCVN3)
      'UBND huyện Điện Biên': [0, null],
      'UBND xã Thanh Nưa': [3, 'huyện Điện Biên'], // rows 5 (VNI), 6 (no-break space), 7 (zero-width space)
      'Ban Quản lý các khu công nghiệp': [1, null], // listed in TCVN3
      'UBND xa Thanh Nua': [1, null], // kept apart
      'UBND xã Thanh Luông': [1, 'huyện Điện Biên'], // district typed in TCVN3
    });
  });

  it('says at each name’s cell how it was read', async () => {
    const r = await scoreFile();
    const read = (sheet: string, row: number, column: string): string | undefined => issueAt(r.issues, sheet, row, column)?.message;
    expect(read(LIST, 5, 'A')).toBe('Tên đơn vị «Ban Qu¶n lý c¸c khu c«ng nghiÖp» được gõ bằng bảng mã cũ TCVN3 (phông .VnTime); đã đọc thành «Ban Quản lý các khu công nghiệp».');
    expect(read(CASES, 3, 'B')).toBe('Tên đơn vị «Sở Tư Pháp» chỉ khác tên «Sở Tư pháp» trong danh mục đơn vị (sheet «Danh mục đơn vị», dòng 2, cột A) ở chữ hoa/thường; đã gộp vào «Sở Tư pháp».');
    expect(read(CASES, 4, 'B')).toBe('Tên đơn vị «Së T\u00AD ph¸p» được gõ bằng bảng mã cũ TCVN3 (phông .VnTime); đã đọc thành «Sở Tư pháp» ở mọi dòng ghi tên này.');
    expect(read(CASES, 5, 'B')).toBe('Tên đơn vị «UBND xaõ Thanh Nöa» được gõ bằng bảng mã cũ VNI (phông VNI-Times); đã đọc thành «UBND xã Thanh Nưa» ở mọi dòng ghi tên này.');
    expect(read(CASES, 10, 'H')).toBe('Tên huyện «huyÖn §iÖn Biªn» được gõ bằng bảng mã cũ TCVN3 (phông .VnTime); đã đọc thành «huyện Điện Biên» ở mọi dòng ghi tên này.');
    expect(read(CASES, 8, 'B')).toBe(
      'Các tên đơn vị gần trùng nhau (khác nhau ở dấu) được tính là các đơn vị riêng: «UBND xã Thanh Nưa» (sheet «Danh mục đơn vị», dòng 4, cột A), «UBND xa Thanh Nua» (sheet «Danh sách hồ sơ», dòng 8, cột B). Nếu là một đơn vị, hãy sửa tên cho thống nhất.',
    );
    // Spaces and invisible characters are no news: the names look the same.
    expect(r.issues.filter((i) => i.sheet === CASES && (i.row === 6 || i.row === 7))).toEqual([]);
  });

  it('the late-case list shows the TCVN3 row under «Sở Tư pháp»', async () => {
    const r = await scoreFile();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.output);
    const ws = wb.getWorksheet('DS hồ sơ trễ hạn')!;
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).map((v) => (v === null || v === undefined ? '' : String(v)))));
    const late = rows.filter((cells) => cells.includes('HS-02') || cells.includes('HS-03'));
    expect(late).toHaveLength(2);
    for (const cells of late) expect(cells).toContain('Sở Tư pháp');
    expect(rows.flat().some((c) => c.includes('Së'))).toBe(false);
  });
});

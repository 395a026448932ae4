/**
 * Hostile cell values in an otherwise good case list: formulas and error values, dates in every shape a
 * one-stop export or a typist produces, impossible and out-of-range dates, completion or deadline before
 * receipt, duplicate case codes. A bad row is skipped with its message at sheet, row and column; the
 * rest is scored; the input never changes.
 */
import ExcelJS from 'exceljs';
import { GOOD_ROWS, issueAt, score, tempDir, writeCases, type Outcome } from './support';

const tmp = tempDir('values');
afterAll(() => tmp.cleanup());
const Q1 = ['--from', '2024-01-01', '--to', '2024-03-31'];
const SHEET = 'Danh sách hồ sơ';

/** Scores GOOD_ROWS followed by `rows` (sheet rows 5, 6, …). */
async function scoreRows(name: string, rows: ExcelJS.CellValue[][], edit?: (ws: ExcelJS.Worksheet) => void): Promise<Outcome> {
  const file = tmp.file(`${name}.xlsx`);
  await writeCases(file, [...GOOD_ROWS, ...rows], (_wb, ws) => edit?.(ws));
  const r = await score(file, ...Q1);
  expect(r.code).toBe(0);
  return r;
}

const row = (code: string, received: ExcelJS.CellValue, due: ExcelJS.CellValue = '20/03/2024', done: ExcelJS.CellValue = null, status = done ? 'Đã trả kết quả' : 'Đang xử lý'): ExcelJS.CellValue[] =>
  [code, 'Sở Tư pháp', received, due, done, status, 'Trực tiếp'];

describe('formulas and error values', () => {
  it('uses formulas’ cached results; an error value skips the row with the error named at its cell', async () => {
    const r = await scoreRows('cong-thuc', [
      row('F-1', '04/01/2024', null, null), // row 5: due by formula = receipt + 5 (a date)
      row('F-2', '04/01/2024', null), // row 6: due = #N/A from a failed lookup
      row('F-3', '04/01/2024'), // row 7: unit = #REF! (a deleted sheet)
      row('F-4', null), // row 8: receipt typed as the error value #VALUE!
      row('F-5', '05/01/2024', '12/01/2024', null), // row 9: completion formula with no cached value: never a blank
    ], (ws) => {
      ws.getCell('D5').value = { formula: 'DATE(2024,1,9)', result: new Date(Date.UTC(2024, 0, 9)) };
      ws.getCell('D5').numFmt = 'dd/mm/yyyy';
      ws.getCell('D6').value = { formula: 'VLOOKUP(A6,Hạn!A:B,2,FALSE)', result: { error: '#N/A' } };
      ws.getCell('B7').value = { formula: '#REF!B7', result: { error: '#REF!' } };
      ws.getCell('C8').value = { error: '#VALUE!' };
      ws.getCell('E9').value = { formula: 'IF(F9="x",TODAY(),"")' };
    });
    expect(r.out).toContain('Đã đọc 8 dòng hồ sơ từ sheet «Danh sách hồ sơ»; 4 dòng bị bỏ qua');
    expect(r.issues.filter((i) => i.row === 5)).toEqual([]);
    expect(issueAt(r.issues, SHEET, 6, 'D')?.message).toBe('Ngày hẹn trả: ô chứa giá trị lỗi #N/A; dòng này bị bỏ qua.');
    expect(issueAt(r.issues, SHEET, 7, 'B')?.message).toBe('Đơn vị giải quyết: ô chứa giá trị lỗi #REF!; dòng này bị bỏ qua.');
    expect(issueAt(r.issues, SHEET, 8, 'C')?.message).toBe('Ngày tiếp nhận: ô chứa giá trị lỗi #VALUE!; dòng này bị bỏ qua.');
    // Excel would store the formula's value on saving; without it the case may be finished or not: not guessed.
    expect(issueAt(r.issues, SHEET, 9, 'E')?.message).toBe(
      'Ngày trả kết quả: ô chứa công thức chưa được tính (=IF(F9="x",TODAY(),"")) — hãy mở tệp bằng Excel rồi lưu lại để có giá trị; dòng này bị bỏ qua.',
    );
    // F-1 (due by formula) is open: Sở Tư pháp has its 2 good cases and this one.
    expect(r.summary!.units.find((u) => u.name === 'Sở Tư pháp')).toMatchObject({ total: 3, inProgress: 1 });
  });

  it('an error value in an optional column is a warning, the case is kept', async () => {
    const file = tmp.file('loi-cot-phu.xlsx');
    await writeCases(file, [...GOOD_ROWS.map((r) => [...r, 0]), [...row('S-1', '04/01/2024', '09/01/2024', '05/01/2024'), null]], (_wb, ws) => {
      ws.getCell('H5').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    }, { header: [...['Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Hình thức nộp'], 'Số lần yêu cầu bổ sung'] });
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(issueAt(r.issues, SHEET, 5, 'H')?.message).toBe('Số lần yêu cầu bổ sung: ô chứa giá trị lỗi #DIV/0!; bỏ qua giá trị này.');
    expect(r.out).toContain('Đã đọc 4 dòng hồ sơ từ sheet «Danh sách hồ sơ»; 0 dòng bị bỏ qua');
  });
});

describe('dates', () => {
  it('reads every common day-first text format, Excel dates and serial numbers alike', async () => {
    const shapes: ExcelJS.CellValue[] = [
      '02/01/2024', '2/1/2024', '02-01-2024', '02.01.2024', '2/1/24', '02/01/24', '02/01/2024 08:30', '02/01/2024 08:30:15',
      '2/1/2024 8:30', '02/01/2024 8:30 SA', '02/01/2024 02:30 CH', '02/01/2024 14h30', ' 02/01/2024 ', '2024-01-02', '2024-01-02T08:30:00',
      '2024-01-02 08:30', '2024-01-02T08:30:00+07:00', '20240102083000', '20240102', new Date(Date.UTC(2024, 0, 2, 8, 30)), 45293, 45293.3541666667,
    ];
    const r = await scoreRows('dinh-dang', shapes.map((v, i) => row(`D-${i}`, v, '05/01/2024', '04/01/2024')));
    expect(r.issues.filter((i) => i.sheet === SHEET && i.row !== null && i.row >= 5)).toEqual([]);
    expect(r.out).toContain(`Đã đọc ${3 + shapes.length} dòng hồ sơ từ sheet «Danh sách hồ sơ»; 0 dòng bị bỏ qua`);
    expect(r.summary!.units.find((u) => u.name === 'Sở Tư pháp')).toMatchObject({ total: 2 + shapes.length, early: 1 + shapes.length });
  });

  it('reports impossible dates, years before 2000 or after 2100, and text that is no date, at their cells', async () => {
    const bad: [ExcelJS.CellValue, string][] = [
      ['31/02/2024', 'Ngày tiếp nhận: ngày không tồn tại (31/02/2024); dòng này bị bỏ qua.'],
      ['29/02/2023', 'Ngày tiếp nhận: ngày không tồn tại (29/02/2023); dòng này bị bỏ qua.'],
      ['31/04/24', 'Ngày tiếp nhận: ngày không tồn tại (31/04/2024); dòng này bị bỏ qua.'],
      ['12/25/2024', 'Ngày tiếp nhận: ngày không tồn tại (12/25/2024); dòng này bị bỏ qua.'], // month first: not our order
      ['15/06/1999', 'Ngày tiếp nhận: năm 1999 nằm ngoài khoảng 2000–2100; dòng này bị bỏ qua.'],
      ['01/01/2101', 'Ngày tiếp nhận: năm 2101 nằm ngoài khoảng 2000–2100; dòng này bị bỏ qua.'],
      [new Date(Date.UTC(1990, 4, 1)), 'Ngày tiếp nhận: năm 1990 nằm ngoài khoảng 2000–2100; dòng này bị bỏ qua.'],
      [36000, 'Ngày tiếp nhận: năm 1998 nằm ngoài khoảng 2000–2100; dòng này bị bỏ qua.'],
      ['02/01/2024 25:10', 'Ngày tiếp nhận: giờ không hợp lệ (25:10); dòng này bị bỏ qua.'],
      ['hôm qua', 'Ngày tiếp nhận: không đọc được ngày "hôm qua" (dùng dd/mm/yyyy); dòng này bị bỏ qua.'],
      [-5, 'Ngày tiếp nhận: số -5 không phải là ngày; dòng này bị bỏ qua.'],
    ];
    const r = await scoreRows('ngay-sai', bad.map(([v], i) => row(`B-${i}`, v)));
    bad.forEach(([, message], i) => expect(issueAt(r.issues, SHEET, 5 + i, 'C')?.message).toBe(message));
    expect(r.out).toContain(`Đã đọc ${3 + bad.length} dòng hồ sơ từ sheet «Danh sách hồ sơ»; ${bad.length} dòng bị bỏ qua`);
  });

  it('completion before receipt and deadline before receipt', async () => {
    const r = await scoreRows('truoc-tiep-nhan', [
      row('T-1', '10/01/2024', '15/01/2024', '09/01/2024 16:00'),
      row('T-2', '10/01/2024', '09/01/2024'),
    ]);
    expect(issueAt(r.issues, SHEET, 5, 'E')?.message).toBe('Ngày trả kết quả trước ngày tiếp nhận; dòng này bị bỏ qua.');
    expect(issueAt(r.issues, SHEET, 6, 'D')?.message).toBe('Hạn xử lý trước ngày tiếp nhận; dòng này bị bỏ qua.');
    expect(r.out).toContain('Đã đọc 5 dòng hồ sơ từ sheet «Danh sách hồ sơ»; 2 dòng bị bỏ qua');
  });
});

describe('duplicate case codes', () => {
  it('keeps the first row of a code and reports each repeat with the first row', async () => {
    const r = await scoreRows('trung-ma', [
      row('HS-1', '04/01/2024'), // row 5 repeats row 2
      row('HS-9', '04/01/2024'), // row 6
      row('HS-9', '05/01/2024'), // row 7 repeats row 6
      row('HS-1', '06/01/2024'), // row 8 repeats row 2
    ]);
    expect(issueAt(r.issues, SHEET, 5, 'A')?.message).toBe('Trùng mã hồ sơ «HS-1» với dòng 2; dòng này bị bỏ qua.');
    expect(issueAt(r.issues, SHEET, 7, 'A')?.message).toBe('Trùng mã hồ sơ «HS-9» với dòng 6; dòng này bị bỏ qua.');
    expect(issueAt(r.issues, SHEET, 8, 'A')?.message).toBe('Trùng mã hồ sơ «HS-1» với dòng 2; dòng này bị bỏ qua.');
    expect(r.out).toContain('Đã đọc 7 dòng hồ sơ từ sheet «Danh sách hồ sơ»; 3 dòng bị bỏ qua');
  });

  it('a list exported twice (every code repeated) is read in linear time', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => row(`HS-${10 + (i % 2000)}`, '04/01/2024', '20/03/2024', '05/01/2024'));
    const started = Date.now();
    const r = await scoreRows('xuat-hai-lan', rows);
    expect(r.out).toContain('Đã đọc 4003 dòng hồ sơ từ sheet «Danh sách hồ sơ»; 2000 dòng bị bỏ qua');
    expect(issueAt(r.issues, SHEET, 2005, 'A')?.message).toBe('Trùng mã hồ sơ «HS-10» với dòng 5; dòng này bị bỏ qua.');
    expect(Date.now() - started).toBeLessThan(30_000); // a hang guard, not a benchmark
  });
});

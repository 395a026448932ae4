/**
 * Case lists written by programs that store formulas but never calculate them (no cached value: the file
 * was never opened in Excel). Formulas of literals — DATE(…), DATE(…)+TIME(…) — are computed as Excel
 * would; any other is reported at its cell and its row skipped, never read as a blank (a finished case
 * would become one in progress, then overdue).
 */
import ExcelJS from 'exceljs';
import { issueAt, score, tempDir, writeCases } from './support';

const tmp = tempDir('formulas');
afterAll(() => tmp.cleanup());
const Q1 = ['--from', '2024-01-01', '--to', '2024-03-31'];
const SHEET = 'Danh sách hồ sơ';
const formula = (text: string): ExcelJS.CellFormulaValue => ({ formula: text });

describe('formulas stored without their value', () => {
  it('DATE and TIME formulas of a generated export are computed, shared ones too', async () => {
    const file = tmp.file('ngay-bang-cong-thuc.xlsx');
    await writeCases(file, [
      ['HS-1', 'Sở Tư pháp', '02/01/2024 08:00', '05/01/2024', formula('DATE(2024,1,4)+TIME(9,0,0)'), 'Đã trả kết quả', 'Trực tuyến'],
      ['HS-2', 'Sở Tư pháp', '03/01/2024 08:00', formula('DATE(2024,1,8)'), formula('DATE(2024,1,8) + TIME(16,0,0)'), 'Đã trả kết quả', 'Trực tiếp'],
      ['HS-3', 'Sở Tư pháp', '31/01/2024 08:00', '07/02/2024', formula('DATE(2024,2,16)'), 'Đã trả kết quả', 'Trực tiếp'],
      ['HS-4', 'Sở Tư pháp', '01/03/2024 08:00', null, null, 'Đang xử lý', 'Trực tiếp'],
      ['HS-5', 'Sở Tư pháp', '04/03/2024 08:00', null, null, 'Đang xử lý', 'Trực tiếp'],
    ], (_wb, ws) => {
      // One deadline for two rows as a shared formula: the second cell holds no text, only the group's index.
      ws.getCell('D5').value = { formula: 'DATE(2024,3,29)', shareType: 'shared', ref: 'D5:D6' } as ExcelJS.CellFormulaValue;
      ws.getCell('D6').value = { sharedFormula: 'D5' };
      for (const col of ['D', 'E']) ws.getColumn(col).numFmt = 'dd/mm/yyyy hh:mm';
    });
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(r.issues.filter((i) => i.sheet === SHEET && i.row !== null)).toEqual([]);
    expect(r.out).toContain('Đã đọc 5 dòng hồ sơ từ sheet «Danh sách hồ sơ»; 0 dòng bị bỏ qua');
    // HS-1 early, HS-2 on time (16:00 on its due day), HS-3 late (across Tết); HS-4 and HS-5 overdue at 31/03.
    expect(r.summary!.units[0]).toMatchObject({ name: 'Sở Tư pháp', total: 5, early: 1, onTime: 1, late: 1, inProgress: 2, overdue: 2 });
  });

  it('a formula only Excel can calculate (TODAY, VLOOKUP) is reported at its cell with the fix, not taken as blank', async () => {
    // No status column: a blank completion date would make each of these cases one still in progress.
    const header = ['Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Hình thức nộp'];
    const file = tmp.file('cong-thuc-can-excel.xlsx');
    await writeCases(file, [
      ['HS-1', 'UBND xã Thanh Minh', '02/01/2024', '05/01/2024', null, 'Trực tiếp'],
      ['HS-2', 'UBND xã Thanh Minh', '03/01/2024', '08/01/2024', null, 'Trực tiếp'],
      ['HS-3', 'UBND xã Thanh Minh', '04/01/2024', '09/01/2024', formula('TODAY()-3'), 'Trực tiếp'],
      ['HS-4', 'UBND xã Thanh Minh', '05/01/2024', '10/01/2024', '09/01/2024', 'Trực tiếp'],
    ], (_wb, ws) => {
      ws.getCell('E2').value = { formula: "VLOOKUP(A2,'Kết quả'!$A:$B,2,FALSE)", shareType: 'shared', ref: 'E2:E3' } as ExcelJS.CellFormulaValue;
      ws.getCell('E3').value = { sharedFormula: 'E2' };
    }, { header });
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    const fix = '— hãy mở tệp bằng Excel rồi lưu lại để có giá trị; dòng này bị bỏ qua.';
    // The shared formula is named as it reads in its own cell (A3, not the group's A2).
    expect(issueAt(r.issues, SHEET, 2, 'E')?.message).toBe(`Ngày trả kết quả: ô chứa công thức chưa được tính (=VLOOKUP(A2,'Kết quả'!$A:$B,2,FALSE)) ${fix}`);
    expect(issueAt(r.issues, SHEET, 3, 'E')?.message).toBe(`Ngày trả kết quả: ô chứa công thức chưa được tính (=VLOOKUP(A3,'Kết quả'!$A:$B,2,FALSE)) ${fix}`);
    expect(issueAt(r.issues, SHEET, 4, 'E')?.message).toBe(`Ngày trả kết quả: ô chứa công thức chưa được tính (=TODAY()-3) ${fix}`);
    expect(r.out).toContain('Đã đọc 4 dòng hồ sơ từ sheet «Danh sách hồ sơ»; 3 dòng bị bỏ qua');
    expect(r.summary!.units[0]).toMatchObject({ name: 'UBND xã Thanh Minh', total: 1, resolved: 1, inProgress: 0 });
  });
});

/**
 * Case lists whose rows are not all cases, or whose dates sit in unexpected columns, through the real
 * command: a sparse «Ngày hẹn trả mới» beside «Ngày hẹn trả», a second table pasted under the first with
 * another column order, note rows and lone case codes among QĐ 766 group rows, completions in the very
 * minute of the due time. Every figure below is counted by hand from the rows written.
 */
import ExcelJS from 'exceljs';
import { issueAt, score, tempDir, type Outcome } from './support';

const tmp = tempDir('rows');
afterAll(() => tmp.cleanup());
const Q1 = ['--from', '2024-01-01', '--to', '2024-03-31'];
const SHEET = 'Danh sách hồ sơ';

/** A TD-style export: merged title on row 1, a blank row 2, the header on row 3, then `rows`. */
async function writeExport(name: string, header: string[], rows: ExcelJS.CellValue[][]): Promise<string> {
  const file = tmp.file(`${name}.xlsx`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(['DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ I/2024']);
  ws.mergeCells(1, 1, 1, header.length);
  ws.addRow([]);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
  return file;
}

const unit = (r: Outcome, name: string) => r.summary!.units.find((u) => u.name === name);

/** The output's row for a unit in `sheet`, by the unit name in column B, as {header: value}. */
async function sheetRow(output: string, sheet: string, name: string): Promise<ExcelJS.CellValue[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  const ws = wb.getWorksheet(sheet)!;
  let found: ExcelJS.CellValue[] | null = null;
  ws.eachRow((row) => {
    if (row.getCell(2).value === name) found = (row.values as ExcelJS.CellValue[]).slice(1);
  });
  if (!found) throw new Error(`no row «${name}» in «${sheet}»`);
  return found;
}

describe('a sparse «Ngày hẹn trả mới» beside «Ngày hẹn trả» (RULES.md §2)', () => {
  const HEADER = ['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày hẹn trả mới', 'Ngày kết thúc xử lý', 'Trạng thái', 'Loại tiếp nhận'];
  const TP = 'Sở Tư pháp';
  const TM = 'UBND xã Thanh Minh';
  const P = 'Cấp Phiếu lý lịch tư pháp';
  // Rows 4–13. Two cases were re-appointed after an apology (rows 6 and 8); eight have no new date.
  const ROWS: ExcelJS.CellValue[][] = [
    [1, 'TP-1', P, TP, '02/01/2024 08:00:00', '05/01/2024 17:00:00', null, '04/01/2024 09:00:00', 'Đã trả kết quả', 'Nộp trực tuyến'], // early
    [2, 'TP-2', P, TP, '03/01/2024 08:00:00', '08/01/2024 17:00:00', null, '08/01/2024 16:00:00', 'Đã trả kết quả', 'Trực tiếp'], // on time
    // Due 10/1, re-appointed to 17/1, done 15/1: late against the original date by Thu 11, Fri 12, Mon 15 = 3 days.
    [3, 'TP-3', P, TP, '04/01/2024 08:00:00', '10/01/2024 17:00:00', '17/01/2024 17:00:00', '15/01/2024 10:00:00', 'Đã trả kết quả', 'Trực tiếp'],
    [4, 'TP-4', P, TP, '05/01/2024 08:00:00', '12/01/2024 17:00:00', null, '12/01/2024 17:00:00', 'Đã trả kết quả', 'Trực tiếp'], // on time
    // Due 22/3, re-appointed to 29/3, still open on 31/3: overdue against the original date.
    [5, 'TP-5', P, TP, '01/03/2024 08:00:00', '22/03/2024 17:00:00', '29/03/2024 17:00:00', null, 'Đang xử lý', 'Trực tiếp'],
    [6, 'TP-6', P, TP, '02/02/2024 08:00:00', '07/02/2024 17:00:00', null, '06/02/2024 10:00:00', 'Đã trả kết quả', 'Trực tiếp'], // early
    [7, 'TM-1', 'Đăng ký khai sinh', TM, '08/01/2024', '09/01/2024', null, '09/01/2024', 'Đã trả kết quả', 'Trực tiếp'], // on time
    [8, 'TM-2', 'Đăng ký khai sinh', TM, '08/01/2024', '10/01/2024', null, '09/01/2024', 'Đã trả kết quả', 'Trực tiếp'], // early
    [9, 'TM-3', 'Đăng ký kết hôn', TM, '15/01/2024', '17/01/2024', null, '18/01/2024', 'Đã trả kết quả', 'Trực tiếp'], // late, 1 day
    [10, 'TM-4', 'Đăng ký kết hôn', TM, '01/03/2024', '05/04/2024', null, null, 'Đang xử lý', 'Trực tiếp'], // within deadline
  ];

  it('reads all ten rows, judges lateness by the original due date and counts the two re-appointed cases apart', async () => {
    const file = await writeExport('hen-tra-moi', HEADER, ROWS);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    // Before: «Ngày hẹn trả mới» was the due column, and 8 of the 10 rows were skipped as «Thiếu hạn xử lý».
    expect(r.out).toContain(`Đã đọc 10 dòng hồ sơ từ sheet «${SHEET}»; 0 dòng bị bỏ qua`);
    expect(r.issues.filter((i) => i.row !== null)).toEqual([]);
    expect(unit(r, TP)).toMatchObject({ total: 6, resolved: 5, early: 2, onTime: 2, late: 1, inProgress: 1, withinDeadline: 0, overdue: 1, extended: 2 });
    expect(unit(r, TM)).toMatchObject({ total: 4, resolved: 3, early: 1, onTime: 1, late: 1, inProgress: 1, withinDeadline: 1, overdue: 0, extended: 0 });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.output);
    // The mapping in «Thông tin» names the new column as its own field.
    const info: string[] = [];
    wb.getWorksheet('Thông tin')!.eachRow((row) => info.push(`${row.getCell(1).value} | ${row.getCell(2).value}`));
    expect(info).toContain('Cột «Hạn xử lý» | Cột F: «Ngày hẹn trả»');
    expect(info).toContain('Cột «Ngày hẹn trả mới» | Cột G: «Ngày hẹn trả mới»');
    // «Tổng hợp theo đơn vị» has a column for them, summed in the province total.
    const summary = wb.getWorksheet('Tổng hợp theo đơn vị')!;
    let column = 0;
    summary.eachRow((row) => row.eachCell((c, n) => (c.value === 'Có hẹn lại (gia hạn)' ? (column = n) : undefined)));
    expect(column).toBe(23);
    expect((await sheetRow(r.output, 'Tổng hợp theo đơn vị', TP))[column - 1]).toBe(2);
    expect((await sheetRow(r.output, 'Tổng hợp theo đơn vị', TM))[column - 1]).toBe(0);
    expect((await sheetRow(r.output, 'Tổng hợp theo đơn vị', 'TỔNG CỘNG TOÀN TỈNH'))[column - 1]).toBe(2);
  });

  it('with only «Ngày hẹn trả mới» and no original due date: uses it as the due date and says so at its header', async () => {
    const header = HEADER.filter((h) => h !== 'Ngày hẹn trả');
    const rows = ROWS.slice(0, 3).map((row) => [...row.slice(0, 5), row[6] ?? row[5], ...row.slice(7)]);
    const r = await score(await writeExport('chi-hen-tra-moi', header, rows), ...Q1);
    expect(r.code).toBe(0);
    expect(issueAt(r.issues, SHEET, 3, 'F')?.message).toBe(
      'Không có cột «Hạn xử lý» (hạn ban đầu) hay «Thời hạn giải quyết (ngày làm việc)»: dùng cột «Ngày hẹn trả mới» làm hạn xử lý. Hồ sơ đã có ngày hẹn trả mới có thể được tính đúng hạn dù trễ so với hạn ban đầu, và không đếm được số hồ sơ có hẹn lại.',
    );
    // TP-3 is judged against 17/1 here, the only date the file gives: early; nothing counts as extended.
    expect(unit(r, TP)).toMatchObject({ total: 3, early: 2, onTime: 1, late: 0, extended: 0 });
  });
});

describe('a second table pasted under the first, with another column order', () => {
  const FIRST = ['STT', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Hình thức nộp'];
  const SECOND = ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày trả kết quả', 'Ngày hẹn trả', 'Trạng thái', 'Hình thức nộp', 'Đơn vị giải quyết'];

  async function write(name: string, second: string[], secondRows: ExcelJS.CellValue[][]): Promise<string> {
    return writeExport(name, FIRST, [
      [1, 'TP-1', 'Sở Tư pháp', '02/01/2024', '05/01/2024', '04/01/2024', 'Đã trả kết quả', 'Trực tiếp'], // row 4: early
      [2, 'TP-2', 'Sở Tư pháp', '03/01/2024', '08/01/2024', '09/01/2024', 'Đã trả kết quả', 'Trực tiếp'], // row 5: late
      [], // row 6
      ['DANH SÁCH HỒ SƠ UBND XÃ THANH MINH'], // row 7: the second export's title
      second, // row 8
      ...secondRows, // rows 9–
    ]);
  }

  it('reads the rows under the second header with its own columns', async () => {
    const file = await write('hai-bang', SECOND, [
      [1, 'TM-1', '08/01/2024', '09/01/2024', '12/01/2024', 'Đã trả kết quả', 'Trực tuyến', 'UBND xã Thanh Minh'], // early (done 9/1, due 12/1)
      [2, 'TM-2', '08/01/2024', '10/01/2024', '10/01/2024', 'Đã trả kết quả', 'Trực tiếp', 'UBND xã Thanh Minh'], // on time
      [3, 'TM-3', '15/01/2024', '19/01/2024', '17/01/2024', 'Đã trả kết quả', 'Trực tiếp', 'UBND xã Thanh Minh'], // late
    ]);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Đã đọc 5 dòng hồ sơ từ sheet «${SHEET}»; 0 dòng bị bỏ qua`);
    // Read with the first table's columns TM-1 would have been due 9/1, done 12/1: late.
    expect(unit(r, 'UBND xã Thanh Minh')).toMatchObject({ total: 3, early: 1, onTime: 1, late: 1, online: 1 });
    expect(unit(r, 'Sở Tư pháp')).toMatchObject({ total: 2, early: 1, late: 1 });
    expect(issueAt(r.issues, SHEET, 8, null)?.message).toBe(
      'Dòng 8 là tiêu đề của một bảng khác, thứ tự cột khác tiêu đề ở dòng 3 («Đơn vị giải quyết» cột C → H; «Ngày tiếp nhận» cột D → C; «Ngày trả kết quả» cột F → D; «Trạng thái» cột G → F; «Hình thức nộp» cột H → G): các dòng bên dưới được đọc theo tiêu đề này.',
    );
  });

  it('refuses the rows under a second header that lacks a required column, and says which rows', async () => {
    const second = ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái', 'Hình thức nộp', 'Đơn vị giải quyết'];
    const file = await write('hai-bang-thieu-cot', second, [
      [1, 'TM-1', '08/01/2024', '12/01/2024', 'Đã trả kết quả', 'Trực tuyến', 'UBND xã Thanh Minh'],
      [2, 'TM-2', '08/01/2024', '10/01/2024', 'Đang xử lý', 'Trực tiếp', 'UBND xã Thanh Minh'],
    ]);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Đã đọc 4 dòng hồ sơ từ sheet «${SHEET}»; 2 dòng bị bỏ qua`);
    expect(unit(r, 'UBND xã Thanh Minh')).toBeUndefined();
    expect(issueAt(r.issues, SHEET, 8, null)?.message).toBe(
      'Dòng 8 là tiêu đề của một bảng khác (thứ tự cột khác tiêu đề ở dòng 3) nhưng thiếu cột bắt buộc «Ngày trả kết quả»: 2 dòng bên dưới (dòng 9–10) không được đọc. Chuyển bảng này sang sheet riêng hoặc sửa dòng tiêu đề.',
    );
  });
});

describe('one-cell rows in a QĐ 766 list: group units, notes, lone codes', () => {
  const HEADER = ['STT', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'];
  const done = (stt: number, code: string, unitName: string | null, received: string, due: string, completed: string): ExcelJS.CellValue[] =>
    [stt, code, unitName, received, due, completed, 'Đã trả kết quả'];

  it('groups by agency rows, never by a note; a lone code is an error row', async () => {
    const file = await writeExport('nhom-ghi-chu', HEADER, [
      ['Sở Tư pháp'], // row 4: group
      done(1, 'TP-1', null, '02/01/2024', '05/01/2024', '04/01/2024'), // early
      done(2, 'TP-2', null, '03/01/2024', '08/01/2024', '09/01/2024'), // late
      [null, 'TP-3'], // row 7: only the code survived a paste
      ['UBND xã Thanh Minh'], // row 8: group
      done(1, 'TM-1', null, '08/01/2024', '09/01/2024', '09/01/2024'), // on time
      ['Ghi chú: Hồ sơ trễ hạn đã có văn bản xin lỗi'], // row 10: a note, not a unit
      done(2, 'TM-2', null, '15/01/2024', '17/01/2024', '16/01/2024'), // row 11: still Thanh Minh, early
      [],
      ['Người lập biểu'], // row 13: signature line
    ]);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Đã đọc 5 dòng hồ sơ từ sheet «${SHEET}»; 1 dòng bị bỏ qua`);
    expect(r.summary!.units.map((u) => u.name).sort()).toEqual(['Sở Tư pháp', 'UBND xã Thanh Minh']);
    expect(unit(r, 'Sở Tư pháp')).toMatchObject({ total: 2, early: 1, late: 1 });
    expect(unit(r, 'UBND xã Thanh Minh')).toMatchObject({ total: 2, early: 1, onTime: 1 });
    expect(issueAt(r.issues, SHEET, 7, 'B')?.message).toBe('Dòng chỉ có mã hồ sơ «TP-3», không có ngày tiếp nhận, đơn vị hay dữ liệu nào khác; dòng này bị bỏ qua.');
    expect(issueAt(r.issues, SHEET, 4, 'A')?.message).toBe('2 dòng không có tên đơn vị lấy tên đơn vị từ dòng nhóm «Sở Tư pháp» (dòng 4).');
    expect(issueAt(r.issues, SHEET, 8, 'A')?.message).toBe('2 dòng không có tên đơn vị lấy tên đơn vị từ dòng nhóm «UBND xã Thanh Minh» (dòng 8).');
    expect(issueAt(r.issues, SHEET, 10, 'A')?.message).toBe(
      'Dòng 10 («Ghi chú: Hồ sơ trễ hạn đã có văn bản xin lỗi») là dòng ghi chú, không phải tên đơn vị: 1 dòng bên dưới không có tên đơn vị không lấy tên từ dòng này mà được tính cho đơn vị «UBND xã Thanh Minh» của dòng nhóm ở dòng 8.',
    );
    expect(r.issues.filter((i) => i.row === 13)).toEqual([]); // nothing below it took it
  });

  it('a note above rows with a blank unit cell no longer makes a unit «Ghi chú: …»', async () => {
    const file = await writeExport('ghi-chu-dau-bang', HEADER, [
      ['Ghi chú: các hồ sơ có dấu (*) là hồ sơ liên thông'], // row 4
      done(1, 'TP-1', 'Sở Tư pháp', '02/01/2024', '05/01/2024', '04/01/2024'),
      done(2, 'TP-2 (*)', null, '03/01/2024', '08/01/2024', '08/01/2024'), // row 6: unit cell left blank
      done(3, 'TP-3', 'Sở Tư pháp', '03/01/2024', '08/01/2024', '09/01/2024'),
    ]);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(r.summary!.units.map((u) => u.name)).toEqual(['Sở Tư pháp']);
    expect(unit(r, 'Sở Tư pháp')).toMatchObject({ total: 2, early: 1, late: 1 });
    expect(issueAt(r.issues, SHEET, 6, 'C')?.message).toBe('Thiếu tên đơn vị giải quyết; dòng này bị bỏ qua.');
    expect(issueAt(r.issues, SHEET, 4, 'A')?.message).toBe(
      'Dòng 4 («Ghi chú: các hồ sơ có dấu (*) là hồ sơ liên thông») là dòng ghi chú, không phải tên đơn vị: 1 dòng bên dưới không có tên đơn vị không lấy tên từ dòng này mà bị bỏ qua vì thiếu tên đơn vị.',
    );
  });
});

describe('completion in the very minute of the due time (RULES.md §3)', () => {
  it('is on time in the due minute (seconds dropped) and on the due day without times; late a minute after', async () => {
    const header = ['Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày giờ hẹn trả', 'Ngày giờ trả kết quả', 'Trạng thái'];
    const file = await writeExport('cung-phut', header, [
      ['P-1', 'Sở Tư pháp', '02/01/2024 08:00:00', '05/01/2024 17:00:00', '05/01/2024 17:00:45', 'Đã trả kết quả'], // on time
      ['P-2', 'Sở Tư pháp', '02/01/2024 08:00:00', '05/01/2024 17:00:00', '05/01/2024 17:01:00', 'Đã trả kết quả'], // late, 0 days
      ['P-3', 'Sở Tư pháp', '02/01/2024', '05/01/2024', '05/01/2024', 'Đã trả kết quả'], // on time
      ['P-4', 'Sở Tư pháp', '02/01/2024', '05/01/2024', '05/01/2024 16:59', 'Đã trả kết quả'], // on time
    ]);
    const r = await score(file, ...Q1);
    expect(r.code).toBe(0);
    expect(unit(r, 'Sở Tư pháp')).toMatchObject({ total: 4, early: 0, onTime: 3, late: 1, lateRateOfResolved: 25 });
  });
});

/**
 * Rows that are not cases, among the cases: a second table's header with another column order, a note
 * under the table, a case code alone. Each is read the way the message says, never silently.
 */
import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import { formatIso } from '../../src/domain/dates';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { findCaseTable } from '../../src/workbook/find-table';
import { readCases } from '../../src/workbook/read-cases';

const HEADER = ['STT', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'];

function read(rows: CellValue[][], header: CellValue[][] = [HEADER]) {
  const grid: SheetGrid = { name: 'Hồ sơ', rows: [...header, ...rows], originRow: 1, originCol: 1, visibility: 'visible' };
  const { best } = findCaseTable([grid]);
  if (!best) throw new Error('table not found');
  return readCases(grid, best, WorkCalendar.builtIn());
}

const iso = (v: { day: number } | null | undefined): string | null => (v ? formatIso(v.day) : null);

describe('a second header row lower in the sheet', () => {
  // The second table puts the completion before the due date and the unit last.
  const SECOND = ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày trả kết quả', 'Ngày hẹn trả', 'Trạng thái', 'Đơn vị giải quyết'];

  it('reads the rows below it with its own columns, and says so at its row', () => {
    const r = read([
      [1, 'A-1', 'Sở Tư pháp', '01/02/2024', '05/02/2024', '02/02/2024', 'Đã trả kết quả'],
      SECOND,
      [1, 'B-1', '01/02/2024', '02/02/2024', '05/02/2024', 'Đã trả kết quả', 'Sở Y tế'],
      [2, 'B-2', '01/02/2024', '06/02/2024', '05/02/2024', 'Đã trả kết quả', 'Sở Y tế'],
    ]);
    // With the first table's columns B-1 would have been due 2/2, done 5/2: late. It was early.
    expect(r.cases.map((c) => [c.code, c.unit, iso(c.due), iso(c.completed)])).toEqual([
      ['A-1', 'Sở Tư pháp', '2024-02-05', '2024-02-02'],
      ['B-1', 'Sở Y tế', '2024-02-05', '2024-02-02'],
      ['B-2', 'Sở Y tế', '2024-02-05', '2024-02-06'],
    ]);
    expect(r.rowsSkipped).toBe(0);
    expect(r.issues).toEqual([
      {
        sheet: 'Hồ sơ', row: 3, column: null, severity: 'warning',
        message: 'Dòng 3 là tiêu đề của một bảng khác, thứ tự cột khác tiêu đề ở dòng 1 («Đơn vị giải quyết» cột C → G; «Ngày tiếp nhận» cột D → C; «Ngày trả kết quả» cột F → D; «Trạng thái» cột G → F): các dòng bên dưới được đọc theo tiêu đề này.',
      },
    ]);
  });

  it('still skips the same header printed again, also under the second table', () => {
    const r = read([
      [1, 'A-1', 'Sở Tư pháp', '01/02/2024', '05/02/2024', '02/02/2024', 'Đã trả kết quả'],
      HEADER,
      [2, 'A-2', 'Sở Tư pháp', '01/02/2024', '05/02/2024', '02/02/2024', 'Đã trả kết quả'],
      SECOND,
      [1, 'B-1', '01/02/2024', '02/02/2024', '05/02/2024', 'Đã trả kết quả', 'Sở Y tế'],
      SECOND,
      [2, 'B-2', '01/02/2024', '02/02/2024', '05/02/2024', 'Đã trả kết quả', 'Sở Y tế'],
    ]);
    expect(r.cases.map((c) => c.code)).toEqual(['A-1', 'A-2', 'B-1', 'B-2']);
    expect(r.issues.map((i) => [i.row, i.severity])).toEqual([[5, 'warning'], [3, 'warning']]);
    expect(r.issues[0].message).toMatch(/^Dòng 5 là tiêu đề của một bảng khác, thứ tự cột khác tiêu đề ở dòng 1 \(/);
    expect(r.issues[1].message).toBe('Bỏ qua 2 dòng lặp lại tiêu đề bảng (dòng đầu tiên 3).');
  });

  it('refuses the rows under a header that lacks a required column, and counts them as skipped', () => {
    const r = read([
      [1, 'A-1', 'Sở Tư pháp', '01/02/2024', '05/02/2024', '02/02/2024', 'Đã trả kết quả'],
      ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái'],
      [1, 'B-1', '01/02/2024', '05/02/2024', 'Đã trả kết quả'],
      [2, 'B-2', '01/02/2024', '05/02/2024', 'Đang xử lý'],
      ['Tổng cộng', null, null, null, null],
      [3, 'B-3', '01/02/2024', '05/02/2024', 'Đang xử lý'],
    ]);
    expect(r.cases.map((c) => c.code)).toEqual(['A-1']);
    expect([r.rowsRead, r.rowsSkipped]).toEqual([4, 3]);
    expect(r.issues).toEqual([
      {
        sheet: 'Hồ sơ', row: 3, column: null, severity: 'error',
        message: 'Dòng 3 là tiêu đề của một bảng khác (thứ tự cột khác tiêu đề ở dòng 1) nhưng thiếu cột bắt buộc «Đơn vị giải quyết», «Ngày trả kết quả»: 3 dòng bên dưới (dòng 4–7) không được đọc. Chuyển bảng này sang sheet riêng hoặc sửa dòng tiêu đề.',
      },
    ]);
  });

  it('takes the first row of a two-row header printed again for a repeat, not for another table', () => {
    const top = ['Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày', null, null, 'Trạng thái', 'Hình thức nộp'];
    const sub = [null, null, 'Tiếp nhận', 'Hẹn trả', 'Trả kết quả', null, null];
    const r = read(
      [
        ['A-1', 'Sở Tư pháp', '01/02/2024', '05/02/2024', '02/02/2024', 'Đã trả kết quả', 'Trực tuyến'],
        top,
        sub,
        ['A-2', 'Sở Tư pháp', '01/02/2024', '05/02/2024', '06/02/2024', 'Đã trả kết quả', 'Trực tiếp'],
      ],
      [top, sub],
    );
    expect(r.cases.map((c) => [c.code, iso(c.due), iso(c.completed)])).toEqual([
      ['A-1', '2024-02-05', '2024-02-02'],
      ['A-2', '2024-02-05', '2024-02-06'],
    ]);
    expect(r.issues.map((i) => i.message)).toEqual(['Bỏ qua 2 dòng lặp lại tiêu đề bảng (dòng đầu tiên 4).']);
  });

  it('does not take a case row whose texts start like headers for a header', () => {
    // Blank receipt; the procedure, unit and status cells start like header words.
    const r = read([[1, 'A-1', 'Đơn vị hành chính công', null, 'Ngày hẹn trả sau', 'Trạng thái khác', 'Thủ tục cấp phép']]);
    expect(r.issues).toEqual([{ sheet: 'Hồ sơ', row: 2, column: 'D', severity: 'error', message: 'Thiếu ngày tiếp nhận; dòng này bị bỏ qua.' }]);
  });
});

describe('one-cell rows: group units, notes, lone codes', () => {
  const CASE = (code: string, unit: string | null): CellValue[] => [1, code, unit, '01/02/2024', '05/02/2024', '02/02/2024', 'Đã trả kết quả'];

  it('says once per group row how many blank-unit rows took its name', () => {
    const r = read([['UBND xã Thanh Minh'], CASE('A-1', null), CASE('A-2', null), CASE('A-3', 'Sở Tư pháp'), ['Sở Y tế'], CASE('B-1', null)]);
    expect(r.cases.map((c) => c.unit)).toEqual(['UBND xã Thanh Minh', 'UBND xã Thanh Minh', 'Sở Tư pháp', 'Sở Y tế']);
    expect(r.issues).toEqual([
      { sheet: 'Hồ sơ', row: 2, column: 'A', severity: 'warning', message: '2 dòng không có tên đơn vị lấy tên đơn vị từ dòng nhóm «UBND xã Thanh Minh» (dòng 2).' },
      { sheet: 'Hồ sơ', row: 6, column: 'A', severity: 'warning', message: '1 dòng không có tên đơn vị lấy tên đơn vị từ dòng nhóm «Sở Y tế» (dòng 6).' },
    ]);
  });

  it('never makes a note a unit: blank-unit rows below it are skipped, and the note says why', () => {
    const r = read([CASE('A-1', 'Sở Tư pháp'), ['Ghi chú: số liệu tạm tính đến hết tháng'], CASE('A-2', null), CASE('A-3', null)]);
    expect(r.cases.map((c) => c.unit)).toEqual(['Sở Tư pháp']);
    expect(r.cases.some((c) => c.unit.startsWith('Ghi chú'))).toBe(false);
    expect(r.issues).toEqual([
      { sheet: 'Hồ sơ', row: 4, column: 'C', severity: 'error', message: 'Thiếu tên đơn vị giải quyết; dòng này bị bỏ qua.' },
      { sheet: 'Hồ sơ', row: 5, column: 'C', severity: 'error', message: 'Thiếu tên đơn vị giải quyết; dòng này bị bỏ qua.' },
      {
        sheet: 'Hồ sơ', row: 3, column: 'A', severity: 'warning',
        message: 'Dòng 3 («Ghi chú: số liệu tạm tính đến hết tháng») là dòng ghi chú, không phải tên đơn vị: 2 dòng bên dưới không có tên đơn vị không lấy tên từ dòng này mà bị bỏ qua vì thiếu tên đơn vị.',
      },
    ]);
  });

  it('keeps the group unit in force across a note inside the group, and says which unit the rows took', () => {
    const r = read([['UBND xã Thanh Minh'], CASE('A-1', null), ['Lưu ý các hồ sơ liên thông'], CASE('A-2', null)]);
    expect(r.cases.map((c) => c.unit)).toEqual(['UBND xã Thanh Minh', 'UBND xã Thanh Minh']);
    expect(r.issues.map((i) => [i.row, i.message])).toEqual([
      [4, 'Dòng 4 («Lưu ý các hồ sơ liên thông») là dòng ghi chú, không phải tên đơn vị: 1 dòng bên dưới không có tên đơn vị không lấy tên từ dòng này mà được tính cho đơn vị «UBND xã Thanh Minh» của dòng nhóm ở dòng 2.'],
      [2, '2 dòng không có tên đơn vị lấy tên đơn vị từ dòng nhóm «UBND xã Thanh Minh» (dòng 2).'],
    ]);
  });

  it.each([
    'Ghi chú: số liệu tạm tính',
    'GHI CHU',
    'Chú thích',
    'Lưu ý các hồ sơ liên thông',
    'Nguồn: Hệ thống thông tin giải quyết TTHC tỉnh',
    'Nguồn số liệu Hệ thống một cửa điện tử',
    'Người lập biểu',
    'Thủ trưởng đơn vị',
    '- Hồ sơ tiếp nhận qua dịch vụ bưu chính',
    '(*) Hồ sơ liên thông ba cấp',
    'Số liệu tính đến hết ngày 31/3/2024',
    'Các hồ sơ quá hạn đã có văn bản xin lỗi.',
    'Danh sách gồm các hồ sơ tiếp nhận trực tiếp và trực tuyến tại bộ phận một cửa của các cơ quan đơn vị trong quý một năm nay',
    '***',
    'DANH SÁCH HỒ SƠ UBND XÃ THANH MINH',
    'Báo cáo kết quả giải quyết TTHC quý I',
  ])('«%s» is a note, not a unit', (text) => {
    const r = read([[text], CASE('A-1', null)]);
    expect(r.cases).toEqual([]);
    expect(r.issues.map((i) => i.row)).toEqual([3, 2]);
  });

  it.each([
    'UBND xã Thanh Minh',
    'Sở Tài nguyên và Môi trường',
    'UBND Phường 1',
    'UBND xã Mường Phăng, huyện Điện Biên',
    'Văn phòng Đăng ký đất đai - Chi nhánh huyện Mường Chà',
    'Ban Quản lý các khu công nghiệp tỉnh (cũ)',
  ])('«%s» is a group unit', (text) => {
    const r = read([[text], CASE('A-1', null)]);
    expect(r.cases.map((c) => c.unit)).toEqual([text]);
  });

  it('takes an agency row starting in the code column for a group, and a code there for a lone code', () => {
    const header = ['Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả'];
    const r = read([['Sở Tư pháp'], ['TP-1', null, '01/02/2024', '05/02/2024', '02/02/2024'], ['TP-2']], [header]);
    expect(r.cases.map((c) => [c.code, c.unit])).toEqual([['TP-1', 'Sở Tư pháp']]);
    expect(r.issues.map((i) => [i.row, i.column, i.severity])).toEqual([[4, 'A', 'error'], [2, 'A', 'warning']]);
  });

  it('reports a row holding only a case code as an error at its cell, never as a unit', () => {
    const r = read([
      CASE('A-1', 'Sở Tư pháp'),
      [null, 'A-2'],
      ['H12.34-240101-0001'],
      [null, 240101001],
      CASE('A-3', null),
    ]);
    expect(r.cases.map((c) => c.code)).toEqual(['A-1']);
    expect([r.rowsRead, r.rowsSkipped]).toEqual([5, 4]);
    expect(r.issues).toEqual([
      { sheet: 'Hồ sơ', row: 3, column: 'B', severity: 'error', message: 'Dòng chỉ có mã hồ sơ «A-2», không có ngày tiếp nhận, đơn vị hay dữ liệu nào khác; dòng này bị bỏ qua.' },
      { sheet: 'Hồ sơ', row: 4, column: 'A', severity: 'error', message: 'Dòng chỉ có mã hồ sơ «H12.34-240101-0001», không có ngày tiếp nhận, đơn vị hay dữ liệu nào khác; dòng này bị bỏ qua.' },
      { sheet: 'Hồ sơ', row: 5, column: 'B', severity: 'error', message: 'Dòng chỉ có mã hồ sơ «240101001», không có ngày tiếp nhận, đơn vị hay dữ liệu nào khác; dòng này bị bỏ qua.' },
      { sheet: 'Hồ sơ', row: 6, column: 'C', severity: 'error', message: 'Thiếu tên đơn vị giải quyết; dòng này bị bỏ qua.' },
    ]);
  });
});

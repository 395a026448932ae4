import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import { dayFromYmd, formatIso } from '../../src/domain/dates';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { findCaseTable } from '../../src/workbook/find-table';
import { readCases } from '../../src/workbook/read-cases';

const HEADER = ['STT', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Hình thức nộp', 'Thời hạn giải quyết'];

function read(rows: CellValue[][]) {
  const grid: SheetGrid = { name: 'Hồ sơ', rows: [['DANH SÁCH HỒ SƠ'], HEADER, ...rows], originRow: 1, originCol: 1, visibility: 'visible' };
  const { best } = findCaseTable([grid]);
  if (!best) throw new Error('table not found');
  return readCases(grid, best, WorkCalendar.builtIn());
}

describe('readCases', () => {
  it('reads text dates, serials and JS dates, and computes a blank due date from the processing time', () => {
    const r = read([
      [1, 'A-1', 'Sở Tư pháp', '01/02/2024 08:00:00', '05/02/2024', '02/02/2024 10:00:00', 'Đã trả kết quả', 'Trực tuyến', null],
      [2, 'A-2', 'Sở Tư pháp', 45323, null, null, 'Đang xử lý', 'Trực tiếp', 3],
      [3, 'A-3', 'Sở Tư pháp', new Date(Date.UTC(2024, 1, 1)), '06/02/2024', null, 'Công dân yêu cầu rút hồ sơ', 'Qua bưu chính công ích', null],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.cases.map((c) => [c.status, c.channel])).toEqual([['done', 'online'], ['open', 'direct'], ['withdrawn', 'postal']]);
    // Received Thu 1/2/2024 + 3 working days: Fri 2, Mon 5, Tue 6 → 6/2/2024.
    expect(formatIso(r.cases[1].due!.day)).toBe('2024-02-06');
    expect(r.cases[0].received.minutes).toBe(8 * 60);
  });

  it('reports each unusable row with its row, column and a Vietnamese reason, and skips it', () => {
    const r = read([
      [1, 'B-1', 'Sở Y tế', '31/02/2024', '05/03/2024', null, 'Đang xử lý', null, null],
      [2, 'B-2', null, '01/02/2024', '05/03/2024', null, 'Đang xử lý', null, null],
      [3, 'B-3', 'Sở Y tế', '10/02/2024', '20/02/2024', '09/02/2024', 'Đã trả kết quả', null, null],
      [4, 'B-4', 'Sở Y tế', '01/02/2024', '05/03/2024', null, 'Đã trả kết quả', null, null],
      [5, 'B-5', 'Sở Y tế', '01/02/2024', { error: '#N/A' }, null, 'Đang xử lý', null, null],
      [6, 'B-6', 'Sở Y tế', '01/02/2024', '05/03/2024', null, 'Đang xử lý', null, null],
      [7, 'B-6', 'Sở Y tế', '02/02/2024', '05/03/2024', null, 'Đang xử lý', null, null],
      [8, 'B-8', 'Sở Y tế', '01/02/2024', '20/01/2024', null, 'Đang xử lý', null, null],
    ]);
    expect(r.cases.map((c) => c.code)).toEqual(['B-6']);
    expect(r.rowsSkipped).toBe(7);
    const at = (row: number) => r.issues.find((i) => i.row === row)!;
    expect(at(3)).toMatchObject({ column: 'D', severity: 'error' });
    expect(at(3).message).toContain('không tồn tại');
    expect(at(4)).toMatchObject({ column: 'C', message: expect.stringContaining('Thiếu tên đơn vị') });
    expect(at(5)).toMatchObject({ column: 'F', message: expect.stringContaining('trước ngày tiếp nhận') });
    expect(at(6)).toMatchObject({ column: 'F', message: expect.stringContaining('không có ngày trả kết quả') });
    expect(at(7)).toMatchObject({ column: 'E', message: expect.stringContaining('#N/A') });
    expect(at(9)).toMatchObject({ column: 'B', message: expect.stringContaining('dòng 8') });
    expect(at(10)).toMatchObject({ column: 'E', message: expect.stringContaining('Hạn xử lý trước ngày tiếp nhận') });
  });

  it('warns once per unknown status word and skips total and group rows', () => {
    const r = read([
      ['UBND xã Thanh Minh'],
      [1, 'C-1', null, '01/02/2024', '05/02/2024', '02/02/2024', 'Chờ ký duyệt', null, null],
      [2, 'C-2', null, '01/02/2024', '05/02/2024', '02/02/2024', 'Chờ ký duyệt', null, null],
      ['Tổng cộng', null, null, null, null, null, null, null, null],
    ]);
    expect(r.cases.map((c) => c.unit)).toEqual(['UBND xã Thanh Minh', 'UBND xã Thanh Minh']);
    expect(r.rowsRead).toBe(2);
    expect(r.issues).toHaveLength(2);
    expect(r.issues[0]).toMatchObject({ severity: 'warning', row: 3, column: 'A' });
    expect(r.issues[1]).toMatchObject({ severity: 'warning', row: 4, column: 'G' });
    expect(r.issues[1].message).toContain('«Chờ ký duyệt» (2 dòng');
  });

  it('keeps the receipt date exactly (no time zone shift)', () => {
    const r = read([[1, 'D-1', 'Sở Tư pháp', '31/12/2023 23:30', '05/01/2024', null, 'Đang xử lý', null, null]]);
    expect(r.cases[0].received.day).toBe(dayFromYmd(2023, 12, 31));
  });
});

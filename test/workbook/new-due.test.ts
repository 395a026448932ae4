/**
 * A new appointment date (Ngày hẹn trả mới, gia hạn, hẹn lại) beside the original due date (RULES.md §2):
 * its own column, never the due date while an original exists; blank in most rows, and a blank there is
 * never a missing due date.
 */
import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import { dayFromYmd, formatIso } from '../../src/domain/dates';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { headerKey, matchHeader, missingRequired } from '../../src/workbook/columns';
import { findCaseTable } from '../../src/workbook/find-table';
import { readCases } from '../../src/workbook/read-cases';

const fieldOf = (header: string): string | null => matchHeader(headerKey(header))?.field ?? null;

function read(header: string[], rows: CellValue[][]) {
  const grid: SheetGrid = { name: 'Hồ sơ', rows: [header, ...rows], originRow: 1, originCol: 1, visibility: 'visible' };
  const { best } = findCaseTable([grid]);
  if (!best) throw new Error('table not found');
  return { table: best, ...readCases(grid, best, WorkCalendar.builtIn()) };
}

const iso = (v: { day: number } | null | undefined): string | null => (v ? formatIso(v.day) : null);

describe('the new appointment date column', () => {
  it.each([
    ['Ngày hẹn trả mới', 'newDue'],
    ['NGAY HEN TRA MOI', 'newDue'],
    ['Ngày hẹn mới', 'newDue'],
    ['Ngày gia hạn', 'newDue'],
    ['Gia hạn đến ngày', 'newDue'],
    ['Hẹn lại', 'newDue'],
    ['Ngày hẹn lại', 'newDue'],
    // Headers that extend a due synonym with «mới» name the new date too.
    ['Hạn xử lý mới', 'newDue'],
    ['Ngày hẹn trả kết quả mới', 'newDue'],
    ['Ngày giờ hẹn trả mới', 'newDue'],
    // … and without it the original due date.
    ['Ngày hẹn trả', 'due'],
    ['Ngày hẹn trả kết quả', 'due'],
    ['Hạn xử lý', 'due'],
  ])('%s → %s', (header, field) => expect(fieldOf(header)).toBe(field));

  it('stands in for a missing due column in the required check (read as the due date, with a warning)', () => {
    expect(missingRequired({ unit: 0, received: 1, completed: 2, newDue: 3 })).toEqual([]);
    expect(missingRequired({ unit: 0, received: 1, completed: 2 })).toEqual(['due']);
  });
});

const HEADER = ['Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày hẹn trả mới', 'Ngày trả kết quả', 'Trạng thái'];

describe('reading a sparse «Ngày hẹn trả mới» beside «Ngày hẹn trả»', () => {
  // Ten cases; two re-appointed after an apology (rows 4 and 8), one whose new date merely repeats the
  // due date (row 6), one with a new date before it (row 10).
  const rows: CellValue[][] = [
    ['A-1', 'Sở Tư pháp', '01/02/2024', '05/02/2024', null, '02/02/2024', 'Đã trả kết quả'],
    ['A-2', 'Sở Tư pháp', '01/02/2024', '05/02/2024', null, '05/02/2024', 'Đã trả kết quả'],
    ['A-3', 'Sở Tư pháp', '01/02/2024', '05/02/2024', '20/02/2024', '19/02/2024', 'Đã trả kết quả'],
    ['A-4', 'Sở Tư pháp', '01/02/2024', '05/02/2024', null, null, 'Đang xử lý'],
    ['A-5', 'Sở Tư pháp', '01/02/2024', '05/02/2024', '05/02/2024', '05/02/2024', 'Đã trả kết quả'],
    ['A-6', 'Sở Tư pháp', '01/02/2024', '05/02/2024', null, '06/02/2024', 'Đã trả kết quả'],
    ['A-7', 'Sở Tư pháp', '01/02/2024', '05/02/2024', '  ', '02/02/2024', 'Đã trả kết quả'],
    ['A-8', 'Sở Tư pháp', '01/02/2024', '05/02/2024 17:00', '06/02/2024 10:00', null, 'Đang xử lý'],
    ['A-9', 'Sở Tư pháp', '01/02/2024', '05/02/2024', null, '02/02/2024', 'Đã trả kết quả'],
    ['A-10', 'Sở Tư pháp', '01/02/2024', '05/02/2024', '02/02/2024', '02/02/2024', 'Đã trả kết quả'],
  ];
  const r = read(HEADER, rows);

  it('maps the original due date and the new date to their own columns', () => {
    expect(r.table.mapping).toMatchObject({ due: 3, newDue: 4 });
    expect(r.table.missing).toEqual([]);
  });

  it('reads every row: a blank new date is no missing due date', () => {
    expect(r.cases).toHaveLength(10);
    expect(r.rowsSkipped).toBe(0);
    expect(r.cases.map((c) => iso(c.due))).toEqual(Array(10).fill('2024-02-05'));
  });

  it('keeps a new date only when it is later than the due date; an earlier one is reported', () => {
    expect(r.cases.map((c) => iso(c.newDue))).toEqual([null, null, '2024-02-20', null, null, null, null, '2024-02-06', null, null]);
    expect(r.issues).toEqual([
      { sheet: 'Hồ sơ', row: 11, column: 'E', severity: 'warning', message: 'Ngày hẹn trả mới 02/02/2024 trước hạn xử lý 05/02/2024; không tính là hẹn lại.' },
    ]);
  });
});

describe('a due date missing where a new date is given', () => {
  it('reads a row with a blank due date by its new date, and says so at the due cell', () => {
    const r = read(HEADER, [
      ['B-1', 'Sở Y tế', '01/02/2024', '05/02/2024', null, '02/02/2024', 'Đã trả kết quả'],
      ['B-2', 'Sở Y tế', '01/02/2024', null, '07/02/2024', '06/02/2024', 'Đã trả kết quả'],
      ['B-3', 'Sở Y tế', '01/02/2024', null, null, null, 'Đang xử lý'],
    ]);
    expect(r.cases.map((c) => [c.code, iso(c.due), iso(c.newDue)])).toEqual([['B-1', '2024-02-05', null], ['B-2', '2024-02-07', '2024-02-07']]);
    expect(r.issues).toEqual([
      { sheet: 'Hồ sơ', row: 3, column: 'D', severity: 'warning', message: 'Thiếu hạn xử lý ban đầu: dùng ngày hẹn trả mới 07/02/2024 làm hạn, nên nếu hồ sơ trễ so với hạn ban đầu thì vẫn có thể được tính đúng hạn.' },
      { sheet: 'Hồ sơ', row: 4, column: 'D', severity: 'error', message: 'Thiếu hạn xử lý (và không có thời hạn giải quyết để tính); dòng này bị bỏ qua.' },
    ]);
  });

  it('with only a new-date column, uses it as the due date and warns once at its header', () => {
    const header = ['Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả mới', 'Ngày trả kết quả'];
    const r = read(header, [
      ['C-1', 'Sở Y tế', '01/02/2024', '05/02/2024', '02/02/2024'],
      ['C-2', 'Sở Y tế', '01/02/2024', '07/02/2024', '08/02/2024'],
    ]);
    expect(r.table.mapping).toMatchObject({ newDue: 3 });
    expect(r.table.mapping.due).toBeUndefined();
    expect(r.cases.map((c) => [iso(c.due), c.newDue])).toEqual([['2024-02-05', null], ['2024-02-07', null]]);
    expect(r.issues).toEqual([
      {
        sheet: 'Hồ sơ', row: 1, column: 'D', severity: 'warning',
        message: 'Không có cột «Hạn xử lý» (hạn ban đầu) hay «Thời hạn giải quyết (ngày làm việc)»: dùng cột «Ngày hẹn trả mới» làm hạn xử lý. Hồ sơ đã có ngày hẹn trả mới có thể được tính đúng hạn dù trễ so với hạn ban đầu, và không đếm được số hồ sơ có hẹn lại.',
      },
    ]);
  });

  it('with a processing time instead of a due column, computes the original due date and keeps the new one', () => {
    const header = ['Đơn vị giải quyết', 'Ngày tiếp nhận', 'Thời hạn giải quyết', 'Hẹn lại', 'Ngày trả kết quả'];
    // Received Thu 1/2/2024 + 3 working days: Fri 2, Mon 5, Tue 6 → 6/2; re-appointed to 9/2.
    const r = read(header, [['Sở Y tế', '01/02/2024', 3, '09/02/2024', '08/02/2024']]);
    expect(r.issues).toEqual([]);
    expect([iso(r.cases[0].due), iso(r.cases[0].newDue)]).toEqual(['2024-02-06', '2024-02-09']);
    expect(r.cases[0].received.day).toBe(dayFromYmd(2024, 2, 1));
  });
});

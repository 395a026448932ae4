import { formatIso } from '../../src/domain/dates';
import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { CALENDAR_SHEET, readCalendarSheet } from '../../src/workbook/read-calendar';

const grid = (rows: CellValue[][], originRow = 1, originCol = 1): SheetGrid => ({
  name: CALENDAR_SHEET,
  rows,
  originRow,
  originCol,
  visibility: 'visible',
});

describe('readCalendarSheet', () => {
  it('reads dates as Date, Excel serial and day-first text, with the Loại spellings users type', () => {
    const { overrides, issues } = readCalendarSheet(
      grid([
        ['LỊCH NGHỈ CỦA TỈNH', null, null],
        [],
        ['Ngày', 'Loại', 'Ghi chú'],
        [new Date(Date.UTC(2024, 3, 24)), 'Nghỉ', 'Nghỉ do thiên tai'],
        [45414, 'LÀM BÙ', null],
        ['29/04/2024', 'Lam bu', '  Không hoán đổi  '],
        [null, null, null],
        ['2024-05-11 08:00', 'làm việc'],
        ['03/06/2024', 'Nghỉ bù'],
      ]),
    );
    expect(issues).toEqual([]);
    expect(overrides.map((o) => [formatIso(o.day), o.kind, o.note])).toEqual([
      ['2024-04-24', 'off', 'Nghỉ do thiên tai'],
      ['2024-05-02', 'work', ''],
      ['2024-04-29', 'work', 'Không hoán đổi'],
      ['2024-05-11', 'work', ''],
      ['2024-06-03', 'off', ''],
    ]);
  });

  it('matches headers without diacritics or with a hint, in any column order', () => {
    const { overrides, issues } = readCalendarSheet(grid([['Ghi chu', 'NGAY (dd/mm/yyyy)', 'loai'], ['x', '01/03/2024', 'nghi']]));
    expect(issues).toEqual([]);
    expect(overrides).toEqual([{ day: overrides[0].day, kind: 'off', note: 'x' }]);
    expect(formatIso(overrides[0].day)).toBe('2024-03-01');
  });

  it('reports a bad date and a bad Loại at their cells and skips the rows', () => {
    // The table starts at C3 of the sheet: header in sheet row 4, data from row 5.
    const { overrides, issues } = readCalendarSheet(
      grid(
        [
          [],
          ['Ngày', 'Loại', 'Ghi chú'],
          ['31/02/2024', 'Nghỉ', null],
          ['05/02/2024', 'Nghỉ phép?', null],
          ['05/02/2024', 'Đi chơi', null],
          [7, 'Nghỉ', null],
          [{ error: '#VALUE!' }, 'Nghỉ', null],
          [null, 'Nghỉ', null],
          ['06/02/2024', null, null],
          ['07/02/2024', 'Nghỉ', null],
        ],
        3,
        3,
      ),
    );
    expect(overrides.map((o) => formatIso(o.day))).toEqual(['2024-02-05', '2024-02-07']);
    expect(issues.map((i) => [i.row, i.column, i.severity])).toEqual([
      [5, 'C', 'error'],
      [7, 'D', 'error'],
      [8, 'C', 'error'],
      [9, 'C', 'error'],
      [10, 'C', 'error'],
      [11, 'D', 'error'],
    ]);
    expect(issues.every((i) => i.sheet === CALENDAR_SHEET)).toBe(true);
    expect(issues[0].message).toContain('ngày không tồn tại');
    expect(issues[1].message).toBe('Loại "Đi chơi" không hợp lệ (dùng "Nghỉ" hoặc "Làm bù"); dòng bị bỏ qua.');
    expect(issues[3].message).toContain('#VALUE!');
    expect(issues[4].message).toContain('thiếu ngày');
  });

  it('keeps the last of two rows for the same day and warns', () => {
    const { overrides, issues } = readCalendarSheet(
      grid([
        ['Ngày', 'Loại'],
        ['01/03/2024', 'Nghỉ'],
        ['1/3/2024', 'Làm bù'],
      ]),
    );
    expect(overrides.map((o) => o.kind)).toEqual(['work']);
    expect(issues).toEqual([
      { sheet: CALENDAR_SHEET, row: 3, column: 'A', severity: 'warning', message: 'Ngày 01/03/2024 đã có ở dòng 2; dùng dòng này.' },
    ]);
  });

  it('reports a sheet without a header in its first 10 rows', () => {
    const rows: CellValue[][] = Array.from({ length: 10 }, () => ['ghi chú']);
    rows.push(['Ngày', 'Loại']);
    const { overrides, issues } = readCalendarSheet(grid(rows));
    expect(overrides).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ sheet: CALENDAR_SHEET, row: null, column: null, severity: 'error' });
  });

  it('feeds the work calendar', () => {
    const { overrides } = readCalendarSheet(
      grid([
        ['Ngày', 'Loại', 'Ghi chú'],
        ['29/04/2024', 'Làm bù', 'Tỉnh không hoán đổi'],
        ['24/11/2026', 'Nghỉ', 'Ngày Văn hóa Việt Nam'],
      ]),
    );
    const cal = WorkCalendar.builtIn().withOverrides(overrides, `sheet «${CALENDAR_SHEET}»`);
    expect(cal.isWorkingDay(overrides[0].day)).toBe(true);
    expect(cal.isWorkingDay(overrides[1].day)).toBe(false);
    expect(cal.describe()).toContain('2 ngày từ sheet «Ngày nghỉ»');
  });
});

/** The QĐ 766 columns of a case list: recognised by their headers, read as yes/no, blank meaning «no». */
import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { headerKey, matchHeader } from '../../src/workbook/columns';
import { findCaseTable } from '../../src/workbook/find-table';
import { readCases } from '../../src/workbook/read-cases';
import { readAmountOrFlag, readYesNo } from '../../src/workbook/service-flags';

const fieldOf = (header: string) => matchHeader(headerKey(header))?.field;

describe('QĐ 766 column headers', () => {
  it.each([
    ['Đã đồng bộ lên Cổng DVC quốc gia', 'synced'],
    ['Đồng bộ', 'synced'],
    ['Trạng thái đồng bộ', 'synced'],
    ['Phí, lệ phí', 'hasFee'],
    ['Có thu phí', 'hasFee'],
    ['Lệ phí (đồng)', 'hasFee'],
    ['Thanh toán trực tuyến', 'paidOnline'],
    ['Số hóa hồ sơ', 'digitisedFile'],
    ['Số hoá hồ sơ', 'digitisedFile'],
    ['Số hóa kết quả', 'digitisedResult'],
    ['Kết quả điện tử', 'digitisedResult'],
  ])('«%s» is %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it('leaves the input sheet’s metric titles alone: they start with the group number', () => {
    expect(fieldOf('5. Số hóa hồ sơ — Hồ sơ được số hóa khi tiếp nhận (0–8) [so-hoa-ho-so]')).toBeUndefined();
    expect(fieldOf('4. Thanh toán trực tuyến — Các chỉ số thanh toán trực tuyến còn lại (0–4) [thanh-toan-khac]')).toBeUndefined();
  });
});

describe('QĐ 766 cell values', () => {
  it.each<[CellValue, boolean]>([
    ['x', true], ['Có', true], ['Đã đồng bộ', true], ['Đã số hóa', true], [1, true], [true, true],
    ['Không', false], ['Chưa đồng bộ', false], ['Lỗi đồng bộ', false], [0, false], ['-', false],
  ])('yes/no «%s» → %s', (v, expected) => {
    expect(readYesNo(v)).toEqual({ ok: true, value: expected });
  });

  it.each<[CellValue, boolean]>([
    [50_000, true], ['50.000', true], ['50,000 đ', true], ['30 000 VNĐ', true], ['0', false], [0, false], ['Miễn phí', false], ['Đã thanh toán', true], ['x', true],
  ])('fee or amount «%s» → %s', (v, expected) => {
    expect(readAmountOrFlag(v)).toEqual({ ok: true, value: expected });
  });

  it('refuses anything else with a Vietnamese reason', () => {
    expect(readYesNo('đang chờ')).toEqual({ ok: false, reason: '«đang chờ» không phải là Có/Không' });
    expect(readAmountOrFlag(-5)).toEqual({ ok: false, reason: '«-5» không phải là Có/Không' });
  });
});

describe('reading the QĐ 766 columns of a case list', () => {
  const HEADER = ['Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Đã đồng bộ', 'Phí, lệ phí', 'Số hóa hồ sơ'];
  const row = (code: string, ...flags: CellValue[]): CellValue[] => [code, 'Sở Tư pháp', '02/01/2024', '10/01/2024', '05/01/2024', 'Đã trả kết quả', ...flags];

  function read(header: string[], rows: CellValue[][]) {
    const grid: SheetGrid = { name: 'Hồ sơ', rows: [header, ...rows], originRow: 1, originCol: 1, visibility: 'visible' };
    const { best } = findCaseTable([grid]);
    return readCases(grid, best!, WorkCalendar.builtIn());
  }

  it('reads a blank cell in a present column as «no», an absent column as unknown (null)', () => {
    const r = read(HEADER, [row('A', 'x', 50_000, 'Có'), row('B', null, null, null)]);
    expect(r.issues).toEqual([]);
    const flags = r.cases.map((c) => [c.synced, c.hasFee, c.digitisedFile, c.paidOnline, c.digitisedResult]);
    expect(flags).toEqual([[true, true, true, null, null], [false, false, false, null, null]]);
  });

  it('warns at the cell about a value it cannot read, and leaves the value unknown', () => {
    const r = read(HEADER, [row('A', 'đang chờ', 0, 'x')]);
    expect(r.cases[0].synced).toBeNull();
    expect(r.issues).toEqual([{ sheet: 'Hồ sơ', row: 2, column: 'G', severity: 'warning', message: 'Đã đồng bộ: «đang chờ» không phải là Có/Không; bỏ qua giá trị này.' }]);
  });
});

/**
 * The `Danh mục đơn vị` sheet gives each unit with the cell it was read from, and resolveCaseUnits maps the
 * cases to their units through the directory — once per distinct name — rewriting a case's unit name when
 * the directory reads it as another (TCVN3/VNI, or merged into a listed unit).
 */
import type { CaseRecord } from '../../src/domain/cases';
import { UnitDirectory } from '../../src/domain/units';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { readUnitList, resolveCaseUnits, UNIT_LIST_SHEET } from '../../src/workbook/read-units';

const grid = (name: string, rows: CellValue[][], originRow = 1, originCol = 1): SheetGrid => ({ name, rows, originRow, originCol, visibility: 'visible' });

describe('readUnitList', () => {
  it('gives each unit its sheet, row and column, and the column of its district', () => {
    const sheet = grid('Danh mục đơn vị', [
      ['DANH MỤC ĐƠN VỊ'],
      ['STT', 'Tên đơn vị', 'Cấp', 'Huyện'],
      [1, 'Së T\u00AD ph¸p', 'Tỉnh', null],
      [2, 'UBND xã Thanh\u00A0Nưa', 'Xã', 'huyÖn §iÖn Biªn'],
    ], 2, 2);
    const { units, issues } = readUnitList(sheet);
    expect(issues).toEqual([]);
    expect(units).toEqual([
      { name: 'Së T\u00AD ph¸p', level: 'Tỉnh', parent: null, at: { sheet: 'Danh mục đơn vị', row: 4, column: 'C' }, parentColumn: 'E' },
      { name: 'UBND xã Thanh Nưa', level: 'Xã', parent: 'huyÖn §iÖn Biªn', at: { sheet: 'Danh mục đơn vị', row: 5, column: 'C' }, parentColumn: 'E' },
    ]);
    // The directory reads them back, naming those cells.
    const d = new UnitDirectory(units);
    expect(d.all().map((u) => [u.name, u.parent])).toEqual([['Sở Tư pháp', null], ['UBND xã Thanh Nưa', 'huyện Điện Biên']]);
    expect(d.nearDuplicates('Danh sách hồ sơ', UNIT_LIST_SHEET).map((i) => [i.sheet, i.row, i.column])).toEqual([
      ['Danh mục đơn vị', 4, 'C'],
      ['Danh mục đơn vị', 5, 'E'],
    ]);
  });
});

describe('UnitDirectory.nearDuplicates, given the sheet names by the workbook layer', () => {
  it('the near-duplicate hint names the unit-list sheet it is given', () => {
    const d = new UnitDirectory([]);
    d.see({ name: 'Sở Tư pháp', level: null, parent: null });
    d.see({ name: 'Sở Tư Pháp', level: null, parent: null });
    expect(d.nearDuplicates('Quý 1', UNIT_LIST_SHEET).map((i) => i.message)).toEqual([
      'Các tên đơn vị gần trùng nhau (khác nhau ở chữ hoa/thường) được tính là các đơn vị riêng: «Sở Tư pháp», «Sở Tư Pháp». Nếu là một đơn vị, hãy sửa tên cho thống nhất, hoặc khai báo tên đúng trong sheet «Danh mục đơn vị»: tên chỉ khác chữ hoa/thường, khoảng trắng hoặc vị trí dấu thanh được gộp vào tên trong danh mục.',
    ]);
    expect(d.nearDuplicates('Quý 1', 'DM đơn vị')[0].message).toContain('khai báo tên đúng trong sheet «DM đơn vị»:');
  });
});

describe('resolveCaseUnits', () => {
  const record = (sheet: string, row: number, unit: string, districtHint: string | null = null): CaseRecord => ({
    sheet, row, code: `HS-${row}`, unit, field: null, procedure: null, received: { day: 19725, minutes: null }, due: null, completed: null,
    status: 'open', channel: 'direct', handler: null, levelHint: null, districtHint, stepLate: null, supplements: null, agenciesContacted: null, complaintUpheld: null,
  });
  const columns = (sheet: string, field: 'unit' | 'district'): string | null => (sheet === 'Quý 1' ? { unit: 'B', district: 'H' } : { unit: 'D', district: null })[field];

  it('maps every case, names each distinct name at its first row, and rewrites names read as another unit', () => {
    const d = new UnitDirectory([{ name: 'Sở Tư pháp', level: 'Tỉnh', parent: null, at: { sheet: 'Danh mục đơn vị', row: 3, column: 'B' } }]);
    const cases = [
      record('Quý 1', 5, 'Së T\u00AD ph¸p'),
      record('Quý 1', 6, 'Sở Tư pháp'),
      record('Quý 1', 7, 'Së T\u00AD ph¸p'),
      record('Quý 1', 8, 'UBND xã Thanh Nưa', 'huyÖn §iÖn Biªn'),
      record('Quý 2', 3, 'Sở Tư Pháp'),
    ];
    const see = jest.spyOn(d, 'see');
    const units = resolveCaseUnits(d, cases, columns);
    // Four distinct names, each looked up once.
    expect(see).toHaveBeenCalledTimes(4);
    expect(units.map((u) => u.name)).toEqual(['Sở Tư pháp', 'Sở Tư pháp', 'Sở Tư pháp', 'UBND xã Thanh Nưa', 'Sở Tư pháp']);
    expect(cases.map((c) => c.unit)).toEqual(['Sở Tư pháp', 'Sở Tư pháp', 'Sở Tư pháp', 'UBND xã Thanh Nưa', 'Sở Tư pháp']);
    expect(units[3].parent).toBe('huyện Điện Biên');
    expect(d.nearDuplicates('Quý 1', UNIT_LIST_SHEET).map((i) => [i.sheet, i.row, i.column, i.message])).toEqual([
      ['Quý 1', 5, 'B', 'Tên đơn vị «Së T\u00AD ph¸p» được gõ bằng bảng mã cũ TCVN3 (phông .VnTime); đã đọc thành «Sở Tư pháp» ở mọi dòng ghi tên này.'],
      ['Quý 1', 8, 'H', 'Tên huyện «huyÖn §iÖn Biªn» được gõ bằng bảng mã cũ TCVN3 (phông .VnTime); đã đọc thành «huyện Điện Biên» ở mọi dòng ghi tên này.'],
      ['Quý 2', 3, 'D', 'Tên đơn vị «Sở Tư Pháp» chỉ khác tên «Sở Tư pháp» trong danh mục đơn vị (sheet «Danh mục đơn vị», dòng 3, cột B) ở chữ hoa/thường; đã gộp vào «Sở Tư pháp».'],
    ]);
  });
});

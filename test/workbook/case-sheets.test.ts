import { AmbiguousCaseSheets, chooseCaseSheets } from '../../src/workbook/case-sheets';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { InputError } from '../../src/workbook/input-error';

const grid = (name: string, rows: CellValue[][], visibility: SheetGrid['visibility'] = 'visible'): SheetGrid => ({
  name,
  rows,
  originRow: 1,
  originCol: 1,
  visibility,
});

const HEADER = ['Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả'];

/** n cases of one unit, codes from `first`. */
const cases = (unit: string, first: number, n: number): CellValue[][] =>
  Array.from({ length: n }, (_, i) => [`HS-${first + i}`, unit, '02/01/2024', '10/01/2024', '09/01/2024']);

describe('chooseCaseSheets', () => {
  it('one case table: no choice to make, nothing to say', () => {
    const c = chooseCaseSheets([grid('Hướng dẫn', [['Xem sheet DS hồ sơ']]), grid('DS hồ sơ', [HEADER, ...cases('Sở Tư pháp', 1, 4)])]);
    expect(c).toMatchObject({ selection: 'single', note: null, candidates: [{ sheet: 'DS hồ sơ', rows: 4 }] });
    expect(c.tables.map((t) => t.sheet)).toEqual(['DS hồ sơ']);
  });

  it('one sheet per unit, same columns, disjoint codes: all read, in workbook order, and said', () => {
    const sheets = [
      grid('Sở Tư pháp', [HEADER, ...cases('Sở Tư pháp', 1, 3)]),
      grid('Sở Y tế', [HEADER, ...cases('Sở Y tế', 10, 2)]),
      grid('UBND xã Thanh Nưa', [['DANH SÁCH HỒ SƠ'], HEADER, ...cases('UBND xã Thanh Nưa', 20, 5)]),
    ];
    const c = chooseCaseSheets(sheets);
    expect(c.selection).toBe('merged');
    expect(c.tables.map((t) => t.sheet)).toEqual(['Sở Tư pháp', 'Sở Y tế', 'UBND xã Thanh Nưa']);
    expect(c.note).toBe('Gộp 3 sheet cùng cột, không trùng mã hồ sơ (Mã hồ sơ): «Sở Tư pháp» (3 dòng), «Sở Y tế» (2 dòng), «UBND xã Thanh Nưa» (5 dòng).');
  });

  it('columns in another order still count as the same columns', () => {
    const swapped = [HEADER[1], HEADER[0], ...HEADER.slice(2)];
    const rows = cases('Sở Y tế', 10, 2).map((r) => [r[1], r[0], ...r.slice(2)]);
    const c = chooseCaseSheets([grid('T1', [HEADER, ...cases('Sở Tư pháp', 1, 3)]), grid('T2', [swapped, ...rows])]);
    expect(c.selection).toBe('merged');
    expect(c.tables[1].mapping).toMatchObject({ code: 1, unit: 0 });
  });

  it('a late-cases extract with an extra column beside the full list: the full list, and said', () => {
    const full = grid('Tất cả', [HEADER, ...cases('Sở Tư pháp', 1, 40)]);
    const extract = grid('Hồ sơ trễ hạn', [[...HEADER, 'Số ngày trễ', 'Lý do trễ', 'Trạng thái'], ...cases('Sở Tư pháp', 5, 2).map((r) => [...r, 3, 'Chờ ý kiến', 'Đã trả kết quả'])]);
    const c = chooseCaseSheets([extract, full]);
    expect(c.selection).toBe('fullList');
    expect(c.tables.map((t) => t.sheet)).toEqual(['Tất cả']);
    expect(c.note).toBe(
      'Đọc danh sách đầy đủ ở sheet «Tất cả» (40 dòng). Bỏ qua «Hồ sơ trễ hạn» (2 dòng): mọi hồ sơ của sheet này đều có trong sheet «Tất cả» (bản trích hoặc bản sao).',
    );
  });

  it('without a code column, rows are compared by their content', () => {
    const noCode = (rows: CellValue[][]): CellValue[][] => [HEADER.slice(1), ...rows.map((r) => r.slice(1))];
    const varied = (unit: string, n: number): CellValue[][] => cases(unit, 0, n).map((r, i) => [r[0], r[1], `0${i + 1}/02/2024`, '20/02/2024', null]);
    const c = chooseCaseSheets([grid('A', noCode(varied('Sở Tư pháp', 3))), grid('B', noCode(varied('Sở Y tế', 2)))]);
    expect(c.selection).toBe('merged');
    expect(c.note).toContain('không trùng nội dung dòng');
  });

  it('different columns, or cases in both: the user must choose, told each sheet and its rows', () => {
    const other = ['Mã hồ sơ', 'Cơ quan giải quyết', 'Ngày nhận', 'Hạn xử lý', 'Ngày hoàn thành'];
    const differ = [grid('Quý 1', [HEADER, ...cases('Sở Tư pháp', 1, 3)]), grid('Quý 2', [other, ...cases('Sở Tư pháp', 10, 2)])];
    expect(() => chooseCaseSheets(differ)).toThrow(AmbiguousCaseSheets);
    const overlap = [grid('Bản 1', [HEADER, ...cases('Sở Tư pháp', 1, 3)]), grid('Bản 2', [HEADER, ...cases('Sở Tư pháp', 3, 3)])];
    try {
      chooseCaseSheets(overlap);
      throw new Error('not refused');
    } catch (e) {
      expect(e).toBeInstanceOf(AmbiguousCaseSheets);
      expect((e as AmbiguousCaseSheets).candidates).toEqual([{ sheet: 'Bản 1', rows: 3 }, { sheet: 'Bản 2', rows: 3 }]);
      expect((e as Error).message).toBe(
        'Có 2 sheet giống danh sách hồ sơ: «Bản 1» (3 dòng), «Bản 2» (3 dòng). Các sheet này không cùng cột hoặc có hồ sơ trùng nhau, nên không tự gộp được. Chọn sheet cần chấm (tham số --sheet, có thể nhắc lại để đọc nhiều sheet).',
      );
    }
    // The user's choice settles it.
    expect(chooseCaseSheets(overlap, ['Bản 2'])).toMatchObject({ selection: 'chosen', tables: [{ sheet: 'Bản 2' }] });
  });

  it('a hidden copy gives way to the visible list', () => {
    const rows = [HEADER, ...cases('Sở Tư pháp', 1, 3)];
    const c = chooseCaseSheets([grid('Bản cũ', rows, 'hidden'), grid('Danh sách', rows)]);
    expect(c.tables.map((t) => t.sheet)).toEqual(['Danh sách']);
    expect(c.note).toContain('Bỏ qua «Bản cũ» (3 dòng)');
  });

  it('the chosen sheet is obeyed whatever its name, and a missing one is named', () => {
    const sheets = [grid('DS hồ sơ', [HEADER, ...cases('Sở Tư pháp', 1, 3)]), grid('Ngày nghỉ', [HEADER, ...cases('Sở Y tế', 1, 3)])];
    expect(chooseCaseSheets(sheets, ['Ngày nghỉ']).tables[0].sheet).toBe('Ngày nghỉ');
    expect(() => chooseCaseSheets(sheets, ['Sheet9'])).toThrow(new InputError('Không có sheet «Sheet9» trong tệp. Các sheet: «DS hồ sơ», «Ngày nghỉ».'));
    expect(() => chooseCaseSheets([grid('Trống', [])], [])).toThrow('Tệp không có dữ liệu: sheet «Trống» trống.');
  });

  it('an extract is recognised whatever the case and spacing of its codes, or the way its dates are typed', () => {
    const full = grid('Danh sách', [HEADER, ...cases('Sở Tư pháp', 1, 5)]);
    const lower = grid('Trễ hạn', [HEADER, ...cases('Sở Tư pháp', 2, 2).map((r) => [` ${String(r[0]).toLowerCase().replace('-', ' - ')}`, ...r.slice(1)])]);
    expect(chooseCaseSheets([full, lower])).toMatchObject({ selection: 'fullList', tables: [{ sheet: 'Danh sách' }] });

    // No code column: Excel dates in the full list, the same dates typed as text in the extract.
    const asDate = (t: string) => new Date(Date.UTC(Number(t.slice(6, 10)), Number(t.slice(3, 5)) - 1, Number(t.slice(0, 2))));
    const noCode = (rows: CellValue[][], typed: boolean): CellValue[][] => [
      HEADER.slice(1),
      ...rows.map((r, i) => [r[1], `0${i + 1}/02/2024`, '20/02/2024', null].map((v, c) => (c === 1 && !typed ? asDate(String(v)) : v))),
    ];
    const all = grid('Tất cả', noCode(cases('Sở Tư pháp', 0, 4), false));
    const some = grid('Trích', noCode(cases('Sở Tư pháp', 0, 2), true));
    expect(chooseCaseSheets([all, some])).toMatchObject({ selection: 'fullList', tables: [{ sheet: 'Tất cả' }] });
  });
});

/**
 * The table placed by hand (the pane's «Chọn bảng thủ công»): a sheet whose headers name nothing the
 * detection knows is read from the header row and columns the user chose.
 */
import { dayFromYmd } from '../../src/domain/dates';
import { chooseCaseSheets } from '../../src/workbook/case-sheets';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { SheetError } from '../../src/workbook/errors';
import { InputError } from '../../src/workbook/input-error';
import { scoreWorkbook, type ScoreOptions } from '../../src/workbook/score-workbook';

const grid = (name: string, rows: CellValue[][]): SheetGrid => ({ name, rows, originRow: 1, originCol: 1, visibility: 'visible' });

// Row 1 a title, row 2 blank, row 3 the header: words the detection cannot place.
const SHEET = grid('Nhập tay', [
  ['Bảng theo dõi của bộ phận một cửa'],
  [],
  ['Cột A', 'Cột B', 'Ngày 1', 'Ngày 2', 'Ngày 3'],
  ['HS-1', 'Sở Tư pháp', '02/01/2024', '10/01/2024', '09/01/2024'], // resolved before its due day
  ['HS-2', 'Sở Tư pháp', '03/01/2024', '10/01/2024', '15/01/2024'], // resolved late
  ['HS-3', 'Sở Tư pháp', '05/02/2024', '20/02/2024', null], // unresolved, due passed by 31/03: overdue
  ['HS-4', 'Sở Y tế', '06/03/2024', '20/04/2024', null], // unresolved, still within its deadline
]);

const MAPPING = { code: 0, unit: 1, received: 2, due: 3, completed: 4 };
const Q1: ScoreOptions = { from: dayFromYmd(2024, 1, 1), to: dayFromYmd(2024, 3, 31), today: dayFromYmd(2024, 6, 1) };

describe('a header row chosen by hand', () => {
  it('the detection finds no table in the sheet: the manual choice is the only way in', () => {
    expect(() => chooseCaseSheets([SHEET])).toThrow(InputError);
  });

  it('reads the table from that row with the user’s columns, counts as by hand, and says so', () => {
    const run = scoreWorkbook([SHEET], { ...Q1, caseSheets: ['Nhập tay'], headerRow: 3, mapping: MAPPING });
    expect(run.sheetsRead).toEqual([{ sheet: 'Nhập tay', headerRow: 3, rowsRead: 4, rowsSkipped: 0 }]);
    expect(run.selection).toBe('chosen');
    expect(run.selectionNote).toBe('Đọc bảng hồ sơ ở sheet «Nhập tay» từ dòng tiêu đề 3 theo lựa chọn của người dùng.');
    expect(run.issues.map((i) => i.message)).toContain(run.selectionNote);
    const byName = new Map(run.units.map((u) => [u.name, u]));
    expect(byName.get('Sở Tư pháp')).toMatchObject({ total: 3, resolved: 2, late: 1, inProgress: 1, overdue: 1 });
    expect(byName.get('Sở Y tế')).toMatchObject({ total: 1, resolved: 0, inProgress: 1, withinDeadline: 1, overdue: 0 });
  });

  it('a required column left unmapped is refused, naming the sheet and the header row', () => {
    const { completed: _dropped, ...withoutCompleted } = MAPPING;
    const run = () => scoreWorkbook([SHEET], { ...Q1, caseSheets: ['Nhập tay'], headerRow: 3, mapping: withoutCompleted });
    expect(run).toThrow(SheetError);
    expect(run).toThrow('Bảng hồ sơ ở sheet «Nhập tay», dòng tiêu đề 3, thiếu cột bắt buộc: «Ngày trả kết quả».');
  });

  it('a row outside the sheet, a blank row or no single sheet is refused with the place', () => {
    const at = (headerRow: number, caseSheets: string[] = ['Nhập tay']) => () => chooseCaseSheets([SHEET], caseSheets, headerRow);
    expect(at(9)).toThrow('Sheet «Nhập tay» không có dòng tiêu đề 9: dữ liệu nằm ở dòng 1–7.');
    expect(at(2)).toThrow('Dòng tiêu đề 2 của sheet «Nhập tay» trống: chọn dòng có tên các cột.');
    expect(at(3, [])).toThrow('Dòng tiêu đề 3 được chọn tay cho đúng một sheet hồ sơ, nhưng đang chọn 0 sheet.');
  });

  it('offers every column the data fills, even one without a header', () => {
    const sheet = grid('Thiếu tiêu đề', [['Cột A', 'Cột B'], ['HS-1', 'Sở Tư pháp', '02/01/2024']]);
    const [table] = chooseCaseSheets([sheet], ['Thiếu tiêu đề'], 1).tables;
    expect(table.headers).toEqual(['Cột A', 'Cột B', '']);
    expect(table.firstDataRowIndex).toBe(1);
  });
});

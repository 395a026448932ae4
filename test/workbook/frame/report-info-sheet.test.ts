import { dayFromYmd } from '../../../src/domain/dates';
import type { CellValue, SheetGrid } from '../../../src/workbook/cells';
import { gridFromModel } from '../../../src/workbook/model-grid';
import { readReportInfoSheet } from '../../../src/workbook/report-info/read-report-info';
import { EMPTY_REPORT_INFO, REPORT_INFO_FIELDS, type ReportInfo } from '../../../src/workbook/report-info/report-info';
import { reportInfoSheetModel } from '../../../src/workbook/report-info/report-info-sheet';
import { REPORT_INFO_SHEET } from '../../../src/workbook/sheet-names';
import { q2Context } from '../scoring-fixtures';

const LABELS = REPORT_INFO_FIELDS.map((f) => f.label);

/** The sheet as created, with `typed` put into the «Nội dung» cell of the rows named by their label. */
function typed(values: Record<string, CellValue>): SheetGrid {
  const grid = gridFromModel(reportInfoSheetModel(q2Context()));
  for (const row of grid.rows) if (typeof row[0] === 'string' && row[0] in values) row[1] = values[row[0]];
  return grid;
}
const rowOf = (grid: SheetGrid, label: string): number => grid.rows.findIndex((r) => r[0] === label) + 1;

describe('the Thông tin báo cáo sheet', () => {
  it('is an input sheet of two columns «Mục» | «Nội dung» with the eight items in order, contents empty', () => {
    const model = reportInfoSheetModel(q2Context());
    expect(model).toMatchObject({ name: REPORT_INFO_SHEET, kind: 'input' });
    const header = model.rows.findIndex((r) => r[0]?.value === 'Mục');
    expect(model.rows[header].map((c) => c?.value)).toEqual(['Mục', 'Nội dung']);
    const items = model.rows.slice(header + 1);
    expect(items.map((r) => r[0]?.value)).toEqual([
      'Cơ quan chủ quản', 'Cơ quan báo cáo', 'Địa danh', 'Số báo cáo', 'Ngày báo cáo', 'Người lập biểu', 'Chức danh người ký', 'Người ký',
    ]);
    expect(items.map((r) => r[1]?.value)).toEqual(new Array(8).fill(null));
    expect(items[4][1]?.style?.numFmt).toBe('dd/mm/yyyy');
  });

  it('reads back empty as all unknown, without a complaint', () => {
    expect(readReportInfoSheet(gridFromModel(reportInfoSheetModel(q2Context())))).toEqual({ info: EMPTY_REPORT_INFO, issues: [] });
  });

  it('is created with the values given (the task pane\'s) and reads them back as they were', () => {
    const info: ReportInfo = {
      parentAgency: 'UBND tỉnh Điện Biên', agency: 'Văn phòng UBND tỉnh', place: 'Điện Biên', number: '367/BC-VPUB',
      date: dayFromYmd(2021, 7, 9), preparer: 'Nguyễn Văn A', signerTitle: 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG', signer: 'Lê Thanh Bình',
    };
    const model = reportInfoSheetModel(q2Context(), info);
    const dateCell = model.rows.find((r) => r[0]?.value === 'Ngày báo cáo')![1]!.value;
    expect(dateCell).toEqual(new Date(Date.UTC(2021, 6, 9)));
    expect(readReportInfoSheet(gridFromModel(model))).toEqual({ info, issues: [] });
  });

  it('reads what the user typed: a date as text, a number as the report number, spaces tidied, a title on two lines', () => {
    const grid = typed({
      'Cơ quan báo cáo': '  Văn phòng   UBND tỉnh ', 'Số báo cáo': 367, 'Ngày báo cáo': '9/7/2021', 'Chức danh người ký': 'KT. CHÁNH VĂN PHÒNG \r\n PHÓ CHÁNH VĂN PHÒNG',
    });
    expect(readReportInfoSheet(grid)).toEqual({
      info: { ...EMPTY_REPORT_INFO, agency: 'Văn phòng UBND tỉnh', number: '367', date: dayFromYmd(2021, 7, 9), signerTitle: 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG' },
      issues: [],
    });
  });

  it('finds the items by label in any order, case and without diacritics', () => {
    const grid: SheetGrid = {
      name: 'thong tin bao cao', originRow: 3, originCol: 2, visibility: 'visible',
      rows: [['MỤC', 'NỘI DUNG'], ['nguoi ky', 'Lê Thanh Bình'], ['Địa danh:', 'Điện Biên']],
    };
    expect(readReportInfoSheet(grid)).toEqual({ info: { ...EMPTY_REPORT_INFO, signer: 'Lê Thanh Bình', place: 'Điện Biên' }, issues: [] });
  });

  it('reports an unreadable date and an error value with their cell, and prints «…» in their place', () => {
    const grid = typed({ 'Ngày báo cáo': '31/02/2021', 'Người ký': { error: '#REF!' } });
    const { info, issues } = readReportInfoSheet(grid);
    expect(info).toEqual(EMPTY_REPORT_INFO);
    expect(issues).toEqual([
      {
        sheet: REPORT_INFO_SHEET, row: rowOf(grid, 'Ngày báo cáo'), column: 'B', severity: 'error',
        message: expect.stringMatching(/^«Ngày báo cáo»: không đọc được ngày «31\/02\/2021» \(.+\) — gõ ngày dạng ngày\/tháng\/năm, ví dụ 09\/07\/2021; các biểu in dấu «…» thay cho mục này\.$/),
      },
      { sheet: REPORT_INFO_SHEET, row: rowOf(grid, 'Người ký'), column: 'B', severity: 'error', message: '«Người ký»: ô chứa giá trị lỗi #REF!; các biểu in dấu «…» thay cho mục này.' },
    ]);
  });

  it('uses the first of two rows for one item and says so; a row of another item or without one is reported', () => {
    const grid = typed({ 'Địa danh': 'Điện Biên' });
    const place = rowOf(grid, 'Địa danh');
    grid.rows.push(['Địa danh', 'Tuần Giáo'], ['Nơi nhận', 'Như trên'], [null, 'Lưu: VT']);
    const { info, issues } = readReportInfoSheet(grid);
    expect(info.place).toBe('Điện Biên');
    const last = grid.rows.length;
    expect(issues).toEqual([
      { sheet: REPORT_INFO_SHEET, row: last - 2, column: 'A', severity: 'warning', message: `Mục «Địa danh» đã có ở dòng ${place}; dùng dòng ${place}, bỏ qua dòng này.` },
      { sheet: REPORT_INFO_SHEET, row: last - 1, column: 'A', severity: 'warning', message: `Mục «Nơi nhận» không phải mục của khung văn bản (${LABELS.map((l) => `«${l}»`).join(', ')}); không dùng dòng này.` },
      { sheet: REPORT_INFO_SHEET, row: last, column: 'A', severity: 'warning', message: 'Dòng có nội dung «Lưu: VT» nhưng thiếu tên mục ở cột «Mục»; không dùng dòng này.' },
    ]);
  });

  it('refuses text too long to be an agency or a name, with its cell', () => {
    const grid = typed({ 'Cơ quan chủ quản': 'x'.repeat(301) });
    const { info, issues } = readReportInfoSheet(grid);
    expect(info.parentAgency).toBeNull();
    expect(issues).toEqual([{ sheet: REPORT_INFO_SHEET, row: rowOf(grid, 'Cơ quan chủ quản'), column: 'B', severity: 'error', message: '«Cơ quan chủ quản»: nội dung dài 301 ký tự, quá 300 ký tự của một mục; các biểu in dấu «…» thay cho mục này.' }]);
  });

  it('says when the sheet has no «Mục» | «Nội dung» header, and reads nothing', () => {
    const grid: SheetGrid = { name: REPORT_INFO_SHEET, originRow: 1, originCol: 1, visibility: 'visible', rows: [['Cơ quan báo cáo', 'Văn phòng UBND tỉnh']] };
    expect(readReportInfoSheet(grid)).toEqual({
      info: EMPTY_REPORT_INFO,
      issues: [{ sheet: REPORT_INFO_SHEET, row: null, column: null, severity: 'warning', message: 'Sheet «Thông tin báo cáo» không có dòng tiêu đề gồm hai cột «Mục» và «Nội dung»; không đọc được thông tin văn bản, các biểu in dấu «…» ở phần đầu và phần ký.' }],
    });
  });

  it('reads a bare date serial of a 1904 workbook from 1904', () => {
    // Serial 43 655 is 9 July 2019 counted from 1900, and 1 462 days later counted from 1904.
    const grid = { ...typed({ 'Ngày báo cáo': 43_655 }), date1904: true };
    expect(readReportInfoSheet(grid).info.date).toBe(dayFromYmd(2023, 7, 10));
  });
});

/**
 * `Thông tin báo cáo` in a real .xlsx: written by the package writer, filled in with ExcelJS as a user would
 * in Excel (a real date cell, a title on two lines), read back by our reader and printed in a frame.
 */
import ExcelJS from 'exceljs';
import { dayFromYmd } from '../../src/domain/dates';
import { readReportInfoSheet } from '../../src/workbook/report-info/read-report-info';
import { reportInfoSheetModel } from '../../src/workbook/report-info/report-info-sheet';
import { frameSheet } from '../../src/workbook/reports/document-frame';
import { REPORT_INFO_SHEET } from '../../src/workbook/sheet-names';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { newWorkbook } from '../../src/xlsx/new-workbook';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { q2Context } from '../workbook/scoring-fixtures';

const TYPED: Record<string, ExcelJS.CellValue> = {
  'Cơ quan chủ quản': 'UBND tỉnh Điện Biên',
  'Cơ quan báo cáo': 'Văn phòng UBND tỉnh',
  'Địa danh': 'Điện Biên',
  'Số báo cáo': '367/BC-VPUB',
  'Ngày báo cáo': new Date(Date.UTC(2021, 6, 9)),
  'Người lập biểu': 'Nguyễn Văn A',
  'Chức danh người ký': 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG',
  'Người ký': 'Lê Thanh Bình',
};

async function typedFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await newWorkbook([reportInfoSheetModel(q2Context())])) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(REPORT_INFO_SHEET)!;
  ws.eachRow((row) => {
    const label = row.getCell(1).value;
    if (typeof label === 'string' && label in TYPED) row.getCell(2).value = TYPED[label];
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('Thông tin báo cáo in an .xlsx', () => {
  it('reads back what was typed in Excel and prints it in the frame', async () => {
    const grids = await readWorkbook(await typedFile(), 'thong-tin.xlsx');
    const { info, issues } = readReportInfoSheet(grids.find((g) => g.name === REPORT_INFO_SHEET)!);
    expect(issues).toEqual([]);
    expect(info).toEqual({
      parentAgency: 'UBND tỉnh Điện Biên', agency: 'Văn phòng UBND tỉnh', place: 'Điện Biên', number: '367/BC-VPUB',
      date: dayFromYmd(2021, 7, 9), preparer: 'Nguyễn Văn A', signerTitle: 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG', signer: 'Lê Thanh Bình',
    });
    const table: SheetModel = { name: 'T', rows: [[{ value: 'BẢNG' }, null]], widths: [20, 30], merges: [], print: { orientation: 'portrait', fitToWidth: true }, kind: 'result' };
    const framed = frameSheet(table, info, { kind: 'appendix', label: 'PHỤ LỤC' });
    const texts = framed.rows.flatMap((r) => r.map((c) => c?.value).filter(Boolean));
    expect(texts).toEqual(expect.arrayContaining([
      'UBND TỈNH ĐIỆN BIÊN', 'VĂN PHÒNG UBND TỈNH',
      '(Kèm theo Báo cáo số 367/BC-VPUB ngày 09 tháng 7 năm 2021 của Văn phòng UBND tỉnh)',
      'Điện Biên, ngày 09 tháng 7 năm 2021', 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG', 'Nguyễn Văn A', 'Lê Thanh Bình',
    ]));
  });
});

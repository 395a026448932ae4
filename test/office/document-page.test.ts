// office-addin-mock needs only the OfficeApp names from office-addin-manifest (see office-host.test.ts).
jest.mock('office-addin-manifest', () => ({ OfficeApp: jest.requireActual('office-addin-manifest/lib/officeApp').OfficeApp }));

import type { OfficeCapabilities } from '../../src/office/capabilities';
import { OfficeWorkbookHost } from '../../src/office/office-host';
import type { ExcelRunner } from '../../src/office/run-excel';
import { EMPTY_REPORT_INFO } from '../../src/workbook/report-info/report-info';
import { frameSheet } from '../../src/workbook/reports/document-frame';
import { MARKER_SHEET } from '../../src/workbook/result-sheets';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { FakeExcel, type FakeSheet } from './fake-excel';
import { API_1_9 } from './fake-excel-helpers';

const API_1_8: OfficeCapabilities = { ...API_1_9, pageLayout: false, suspendScreenUpdating: false, selectedRanges: false };

const table: SheetModel = {
  name: 'Biểu thử', rows: [[{ value: 'TIÊU ĐỀ' }], [{ value: 'STT' }, { value: 'Đơn vị' }]], widths: [6, 30, 12],
  merges: [], print: { orientation: 'landscape', fitToWidth: true }, kind: 'result',
};
const marker: SheetModel = { ...table, name: MARKER_SHEET, rows: [[{ value: 'TTHC Scorecard' }], [{ value: table.name }]] };

async function writtenSheet(capabilities: OfficeCapabilities, model: SheetModel = table): Promise<{ book: FakeExcel; sheet: FakeSheet; framed: SheetModel }> {
  const book = new FakeExcel();
  book.addSheet('Hồ sơ', { rows: [['x']] });
  const run: ExcelRunner = (work) => work(book.context);
  const framed = frameSheet(model, EMPTY_REPORT_INFO, { kind: 'standalone' });
  await new OfficeWorkbookHost(run, capabilities).applyChanges({ remove: [], add: [framed, marker], veryHidden: [MARKER_SHEET] });
  return { book, sheet: book.sheet(model.name)!, framed };
}

const written = async (capabilities: OfficeCapabilities): Promise<Record<string, unknown>> => (await writtenSheet(capabilities)).sheet.layout;

describe('a framed sheet written through Office.js', () => {
  it('gets NĐ 30 margins in points, the table centred and the page number on every page but the first (ExcelApi 1.9)', async () => {
    const mm = 72 / 25.4;
    expect(await written(API_1_9)).toEqual({
      orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      topMargin: 20 * mm, bottomMargin: 20 * mm, leftMargin: 30 * mm, rightMargin: 15 * mm, headerMargin: 10 * mm, footerMargin: 10 * mm,
      centerHorizontally: true,
      'headersFooters.state': 'FirstAndDefault',
      'headersFooters.defaultForAllPages.centerHeader': '&"Times New Roman,Regular"&13&P',
      'headersFooters.firstPage.centerHeader': '',
    });
  });

  it('leaves the page alone below ExcelApi 1.9, where pageLayout does not exist', async () => {
    expect(await written(API_1_8)).toEqual({});
  });

  it('prints on the model’s paper with its page ends, as the file writer does (ExcelApi 1.9)', async () => {
    // Page ends after rows 1 and 2 of the table; the frame's 3 rows on top move them to 4 and 5.
    const a3 = { ...table, print: { ...table.print, paper: 'A3' as const, rowBreaks: [1, 2] } };
    const { sheet, framed } = await writtenSheet(API_1_9, a3);
    expect(framed.print.rowBreaks).toEqual([4, 5]);
    expect(sheet.layout.paperSize).toBe('A3');
    // Excel's break goes above the range given: the first row of the next page.
    expect(sheet.pageBreaks).toEqual(['A5', 'A6']);
  });

  it('adds no page break below ExcelApi 1.9', async () => {
    const { sheet } = await writtenSheet(API_1_8, { ...table, print: { ...table.print, rowBreaks: [2] } });
    expect(sheet.pageBreaks).toEqual([]);
  });

  it.each([['1.9', API_1_9], ['1.8', API_1_8]])('sets Times New Roman on every written cell in one operation (ExcelApi %s)', async (_, capabilities) => {
    const { book, sheet, framed } = await writtenSheet(capabilities);
    const fonts = book.formatOps.filter((o) => o.sheet === sheet && o.path === 'font.name').map((o) => [o.address, o.value]);
    // The frame's rows (3 on top; below, a blank row, the place-date line, titles, hints, 3 rows to sign and the names) and the table's 2, over its 3 columns.
    expect(framed.rows.length).toBe(3 + 2 + 8);
    expect(fonts).toEqual([['A1:C13', 'Times New Roman']]);
  });
});

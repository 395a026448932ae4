// office-addin-mock needs only the OfficeApp names from office-addin-manifest (see office-host.test.ts).
jest.mock('office-addin-manifest', () => ({ OfficeApp: jest.requireActual('office-addin-manifest/lib/officeApp').OfficeApp }));

import type { OfficeCapabilities } from '../../src/office/capabilities';
import { OfficeWorkbookHost } from '../../src/office/office-host';
import type { ExcelRunner } from '../../src/office/run-excel';
import { EMPTY_REPORT_INFO } from '../../src/workbook/report-info/report-info';
import { frameSheet } from '../../src/workbook/reports/document-frame';
import { MARKER_SHEET } from '../../src/workbook/result-sheets';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { FakeExcel } from './fake-excel';

const API_1_9: OfficeCapabilities = { dataValidation: true, pageLayout: true, suspendScreenUpdating: true, selectedRanges: true };
const API_1_8: OfficeCapabilities = { ...API_1_9, pageLayout: false, suspendScreenUpdating: false, selectedRanges: false };

const table: SheetModel = {
  name: 'Biểu thử', rows: [[{ value: 'TIÊU ĐỀ' }], [{ value: 'STT' }, { value: 'Đơn vị' }]], widths: [6, 30, 12],
  merges: [], print: { orientation: 'landscape', fitToWidth: true }, kind: 'result',
};
const marker: SheetModel = { ...table, name: MARKER_SHEET, rows: [[{ value: 'TTHC Scorecard' }], [{ value: table.name }]] };

async function written(capabilities: OfficeCapabilities): Promise<Record<string, unknown>> {
  const book = new FakeExcel();
  book.addSheet('Hồ sơ', { rows: [['x']] });
  const run: ExcelRunner = (work) => work(book.context);
  const framed = frameSheet(table, EMPTY_REPORT_INFO, { kind: 'standalone' });
  await new OfficeWorkbookHost(run, capabilities).applyChanges({ remove: [], add: [framed, marker], veryHidden: [MARKER_SHEET] });
  return book.sheet(table.name)!.layout;
}

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
});

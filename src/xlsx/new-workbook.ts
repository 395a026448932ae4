/**
 * A new .xlsx holding only our sheets: a one-sheet ExcelJS workbook as the package, its placeholder sheet
 * replaced by the models through the same package writer as the result sheets, so both look alike.
 */
import ExcelJS from 'exceljs';
import type { SheetModel } from '../workbook/sheet-model';
import { editPackage } from './package-writer';

const PLACEHOLDER = 'TTHC_trong';

export async function newWorkbook(sheets: SheetModel[], veryHidden: string[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(PLACEHOLDER);
  const blank = Buffer.from(await wb.xlsx.writeBuffer());
  return editPackage(blank, { remove: [PLACEHOLDER], add: sheets, veryHidden });
}

/** Reads an .xlsx file's cell values into host-neutral grids with ExcelJS. */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid, SheetVisibility } from '../workbook/cells';
import { InputError } from '../workbook/input-error';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buf: Buffer, sig: number[]): boolean => sig.every((b, i) => buf[i] === b);

/** Refuses, with a reason the user can act on, anything that is not a readable .xlsx package. */
export function checkXlsxSignature(buf: Buffer, fileName: string): void {
  if (buf.length === 0) throw new InputError(`Tệp «${fileName}» rỗng (0 byte).`);
  if (startsWith(buf, OLE)) {
    throw new InputError(`Tệp «${fileName}» là định dạng Excel cũ (.xls) hoặc tệp .xlsx có đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu và lưu thành «Excel Workbook (*.xlsx)».`);
  }
  if (!startsWith(buf, ZIP)) {
    throw new InputError(`Tệp «${fileName}» không phải bảng tính .xlsx (có thể là .csv hoặc trang HTML đổi đuôi). Hãy mở bằng Excel và lưu thành «Excel Workbook (*.xlsx)».`);
  }
}

export async function readWorkbook(buf: Buffer, fileName: string): Promise<SheetGrid[]> {
  checkXlsxSignature(buf, fileName);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError(`Không đọc được tệp «${fileName}»: tệp .xlsx bị hỏng hoặc không đầy đủ (${(e as Error).message}).`);
  }
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    rows: gridRows(ws),
    originRow: 1,
    originCol: 1,
    visibility: (ws.state ?? 'visible') as SheetVisibility,
  }));
}

function gridRows(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  // getSheetValues is sparse and 1-based (row, then column): the fastest way out of ExcelJS.
  const values = ws.getSheetValues() as unknown as (ExcelJS.CellValue[] | undefined)[];
  for (let r = 1; r < values.length; r++) {
    const src = values[r];
    if (!src) {
      rows.push([]);
      continue;
    }
    const row: CellValue[] = new Array(Math.max(0, src.length - 1)).fill(null);
    for (let c = 1; c < src.length; c++) row[c - 1] = plain(src[c]);
    rows.push(row);
  }
  return rows;
}

/** ExcelJS's cell value shapes → a plain value: formulas give their cached result, rich text its text. */
function plain(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('error' in v) return { error: String(v.error) };
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : plain(result as ExcelJS.CellValue);
  }
  if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  return null;
}

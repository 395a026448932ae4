/**
 * The error catalogue (src/workbook/errors.ts) on realistic triggers: each stop is a typed InputError that
 * carries its place (file, sheet, row), the CLI exits 2 with its Vietnamese message, and nothing is written.
 */
import JSZip from 'jszip';
import { writeFileSync } from 'fs';
import { chooseCaseSheets } from '../../src/workbook/case-sheets';
import { AmbiguousCaseSheets, FileFormatError, InputError, SheetError } from '../../src/workbook/errors';
import { tablesToRead } from '../../src/workbook/score-inputs';
import type { TableLocation } from '../../src/workbook/find-table';
import { XlsxBook } from '../../src/xlsx/read-workbook';
import { editPackage } from '../../src/xlsx/package-writer';
import { oneSheetWorkbook, pkg, REL, MAIN, textCell } from './raw-package';
import { score, tempDir } from './support';

const tmp = tempDir('typed-errors');
afterAll(() => tmp.cleanup());

/** A case list in «Dữ liệu» and, after it, a chart sheet «Biểu đồ» (a chartsheet part: no cells at all). */
async function withChartSheet(): Promise<Buffer> {
  const row = (r: number, cells: string[]): string => `<row r="${r}">${cells.map((t, i) => textCell(`${'ABCDE'[i]}${r}`, t)).join('')}</row>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${row(1, ['Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả'])}${row(2, ['HS-1', 'Sở Tư pháp', '02/01/2024', '10/01/2024', '09/01/2024'])}</sheetData></worksheet>`;
  const workbook = oneSheetWorkbook('Dữ liệu').replace('</sheets>', '<sheet name="Biểu đồ" sheetId="2" r:id="rId20"/></sheets>');
  const zip = await JSZip.loadAsync(await pkg({ workbook, sheet }));
  const rels = await zip.file('xl/_rels/book.xml.rels')!.async('string');
  zip.file('xl/_rels/book.xml.rels', rels.replace('</Relationships>', `<Relationship Id="rId20" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`));
  zip.file('xl/chartsheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><chartsheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The first bytes of a password-protected .xlsx: an OLE compound file naming its «EncryptedPackage» stream. */
const encrypted = (): Buffer =>
  Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le')]);

describe('a sheet the user names that cannot be used', () => {
  it('--sheet naming a chart sheet: exit 2, the sheet named; the engine throws a SheetError carrying it', async () => {
    const file = tmp.file('bieu-do.xlsx');
    writeFileSync(file, await withChartSheet());
    const r = await score(file, '--sheet', 'Biểu đồ');
    expect(r.code).toBe(2);
    expect(r.err).toBe('Lỗi: Tệp không có dữ liệu: sheet «Biểu đồ» trống.');

    const grids = await XlsxBook.open(await withChartSheet(), 'bieu-do.xlsx').readAll();
    const thrown = catchError(() => chooseCaseSheets(grids, ['Biểu đồ']));
    expect(thrown).toBeInstanceOf(SheetError);
    expect(thrown).toBeInstanceOf(InputError);
    expect(thrown).toMatchObject({ name: 'SheetError', sheet: 'Biểu đồ', row: null, column: null });
    // Without --sheet the chart sheet is no candidate and the case list is scored.
    expect(await score(file)).toMatchObject({ code: 0, err: '' });
  });

  it('--sheet naming no sheet of the file, and a sheet without a case table: SheetError with that sheet', async () => {
    const grids = await XlsxBook.open(await withChartSheet(), 'bieu-do.xlsx').readAll();
    expect(catchError(() => chooseCaseSheets(grids, ['Sheet9']))).toMatchObject({ name: 'SheetError', sheet: 'Sheet9' });
    const notes = [{ ...grids[0], name: 'Ghi chú', rows: [['Xem sheet Dữ liệu']] }];
    const thrown = catchError(() => chooseCaseSheets(notes, ['Ghi chú']));
    expect(thrown).toMatchObject({ name: 'SheetError', sheet: 'Ghi chú' });
    expect((thrown as Error).message).toContain('(trong 30 dòng đầu)');
  });

  it('the reader asked for a sheet the file does not have: SheetError (was a plain Error), in Vietnamese', async () => {
    const book = XlsxBook.open(await withChartSheet(), 'bieu-do.xlsx');
    await expect(book.readSheet('DS hồ sơ')).rejects.toThrow(SheetError);
    await expect(book.readSheet('DS hồ sơ')).rejects.toMatchObject({ sheet: 'DS hồ sơ', message: 'Không có sheet «DS hồ sơ» trong tệp «bieu-do.xlsx».' });
  });

  it('a required column missing: SheetError with the sheet', () => {
    const table = { sheet: 'DS hồ sơ', headerRowIndex: 0, firstDataRowIndex: 1, mapping: {}, headers: [], missing: ['received'], confidence: 'low', score: 0 } as TableLocation;
    const thrown = catchError(() => tablesToRead([table], undefined));
    expect(thrown).toMatchObject({ name: 'SheetError', sheet: 'DS hồ sơ' });
    expect((thrown as Error).message).toMatch(/^Sheet «DS hồ sơ» thiếu cột bắt buộc: /);
  });
});

describe('a file that is no readable workbook', () => {
  it('an encrypted .xlsx: exit 2; the reader throws a FileFormatError carrying the file name', async () => {
    const file = tmp.file('mat-khau.xlsx');
    writeFileSync(file, encrypted());
    const r = await score(file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Lỗi: Tệp «mat-khau\.xlsx» được đặt mật khẩu \(mã hóa\)/);
    const thrown = catchError(() => XlsxBook.open(encrypted(), 'mat-khau.xlsx'));
    expect(thrown).toBeInstanceOf(InputError);
    expect(thrown).toMatchObject({ name: 'FileFormatError', file: 'mat-khau.xlsx' });
  });

  it('the package writer given an encrypted file: a FileFormatError in Vietnamese (was an English plain Error)', async () => {
    const rejected = editPackage(encrypted(), { remove: [], add: [] });
    await expect(rejected).rejects.toThrow(FileFormatError);
    await expect(editPackage(encrypted(), { remove: [], add: [] })).rejects.toMatchObject({
      file: null,
      message: expect.stringMatching(/^Sổ làm việc được đặt mật khẩu \(mã hóa\) hoặc là định dạng Excel cũ \(\.xls\)/),
    });
  });
});

describe('the catalogue', () => {
  it('every type is an InputError with its own name; the ambiguous choice keeps its candidates', () => {
    const ambiguous = new AmbiguousCaseSheets([{ sheet: 'A', rows: 2 }, { sheet: 'B', rows: 3 }]);
    expect(ambiguous).toBeInstanceOf(InputError);
    expect(ambiguous.name).toBe('AmbiguousCaseSheets');
    expect(ambiguous.message).toMatch(/^Có 2 sheet giống danh sách hồ sơ: «A» \(2 dòng\), «B» \(3 dòng\)\./);
    expect(new SheetError('x', { sheet: 'S', row: 4, column: 'C' })).toMatchObject({ sheet: 'S', row: 4, column: 'C' });
    expect(new InputError('x').name).toBe('InputError');
  });
});

function catchError(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

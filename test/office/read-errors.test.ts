/**
 * Reading a sheet when Excel answers without its cells (it returns null rather than failing when a read
 * exceeds its limits): a SheetError in Vietnamese naming the sheet and the first row of the chunk, which
 * reaches the task pane as itself (not wrapped as an Excel failure), so it is shown as the user's data issue.
 */
import { InputError, SheetError } from '../../src/workbook/errors';
import { OfficeHostError } from '../../src/office/office-error';
import { OfficeWorkbookHost } from '../../src/office/office-host';
import type { ExcelRunner } from '../../src/office/run-excel';
import { FakeExcel, FakeOfficeError, FakeSheet, type FakeRange } from './fake-excel';

function hostOn(book: FakeExcel): OfficeWorkbookHost {
  const run: ExcelRunner = (work) => work(book.context);
  return new OfficeWorkbookHost(run, { dataValidation: true, pageLayout: true, suspendScreenUpdating: true, selectedRanges: true });
}

/** Every range read from now on answers `property` as null. */
function answerNull(property: 'values' | 'numberFormat'): void {
  const original = FakeSheet.prototype.getRangeByIndexes;
  jest.spyOn(FakeSheet.prototype, 'getRangeByIndexes').mockImplementation(function (this: FakeSheet, ...args: Parameters<FakeSheet['getRangeByIndexes']>): FakeRange {
    const range = original.apply(this, args);
    Object.defineProperty(range, property, { get: () => null });
    return range;
  });
}

afterEach(() => jest.restoreAllMocks());

describe('readSheet when Excel returns no cells', () => {
  it('values missing: a SheetError with the sheet and the row, in Vietnamese', async () => {
    const book = new FakeExcel();
    book.addSheet('Hồ sơ', { at: 'A3', rows: [['Mã'], ['H1'], ['H2']] });
    answerNull('values');
    const read = hostOn(book).readSheet('Hồ sơ');
    await expect(read).rejects.toThrow(SheetError);
    await expect(hostOn(book).readSheet('Hồ sơ')).rejects.toMatchObject({
      sheet: 'Hồ sơ',
      row: 3,
      column: null,
      message: expect.stringMatching(/^Excel không trả về giá trị các dòng 3–5 của sheet «Hồ sơ»\./),
    });
  });

  it('number formats missing in a 1904 workbook: the same, for the formats', async () => {
    const book = new FakeExcel();
    book.date1904 = true;
    book.addSheet('Hồ sơ', { rows: [['Mã'], ['H1']] });
    answerNull('numberFormat');
    await expect(hostOn(book).readSheet('Hồ sơ')).rejects.toMatchObject({
      name: 'SheetError',
      sheet: 'Hồ sơ',
      row: 1,
      message: expect.stringMatching(/^Excel không trả về định dạng số các dòng 1–2 của sheet «Hồ sơ»\./),
    });
  });

  it('an InputError passes through; Excel’s own failures are still wrapped as OfficeHostError', async () => {
    const book = new FakeExcel();
    book.addSheet('Hồ sơ', { rows: [['a']] });
    book.failures.set(1, new FakeOfficeError('GeneralException', 'internal error'));
    book.failures.set(2, new FakeOfficeError('GeneralException', 'internal error'));
    const failed = await hostOn(book).readSheet('Hồ sơ').catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(OfficeHostError);
    expect(failed).not.toBeInstanceOf(InputError);
  });
});

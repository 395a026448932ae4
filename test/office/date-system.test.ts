/**
 * The 1904 date system in the add-in: the workbook is asked (DATE(1904,1,1) through workbook.functions) in a
 * batch the host sends anyway, dates are read and written in the system it answers, and when it cannot
 * answer the job goes on in the 1900 system with a Vietnamese warning — never a silent four-year shift.
 */
// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose full import chain
// ends in an ES module (strip-bom) that jest on Node 20 cannot require.
jest.mock('office-addin-manifest', () => ({ OfficeApp: jest.requireActual('office-addin-manifest/lib/officeApp').OfficeApp }));

import { OfficeMockObject } from 'office-addin-mock';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { DateSystemTracker } from '../../src/office/date-system';
import { OfficeWorkbookHost } from '../../src/office/office-host';
import type { ExcelRunner } from '../../src/office/run-excel';
import { isDateFormat } from '../../src/office/office-values';
import { isDateFormat as xlsxIsDateFormat } from '../../src/xlsx/read-workbook';
import { excelToDate } from '../../src/xlsx/xml-scan';
import { dateSerial as xlsxDateSerial } from '../../src/xlsx/sheet-xml';
import { readDate } from '../../src/workbook/cell-values';
import { formatIso } from '../../src/domain/dates';
import { FakeExcel, FakeOfficeError } from './fake-excel';
import { API_1_9 } from './fake-excel-helpers';


function hostOn(book: FakeExcel): OfficeWorkbookHost {
  const run: ExcelRunner = (work) => work(book.context);
  return new OfficeWorkbookHost(run, API_1_9);
}

/**
 * A small case list as Excel hands it over: B and C are formatted as dates (C with a time), D holds a count
 * in General format, E a serial number typed without a date format.
 */
function caseBook(date1904: boolean): FakeExcel {
  const book = new FakeExcel();
  book.date1904 = date1904;
  const sheet = book.addSheet('Hồ sơ', {
    rows: [
      ['Mã hồ sơ', 'Ngày tiếp nhận', 'Hạn xử lý', 'Số lần bổ sung', 'Ngày trả (số)'],
      ['H1', 43000, 43000.5, 2, 43000],
      ['H2', 43001, '', 0, 43001],
    ],
  });
  sheet.formatCells('B2:B3', 'dd/mm/yyyy');
  sheet.formatCells('C2:C3', 'dd/mm/yyyy hh:mm');
  book.addSheet('Ngày nghỉ', { rows: [['Ngày'], [43000]] }).formatCells('A2', 'm/d/yyyy');
  return book;
}

/** What the task pane does: list the sheets, then read them. */
async function readAll(host: OfficeWorkbookHost): Promise<Map<string, unknown[][]>> {
  const grids = new Map<string, unknown[][]>();
  for (const info of await host.listSheets()) grids.set(info.name, (await host.readSheet(info.name)).rows);
  return grids;
}

const day = (y: number, m: number, d: number, h = 0): Date => new Date(Date.UTC(y, m - 1, d, h));

describe('the workbook’s date system', () => {
  it('reads date-formatted serials of a 1904 workbook as the days Excel shows, with no extra sync', async () => {
    const book = caseBook(true);
    const host = hostOn(book);

    const grids = await readAll(host);

    // 1904 serial 43000 is 23/09/2021 (the 1900 system would say 22/09/2017).
    expect(grids.get('Hồ sơ')).toEqual([
      ['Mã hồ sơ', 'Ngày tiếp nhận', 'Hạn xử lý', 'Số lần bổ sung', 'Ngày trả (số)'],
      ['H1', day(2021, 9, 23), day(2021, 9, 23, 12), 2, 43000],
      ['H2', day(2021, 9, 24), null, 0, 43001],
    ]);
    expect(grids.get('Ngày nghỉ')).toEqual([['Ngày'], [day(2021, 9, 23)]]);
    // The case reader takes the Date as that day.
    const read = readDate(grids.get('Hồ sơ')![1][1] as Date);
    expect(read.ok && formatIso(read.value.day)).toBe('2021-09-23');
    // Asked once for the job, inside listSheets' only batch: list 1 + (first batch + one chunk) per sheet.
    expect(book.functionCalls).toEqual(['DATE(1904,1,1)']);
    expect(book.syncs).toHaveLength(1 + 2 + 2);
    expect(host.dateSystemNotice()).toMatch(/^Tệp dùng hệ ngày 1904 .*sớm 1\u00a0462 ngày/);
  });

  it('leaves the 1900 default as it was: serials stay numbers, values only, same syncs, no notice', async () => {
    const book = caseBook(false);
    const host = hostOn(book);

    const grids = await readAll(host);

    expect(grids.get('Hồ sơ')).toEqual([
      ['Mã hồ sơ', 'Ngày tiếp nhận', 'Hạn xử lý', 'Số lần bổ sung', 'Ngày trả (số)'],
      ['H1', 43000, 43000.5, 2, 43000],
      ['H2', 43001, null, 0, 43001],
    ]);
    const read = readDate(grids.get('Hồ sơ')![1][1] as number);
    expect(read.ok && formatIso(read.value.day)).toBe('2017-09-22');
    expect(book.syncs).toHaveLength(1 + 2 + 2);
    expect(host.dateSystemNotice()).toBeNull();
    // The chunk reads load values only: their responses are what the values weigh, formats add nothing.
    const with1904 = caseBook(true);
    await readAll(hostOn(with1904));
    expect(book.syncs[2].responseBytes).toBeLessThan(with1904.syncs[2].responseBytes);
  });

  it('reads a large 1904 sheet with its number formats in chunks that stay under the response limit', async () => {
    const book = new FakeExcel();
    book.date1904 = true;
    const rows: (string | number)[][] = [['STT', 'Mã hồ sơ', 'Thủ tục', 'Đơn vị', 'Ngày nhận', 'Hẹn trả', 'Ngày trả', 'Ghi chú']];
    for (let i = 1; i < 100_000; i++) {
      rows.push([i, `000.00.12.H56-${i}`, 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'UBND xã Tân Phú', 43830 + (i % 300), 43840 + (i % 300), i % 7 ? 43845 + (i % 300) : '', i % 11 ? '' : 'Bổ sung hồ sơ']);
    }
    const sheet = book.addSheet('Hồ sơ', { rows });
    sheet.formatCells('E2:G100000', 'dd/mm/yyyy');
    const host = hostOn(book);

    const grid = await host.readSheet('Hồ sơ');

    expect(grid.rows).toHaveLength(100_000);
    expect(grid.rows[1].slice(4, 7)).toEqual([excelToDate(43831, true), excelToDate(43841, true), excelToDate(43846, true)]);
    expect(grid.rows[1][0]).toBe(1); // a General-format number stays a number
    expect(grid.rows[7][6]).toBeNull();
    const maxResponse = Math.max(...book.syncs.map((s) => s.responseBytes));
    process.stdout.write(`read 100 000 × 8 in a 1904 workbook: ${book.syncs.length} syncs, largest response ${(maxResponse / 1e6).toFixed(2)} MB\n`);
    expect(maxResponse).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(book.syncs.some((s) => s.responseBytes > 5_000_000)).toBe(false); // the first guess already fits
  });

  it('asks again in the next job: the user may have changed the option', async () => {
    const book = caseBook(false);
    const host = hostOn(book);
    await readAll(host);
    book.date1904 = true;
    const grids = await readAll(host);
    expect(grids.get('Hồ sơ')![1][1]).toEqual(day(2021, 9, 23));
    expect(book.functionCalls).toHaveLength(2);
  });

  it('when Excel refuses the question: one extra sync, dates read in 1900 and a Vietnamese warning that says why', async () => {
    const book = caseBook(true); // a 1904 workbook, so reading in 1900 is wrong and must not be silent
    book.functionsFailure = new FakeOfficeError('GeneralException', 'Error code: 0x800A03EC');
    const host = hostOn(book);

    const grids = await readAll(host);

    expect(grids.get('Hồ sơ')![1]).toEqual(['H1', 43000, 43000.5, 2, 43000]);
    expect(book.functionCalls).toEqual(['DATE(1904,1,1)']); // not asked again in this job
    expect(book.syncs).toHaveLength(1 + 1 + 2 + 2);
    const notice = host.dateSystemNotice();
    expect(notice).toMatch(/^Không xác định được hệ ngày của tệp \(Excel báo lỗi khi hỏi: .*\[GeneralException\]\)/);
    expect(notice).toMatch(/theo hệ 1900, mặc định của Excel\. Nếu tệp dùng hệ ngày 1904 .* sớm 1\u00a0462 ngày/);
  });

  it('a failure of the first batch that is not the question is still the error the user sees', async () => {
    const book = caseBook(false);
    book.failures.set(1, new FakeOfficeError('ItemNotFound', 'The requested resource doesn’t exist.'));
    book.failures.set(2, new FakeOfficeError('ItemNotFound', 'The requested resource doesn’t exist.'));
    await expect(hostOn(book).readSheet('Hồ sơ')).rejects.toThrow(/^Không đọc được sheet «Hồ sơ» từ Excel\. Không tìm thấy sheet .*\[ItemNotFound\]\)$/);
  });

  it('an answer that is neither 0 nor 1462 is reported, not guessed', async () => {
    const book = caseBook(true);
    book.functionAnswer = { value: null, error: '#VALUE!' };
    const host = hostOn(book);
    const grids = await readAll(host);
    expect(grids.get('Hồ sơ')![1][1]).toBe(43000);
    expect(book.syncs).toHaveLength(1 + 2 + 2);
    expect(host.dateSystemNotice()).toMatch(/^Không xác định được hệ ngày của tệp \(DATE\(1904,1,1\) trả về lỗi #VALUE!\)/);
  });

  it('writes result dates as serials of the workbook’s system, in the same syncs, and reads them back as written', async () => {
    const model: SheetModel = {
      name: 'Kết quả',
      rows: [[{ value: 'Ngày' }, { value: day(2024, 1, 15) }, { value: new Date(Date.UTC(2024, 0, 15, 9, 30)) }, { value: 7 }]],
      widths: [12],
      merges: [],
      print: { orientation: 'portrait', fitToWidth: true },
      kind: 'result',
    };
    const written = async (date1904: boolean) => {
      const book = new FakeExcel();
      book.date1904 = date1904;
      book.addSheet('Hồ sơ', { rows: [['a']] });
      const host = hostOn(book); // a write with no read before: asked with the look around
      await host.applyChanges({ remove: [], add: [model], veryHidden: [] });
      const sheet = book.sheet('Kết quả')!;
      const syncs = book.syncs.length;
      const back = (await host.readSheet('Kết quả')).rows[0];
      return { values: [2, 3, 4].map((c) => sheet.value(1, c)), syncs, back, calls: book.functionCalls.length };
    };
    const in1900 = await written(false);
    const in1904 = await written(true);
    expect(in1900.values).toEqual([45306, 45306 + 570 / 1440, 7]); // 15/01/2024 is serial 45306 in the 1900 system
    expect(in1904.values).toEqual([45306 - 1462, 45306 - 1462 + 570 / 1440, 7]);
    expect(in1904.syncs).toBe(in1900.syncs);
    expect(in1904.back).toEqual(['Ngày', day(2024, 1, 15), new Date(Date.UTC(2024, 0, 15, 9, 30)), 7]);
    expect([in1900.calls, in1904.calls]).toEqual([1, 1]);
  });

  it('when the question fails before a write, the results are written in 1900 and the warning says so', async () => {
    const book = new FakeExcel();
    book.date1904 = true;
    book.functionsFailure = new FakeOfficeError('GeneralException', 'Error code: 0x800A03EC');
    book.addSheet('Hồ sơ', { rows: [['a']] });
    const host = hostOn(book);
    const model: SheetModel = { name: 'Kết quả', rows: [[{ value: day(2024, 1, 15) }]], widths: [12], merges: [], print: { orientation: 'portrait', fitToWidth: true }, kind: 'result' };
    await host.applyChanges({ remove: [], add: [model], veryHidden: [] });
    expect(book.sheet('Kết quả')!.value(1, 1)).toBe(45306);
    expect(host.dateSystemNotice()).toMatch(/ngày được đọc và ghi theo hệ 1900/);
  });
});

describe('the add-in converts as the .xlsx reader and writer do', () => {
  it('tells date formats from others exactly as the .xlsx reader', () => {
    const codes = [
      'General', '0', '0.00', '#,##0', '@', 'm/d/yyyy', 'dd/mm/yyyy', 'dd/mm/yyyy hh:mm', 'h:mm AM/PM', '[h]:mm:ss', 'mmm-yy',
      '[$-42A]dd/mm/yyyy', '[Red]0.00', '0.00 "ngày"', '"Hạn" dd/mm', 'yyyy"年"m"月"d"日"', '0.00E+00', '[$₫-42A] #,##0', 'B2dd/mm/yyyy',
    ];
    const office = codes.map(isDateFormat);
    expect(office).toEqual(codes.map(xlsxIsDateFormat));
    expect(office.filter(Boolean)).toHaveLength(10); // the list holds both kinds
  });

  it('gives a 1904 serial the Date the .xlsx reader gives, and writes the serial its writer writes', async () => {
    const book = new FakeExcel();
    book.date1904 = true;
    const serials = [0, 1, 43000, 43000.25, 43000.999, 45306 - 1462, 60000.5];
    book.addSheet('S', { rows: serials.map((s) => [s]) }).formatCells(`A1:A${serials.length}`, 'dd/mm/yyyy hh:mm');
    const host = hostOn(book);
    const rows = (await host.readSheet('S')).rows;
    expect(rows.map((r) => r[0])).toEqual(serials.map((s) => excelToDate(s, true)));

    const dates = [day(2024, 1, 15), new Date(Date.UTC(2024, 0, 15, 9, 30)), day(1904, 1, 1), day(2099, 12, 31)];
    const model: SheetModel = { name: 'Ghi', rows: dates.map((value) => [{ value }]), widths: [12], merges: [], print: { orientation: 'portrait', fitToWidth: true }, kind: 'result' };
    await host.applyChanges({ remove: [], add: [model], veryHidden: [] });
    // Equal to well under a second (the two compute the time fraction in a different order).
    dates.forEach((d, i) => expect(book.sheet('Ghi')!.value(i + 1, 1)).toBeCloseTo(xlsxDateSerial(d, true)!, 9));
  });
});

describe('the question against office-addin-mock’s load/sync model', () => {
  /** A context whose workbook.functions.date hands back a FunctionResult mock answering `value`. */
  function mockContext(value: number, error: string): Excel.RequestContext {
    const context: OfficeMockObject = new OfficeMockObject({
      workbook: {
        functions: {
          answer: { value, error },
          date: (..._args: number[]) => (context as unknown as { workbook: { functions: { answer: unknown } } }).workbook.functions.answer,
        },
      },
    });
    return context as unknown as Excel.RequestContext;
  }

  it.each([
    [0, '', 1904, /^Tệp dùng hệ ngày 1904/],
    [1462, '', 1900, null],
    // (the mock cannot hold a null value; an error wins over whatever value comes with it)
    [0, '#VALUE!', 1900, /^Không xác định được hệ ngày của tệp \(DATE\(1904,1,1\) trả về lỗi #VALUE!\)/],
    [5, '', 1900, /^Không xác định được hệ ngày của tệp \(DATE\(1904,1,1\) trả về 5 thay vì 0 hoặc 1462\)/],
  ] as const)('DATE(1904,1,1) = %p (error %p) → the %p system', async (value, error, system, notice) => {
    const context = mockContext(value, error);
    const tracker = new DateSystemTracker();
    // The answer is read only after the step's sync (before it, the mock holds an "Error, …" string).
    const stepResult = await tracker.firstSync(context, async () => {
      await context.sync();
      return 'step done';
    });
    expect(stepResult).toBe('step done');
    expect(tracker.system).toBe(system);
    if (notice) expect(tracker.notice()).toMatch(notice);
    else expect(tracker.notice()).toBeNull();
  });
});

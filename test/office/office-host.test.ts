// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose full import chain
// ends in an ES module (strip-bom) that jest on Node 20 cannot require.
jest.mock('office-addin-manifest', () => ({ OfficeApp: jest.requireActual('office-addin-manifest/lib/officeApp').OfficeApp }));

import { OfficeMockObject } from 'office-addin-mock';
import type { SheetModel, CellStyle, ModelCell } from '../../src/workbook/sheet-model';
import type { SheetChanges, HostProgress } from '../../src/workbook/workbook-host';
import { MARKER_SHEET } from '../../src/workbook/result-sheets';
import { detectCapabilities, type OfficeCapabilities } from '../../src/office/capabilities';
import { OfficeWorkbookHost } from '../../src/office/office-host';
import { withExcel, type ExcelRunner } from '../../src/office/run-excel';
import { planChunks } from '../../src/office/write-plan';
import { BATCH_BUDGET_BYTES } from '../../src/office/payload';
import { FakeExcel, FakeOfficeError, colLetters } from './fake-excel';
import { API_1_9 } from './fake-excel-helpers';

const FOUR_MB = 4 * 1024 * 1024;
const API_1_7: OfficeCapabilities = { dataValidation: false, pageLayout: false, suspendScreenUpdating: false, selectedRanges: false };

function hostOn(book: FakeExcel, capabilities = API_1_9): OfficeWorkbookHost {
  const run: ExcelRunner = (work) => work(book.context);
  return new OfficeWorkbookHost(run, capabilities);
}

const PROCEDURES = ['Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'Đăng ký khai sinh', 'Cấp phiếu lý lịch tư pháp', 'Chứng thực bản sao từ bản chính'];
const UNITS = ['UBND xã Tân Phú', 'Sở Tư pháp', 'Sở Tài nguyên và Môi trường', 'UBND huyện Đồng Xuân'];

/** A one-stop case export: 12 columns, dates as serial numbers, Vietnamese text, a few errors. */
function caseRow(i: number): (string | number | boolean)[] {
  return [
    i, `000.00.12.H56-2403${String(i).padStart(6, '0')}`, PROCEDURES[i % 4], `Nguyễn Văn ${i}`, UNITS[i % 4],
    45292 + (i % 300), 45300 + (i % 300), i % 7 ? 45305 + (i % 300) : '', i % 5 ? 'Đã trả kết quả' : 'Đang xử lý',
    i % 3 ? 'Trực tuyến' : 'Trực tiếp', i % 4, i % 97 === 0 ? '#N/A' : i % 11 === 0 ? 'Bổ sung hồ sơ lần 2 do thiếu bản sao giấy tờ' : '',
  ];
}

const model = (name: string, rows: (ModelCell | null)[][], extra: Partial<SheetModel> = {}): SheetModel => ({
  name, rows, widths: [12], merges: [], print: { orientation: 'portrait', fitToWidth: true }, kind: 'result', ...extra,
});

const marker = (names: string[]): SheetModel => model(MARKER_SHEET, [[{ value: 'TTHC Scorecard' }], ...names.map((n) => [{ value: n }])]);

describe('capabilities and runner (office-addin-mock)', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>).Excel;
  });

  it('reads ExcelApi 1.8 and 1.9 support from Office.context.requirements', () => {
    const supported = new Set(['1.7', '1.8']);
    Object.assign(globalThis, {
      Office: new OfficeMockObject({ context: { requirements: { isSetSupported: (set: string, v: string) => set === 'ExcelApi' && supported.has(v) } } }),
    });
    expect(detectCapabilities()).toEqual({ dataValidation: true, pageLayout: false, suspendScreenUpdating: false, selectedRanges: false });
    supported.add('1.9');
    expect(detectCapabilities()).toEqual(API_1_9);
  });

  it('withExcel hands Excel.run’s context to the work and returns its result', async () => {
    const context = new OfficeMockObject({ workbook: { name: 'Hồ sơ.xlsx' } });
    Object.assign(globalThis, { Excel: new OfficeMockObject({ run: (work: (c: unknown) => Promise<unknown>) => work(context) }) });
    const name = await withExcel(async (ctx) => {
      ctx.workbook.load('name');
      await ctx.sync();
      return ctx.workbook.name;
    });
    expect(name).toBe('Hồ sơ.xlsx');
  });
});

describe('listSheets and readSheet', () => {
  it('lists names and visibility in one sync', async () => {
    const book = new FakeExcel();
    book.addSheet('Hồ sơ');
    book.addSheet(MARKER_SHEET, { visibility: 'VeryHidden' });
    expect(await hostOn(book).listSheets()).toEqual([
      { name: 'Hồ sơ', visibility: 'visible' },
      { name: MARKER_SHEET, visibility: 'veryHidden' },
    ]);
    expect(book.syncs).toHaveLength(1);
  });

  it('returns the used range from where it starts, with errors, blanks, numbers and booleans', async () => {
    const book = new FakeExcel();
    book.addSheet('Dữ liệu', { at: 'C5', rows: [['Mã', 'Ngày nhận', 'Trễ'], ['H1', 45292.5, true], ['#N/A', '', false]], visibility: 'Hidden' });
    const grid = await hostOn(book).readSheet('Dữ liệu');
    expect(grid).toEqual({
      name: 'Dữ liệu', originRow: 5, originCol: 3, visibility: 'hidden', date1904: false,
      rows: [['Mã', 'Ngày nhận', 'Trễ'], ['H1', 45292.5, true], [{ error: '#N/A' }, null, false]],
    });
  });

  it('returns no rows for an empty sheet', async () => {
    const book = new FakeExcel();
    book.addSheet('Trống');
    expect(await hostOn(book).readSheet('Trống')).toMatchObject({ rows: [], originRow: 1, originCol: 1 });
  });

  it('reads 200 000 rows in chunks: ≤ 60 syncs, every response ≤ 4 MB, grid equal to the sheet', async () => {
    const book = new FakeExcel();
    const seeded = [['STT', 'Mã hồ sơ', 'Thủ tục', 'Người nộp', 'Đơn vị', 'Ngày nhận', 'Hẹn trả', 'Ngày trả', 'Trạng thái', 'Kênh', 'Số lần bổ sung', 'Ghi chú']];
    for (let i = 1; i < 200_000; i++) seeded.push(caseRow(i) as string[]);
    book.addSheet('Hồ sơ', { at: 'B3', rows: seeded });
    const progress: HostProgress[] = [];

    const grid = await hostOn(book).readSheet('Hồ sơ', (p) => progress.push(p));

    expect([grid.originRow, grid.originCol, grid.rows.length]).toEqual([3, 2, 200_000]);
    for (let r = 0; r < seeded.length; r++) {
      for (let c = 0; c < 12; c++) {
        const v = seeded[r][c];
        const got = JSON.stringify(grid.rows[r][c]);
        const expected = JSON.stringify(v === '' ? null : v === '#N/A' ? { error: '#N/A' } : v);
        if (got !== expected) throw new Error(`cell ${r},${c}: ${got} ≠ ${expected}`);
      }
    }
    expect(grid.rows[97][11]).toEqual({ error: '#N/A' });
    const maxResponse = Math.max(...book.syncs.map((s) => s.responseBytes));
    report('read 200 000 × 12', book, maxResponse);
    expect(book.syncs.length).toBeLessThanOrEqual(60);
    expect(maxResponse).toBeLessThanOrEqual(FOUR_MB);
    // The total once the used range is known (the first sync), then one report per chunk read.
    expect(progress[0]).toEqual({ phase: 'read', sheet: 'Hồ sơ', done: 0, total: 200_000 });
    expect(progress.length).toBe(book.syncs.length);
    expect(progress[progress.length - 1]).toEqual({ phase: 'read', sheet: 'Hồ sơ', done: 200_000, total: 200_000 });
  });

  it('reads on in smaller steps when rows further down are much denser than the first ones', async () => {
    const book = new FakeExcel();
    const note = 'Hồ sơ phải bổ sung giấy tờ chứng minh quyền sử dụng đất hợp pháp theo quy định. '.repeat(6);
    const rows = Array.from({ length: 60_000 }, (_, i) => [i, i < 30_000 ? '' : note, 'x']);
    book.addSheet('Ghi chú', { rows });
    const grid = await hostOn(book).readSheet('Ghi chú');
    expect(grid.rows).toHaveLength(60_000);
    expect(grid.rows[59_999]).toEqual([59_999, note, 'x']);
    const failed = book.syncs.filter((s) => s.responseBytes > 5_000_000).length;
    expect(failed).toBeGreaterThan(0); // the first dense chunk was refused and re-read in smaller steps
    expect(book.syncs.length - failed).toBeLessThanOrEqual(70);
  });

  it('wraps an Excel failure in a Vietnamese message that keeps Excel’s code', async () => {
    const book = new FakeExcel();
    book.addSheet('Hồ sơ', { rows: [['a']] });
    // The first batch, which also asks the date system, is sent once more without the question (see
    // date-system.test.ts); cell-editing mode fails both, and the second failure is the one reported.
    book.failures.set(1, new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.'));
    book.failures.set(2, new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.'));
    await expect(hostOn(book).readSheet('Hồ sơ')).rejects.toThrow(
      /^Không đọc được sheet «Hồ sơ» từ Excel\. Excel đang ở chế độ sửa ô — nhấn Enter hoặc Esc rồi chạy lại\. \(Excel: .*\[InvalidOperationInCellEditMode\]\)$/,
    );
    expect(book.syncs).toHaveLength(2);
  });
});

describe('applyChanges', () => {
  const header: CellStyle = { bold: true, fill: 'DDEBF7', border: true, align: 'center', wrap: true };
  const body: CellStyle = { border: true };
  const score: CellStyle = { border: true, numFmt: '0.00' };
  const late: CellStyle = { border: true, fill: 'F8CBAD' };

  function bigResultSheet(rows: number): SheetModel {
    const title = [{ value: 'KẾT QUẢ CHẤM ĐIỂM HỒ SƠ TTHC', style: { bold: true, size: 14 } }];
    const head = ['STT', 'Mã hồ sơ', 'Thủ tục', 'Người nộp', 'Đơn vị', 'Ngày nhận', 'Hẹn trả', 'Ngày trả', 'Điểm', 'Ghi chú'].map((value) => ({ value, style: header }));
    const cells: (ModelCell | null)[][] = [title, head];
    for (let i = 1; i <= rows - 2; i++) {
      const r = caseRow(i);
      cells.push([
        { value: i, style: body }, { value: r[1], style: body }, { value: r[2], style: body }, { value: r[3], style: body },
        { value: r[4], style: body }, { value: new Date(Date.UTC(2024, 0, 1 + (i % 300))), style: body },
        { value: new Date(Date.UTC(2024, 0, 9 + (i % 300))), style: body },
        // Open cases have no return date; late ones are highlighted.
        { value: i % 7 ? new Date(Date.UTC(2024, 0, 14 + (i % 300), 9, 30)) : null, style: i % 97 === 0 ? late : body },
        { value: (i % 400) / 4, style: score }, { value: i % 11 === 0 ? '=Thiếu bản sao' : '', style: body },
      ]);
    }
    return model('Chi tiết hồ sơ', cells, {
      widths: [6, 24, 40, 20, 28, 12, 12, 16, 8, 30],
      merges: [{ top: 1, left: 1, bottom: 1, right: 10 }],
      freeze: { rows: 2, cols: 2 },
      print: { orientation: 'landscape', fitToWidth: true, repeatRows: { from: 2, to: 2 } },
    });
  }

  it('writes a 200 000-row sheet in chunks: syncs ≈ constant + chunks, every request ≤ 4 MB, formats per style rectangle', async () => {
    const book = new FakeExcel();
    book.addSheet('Hồ sơ', { rows: [['x']] });
    const sheet = bigResultSheet(200_000);
    const chunks = [...planChunks(sheet, { budgetBytes: BATCH_BUDGET_BYTES })].length;
    const progress: HostProgress[] = [];

    await hostOn(book).applyChanges({ remove: [], add: [sheet, marker([sheet.name])], veryHidden: [MARKER_SHEET] }, (p) => progress.push(p));

    const maxRequest = Math.max(...book.syncs.map((s) => s.requestBytes));
    report(`write 200 000 × 10 (${chunks} chunks)`, book, maxRequest);
    expect(book.syncs.length).toBeLessThanOrEqual(chunks + 3); // look around, chunks (+ the marker's tail), finish
    expect(book.syncs.length).toBeLessThanOrEqual(60);
    expect(maxRequest).toBeLessThanOrEqual(FOUR_MB);
    // Calculation is suspended in every batch that writes cells.
    expect(book.syncs.slice(1, -1).every((s) => s.calcSuspended)).toBe(true);
    expect(book.recalculations).toBe(1);

    const written = book.sheet('Chi tiết hồ sơ')!;
    expect(book.names).toEqual(['Hồ sơ', 'Chi tiết hồ sơ', MARKER_SHEET]);
    expect(written.value(1, 1)).toBe('KẾT QUẢ CHẤM ĐIỂM HỒ SƠ TTHC');
    expect(written.value(3, 2)).toBe(sheet.rows[2][1]!.value);
    expect(written.value(200_000, 3)).toBe(sheet.rows[199_999][2]!.value);
    expect(written.value(200_000, 6)).toBe(45292 + (199_998 % 300)); // 1 Jan 2024 is serial 45292
    expect(written.numberFormats.get('200000,6')).toBe('dd/mm/yyyy');
    expect(written.numberFormats.get('10,8')).toBe('dd/mm/yyyy hh:mm');
    expect(written.numberFormats.get('10,9')).toBe('0.00');
    expect(written.formulas).toEqual([]);
    expect(written.value(13, 10)).toBe('=Thiếu bản sao'); // row 13 is case 11
    expect(written.merges).toEqual(['A1:J1']);
    expect(written.frozen).toEqual({ rows: 2, cols: 2 });
    expect(written.layout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$2:$2' });
    expect(written.columnWidths[0]).toEqual({ columns: 'A:A', points: (6 * 7 + 5) * 0.75 });
    // Formatting follows the layout, not the rows: a few rectangles per chunk, plus two per highlighted
    // cell, each at most 7 properties (fill, 4 border edges, vertical centring, one more).
    const ops = book.formatOps.filter((o) => o.sheet === written && !o.path.endsWith('columnWidth')).map(({ sheet: _, ...op }) => op);
    const highlighted = Math.floor(199_998 / 97);
    expect(ops.length).toBeLessThanOrEqual(20 + 12 * chunks + highlighted * 2 * 7);
    expect(ops).toContainEqual({ address: 'H99:H99', path: 'fill.color', value: '#F8CBAD' }); // case 97
    expect(ops).toContainEqual({ address: 'A2:J2', path: 'font.bold', value: true });
    expect(ops).toContainEqual({ address: 'A2:J2', path: 'fill.color', value: '#DDEBF7' });
    expect(ops.some((o) => o.address.startsWith('A3:') && o.path === 'borders.InsideHorizontal.style')).toBe(true);
    expect(book.sheet(MARKER_SHEET)!.visibility).toBe('VeryHidden');
    expect(progress.filter((p) => p.sheet === 'Chi tiết hồ sơ').at(-1)).toEqual({ phase: 'write', sheet: 'Chi tiết hồ sơ', done: 200_000, total: 200_000, sheetNumber: 1, sheetCount: 1 }); // the hidden marker is not counted
  });

  it('deletes only the sheets named in remove; a user sheet with a similar name survives', async () => {
    const book = new FakeExcel();
    book.addSheet('Hồ sơ', { rows: [['dữ liệu của người dùng']] });
    book.addSheet('Tổng hợp theo đơn vị', { rows: [['kết quả cũ']] });
    book.addSheet('Tổng hợp theo đơn vị (2)', { rows: [['bảng của người dùng']] });
    book.addSheet('Tổng hợp', { rows: [['ghi chép của người dùng']] });
    book.addSheet(MARKER_SHEET, { rows: [['TTHC'], ['Tổng hợp theo đơn vị']], visibility: 'VeryHidden' });
    const result = model('Tổng hợp theo đơn vị', [[{ value: 'kết quả mới' }]]);

    await hostOn(book).applyChanges({
      remove: ['Tổng hợp theo đơn vị', MARKER_SHEET], add: [result, marker([result.name])], veryHidden: [MARKER_SHEET],
    });

    expect(book.names).toEqual(['Hồ sơ', 'Tổng hợp theo đơn vị (2)', 'Tổng hợp', 'Tổng hợp theo đơn vị', MARKER_SHEET]);
    expect(book.sheet('Tổng hợp theo đơn vị (2)')!.value(1, 1)).toBe('bảng của người dùng');
    expect(book.sheet('Tổng hợp')!.value(1, 1)).toBe('ghi chép của người dùng');
    expect(book.sheet('Tổng hợp theo đơn vị')!.value(1, 1)).toBe('kết quả mới');
    expect(book.sheet(MARKER_SHEET)!.visibility).toBe('VeryHidden');
    expect(book.sheet(MARKER_SHEET)!.value(2, 1)).toBe('Tổng hợp theo đơn vị');
    // look around, write, delete (sync), rename — add and delete of one name never share a batch.
    expect(book.syncs).toHaveLength(4);
  });

  it('gives the user back their active sheet and selection', async () => {
    const book = new FakeExcel();
    const cases = book.addSheet('Hồ sơ', { rows: [['a']] });
    book.addSheet('Ngày nghỉ', { rows: [['b']] });
    cases.selection = 'B3:D9';
    book.active = cases;

    await hostOn(book).applyChanges({ remove: [], add: [model('Kết quả', [[{ value: 1 }]])], veryHidden: [] });

    expect(book.active.name).toBe('Hồ sơ');
    expect(cases.selection).toBe('B3:D9');
  });

  it('restores the selection on a result sheet the run replaced (first area on 1.9, active cell on 1.7)', async () => {
    for (const [capabilities, expected] of [[API_1_9, 'C4:E6'], [API_1_7, 'C4']] as const) {
      const book = new FakeExcel(capabilities === API_1_9 ? 1.9 : 1.7);
      book.addSheet('Hồ sơ', { rows: [['a']] });
      const old = book.addSheet('Kết quả', { rows: [['cũ']] });
      old.selection = 'C4:E6, G2';
      book.active = old;

      await hostOn(book, capabilities).applyChanges({ remove: ['Kết quả'], add: [model('Kết quả', [[{ value: 'mới' }]])], veryHidden: [] });

      expect(book.active.name).toBe('Kết quả');
      expect(book.active.value(1, 1)).toBe('mới');
      expect(book.active.selection).toBe(expected);
    }
  });

  it('activates changes.activate when given', async () => {
    const book = new FakeExcel();
    book.addSheet('Hồ sơ', { rows: [['a']] });
    await hostOn(book).applyChanges({ remove: [], add: [model('Kết quả', [[{ value: 1 }]])], veryHidden: [], activate: 'Kết quả' });
    expect(book.active.name).toBe('Kết quả');
  });

  it('writes text that Excel would parse (formulas, numbers, booleans) as text, never as formulas', async () => {
    const book = new FakeExcel();
    book.addSheet('Hồ sơ', { rows: [['a']] });
    const texts = ['=SUM(A1:A3)', '+84 912 345 678', '-5 ngày', '00123', 'TRUE', "'trích dẫn", '#N/A', 'Sở Tư pháp'];
    const sheet = model('Kết quả', [texts.map((value) => ({ value })), [{ value: { error: '#DIV/0!' } }, { value: Number.NaN }, { value: 3.5 }, { value: false }]]);

    await hostOn(book).applyChanges({ remove: [], add: [sheet], veryHidden: [] });

    const written = book.sheet('Kết quả')!;
    expect(written.formulas).toEqual([]);
    expect(texts.map((_, i) => written.value(1, i + 1))).toEqual(texts);
    expect(written.quotePrefixed.has('1,8')).toBe(false); // plain words get no apostrophe
    expect([1, 2, 3, 4].map((c) => written.value(2, c))).toEqual(['#DIV/0!', '#NUM!', 3.5, false]);
  });

  it('on ExcelApi 1.7 never touches pageLayout, screen updating or getSelectedRanges', async () => {
    const book = new FakeExcel(1.7); // the fake throws on any 1.8/1.9 member
    book.addSheet('Hồ sơ', { rows: [['a']] });
    book.addSheet('Kết quả', { rows: [['cũ']] });
    const sheet = model('Kết quả', [[{ value: 'mới' }]], { print: { orientation: 'landscape', fitToWidth: true, repeatRows: { from: 1, to: 1 } } });

    await hostOn(book, API_1_7).applyChanges({ remove: ['Kết quả'], add: [sheet], veryHidden: [] });

    expect(book.sheet('Kết quả')!.layout).toEqual({});
    expect(book.syncs.some((s) => s.screenSuspended)).toBe(false);
    expect(book.sheet('Kết quả')!.value(1, 1)).toBe('mới');
  });

  it('applies row heights, and data validation only where ExcelApi 1.8 has it', async () => {
    const validations = [{ column: 4, firstRow: 6, lastRow: 30, kind: 'list' as const, list: ['0', '1', '2', 'Không đủ thông tin'], prompt: 'Nhập 0, 1 hoặc 2' }];
    const sheet = (): SheetModel => model('Tiêu chí bổ sung', [[{ value: 'Tiêu chí' }]], { heights: [null, 30, 30], validations });
    const ops = async (version: number, caps: OfficeCapabilities) => {
      const book = new FakeExcel(version);
      book.addSheet('Hồ sơ', { rows: [['a']] });
      await hostOn(book, caps).applyChanges({ remove: [], add: [sheet()], veryHidden: [] });
      return book.formatOps.map((o) => [o.address, o.path, o.value]);
    };
    const on18 = await ops(1.9, API_1_9);
    expect(on18).toContainEqual(['A2:XFD3', 'rowHeight', 30]);
    expect(on18).toContainEqual(['D6:D30', 'dataValidation.rule', { list: { inCellDropDown: true, source: '0,1,2,Không đủ thông tin' } }]);
    expect(on18).toContainEqual(['D6:D30', 'dataValidation.prompt', { showPrompt: true, message: 'Nhập 0, 1 hoặc 2', title: '' }]);
    const on17 = await ops(1.7, API_1_7); // the fake throws if 1.7 touches dataValidation
    expect(on17.some(([, path]) => String(path).startsWith('dataValidation'))).toBe(false);
    expect(on17).toContainEqual(['A2:XFD3', 'rowHeight', 30]);
  });

  it('suspends screen updating only in the structural steps on 1.9', async () => {
    const book = new FakeExcel();
    book.addSheet('Hồ sơ', { rows: [['a']] });
    book.addSheet('Kết quả', { rows: [['cũ']] });
    await hostOn(book).applyChanges({ remove: ['Kết quả'], add: [model('Kết quả', [[{ value: 'mới' }]])], veryHidden: [] });
    expect(book.syncs.map((s) => s.screenSuspended)).toEqual([false, false, true, true]);
  });

  it('on failure removes the temporary sheets, keeps the old results and says what happened in Vietnamese', async () => {
    const book = new FakeExcel();
    book.addSheet('Hồ sơ', { rows: [['a']] });
    book.addSheet('Kết quả', { rows: [['cũ']] });
    book.failures.set(2, new FakeOfficeError('GeneralException', 'There was an internal error while processing the request.'));

    await expect(
      hostOn(book).applyChanges({ remove: ['Kết quả'], add: [model('Kết quả', [[{ value: 'mới' }]])], veryHidden: [] }),
    ).rejects.toThrow(/^Không ghi được kết quả vào Excel\. \(Excel: There was an internal error.*\[GeneralException\]\)$/);
    expect(book.names).toEqual(['Hồ sơ', 'Kết quả']);
    expect(book.sheet('Kết quả')!.value(1, 1)).toBe('cũ');
  });

  it('refuses before changing anything when a new name belongs to a user sheet or the structure is locked', async () => {
    const book = new FakeExcel();
    book.addSheet('Hồ sơ', { rows: [['a']] });
    book.addSheet('Kết quả', { rows: [['của người dùng']] });
    const changes: SheetChanges = { remove: [], add: [model('kết quả', [[{ value: 1 }]])], veryHidden: [] };
    await expect(hostOn(book).applyChanges(changes)).rejects.toThrow('Tệp đã có sheet «kết quả» không do phần mềm tạo');
    book.structureProtected = true;
    await expect(hostOn(book).applyChanges({ ...changes, add: [model('Mới', [])] })).rejects.toThrow(/khóa cấu trúc/);
    expect(book.names).toEqual(['Hồ sơ', 'Kết quả']);
    expect(book.syncs.every((s) => s.operations < 10)).toBe(true); // only the look-around syncs happened
  });
});

describe('planChunks', () => {
  const border: CellStyle = { border: true };
  const bold: CellStyle = { bold: true };

  it('grows one rectangle per column run down a uniformly styled table', () => {
    const rows = Array.from({ length: 1000 }, () => [{ value: 'a', style: border }, { value: 1, style: border }, { value: 'b', style: bold }]);
    const [chunk, ...rest] = [...planChunks(model('T', rows), { budgetBytes: 10_000_000 })];
    expect(rest).toHaveLength(0);
    expect(chunk.rects).toEqual([
      { top: 1, bottom: 1000, left: 1, right: 2, style: { border: true } },
      { top: 1, bottom: 1000, left: 3, right: 3, style: { bold: true } },
    ]);
    expect(chunk.numberFormats).toBeNull();
  });

  it('splits only the column of a highlighted cell', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [{ value: 1, style: border }, { value: 2, style: i === 50 ? bold : border }, { value: 3, style: border }]);
    const [chunk] = [...planChunks(model('T', rows), { budgetBytes: 10_000_000 })];
    const boxes = chunk.rects.map((r) => `${colLetters(r.left)}${r.top}:${colLetters(r.right)}${r.bottom}`);
    expect(boxes).toEqual(['A1:A100', 'B1:B50', 'C1:C100', 'B51:B51', 'B52:B100']);
  });

  it('keeps every chunk within the budget and puts a merge in the chunk holding its bottom row', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [{ value: `Dòng ${i}`, style: i % 2 ? border : bold }, { value: i }]);
    const merges = [{ top: 2500, left: 1, bottom: 2600, right: 2 }];
    const chunks = [...planChunks(model('T', rows, { merges }), { budgetBytes: 200_000 })];
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.every((c) => c.bytes <= 200_000)).toBe(true);
    expect(chunks.reduce((n, c) => n + c.values.length, 0)).toBe(5000);
    const holder = chunks.find((c) => c.merges.length)!;
    expect(holder.firstRow).toBeLessThan(2600);
    expect(holder.firstRow + holder.values.length).toBeGreaterThanOrEqual(2600);
  });
});

function report(label: string, book: FakeExcel, maxBytes: number): void {
  process.stdout.write(`${label}: ${book.syncs.length} syncs, largest payload ${(maxBytes / 1e6).toFixed(2)} MB\n`);
}

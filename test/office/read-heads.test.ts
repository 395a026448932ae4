/**
 * The Office host's first-rows and row-by-row reads (read-sheet.ts), which the job uses on a long case list
 * (streamed-inputs.ts): the heads of all visible sheets come in two syncs, the rows as readSheet's grid
 * holds them, dates of a 1904 workbook read from their number format as readSheet reads them.
 */
import { OfficeWorkbookHost } from '../../src/office/office-host';
import type { ExcelRunner } from '../../src/office/run-excel';
import type { CellValue } from '../../src/workbook/cells';
import { FakeExcel } from './fake-excel';
import { API_1_9, rowsAsked } from './fake-excel-helpers';


function hostOn(book: FakeExcel): OfficeWorkbookHost {
  const run: ExcelRunner = (work) => work(book.context);
  return new OfficeWorkbookHost(run, API_1_9);
}

const numbered = (n: number, text: string): (string | number)[][] => Array.from({ length: n }, (_, i) => [i + 1, `${text} ${i + 1}`]);

describe('readSheetHead', () => {
  it('reads the heads of the visible sheets in two syncs and hands each out once, as the start of readSheet’s grid', async () => {
    const book = new FakeExcel();
    book.addSheet('Hồ sơ', { at: 'B3', rows: numbered(300, 'HS') });
    book.addSheet('Ẩn', { rows: numbered(300, 'ẩn'), visibility: 'Hidden' });
    book.addSheet('Ngắn', { rows: numbered(4, 'ngắn') });
    book.addSheet('Trống');
    book.addSheet('Ghi chú', { rows: numbered(5000, 'ghi chú') });
    const hidden = rowsAsked(book, 'Ẩn');
    const notes = rowsAsked(book, 'Ghi chú');
    const host = hostOn(book);
    await host.listSheets();
    const listed = book.syncs.length;

    const heads = [];
    for (const name of ['Hồ sơ', 'Ngắn', 'Trống', 'Ghi chú']) heads.push(await host.readSheetHead(name, 85));

    expect(book.syncs.length - listed).toBe(2); // the used ranges, then every head in one batch
    expect(hidden()).toBe(0); // hidden sheets are read whole by the job, never ahead
    expect(notes()).toBe(85);
    const [cases, short, empty, long] = heads;
    expect(cases).toMatchObject({ more: true, grid: { name: 'Hồ sơ', originRow: 3, originCol: 2, visibility: 'visible', date1904: false } });
    expect(cases.grid.rows).toHaveLength(85);
    expect(cases.grid.rows[84]).toEqual([85, 'HS 85']);
    expect(short).toMatchObject({ more: false, grid: { rows: [[1, 'ngắn 1'], [2, 'ngắn 2'], [3, 'ngắn 3'], [4, 'ngắn 4']] } });
    expect(empty).toMatchObject({ more: false, grid: { rows: [], originRow: 1, originCol: 1 } });
    expect(long.more).toBe(true);
    expect(long.grid.rows[0]).toEqual([1, 'ghi chú 1']);

    // Handed out once: asked again, the head is read afresh (the user may have typed since).
    book.sheet('Ngắn')!.seed([[5, 'ngắn 5']], 'A5');
    expect((await host.readSheetHead('Ngắn', 85)).grid.rows).toHaveLength(5);
  });

  it('packs heads into batches within the payload budget, each sheet’s head whole', async () => {
    const book = new FakeExcel();
    // 85 rows × 40 columns × ~40 bytes ≈ 136 kB guessed per head: 30 heads need two batches under 3 MB.
    const wide = Array.from({ length: 100 }, (_, r) => Array.from({ length: 40 }, (_, c) => `Ô ${r + 1}-${c + 1}`));
    const names = Array.from({ length: 30 }, (_, i) => `Sheet ${i + 1}`);
    for (const name of names) book.addSheet(name, { rows: wide });
    const host = hostOn(book);
    await host.listSheets();
    const listed = book.syncs.length;

    for (const name of names) {
      const head = await host.readSheetHead(name, 85);
      expect(head.grid.rows).toHaveLength(85);
      expect(head.grid.rows[84][39]).toBe('Ô 85-40');
    }
    expect(book.syncs.length - listed).toBe(3);
    expect(Math.max(...book.syncs.map((s) => s.responseBytes))).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('reads each sheet on its own when the heads together come back too large for Excel on the web', async () => {
    const book = new FakeExcel();
    // 85 rows with a cell of 10 000 characters: 0.85 MB a head, far above the guess; eight together exceed 5 MB.
    const dense = Array.from({ length: 90 }, (_, r) => [`${r + 1}`, 'x'.repeat(10_000)]);
    const names = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám'];
    for (const name of names) book.addSheet(name, { rows: dense });
    const host = hostOn(book);
    await host.listSheets();

    for (const name of names) {
      const head = await host.readSheetHead(name, 85);
      expect(head.more).toBe(true);
      expect(head.grid.rows).toHaveLength(85);
      expect(head.grid.rows[84][0]).toBe('85');
    }
    expect(book.syncs.filter((s) => s.responseBytes > 5_000_000)).toHaveLength(1);
  });
});

describe('readSheetRows', () => {
  it('hands on each row from an index on, with its grid index, as readSheet’s grid holds it', async () => {
    const book = new FakeExcel();
    const rows: (string | number)[][] = [['Mã', 'Ghi chú'], ...numbered(20, 'HS'), ['', ''], ['#N/A', 'cuối']];
    book.addSheet('Hồ sơ', { at: 'C5', rows });
    const host = hostOn(book);
    const grid = await host.readSheet('Hồ sơ');

    const seen: [CellValue[], number][] = [];
    expect(await host.readSheetRows('Hồ sơ', 18, (cells, index) => seen.push([cells, index]))).toBe(true);

    expect(seen.map(([, i]) => i)).toEqual([18, 19, 20, 21, 22]);
    expect(seen.map(([cells]) => cells)).toEqual(grid.rows.slice(18));
    expect(seen[3][0]).toEqual([null, null]);
    expect(seen[4][0]).toEqual([{ error: '#N/A' }, 'cuối']);
  });

  it('reads dates of a 1904 workbook from their number format, as readSheet does', async () => {
    const book = new FakeExcel();
    book.date1904 = true;
    const sheet = book.addSheet('Hồ sơ', { rows: [['Mã', 'Ngày nhận'], ['HS-1', 43831], ['HS-2', 43832]] });
    sheet.formatCells('B2:B3', 'dd/mm/yyyy');
    const host = hostOn(book);
    const grid = await host.readSheet('Hồ sơ');
    const seen: CellValue[][] = [];
    await host.readSheetRows('Hồ sơ', 1, (cells) => seen.push(cells));
    // 43 831 days after 1 January 1904 is 2 January 2024.
    expect(seen[0][1]).toEqual(new Date(Date.UTC(2024, 0, 2)));
    expect(seen).toEqual(grid.rows.slice(1));
  });

  it('hands on nothing from an empty sheet or past its last row', async () => {
    const book = new FakeExcel();
    book.addSheet('Trống');
    book.addSheet('Ngắn', { rows: numbered(3, 'x') });
    const host = hostOn(book);
    const onRow = jest.fn();
    expect(await host.readSheetRows('Trống', 0, onRow)).toBe(true);
    expect(await host.readSheetRows('Ngắn', 3, onRow)).toBe(true);
    expect(onRow).not.toHaveBeenCalled();
  });
});

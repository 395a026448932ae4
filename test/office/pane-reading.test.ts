/**
 * What the task pane reads on the Office host (issue 15, item 5): the data step reads every sheet only as far
 * as the table search looks, then whole only the case sheet and the sheets the job reads whole; the scoring
 * job streams the case list, reports «sheet: n/total dòng» as it goes, and stops between rows on «Hủy».
 */
import { builtInProfile } from '../../src/domain/scoring';
import { dayFromYmd } from '../../src/domain/dates';
import { OfficeWorkbookHost } from '../../src/office/office-host';
import type { ExcelRunner } from '../../src/office/run-excel';
import { dataRowCount, defaultPeriodDay, detect } from '../../src/taskpane/data-choice';
import { makeScoreJob } from '../../src/taskpane/job';
import { readForDetection, withWholeSheet } from '../../src/workbook/detection-read';
import { TABLE_SCAN_ROWS } from '../../src/workbook/find-table';
import { readInputSheets, type JobProgress } from '../../src/workbook/score-job';
import { HEADER } from '../hostile/support';
import { FakeExcel } from './fake-excel';
import { API_1_9, rowsAsked } from './fake-excel-helpers';


/** `n` cases received in March 2024 (the 2nd to the 21st), each returned on its receipt day. */
const cases = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const day = `${String((i % 20) + 2).padStart(2, '0')}/03/2024`;
    return [`HS-${i + 1}`, 'Sở Tư pháp', `${day} 08:00:00`, day, `${day} 09:00:00`, 'Đã trả kết quả', 'Trực tiếp'];
  });
const NOTES = Array.from({ length: 3000 }, (_, i) => [`Ghi chú ${i + 1}`, 'Nội dung ghi chú của người dùng']);
const UNITS = [['Tên đơn vị', 'Cấp'], ['Sở Tư pháp', 'Tỉnh'], ...Array.from({ length: 99 }, (_, i) => [`UBND xã Số ${i + 1}`, 'Xã'])];

function openBook(caseRows: number): { book: FakeExcel; host: OfficeWorkbookHost } {
  const book = new FakeExcel();
  book.addSheet('Ghi chú', { rows: NOTES });
  book.addSheet('DS hồ sơ', { rows: [HEADER, ...cases(caseRows)] });
  book.addSheet('Danh mục đơn vị', { rows: UNITS });
  const run: ExcelRunner = (work) => work(book.context);
  return { book, host: new OfficeWorkbookHost(run, API_1_9) };
}

describe('the data step’s reading', () => {
  it('reads an unrelated long sheet to its first rows only, the case sheet and the unit list whole', async () => {
    const { book, host } = openBook(300);
    const notes = rowsAsked(book, 'Ghi chú');
    const caseRows = rowsAsked(book, 'DS hồ sơ');
    const units = rowsAsked(book, 'Danh mục đơn vị');
    const input = await readForDetection(host);

    expect(notes()).toBe(TABLE_SCAN_ROWS);
    expect(caseRows()).toBe(TABLE_SCAN_ROWS + 301);
    expect(units()).toBe(TABLE_SCAN_ROWS + 101);
    expect([...input.partial]).toEqual(['Ghi chú']);
    expect(input.grids.map((g) => [g.name, g.rows.length])).toEqual([
      ['Ghi chú', TABLE_SCAN_ROWS],
      ['DS hồ sơ', 301],
      ['Danh mục đơn vị', 101],
    ]);
  });

  it('detects, counts and dates the cases as a whole read does', async () => {
    const heads = detect(await readForDetection(openBook(300).host), null);
    const whole = detect(await readInputSheets(openBook(300).host), null);
    expect(heads.choice!.sheets).toEqual(['DS hồ sơ']);
    expect(heads.choice!.mapping).toEqual(whole.choice!.mapping);
    expect(dataRowCount(heads.choice!)).toBe(300);
    expect(defaultPeriodDay(heads.choice!)).toBe(dayFromYmd(2024, 1, 1));
    expect(defaultPeriodDay(heads.choice!)).toBe(defaultPeriodDay(whole.choice!));
  });

  it('reads a partial sheet whole when the user places the table on it by hand', async () => {
    const { host } = openBook(10);
    const input = await readForDetection(host);
    const whole = withWholeSheet(input, await host.readSheet('Ghi chú'));
    expect(whole.partial.size).toBe(0);
    expect(whole.grids.find((g) => g.name === 'Ghi chú')!.rows).toHaveLength(3000);
    expect(input.grids.find((g) => g.name === 'Ghi chú')!.rows).toHaveLength(TABLE_SCAN_ROWS);
  });

  it('stops on «Hủy» before reading the case sheet whole', async () => {
    const { book, host } = openBook(300);
    const caseRows = rowsAsked(book, 'DS hồ sơ');
    const ctl = new AbortController();
    const read = readForDetection(host, (p) => p.phase === 'read' && p.sheet === 'Danh mục đơn vị' && ctl.abort(), ctl.signal);
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
    expect(caseRows()).toBe(TABLE_SCAN_ROWS);
  });
});

describe('the pane’s scoring job', () => {
  const options = { from: dayFromYmd(2024, 3, 1), to: dayFromYmd(2024, 3, 31), computedAt: new Date(Date.UTC(2024, 3, 2)), version: 'test' };
  const profile = () => builtInProfile('dienbien-1187');

  it('streams a long case list, reporting its rows read out of the sheet’s total', async () => {
    const { book, host } = openBook(4500);
    const notes = rowsAsked(book, 'Ghi chú');
    const reports: JobProgress[] = [];
    const result = await makeScoreJob(host, options, profile)(new AbortController().signal, (p) => reports.push(p));

    expect(notes()).toBe(TABLE_SCAN_ROWS);
    expect(result.run.rowsRead).toBe(4500);
    // The total once known (the header row read), grid rows 2000 and 4000 of 4 501; then «Đang tính…».
    const streamed = reports.filter((p) => p.phase === 'read' && p.sheet === 'DS hồ sơ' && p.done > 0);
    expect(streamed).toEqual([
      { phase: 'read', sheet: 'DS hồ sơ', done: 1, total: 4501 },
      { phase: 'read', sheet: 'DS hồ sơ', done: 2000, total: 4501 },
      { phase: 'read', sheet: 'DS hồ sơ', done: 4000, total: 4501 },
    ]);
    expect(reports).toContainEqual({ phase: 'score' });
  });

  it('stops between rows on «Hủy», writing nothing', async () => {
    const { book, host } = openBook(4500);
    const ctl = new AbortController();
    const job = makeScoreJob(host, options, profile)(ctl.signal, (p) => p.phase === 'read' && p.done === 2000 && ctl.abort());
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    expect(book.names).toEqual(['Ghi chú', 'DS hồ sơ', 'Danh mục đơn vị']);
  });
});

/**
 * The scoring job on the Office host reads a long case list row by row and every other long sheet only as
 * far as the job needs (streamed-inputs.ts): the run is exactly the one reading every sheet whole gives, and
 * an unrelated long sheet is asked for its first rows only.
 */
import { builtInProfile } from '../../src/domain/scoring';
import { dayFromYmd } from '../../src/domain/dates';
import { OfficeWorkbookHost } from '../../src/office/office-host';
import type { ExcelRunner } from '../../src/office/run-excel';
import { TABLE_SCAN_ROWS } from '../../src/workbook/find-table';
import { readInputSheets, runScoreJob } from '../../src/workbook/score-job';
import { HEADER } from '../hostile/support';
import { FakeExcel } from './fake-excel';
import { API_1_9, rowsAsked } from './fake-excel-helpers';

const OPTIONS = {
  from: dayFromYmd(2024, 1, 1),
  to: dayFromYmd(2024, 12, 31),
  profile: builtInProfile('dienbien-1187'),
  computedAt: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
  version: 'test',
};

/** 300 cases of January 2024 over the listed units, every 10th one returned late (on 29/01). */
const CASES = Array.from({ length: 300 }, (_, i) => {
  const day = String((i % 20) + 2).padStart(2, '0');
  const done = i % 10 === 0 ? '29/01/2024' : `${day}/01/2024`;
  const unit = i % 3 === 0 ? 'Sở Tư pháp' : `UBND xã Số ${(i % 99) + 1}`;
  return [`HS-${i + 1}`, unit, `${day}/01/2024 08:00:00`, `${day}/01/2024`, `${done} 09:00:00`, 'Đã trả kết quả', 'Trực tiếp'];
});
const UNITS = [['Tên đơn vị', 'Cấp'], ['Sở Tư pháp', 'Tỉnh'], ...Array.from({ length: 99 }, (_, i) => [`UBND xã Số ${i + 1}`, 'Xã'])];
const CALENDAR = [
  ['Ngày', 'Loại', 'Ghi chú'],
  ...Array.from({ length: 95 }, (_, i) => [`${String((i % 28) + 1).padStart(2, '0')}/${String(Math.floor(i / 28) + 3).padStart(2, '0')}/2023`, 'Nghỉ', '']),
  ['20/01/2024', 'Làm bù', 'Làm bù Tết'],
];
const NOTES = Array.from({ length: 5000 }, (_, i) => [`Ghi chú ${i + 1}`, 'Nội dung ghi chú của người dùng, không liên quan đến hồ sơ']);

function openBook(): { book: FakeExcel; host: OfficeWorkbookHost } {
  const book = new FakeExcel();
  book.addSheet('DS hồ sơ', { rows: [HEADER, ...CASES] });
  book.addSheet('Ghi chú', { rows: NOTES });
  book.addSheet('Danh mục đơn vị', { rows: UNITS });
  book.addSheet('Ngày nghỉ', { rows: CALENDAR });
  const run: ExcelRunner = (work) => work(book.context);
  return { book, host: new OfficeWorkbookHost(run, API_1_9) };
}

describe('the scoring job on the Office host', () => {
  it('gives the run reading every sheet whole gives, asking an unrelated long sheet for its first rows only', async () => {
    const a = openBook();
    const notes = rowsAsked(a.book, 'Ghi chú');
    const cases = rowsAsked(a.book, 'DS hồ sơ');
    const units = rowsAsked(a.book, 'Danh mục đơn vị');
    const streamed = await runScoreJob(a.host, OPTIONS);
    const b = openBook();
    const whole = await runScoreJob(b.host, OPTIONS, undefined, await readInputSheets(b.host));

    expect(notes()).toBe(TABLE_SCAN_ROWS);
    // The head, then the 300 case rows under the header streamed; the unit list's head, then all its 101 rows.
    expect(cases()).toBe(TABLE_SCAN_ROWS + 300);
    expect(units()).toBe(TABLE_SCAN_ROWS + 101);
    expect(streamed.run.rowsRead).toBe(300);
    expect(streamed.run.units).toHaveLength(100);
    // Every 10th case is late: 30; those of Sở Tư pháp are every 30th (i ≡ 0 mod 30): 10.
    expect(streamed.run.units.reduce((n, u) => n + u.late, 0)).toBe(30);
    expect(streamed.run.units.find((u) => u.name === 'Sở Tư pháp')!.late).toBe(10);
    expect(streamed.run.calendar.isWorkingDay(dayFromYmd(2024, 1, 20))).toBe(true);
    expect(streamed.run).toEqual(whole.run);
    expect(streamed.issues).toEqual(whole.issues);
    expect(streamed.summary).toEqual(whole.summary);
    expect(a.book.names).toEqual(b.book.names);
  });

  it('runs again the same on a workbook holding an earlier run’s results', async () => {
    const a = openBook();
    const b = openBook();
    await runScoreJob(a.host, OPTIONS);
    await runScoreJob(b.host, OPTIONS, undefined, await readInputSheets(b.host));
    const notes = rowsAsked(a.book, 'Ghi chú');

    const streamed = await runScoreJob(a.host, OPTIONS);
    const whole = await runScoreJob(b.host, OPTIONS, undefined, await readInputSheets(b.host));

    expect(notes()).toBe(TABLE_SCAN_ROWS);
    expect(streamed.plan.remove).toEqual(whole.plan.remove);
    expect(streamed.summary).toEqual(whole.summary);
    expect(a.book.names).toEqual(b.book.names);
  });
});

/**
 * On the file host a long case list is read into cases row by row and its grid is never whole
 * (streamed-inputs.ts); the run is exactly the one the whole grids give — cases, messages, counts, the
 * JSON — and when the sheets must be compared case by case the job reads them whole as before.
 */
import ExcelJS from 'exceljs';
import { builtInProfile } from '../../src/domain/scoring';
import { dayFromYmd } from '../../src/domain/dates';
import { readInputSheets, runScoreJob, type JobResult } from '../../src/workbook/score-job';
import { XlsxFileHost } from '../../src/xlsx/file-host';
import { HEADER } from '../hostile/support';

const OPTIONS = {
  from: dayFromYmd(2024, 1, 1),
  to: dayFromYmd(2024, 12, 31),
  profile: builtInProfile('dienbien-1187'),
  computedAt: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
  version: 'test',
};

/** `n` cases of January 2024 coded `prefix-1` …: every 10th one late (returned after its due day). */
function cases(prefix: string, n: number): ExcelJS.CellValue[][] {
  return Array.from({ length: n }, (_, i) => {
    const day = String((i % 20) + 2).padStart(2, '0');
    const done = i % 10 === 0 ? '29/01/2024' : `${day}/01/2024`;
    return [`${prefix}-${i + 1}`, 'Sở Tư pháp', `${day}/01/2024 08:00:00`, `${day}/01/2024`, `${done} 09:00:00`, 'Đã trả kết quả', 'Trực tiếp'];
  });
}

async function workbook(sheets: { name: string; rows: ExcelJS.CellValue[][] }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) wb.addWorksheet(s.name).addRows(s.rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The job on the file host (streaming when it can), and on the same sheets read whole first. */
async function bothWays(buf: Buffer): Promise<{ streamed: JobResult; whole: JobResult; readWhole: string[] }> {
  const host = await XlsxFileHost.open(buf, 'ho-so.xlsx');
  const readSheet = jest.spyOn(host, 'readSheet');
  const streamed = await runScoreJob(host, OPTIONS);
  const readWhole = readSheet.mock.calls.map(([name]) => name);
  const other = await XlsxFileHost.open(buf, 'ho-so.xlsx');
  const whole = await runScoreJob(other, OPTIONS, undefined, await readInputSheets(other));
  return { streamed, whole, readWhole };
}

describe('a long case list read row by row', () => {
  it('gives the run the whole grid gives, and an unrelated long sheet keeps only its first rows', async () => {
    const rows = cases('HS', 120);
    rows.splice(60, 0, [null], ['HS-X', 'Sở Tư pháp', '31/02/2024', '05/03/2024', null, 'Đang xử lý', 'Trực tiếp']);
    const notes = Array.from({ length: 100 }, (_, i) => [`Ghi chú ${i + 1}`]);
    const { streamed, whole, readWhole } = await bothWays(await workbook([{ name: 'DS hồ sơ', rows: [HEADER, ...rows] }, { name: 'Ghi chú', rows: notes }]));

    expect(readWhole).toEqual([]);
    // 121 case rows (the blank one is no case): 120 read, the one of 31/02 refused at its row (62 + header).
    expect(streamed.run.sheetsRead).toEqual([{ sheet: 'DS hồ sơ', headerRow: 1, rowsRead: 121, rowsSkipped: 1 }]);
    expect(streamed.run.issues).toContainEqual(expect.objectContaining({ sheet: 'DS hồ sơ', row: 63, column: 'C', severity: 'error' }));
    expect(streamed.run.cases).toHaveLength(120);
    expect(streamed.run.cases[119]).toMatchObject({ code: 'HS-120', row: 123 });
    expect(streamed.run.units[0].late).toBe(12);
    expect(streamed.run).toEqual(whole.run);
    expect(streamed.issues).toEqual(whole.issues);
    expect(streamed.summary).toEqual(whole.summary);
  });

  it('reads whole the long sheets the job reads: the unit list (by its name or its headers) and the calendar', async () => {
    // 100 units after the header: the last ones lie far below the first rows the table search looks at.
    const units = [['Tên đơn vị', 'Cấp'], ['Sở Tư pháp', 'Tỉnh'], ...Array.from({ length: 99 }, (_, i) => [`UBND xã Số ${i + 1}`, 'Xã'])];
    // 95 days off in 2023, then Saturday 20/01/2024 worked in lieu (row 97).
    const offDays = Array.from({ length: 95 }, (_, i) => {
      const d = new Date(Date.UTC(2023, 2, 1 + i));
      return [`${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/2023`, 'Nghỉ', ''];
    });
    const calendar = [['Ngày', 'Loại', 'Ghi chú'], ...offDays, ['20/01/2024', 'Làm bù', 'Làm bù Tết']];
    const notes = Array.from({ length: 100 }, (_, i) => [`Ghi chú ${i + 1}`]);
    for (const unitSheet of ['Danh mục đơn vị', 'DM đơn vị']) {
      const { streamed, whole, readWhole } = await bothWays(
        await workbook([
          { name: 'DS hồ sơ', rows: [HEADER, ...cases('HS', 120)] },
          { name: unitSheet, rows: units },
          { name: 'Ngày nghỉ', rows: calendar },
          { name: 'Ghi chú', rows: notes },
        ]),
      );
      expect(readWhole).toEqual([unitSheet, 'Ngày nghỉ']);
      expect(streamed.run.units.map((u) => u.name)).toHaveLength(100);
      expect(streamed.run.units[99].name).toBe('UBND xã Số 99');
      expect(streamed.run.calendar.isWorkingDay(dayFromYmd(2024, 1, 20))).toBe(true);
      expect(streamed.run).toEqual(whole.run);
      expect(streamed.issues).toEqual(whole.issues);
      expect(streamed.summary).toEqual(whole.summary);
    }
  });

  it('sheets to merge are compared whole, as before', async () => {
    const { streamed, whole, readWhole } = await bothWays(
      await workbook([{ name: 'Tháng 1', rows: [HEADER, ...cases('A', 90)] }, { name: 'Tháng 2', rows: [HEADER, ...cases('B', 90)] }]),
    );
    expect(readWhole).toEqual(['Tháng 1', 'Tháng 2']);
    expect(streamed.run.selection).toBe('merged');
    expect(streamed.run.rowsRead).toBe(180);
    expect(streamed.run).toEqual(whole.run);
    expect(streamed.summary).toEqual(whole.summary);
  });
});

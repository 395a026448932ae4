/**
 * The shipped sample, assets/mau-ho-so-tthc.xlsx (written by scripts/make-sample.ts), read the way a
 * user's file is: the project's .xlsx reader, then the engine with no options.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { percent, sumCounts } from '../../src/domain/aggregate';
import type { Level } from '../../src/domain/cases';
import { dayFromYmd } from '../../src/domain/dates';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { scoreWorkbook, type ScoreRun } from '../../src/workbook/score-workbook';
import { readWorkbook } from '../../src/xlsx/read-workbook';

const FILE = join(__dirname, '../../assets/mau-ho-so-tthc.xlsx');

let grid: SheetGrid;
let run: ScoreRun;

beforeAll(async () => {
  const sheets = await readWorkbook(readFileSync(FILE), 'mau-ho-so-tthc.xlsx');
  grid = sheets[0];
  run = scoreWorkbook(sheets);
});

/** The cell of a sheet row (1-based) under a header of row 3. */
const cell = (row: number, header: string): CellValue => grid.rows[row - 1][grid.rows[2].indexOf(header)];

it('finds the case table under the title and blank rows, header on row 3', () => {
  expect(grid.name).toBe('Danh sách hồ sơ');
  expect(String(grid.rows[0][0])).toMatch(/^DANH SÁCH HỒ SƠ/);
  expect(run.table).toMatchObject({ sheet: 'Danh sách hồ sơ', headerRowIndex: 2, firstDataRowIndex: 3, missing: [], confidence: 'high' });
  expect([run.rowsRead, run.rowsSkipped]).toEqual([1980, 4]);
});

it('defaults the period to the quarter of the latest receipt, Q1/2024', () => {
  expect(run.period).toEqual({ from: dayFromYmd(2024, 1, 1), to: dayFromYmd(2024, 3, 31), asOf: dayFromYmd(2024, 3, 31) });
});

it('has the 25 units of Danh mục đơn vị: 8 provincial, 3 districts, 14 communes each under its district', () => {
  expect(run.units).toHaveLength(25);
  const byLevel = (level: Level) => run.units.filter((u) => u.level === level);
  expect([byLevel('Tỉnh').length, byLevel('Huyện').length, byLevel('Xã').length]).toEqual([8, 3, 14]);
  expect(byLevel('Xã').every((u) => /^Huyện (Tuần Giáo|Mường Chà|Điện Biên Đông)$/.test(u.parent ?? ''))).toBe(true);
  expect(run.units.every((u) => !u.levelInferred)).toBe(true);
});

it('keeps the listed unit that has no case, with zeros and no rate', () => {
  const empty = run.units.filter((u) => u.total === 0);
  expect(empty.map((u) => [u.name, u.lateRateOfResolved, u.lateRateOfTotal])).toEqual([['UBND xã Huổi Lèng', null, null]]);
});

it('reports each spoiled row with its sheet row and column, and nothing else', () => {
  // The rows as written: the spoiled values are really there.
  expect(String(cell(154, 'Ngày tiếp nhận'))).toMatch(/^31\/02\/2024 /);
  expect(cell(904, 'Đơn vị giải quyết')).toBeNull();
  expect(cell(1304, 'Mã hồ sơ')).toBe(cell(1303, 'Mã hồ sơ'));
  expect(cell(1704, 'Trạng thái')).toBe('Chờ ký duyệt');

  const found = [...run.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)).map(({ sheet, row, column, severity, message }) => ({ sheet, row, column, severity, message }));
  expect(found).toEqual([
    { sheet: grid.name, row: 154, column: 'G', severity: 'error', message: expect.stringContaining('ngày không tồn tại (31/02/2024)') },
    { sheet: grid.name, row: 504, column: 'I', severity: 'error', message: expect.stringContaining('trước ngày tiếp nhận') },
    { sheet: grid.name, row: 904, column: 'F', severity: 'error', message: expect.stringContaining('Thiếu tên đơn vị') },
    { sheet: grid.name, row: 1304, column: 'B', severity: 'error', message: expect.stringContaining('với dòng 1303') },
    { sheet: grid.name, row: 1704, column: 'J', severity: 'warning', message: expect.stringContaining('«Chờ ký duyệt»') },
  ]);
});

it('looks like a real quarter: more online in departments than in communes, 3–5 % late, every kind of case present', () => {
  const level = (l: Level) => sumCounts(run.units.filter((u) => u.level === l));
  const onlineShare = (l: Level) => percent(level(l).online, level(l).receivedInPeriod) ?? 0;
  expect(onlineShare('Tỉnh')).toBeGreaterThan(60);
  expect(onlineShare('Tỉnh')).toBeLessThan(80);
  expect(onlineShare('Xã')).toBeLessThan(onlineShare('Huyện'));
  expect(onlineShare('Huyện')).toBeLessThan(onlineShare('Tỉnh'));

  const all = sumCounts(run.units);
  const lateRate = percent(all.late, all.resolved) ?? 0;
  expect(lateRate).toBeGreaterThanOrEqual(3);
  expect(lateRate).toBeLessThanOrEqual(5);
  for (const n of [all.carriedOver, all.postal, all.early, all.onTime, all.returned, all.withinDeadline, all.overdue, all.withdrawn]) {
    expect(n).toBeGreaterThan(0);
  }
  expect(all.overdue).toBeLessThan(all.total * 0.03); // a few, not a backlog
});

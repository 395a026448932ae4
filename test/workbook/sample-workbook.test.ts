/**
 * The shipped sample, assets/mau-ho-so-tthc.xlsx (written by scripts/make-sample.ts), read the way a
 * user's file is: the project's .xlsx reader, then the engine with no options.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { percent, sumCounts } from '../../src/domain/aggregate';
import type { Level } from '../../src/domain/cases';
import { dayFromYmd } from '../../src/domain/dates';
import type { DataIssue } from '../../src/domain/issues';
import { builtInProfile } from '../../src/domain/scoring';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { CRITERIA_SHEET } from '../../src/workbook/criteria-columns';
import { readCriteriaSheet } from '../../src/workbook/read-criteria';
import { missingCriteriaIssues, scoreRun, type RunUnitScore } from '../../src/workbook/score-units';
import { scoreWorkbook, type ScoreRun } from '../../src/workbook/score-workbook';
import { readWorkbook } from '../../src/xlsx/read-workbook';

const FILE = join(__dirname, '../../assets/mau-ho-so-tthc.xlsx');
const profile = builtInProfile('dienbien-1187');
/** The communes whose case rows have no supplement, contact or complaint values. */
const TYPED_COMMUNES = ['UBND xã Phình Sáng', 'UBND xã Pú Nhi'];

let grid: SheetGrid;
let run: ScoreRun;
let criteriaIssues: DataIssue[];
let scores: RunUnitScore[];

beforeAll(async () => {
  const sheets = await readWorkbook(readFileSync(FILE), 'mau-ho-so-tthc.xlsx');
  grid = sheets[0];
  run = scoreWorkbook(sheets);
  const criteria = readCriteriaSheet(sheets.find((s) => s.name === CRITERIA_SHEET)!, profile, run.units.map((u) => u.name));
  criteriaIssues = criteria.issues;
  scores = scoreRun(run, profile, criteria.entries);
});

const scoreOf = (name: string): RunUnitScore => scores.find((s) => s.name === name)!;

/** The cell of a sheet row (1-based) under a header of row 3. */
const cell = (row: number, header: string): CellValue => grid.rows[row - 1][grid.rows[2].indexOf(header)];

it('finds the case table under the title and blank rows, header on row 3', () => {
  expect(grid.name).toBe('Danh sách hồ sơ');
  expect(String(grid.rows[0][0])).toMatch(/^DANH SÁCH HỒ SƠ/);
  expect(run.table).toMatchObject({ sheet: 'Danh sách hồ sơ', headerRowIndex: 2, firstDataRowIndex: 3, missing: [], confidence: 'high' });
  expect([run.rowsRead, run.rowsSkipped]).toEqual([1980, 4]);
});

it('defaults the period to the quarter of the receipts, Q1/2024', () => {
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

it('has the TT 01 #3, #4, #7 columns after the export ones, blank for every case of two communes', () => {
  expect(grid.rows[2].slice(11)).toEqual(['Cán bộ đang xử lý', 'Số lần yêu cầu bổ sung', 'Số cơ quan phải liên hệ', 'Phản ánh, kiến nghị']);
  expect(run.table.mapping).toMatchObject({ supplements: 12, agenciesContacted: 13, complaint: 14 });
  const of = (name: string) => run.cases.filter((c) => c.unit === name);
  for (const name of TYPED_COMMUNES) {
    expect(of(name).length).toBeGreaterThan(30);
    expect(of(name).every((c) => c.supplements === null && c.agenciesContacted === null && c.complaintUpheld === null)).toBe(true);
  }
  const others = run.cases.filter((c) => !TYPED_COMMUNES.includes(c.unit));
  expect(others.every((c) => c.supplements !== null && c.agenciesContacted !== null && c.complaintUpheld !== null)).toBe(true);
  const share = (pred: (c: (typeof others)[number]) => boolean) => others.filter(pred).length / others.length;
  expect(share((c) => c.supplements === 0)).toBeGreaterThan(0.8);
  expect(share((c) => c.supplements === 2)).toBeGreaterThan(0);
  expect(share((c) => c.supplements === 2)).toBeLessThan(0.05);
  expect(share((c) => c.agenciesContacted === 1)).toBeGreaterThan(0);
  expect(share((c) => c.agenciesContacted === 0)).toBeGreaterThan(0.85);
  const complaints = others.filter((c) => c.complaintUpheld);
  expect(complaints.length).toBeGreaterThan(0);
  expect(complaints.every((c) => c.completed !== null && c.due !== null && c.completed.day > c.due.day)).toBe(true);
});

describe('Decision 1187 scores from the cases and the filled-in «Tiêu chí bổ sung»', () => {
  it('reads the criteria sheet without a complaint', () => {
    expect(criteriaIssues).toEqual([]);
  });

  it('ranks every unit but one district not sent, one commune without cases and one left incomplete', () => {
    const byStatus = (status: RunUnitScore['status']) => scores.filter((s) => s.status === status).map((s) => s.name);
    expect(byStatus('notSent')).toEqual(['UBND huyện Mường Chà']);
    expect(byStatus('notEvaluated')).toEqual(['UBND xã Huổi Lèng']);
    expect(byStatus('blocked')).toEqual(['UBND xã Keo Lôm']);
    expect(byStatus('scored')).toHaveLength(22);
    expect(new Set(scores.filter((s) => s.status === 'scored').map((s) => s.classification))).toEqual(new Set(['Xuất sắc', 'Tốt', 'Khá']));
    expect(scores.filter((s) => s.status === 'scored').every((s) => s.total !== null && s.rank !== null && s.dtbCcvc !== null)).toBe(true);
  });

  it('gives the district that sent nothing «Không xếp loại» and the incomplete commune no total, listed for Kiểm tra dữ liệu', () => {
    expect(scoreOf('UBND huyện Mường Chà')).toMatchObject({ classification: 'Không xếp loại', total: null, rank: null });
    const keoLom = scoreOf('UBND xã Keo Lôm');
    expect(keoLom).toMatchObject({ total: null, classification: null, rank: null, missing: [7] });
    expect(keoLom.criteria[6]).toBeNull();
    expect(missingCriteriaIssues(scores, profile, run.table.sheet)).toEqual([
      { sheet: CRITERIA_SHEET, row: null, column: null, severity: 'warning', message: 'Đơn vị «UBND xã Keo Lôm» thiếu Tiêu chí 7 (chưa nhập điểm) — chưa tính tổng điểm, chưa xếp loại.' },
    ]);
  });

  it('takes Tiêu chí 3–5 and ĐTB CCVC as typed for the two communes without case data, and from the cases elsewhere', () => {
    const phinhSang = scoreOf('UBND xã Phình Sáng');
    expect(phinhSang.criteria.slice(2, 5)).toEqual([1.88, 1.96, 1.58]);
    expect(phinhSang.dtbCcvc).toBe(8.61);
    expect(phinhSang.notes).toContain('TC3: lấy theo giá trị nhập ở «Tiêu chí bổ sung» (52/52 hồ sơ thiếu dữ liệu)');
    expect(scoreOf('UBND xã Pú Nhi')).toMatchObject({ status: 'scored', dtbCcvc: 8.93 });
    const fromCases = scores.filter((s) => s.status === 'scored' && !TYPED_COMMUNES.includes(s.name));
    expect(fromCases.every((s) => !s.notes.some((n) => n.includes('giá trị nhập')))).toBe(true);
  });

  it('derives Tiêu chí 9 from the online share where it was left blank, and leaves out the «Không đủ thông tin» Tiêu chí 8', () => {
    expect(scoreOf('Sở Tư pháp').notes).toContain('TC9: tính từ tỷ lệ hồ sơ nộp trực tuyến 69,68% (108/155)');
    expect(scores.filter((s) => s.notes.some((n) => n.startsWith('TC9: tính từ tỷ lệ'))).length).toBeGreaterThan(15);
    expect(scoreOf('Ban Quản lý các khu kinh tế tỉnh')).toMatchObject({ status: 'scored', excluded: [8], classification: 'Tốt' });
  });
});

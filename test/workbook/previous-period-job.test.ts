/**
 * The previous period's figures (issue 16) through the whole job on the file host, with a real .xlsx built
 * here: they equal a separate run for that period on the same rows (a month, a quarter, a year), they stay
 * out when the rows do not cover it (the sheets and the JSON say why), and typed criteria are not reused.
 */
import ExcelJS from 'exceljs';
import { dayFromYmd, formatVn, type DayNumber } from '../../src/domain/dates';
import { builtInProfile, type RulesProfile } from '../../src/domain/scoring';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { criteriaSheetModel } from '../../src/workbook/criteria-sheet';
import type { JsonSummary } from '../../src/workbook/json-summary';
import { gridFromModel } from '../../src/workbook/model-grid';
import { smallestPrintedPoints, MIN_PRINTED_POINTS } from '../../src/workbook/reports/print-scale';
import { runScoreJob, type JobResult } from '../../src/workbook/score-job';
import { XlsxFileHost } from '../../src/xlsx/file-host';
import { readWorkbook } from '../../src/xlsx/read-workbook';

const TP = 'Sở Tư pháp';
const YT = 'Sở Y tế';
const XD = 'Sở Xây dựng';
const UNITS = [TP, YT, XD];

const HEADER = [
  'STT', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Hình thức nộp',
  'Số lần yêu cầu bổ sung', 'Số cơ quan phải liên hệ', 'Phản ánh, kiến nghị',
];

/**
 * Cases around two consecutive periods, as day offsets from the previous period's start `p` or this one's
 * `c` (code, unit, received, due, completed or null, filed online). The outcomes are the same for a month,
 * a quarter or a year:
 * previous — TP: 1 carried over resolved early, 1 late, 1 on time, 1 in progress within deadline (total 4);
 *            YT: 1 overdue, 1 early (total 2); XD: 1 late (total 1);
 * this     — TP: the one carried over early, 2 late (total 3); YT: the overdue one carried over, 1 early,
 *            1 late (total 3); XD: 1 early (total 1).
 */
function rows(p: DayNumber, c: DayNumber): [string, string, DayNumber, DayNumber, DayNumber | null, boolean][] {
  return [
    ['TP-01', TP, p - 7, p + 4, p + 1, false],
    ['TP-02', TP, p, p + 5, p + 19, true],
    ['TP-03', TP, p + 1, p + 6, p + 6, false],
    ['TP-04', TP, c - 4, c + 4, c + 3, true],
    ['YT-01', YT, p + 4, p + 18, null, false],
    ['YT-02', YT, p + 14, p + 21, p + 20, true],
    ['XD-00', XD, p + 5, p + 19, p + 20, false],
    ['TP-05', TP, c + 3, c + 10, c + 14, false],
    ['TP-06', TP, c + 4, c + 11, c + 12, true],
    ['YT-03', YT, c + 5, c + 12, c + 7, true],
    ['YT-04', YT, c + 10, c + 17, c + 24, false],
    ['XD-01', XD, c + 11, c + 18, c + 17, true],
  ];
}

type Row = ReturnType<typeof rows>[number];

/** The case list as an .xlsx, with `Tiêu chí bổ sung` typed when `criteria` is given (per unit, from Tiêu chí 6). */
async function workbook(cases: Row[], criteria?: { profile: RulesProfile; values: CellValue[] }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách hồ sơ');
  ws.addRow(HEADER);
  cases.forEach(([code, unit, received, due, completed, online], i) => {
    const done = completed === null ? null : formatVn(completed);
    ws.addRow([i + 1, code, unit, formatVn(received), formatVn(due), done, done ? 'Đã trả kết quả' : 'Đang xử lý', online ? 'Trực tuyến' : 'Trực tiếp', 0, 0, 'Không']);
  });
  if (criteria) {
    const ctx = { period: { from: 0, to: 0, asOf: 0 }, calendarText: '', profileText: '', computedAt: new Date(0), version: 't' };
    const grid = gridFromModel(criteriaSheetModel(UNITS.map((name) => ({ name, level: 'Tỉnh' as const })), criteria.profile, ctx));
    const sheet = wb.addWorksheet('Tiêu chí bổ sung');
    for (const row of grid.rows) sheet.addRow(typeof row[1] === 'string' && UNITS.includes(row[1]) ? [...row.slice(0, 6), ...criteria.values] : row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * dienbien-1187 with Tiêu chí 6–8 derived from the online-filing share like Tiêu chí 9: every criterion then
 * comes from the case rows, so the previous period has scores, classes and ranks to compare.
 */
function rowsOnlyProfile(): RulesProfile {
  const profile = builtInProfile('dienbien-1187');
  // Tiêu chí 9's rule: entered or derived from the online-filing share (≥ 30 % → 2, ≥ 15 % → 1, else 0).
  const derived = profile.perUnit['9'];
  return { ...profile, perUnit: { ...profile.perUnit, '5': { ...derived, name: 'TC6' }, '6': { ...derived, name: 'TC7' }, '8': { ...derived, name: 'TC8' } } };
}

interface Ran {
  result: JobResult;
  summary: JsonSummary;
  sheet: (name: string) => SheetGrid;
}

async function job(file: Buffer, from: DayNumber, to: DayNumber, profile: RulesProfile): Promise<Ran> {
  const host = await XlsxFileHost.open(file, 'ho-so.xlsx');
  const result = await runScoreJob(host, { profile, computedAt: new Date(Date.UTC(2025, 1, 10)), version: 't', from, to });
  const grids = await readWorkbook(await host.output(), 'ket-qua.xlsx');
  return { result, summary: result.summary, sheet: (name) => grids.find((g) => g.name === name)! };
}

const unit = (summary: JsonSummary, name: string) => summary.units.find((u) => u.name === name)!;
const texts = (grid: SheetGrid): string[] => grid.rows.flatMap((r) => r.flatMap((v) => (typeof v === 'string' ? [v] : [])));
const rowOf = (grid: SheetGrid, name: string): CellValue[] => grid.rows.find((r) => r[1] === name)!;
/** The «Kỳ trước» row under a unit's (or a group's) row. */
const previousRowOf = (grid: SheetGrid, name: string): CellValue[] => {
  const below = grid.rows[grid.rows.findIndex((r) => r[1] === name) + 1];
  expect(below[1]).toBe('Kỳ trước');
  return below;
};
/** `Tổng hợp theo đơn vị`: total (D), resolved (J), late (M), overdue (Q), late rates (1) and (2) (U, V), notes (X). */
const summaryFigures = (row: CellValue[]) => [row[3], row[9], row[12], row[16], row[20], row[21], row[23]];

/** Hand-checked from `rows`: the previous period's counts, rates, score and rank of each unit. */
const PREVIOUS: Record<string, Omit<NonNullable<JsonSummary['units'][number]['previous']>, 'period'>> = {
  [TP]: { total: 4, resolved: 3, late: 1, overdue: 0, lateRateOfResolved: 33.33, lateRateOfTotal: 25, scoreTotal: 15, rank: 2 },
  [YT]: { total: 2, resolved: 1, late: 0, overdue: 1, lateRateOfResolved: 0, lateRateOfTotal: 0, scoreTotal: 18, rank: 1 },
  [XD]: { total: 1, resolved: 1, late: 1, overdue: 0, lateRateOfResolved: 100, lateRateOfTotal: 100, scoreTotal: 4, rank: 3 },
};

const day = dayFromYmd;
const PERIODS: [string, [DayNumber, DayNumber], [DayNumber, DayNumber], [string, string]][] = [
  ['a month (March → February of a leap year)', [day(2024, 3, 1), day(2024, 3, 31)], [day(2024, 2, 1), day(2024, 2, 29)], ['2024-02-01', '2024-02-29']],
  ['a quarter (Q1/2024 → Q4/2023)', [day(2024, 1, 1), day(2024, 3, 31)], [day(2023, 10, 1), day(2023, 12, 31)], ['2023-10-01', '2023-12-31']],
  ['a year (2024 → 2023)', [day(2024, 1, 1), day(2024, 12, 31)], [day(2023, 1, 1), day(2023, 12, 31)], ['2023-01-01', '2023-12-31']],
];

describe.each(PERIODS)('the previous period of %s', (_, [from, to], [prevFrom, prevTo], [isoFrom, isoTo]) => {
  let now: Ran;
  let before: Ran;
  beforeAll(async () => {
    const file = await workbook(rows(prevFrom, from));
    const profile = rowsOnlyProfile();
    [now, before] = [await job(file, from, to, profile), await job(file, prevFrom, prevTo, profile)];
  }, 60_000);

  it('equals a separate run for that period on the same rows: counts, rates, score and rank of every unit', () => {
    expect(now.summary.previousPeriod).toEqual({ from: isoFrom, to: isoTo, covered: true, note: null, scoreNote: null });
    for (const name of UNITS) {
      const b = unit(before.summary, name);
      expect([name, unit(now.summary, name).previous]).toEqual([name, {
        period: { from: isoFrom, to: isoTo },
        total: b.total, resolved: b.resolved, late: b.late, overdue: b.overdue,
        lateRateOfResolved: b.lateRateOfResolved, lateRateOfTotal: b.lateRateOfTotal, scoreTotal: b.scoreTotal, rank: b.rank,
      }]);
      expect([name, unit(now.summary, name).previous]).toEqual([name, { period: { from: isoFrom, to: isoTo }, ...PREVIOUS[name] }]);
    }
  });
});

describe('beside this period in the result sheets (a month)', () => {
  let now: Ran;
  beforeAll(async () => {
    now = await job(await workbook(rows(day(2024, 2, 1), day(2024, 3, 1))), day(2024, 3, 1), day(2024, 3, 31), rowsOnlyProfile());
  }, 60_000);

  it('Tổng hợp theo đơn vị: a «Kỳ trước» row under each row, with the change of late rate (1) in its notes', () => {
    const grid = now.sheet('Tổng hợp theo đơn vị');
    // This period: TP 2 late of 3 resolved (66,67 %), YT 1 of 2 (50 %), XD 0 of 1.
    expect(summaryFigures(previousRowOf(grid, TP))).toEqual([4, 3, 1, 0, 33.33, 25, 'Tỷ lệ quá hạn (1) tăng 33,34 điểm %']);
    expect(summaryFigures(previousRowOf(grid, YT))).toEqual([2, 1, 0, 1, 0, 0, 'Tỷ lệ quá hạn (1) tăng 50,00 điểm %']);
    expect(summaryFigures(previousRowOf(grid, XD))).toEqual([1, 1, 1, 0, 100, 100, 'Tỷ lệ quá hạn (1) giảm 100,00 điểm %']);
    // Province: previous 7 cases, 2 late of 5 resolved (40 %; 2/7 = 28,57 %); now 3 late of 6 (50 %).
    expect(summaryFigures(previousRowOf(grid, 'TỔNG CỘNG TOÀN TỈNH'))).toEqual([7, 5, 2, 1, 40, 28.57, 'Tỷ lệ quá hạn (1) tăng 10,00 điểm %']);
    expect(texts(grid)).toContain('Dòng «Kỳ trước»: số liệu tháng 2/2024 (từ ngày 01/02/2024 đến ngày 29/02/2024) của đơn vị hoặc nhóm ở dòng trên, tính từ cùng danh sách hồ sơ; hồ sơ đang giải quyết xét tại ngày cuối kỳ trước. «Tỷ lệ quá hạn (1) tăng/giảm … điểm %»: tỷ lệ (1) kỳ này trừ kỳ trước.');
  });

  it('Xếp loại 1187: a «Kỳ trước» row under each unit with its total, class and rank, the change in the notes', () => {
    const grid = now.sheet('Xếp loại 1187');
    // Columns L–O: total, ĐTB CCVC, class, rank; P: notes. This period TP 14,01 (Tốt, 3rd), YT 15 (Xuất sắc, 2nd), XD 18 (Xuất sắc, 1st).
    const previous = (name: string) => previousRowOf(grid, name).slice(11, 16);
    expect(previous(TP)).toEqual([15, null, 'Xuất sắc', 2, 'giảm 0,99 điểm; xuống 1 bậc']);
    expect(previous(YT)).toEqual([18, null, 'Xuất sắc', 1, 'giảm 3,00 điểm; xuống 1 bậc']);
    expect(previous(XD)).toEqual([4, null, 'Yếu', 3, 'tăng 14,00 điểm; lên 2 bậc']);
    expect(rowOf(grid, TP).slice(11, 15)).toEqual([14.01, '—', 'Tốt', 3]);
  });

  it('Chỉ số 766: the previous points of the total and of each group from the rows, and the change', () => {
    const grid = now.sheet('Chỉ số 766');
    expect(texts(grid)).toEqual(expect.arrayContaining(['Điểm kỳ trước', 'So với kỳ trước']));
    // XD: Tiến độ 20 × on-time ÷ handled — 0/1 before, 1/1 now.
    const xd = grid.rows.findIndex((r) => r[1] === XD);
    const progress = grid.rows.slice(xd).find((r) => typeof r[1] === 'string' && r[1].endsWith('Tiến độ giải quyết'))!;
    expect(progress.slice(9, 11)).toEqual([0, 'tăng 20,00 điểm']);
    // The total needs the groups typed in `Chỉ số 766 bổ sung`: none now, none before.
    expect(rowOf(grid, XD).slice(9, 11)).toEqual(['—', '—']);
  });

  it('the three sheets stay legible on the paper they had without the comparison (nothing below 9 pt)', () => {
    const papers = { 'Tổng hợp theo đơn vị': 'A3', 'Xếp loại 1187': 'A4', 'Chỉ số 766': 'A4' };
    for (const [name, paper] of Object.entries(papers)) {
      const model = now.result.plan.add.find((m) => m.name === name)!;
      expect([name, model.print.paper, smallestPrintedPoints(model) >= MIN_PRINTED_POINTS]).toEqual([name, paper, true]);
    }
  });

  it('Thông tin says which period was compared and how', () => {
    const info = now.sheet('Thông tin').rows.find((r) => r[0] === 'So sánh với kỳ trước')!;
    expect(info[1]).toBe('Kỳ trước: tháng 2/2024 (từ ngày 01/02/2024 đến ngày 29/02/2024), tính lại từ cùng danh sách hồ sơ; hồ sơ đang giải quyết xét tại ngày 29/02/2024. Tiêu chí và điểm nhập tay là của kỳ này, không dùng cho kỳ trước.');
  });
});

describe('criteria typed in Tiêu chí bổ sung belong to this period', () => {
  let now: Ran;
  beforeAll(async () => {
    const profile = builtInProfile('dienbien-1187');
    // Tiêu chí 6, 7, 8 typed (2 each); Tiêu chí 9 is derived from the online-filing share.
    const file = await workbook(rows(day(2024, 2, 1), day(2024, 3, 1)), { profile, values: [2, 2, 2] });
    now = await job(file, day(2024, 3, 1), day(2024, 3, 31), profile);
  }, 60_000);

  it('the previous period keeps counts and rates but no score or rank, and the JSON says why', () => {
    expect(unit(now.summary, TP).scoreTotal).toBe(14.01);
    expect(unit(now.summary, TP).previous).toEqual({ period: { from: '2024-02-01', to: '2024-02-29' }, ...PREVIOUS[TP], scoreTotal: null, rank: null });
    const note = 'Kỳ trước (tháng 2/2024): 3 đơn vị chưa có tổng điểm, phân loại, xếp hạng 1187 — Tiêu chí 6, 7, 8 nhập ở sheet «Tiêu chí bổ sung» là của kỳ này, không dùng cho kỳ trước; đơn vị đó chỉ so sánh số hồ sơ và tỷ lệ.';
    expect(now.summary.previousPeriod).toMatchObject({ covered: true, note: null, scoreNote: note });
    expect(texts(now.sheet('Kiểm tra dữ liệu'))).toContain(`Lưu ý: ${note}`);
    expect(now.sheet('Thông tin').rows.find((r) => r[0] === 'So sánh với kỳ trước')?.[1]).toContain(note);
    // Off the signed page, which shows no comparison of scores.
    expect(texts(now.sheet('Xếp loại 1187'))).not.toContain(note);
  });

  it('Xếp loại 1187 then shows no «Kỳ trước» rows; Tổng hợp theo đơn vị still compares', () => {
    expect(texts(now.sheet('Xếp loại 1187'))).not.toContain('Kỳ trước');
    expect(summaryFigures(previousRowOf(now.sheet('Tổng hợp theo đơn vị'), TP))).toEqual([4, 3, 1, 0, 33.33, 25, 'Tỷ lệ quá hạn (1) tăng 33,34 điểm %']);
  });
});

describe('rows that do not cover the previous period', () => {
  const march: [DayNumber, DayNumber] = [day(2024, 3, 1), day(2024, 3, 31)];
  const febFirst = day(2024, 2, 1);
  const marchFirst = day(2024, 3, 1);

  it('receipts starting after its first day: no comparison, said in the JSON, Kiểm tra dữ liệu and Thông tin', async () => {
    // Without TP-01, TP-02 and TP-03 the earliest receipt is YT-01's, 5 February.
    const cases = rows(febFirst, marchFirst).filter(([code]) => !['TP-01', 'TP-02', 'TP-03'].includes(code));
    const now = await job(await workbook(cases), ...march, rowsOnlyProfile());
    const note =
      'Dữ liệu không có đủ hồ sơ của kỳ trước (tháng 2/2024) để so sánh: ngày tiếp nhận sớm nhất trong danh sách là 05/02/2024, không trước ngày đầu kỳ trước (01/02/2024), nên thiếu các hồ sơ tiếp nhận trước đó chuyển sang kỳ trước. ' +
      'Muốn so sánh, dùng danh sách hồ sơ giải quyết từ 01/02/2024 đến 31/03/2024, có cả hồ sơ tiếp nhận trước ngày 01/02/2024.';
    expect(now.summary.previousPeriod).toEqual({ from: '2024-02-01', to: '2024-02-29', covered: false, note, scoreNote: null });
    expect(now.summary.units.map((u) => u.previous)).toEqual([null, null, null]);
    expect(texts(now.sheet('Kiểm tra dữ liệu'))).toContain(`Lưu ý: ${note}`);
    expect(now.sheet('Thông tin').rows.find((r) => r[0] === 'So sánh với kỳ trước')?.[1]).toBe(note);
    // No comparison in the sheets; the internal `Chỉ số 766` says why, the pages to sign stay as they were.
    for (const [name, says] of [['Tổng hợp theo đơn vị', false], ['Xếp loại 1187', false], ['Chỉ số 766', true]] as const) {
      const all = texts(now.sheet(name));
      expect([name, all.includes(note), all.some((t) => t === 'Kỳ trước' || t === 'Điểm kỳ trước')]).toEqual([name, says, false]);
    }
  }, 60_000);

  it('a list exported from the previous period’s first day: no comparison, its carried-over cases would be missing', async () => {
    // Without TP-01 (received 7 days before) the earliest receipt is TP-02's, 1 February itself.
    const cases = rows(febFirst, marchFirst).filter(([code]) => code !== 'TP-01');
    const now = await job(await workbook(cases), ...march, rowsOnlyProfile());
    expect(now.summary.previousPeriod).toMatchObject({ covered: false });
    expect(now.summary.previousPeriod?.note).toContain('ngày tiếp nhận sớm nhất trong danh sách là 01/02/2024, không trước ngày đầu kỳ trước (01/02/2024)');
    expect(now.summary.units.map((u) => u.previous)).toEqual([null, null, null]);
  });

  it('a list of this period\'s cases with older ones carried over: none completed in the previous period', async () => {
    // The cases handled in March: TP-04 and YT-01 received in February, none completed then.
    const cases = rows(febFirst, marchFirst).filter(([, , received, , completed]) => completed === null || completed >= marchFirst || received >= marchFirst);
    const shifted: Row[] = [['TP-00', TP, day(2024, 1, 25), day(2024, 3, 5), day(2024, 3, 4), false], ...cases];
    const now = await job(await workbook(shifted), ...march, rowsOnlyProfile());
    expect(now.summary.previousPeriod?.covered).toBe(false);
    expect(now.summary.previousPeriod?.note).toContain('để so sánh: không có hồ sơ nào trả kết quả từ 01/02/2024 đến 29/02/2024.');
  }, 60_000);
});

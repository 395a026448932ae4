/** «Biểu đồ»: what each chart shows (hand-checked figures) and that every series reads the cells beside it. */
import type { UnitTotals } from '../../src/domain/aggregate';
import type { Level } from '../../src/domain/cases';
import { WorkCalendar } from '../../src/domain/calendar/work-calendar';
import { dayFromYmd } from '../../src/domain/dates';
import { builtInProfile } from '../../src/domain/scoring';
import type { RunNationalIndex } from '../../src/workbook/national-index-units';
import { classCounts, lateRateBars, MAX_BARS, monthlyOnTime, progressBars } from '../../src/workbook/reports/chart-data';
import { chartSheet } from '../../src/workbook/reports/chart-sheet';
import { MIN_PRINTED_POINTS, smallestPrintedPoints } from '../../src/workbook/reports/print-scale';
import type { RunUnitScore } from '../../src/workbook/score-units';
import type { CellRange, SheetModel } from '../../src/workbook/sheet-model';
import { caseRecord } from '../support/case-record';
import { at, chartSample, resolved } from '../support/chart-sample';

const calendar = WorkCalendar.builtIn();

const unit = (name: string, level: Level, late: number, resolvedCount: number): UnitTotals =>
  ({ name, level, late, resolved: resolvedCount, lateRateOfResolved: resolvedCount ? Math.round((late * 10_000) / resolvedCount) / 100 : null }) as UnitTotals;

/** The cells of a one-line range, in order. */
function cellsOf(model: SheetModel, r: CellRange): unknown[] {
  const out: unknown[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(model.rows[row - 1]?.[col - 1]?.value ?? null);
  return out;
}

describe('monthly on-time rate', () => {
  // Jan 2024: early, on time, late (3 resolved, 2 on time); a withdrawn and an open case do not count.
  const january = [
    resolved(2024, 1, 5),
    resolved(2024, 1, 10),
    resolved(2024, 1, 15),
    caseRecord({ received: at(2024, 1, 1), due: at(2024, 1, 10), completed: at(2024, 1, 8), status: 'withdrawn' }),
    caseRecord({ received: at(2024, 1, 1), due: at(2024, 1, 10), status: 'open' }),
    // Completed on its due day but hours after the due time: late.
    caseRecord({ received: at(2024, 1, 1), due: { ...at(2024, 1, 10), minutes: 11 * 60 }, completed: { ...at(2024, 1, 10), minutes: 16 * 60 }, status: 'done' }),
  ];
  const marchToDecember = Array.from({ length: 10 }, (_, i) => resolved(2024, i + 3, 5));
  // Due 31/12/2024, completed 02/01/2025: late, in January 2025.
  const lateInJanuary = caseRecord({ received: at(2024, 12, 20), due: at(2024, 12, 31), completed: at(2025, 1, 2), status: 'done' });

  it('judges each case in its completion month and leaves a month without resolved cases blank', () => {
    const months = monthlyOnTime([...january, ...marchToDecember, lateInJanuary], calendar);
    expect(months).toHaveLength(13);
    expect(months[0]).toEqual({ year: 2024, month: 1, resolved: 4, onTime: 2, rate: 50 });
    expect(months[1]).toEqual({ year: 2024, month: 2, resolved: 0, onTime: 0, rate: null });
    expect(months[2]).toEqual({ year: 2024, month: 3, resolved: 1, onTime: 1, rate: 100 });
    expect(months[12]).toEqual({ year: 2025, month: 1, resolved: 1, onTime: 0, rate: 0 });
  });

  it('is empty when the completions span less than twelve months', () => {
    expect(monthlyOnTime([...january, ...marchToDecember.slice(0, 9)], calendar)).toEqual([]);
  });

  it('keeps the last 24 months of a longer span', () => {
    const months = monthlyOnTime([resolved(2022, 1, 5), resolved(2025, 1, 15)], calendar);
    expect(months).toHaveLength(24);
    expect(months[0]).toMatchObject({ year: 2023, month: 2, resolved: 0 });
    expect(months[23]).toEqual({ year: 2025, month: 1, resolved: 1, onTime: 0, rate: 0 });
  });
});

describe('bars per level', () => {
  it('late rate: highest first, ties in Vietnamese order, units that resolved nothing left out, at most 25', () => {
    const communes = Array.from({ length: 26 }, (_, i) => unit(`Xã ${String(i).padStart(2, '0')}`, 'Xã', 1, 100));
    const levels = lateRateBars([
      unit('Sở Y tế', 'Tỉnh', 1, 4),
      unit('Sở Tư pháp', 'Tỉnh', 0, 0),
      unit('Xã Bản', 'Xã', 5, 10),
      // «Ảng» sorts before «Bản» in Vietnamese (not by code point: Ả is U+1EA2).
      unit('Xã Ảng', 'Xã', 5, 10),
      ...communes,
    ]);
    expect(levels.map((l) => l.level)).toEqual(['Tỉnh', 'Xã']);
    expect(levels[0]).toEqual({ level: 'Tỉnh', bars: [{ name: 'Sở Y tế', value: 25, detail: '1/4' }], of: 1 });
    expect(levels[1].of).toBe(28);
    expect(levels[1].bars).toHaveLength(MAX_BARS);
    expect(levels[1].bars.slice(0, 3).map((b) => [b.name, b.value])).toEqual([['Xã Ảng', 50], ['Xã Bản', 50], ['Xã 00', 1]]);
  });

  it('Tiến độ: lowest first, units without the figure left out', () => {
    const index = (name: string, points: number | null, notOnTime: number): RunNationalIndex =>
      ({ name, level: 'Huyện', parent: null, groups: [{ id: 'tien-do', points }], progress: { notOnTime } }) as unknown as RunNationalIndex;
    const [level] = progressBars([index('Huyện A', 19.5, 2), index('Huyện B', 12, 9), index('Huyện C', null, 0)]);
    expect(level).toEqual({ level: 'Huyện', of: 2, bars: [{ name: 'Huyện B', value: 12, detail: '9' }, { name: 'Huyện A', value: 19.5, detail: '2' }] });
  });

  it('classes: units per class of the profile, every unit without one of them «Chưa xếp loại»', () => {
    const score = (level: Level, classification: string | null): RunUnitScore => ({ level, classification }) as RunUnitScore;
    const counts = classCounts(
      [score('Tỉnh', 'Xuất sắc'), score('Xã', 'Tốt'), score('Xã', 'Tốt'), score('Xã', null), score('Xã', 'Không xếp loại'), score('Xã', 'Yếu')],
      builtInProfile('dienbien-1187'),
    );
    // Xuất sắc, Tốt, Khá, Trung bình, Yếu, Chưa xếp loại.
    expect(counts).toEqual([{ level: 'Tỉnh', counts: [1, 0, 0, 0, 0, 0] }, { level: 'Xã', counts: [0, 2, 0, 0, 1, 2] }]);
  });
});

describe('the «Biểu đồ» sheet without figures', () => {
  it('says there is nothing to draw, and has no chart and no page break', () => {
    const profile = builtInProfile('dienbien-1187');
    const ctx = { period: { from: dayFromYmd(2024, 1, 1), to: dayFromYmd(2024, 3, 31), asOf: dayFromYmd(2024, 3, 31) }, calendarText: '', profileText: '', computedAt: new Date(0), version: 't' };
    const model = chartSheet({ run: { units: [], cases: [], calendar }, scores: [], nationalIndex: [], profile, ctx });
    expect(model.charts).toEqual([]);
    expect(model.print.rowBreaks).toEqual([]);
    expect(model.rows.flat().map((c) => c?.value)).toContain('Không có số liệu để vẽ biểu đồ: không đơn vị nào có hồ sơ đã giải quyết hoặc đã xếp loại trong kỳ.');
  });
});

describe('the «Biểu đồ» sheet of the sample', () => {
  let sample: Awaited<ReturnType<typeof chartSample>>;
  beforeAll(async () => {
    sample = await chartSample(true);
  });

  it('has a chart per section: late rate and Tiến độ per level, classes, and the monthly trend', () => {
    expect(sample.model.charts!.map((c) => [c.kind, c.title])).toEqual([
      ['bar', 'Tỷ lệ trễ hạn (% số hồ sơ đã giải quyết) — cấp tỉnh'],
      ['bar', 'Tỷ lệ trễ hạn (% số hồ sơ đã giải quyết) — cấp huyện'],
      ['bar', 'Tỷ lệ trễ hạn (% số hồ sơ đã giải quyết) — cấp xã'],
      ['stackedColumn', 'Số đơn vị theo xếp loại 1187, từng cấp'],
      ['bar', 'Điểm Tiến độ giải quyết (Chỉ số 766) — cấp tỉnh'],
      ['bar', 'Điểm Tiến độ giải quyết (Chỉ số 766) — cấp huyện'],
      ['bar', 'Điểm Tiến độ giải quyết (Chỉ số 766) — cấp xã'],
      ['line', 'Tỷ lệ giải quyết đúng hạn toàn tỉnh theo tháng (%)'],
    ]);
  });

  it('plots beside each unit the late rate `Tổng hợp theo đơn vị` gives it, highest first', () => {
    for (const chart of sample.model.charts!.slice(0, 3)) {
      const [series] = chart.series;
      const names = cellsOf(sample.model, series.categories);
      const rates = cellsOf(sample.model, series.values);
      expect(names.length).toBeGreaterThan(0);
      expect(rates).toEqual(names.map((n) => sample.run.units.find((u) => u.name === n)!.lateRateOfResolved));
      expect([...(rates as number[])].sort((a, b) => b - a)).toEqual(rates);
    }
  });

  it('plots the months of the rows: 2023 from the added cases (in month m, m % 4 of 10 late)', () => {
    const trend = sample.model.charts![7];
    const months = cellsOf(sample.model, trend.series[0].categories);
    const rates = cellsOf(sample.model, trend.series[0].values);
    expect(months.slice(0, 4)).toEqual(['Tháng 1/2023', 'Tháng 2/2023', 'Tháng 3/2023', 'Tháng 4/2023']);
    expect(rates.slice(0, 4)).toEqual([90, 80, 70, 100]);
    expect(months.length).toBeGreaterThanOrEqual(15);
  });

  it('prints one section per page, each chart within its section, nothing below 9 pt', () => {
    const { print, charts } = sample.model;
    expect(print).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: true });
    expect(print.rowBreaks).toHaveLength(charts!.length - 1);
    charts!.forEach((chart, i) => {
      const pageEnd = print.rowBreaks![i] ?? sample.model.rows.length;
      const pageStart = i === 0 ? 1 : print.rowBreaks![i - 1] + 1;
      expect(chart.anchor.top).toBeGreaterThanOrEqual(pageStart);
      expect(chart.anchor.bottom).toBeLessThanOrEqual(pageEnd);
    });
    expect(smallestPrintedPoints(sample.model)).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
  });
});

/**
 * `Biểu đồ`: the picture a leader looks at (issue 16). Each section is a small table on the sheet and a
 * native chart over it — late rate per unit and Tiến độ per unit (one chart per level, the worst units
 * first, beside their table), units per class (below its table), and the province's monthly on-time rate
 * when the rows span a year. A4 landscape, one section per page.
 */
import type { RulesProfile } from '../../domain/scoring';
import type { RunNationalIndex } from '../national-index-units';
import type { RunUnitScore } from '../score-units';
import type { ScoreRun } from '../score-workbook';
import type { CellRange, ChartModel, SheetModel } from '../sheet-model';
import { CHART_SHEET, UNIT_SUMMARY_SHEET } from '../sheet-names';
import {
  classCounts, classLabels, lateRateBars, monthlyOnTime, progressBars, TIEN_DO_GROUP, type LevelBars, type MonthRate,
} from './chart-data';
import { LEVEL_NAMES } from './case-groups';
import { writeHeader, type ReportContext } from './report-context';
import { cell, SheetBuilder, STYLES } from './sheet-builder';

/** A STT, B name, C figure, D counts, E–L the chart beside the table (or A–L below it). */
const WIDTHS = [5, 30, 10, 10, 9, 9, 9, 9, 9, 9, 9, 9];
const CHART_LEFT = 5;
const LAST_COL = WIDTHS.length;
/** The smallest chart, in rows of the sheet (about 240 pt). */
const MIN_CHART_ROWS = 16;

const SECTION = { bold: true, size: 12 } as const;

export interface ChartSheetInput {
  run: Pick<ScoreRun, 'units' | 'cases' | 'calendar'>;
  scores: readonly RunUnitScore[];
  nationalIndex: readonly RunNationalIndex[];
  profile: RulesProfile;
  ctx: ReportContext;
}

class ChartSheet {
  readonly b = new SheetBuilder(CHART_SHEET, WIDTHS);
  readonly charts: ChartModel[] = [];
  /** The last row of each section: a page ends there. */
  readonly ends: number[] = [];
  private sections = 0;

  /** A numbered section heading; every section after the first starts a page. */
  heading(title: string, note: string | null): void {
    this.sections++;
    this.b.line(`${this.sections}. ${title}`, { ...SECTION, wrap: true });
    if (note) this.b.line(note, { ...STYLES.note, wrap: true });
  }

  end(lastRow: number): void {
    while (this.b.nextRow <= lastRow) this.b.blank();
    this.ends.push(lastRow);
  }
}

export function chartSheet({ run, scores, nationalIndex, profile, ctx }: ChartSheetInput): SheetModel {
  const s = new ChartSheet();
  writeHeader(s.b, 'BIỂU ĐỒ KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH', ctx);
  s.b.blank();
  for (const level of lateRateBars(run.units)) {
    writeBars(s, level, {
      title: `TỶ LỆ HỒ SƠ TRỄ HẠN TRÊN SỐ HỒ SƠ ĐÃ GIẢI QUYẾT — ${LEVEL_NAMES[level.level].toUpperCase()}`,
      chartTitle: `Tỷ lệ trễ hạn (% số hồ sơ đã giải quyết) — ${LEVEL_NAMES[level.level]}`,
      valueHeader: 'Tỷ lệ trễ hạn (%)',
      detailHeader: 'Trễ hạn / đã giải quyết',
      axis: 'Tỷ lệ trễ hạn (% số hồ sơ đã giải quyết)',
      numFmt: '0.00',
      valueMax: undefined,
      which: 'có tỷ lệ trễ hạn cao nhất',
    });
  }
  writeClasses(s, scores, profile);
  const progressGroup = profile.nationalIndex.groups.find((g) => g.id === TIEN_DO_GROUP);
  for (const level of progressBars(nationalIndex)) {
    writeBars(s, level, {
      title: `ĐIỂM TIẾN ĐỘ GIẢI QUYẾT (CHỈ SỐ 766) — ${LEVEL_NAMES[level.level].toUpperCase()}`,
      chartTitle: `Điểm Tiến độ giải quyết (Chỉ số 766) — ${LEVEL_NAMES[level.level]}`,
      valueHeader: 'Điểm Tiến độ',
      detailHeader: 'Hồ sơ trễ hạn, quá hạn',
      axis: 'Điểm Tiến độ giải quyết',
      numFmt: '0.00',
      valueMax: progressGroup ? groupMax(progressGroup) : undefined,
      which: 'có điểm Tiến độ thấp nhất',
    });
  }
  writeTrend(s, monthlyOnTime(run.cases, run.calendar));
  if (!s.charts.length) s.b.line('Không có số liệu để vẽ biểu đồ: không đơn vị nào có hồ sơ đã giải quyết hoặc đã xếp loại trong kỳ.', { italic: true, wrap: true });
  const model = s.b.build({ orientation: 'landscape', fitToWidth: true, paper: 'A4' });
  return { ...model, print: { ...model.print, rowBreaks: s.ends.slice(0, -1) }, charts: s.charts };
}

/** A group's maximum is the sum of its metrics' maxima (profile-types.ts). */
const groupMax = (group: RulesProfile['nationalIndex']['groups'][number]): number => group.metrics.reduce((sum, m) => sum + m.max, 0);

interface BarTexts {
  title: string;
  /** Short enough for one line above the plot. */
  chartTitle: string;
  valueHeader: string;
  detailHeader: string;
  axis: string;
  numFmt: string;
  valueMax: number | undefined;
  /** Which units are shown when not all fit: «có tỷ lệ trễ hạn cao nhất». */
  which: string;
}

/** A table of the level's units and a horizontal bar chart beside it, bar by row. */
function writeBars(s: ChartSheet, { level, bars, of }: LevelBars, t: BarTexts): void {
  const shown = bars.length < of ? `${bars.length}/${of} đơn vị ${t.which}; đủ danh sách ở sheet «${UNIT_SUMMARY_SHEET}».` : null;
  s.heading(t.title, shown);
  const header = s.b.row(['STT', 'Đơn vị', t.valueHeader, t.detailHeader], STYLES.header);
  const first = s.b.nextRow;
  bars.forEach((bar, i) => s.b.row([cell(i + 1, STYLES.center), cell(bar.name, STYLES.text), cell(bar.value, { ...STYLES.rate, numFmt: t.numFmt }), cell(bar.detail, STYLES.center)]));
  const last = s.b.nextRow - 1;
  const anchor: CellRange = { top: header, left: CHART_LEFT, bottom: Math.max(last, header + MIN_CHART_ROWS - 1), right: LAST_COL };
  s.charts.push({
    kind: 'bar',
    title: `${t.chartTitle}${bars.length < of ? ` (${bars.length} đơn vị ${t.which})` : ''}`,
    categoryAxisTitle: `Đơn vị ${LEVEL_NAMES[level]}`,
    valueAxisTitle: t.axis,
    series: [{ name: t.valueHeader, categories: column(2, first, last), values: column(3, first, last) }],
    numFmt: t.numFmt,
    valueMax: t.valueMax,
    anchor,
  });
  s.end(anchor.bottom);
}

/** Units per class and level, stacked: one column per level, below its table. */
function writeClasses(s: ChartSheet, scores: readonly RunUnitScore[], profile: RulesProfile): void {
  const rows = classCounts(scores, profile);
  if (!rows.length) return;
  const labels = classLabels(profile);
  s.heading('XẾP LOẠI THEO QUYẾT ĐỊNH 1187 — SỐ ĐƠN VỊ THEO TỪNG LOẠI, TỪNG CẤP', '«Chưa xếp loại»: đơn vị thiếu dữ liệu chấm điểm, không gửi kết quả hoặc không có hồ sơ giải quyết xong trong kỳ.');
  s.b.row(['STT', 'Cấp', ...labels, 'Tổng'], STYLES.header);
  const first = s.b.nextRow;
  rows.forEach(({ level, counts }, i) =>
    s.b.row([cell(i + 1, STYLES.center), cell(`Đơn vị ${LEVEL_NAMES[level]}`, STYLES.text), ...counts.map((n) => cell(n, STYLES.count)), cell(counts.reduce((a, n) => a + n, 0), STYLES.count)]));
  const last = s.b.nextRow - 1;
  s.b.blank();
  const top = s.b.nextRow;
  const anchor: CellRange = { top, left: 1, bottom: top + MIN_CHART_ROWS + 2, right: LAST_COL };
  s.charts.push({
    kind: 'stackedColumn',
    title: 'Số đơn vị theo xếp loại 1187, từng cấp',
    categoryAxisTitle: 'Cấp',
    valueAxisTitle: 'Số đơn vị',
    series: labels.map((name, i) => ({ name, categories: column(2, first, last), values: column(3 + i, first, last) })),
    numFmt: '0',
    anchor,
  });
  s.end(anchor.bottom);
}

/** The province's on-time rate month by month, as a line beside its table. */
function writeTrend(s: ChartSheet, months: readonly MonthRate[]): void {
  if (!months.length) return;
  s.heading('TỶ LỆ HỒ SƠ GIẢI QUYẾT ĐÚNG HẠN TOÀN TỈNH THEO THÁNG', 'Theo tháng hoàn thành, trên toàn bộ danh sách hồ sơ (không chỉ kỳ báo cáo); đúng hạn gồm trước hạn và đúng hạn.');
  const header = s.b.row(['STT', 'Tháng', 'Tỷ lệ đúng hạn (%)', 'Đúng hạn / đã giải quyết'], STYLES.header);
  const first = s.b.nextRow;
  months.forEach((m, i) =>
    s.b.row([cell(i + 1, STYLES.center), cell(`Tháng ${m.month}/${m.year}`, STYLES.center), m.rate === null ? cell('—', STYLES.center) : cell(m.rate, STYLES.rate), cell(`${m.onTime}/${m.resolved}`, STYLES.center)]));
  const last = s.b.nextRow - 1;
  const anchor: CellRange = { top: header, left: CHART_LEFT, bottom: Math.max(last, header + MIN_CHART_ROWS - 1), right: LAST_COL };
  s.charts.push({
    kind: 'line',
    title: 'Tỷ lệ giải quyết đúng hạn toàn tỉnh theo tháng (%)',
    categoryAxisTitle: 'Tháng hoàn thành',
    valueAxisTitle: 'Tỷ lệ đúng hạn (%)',
    series: [{ name: 'Tỷ lệ đúng hạn (%)', categories: column(2, first, last), values: column(3, first, last) }],
    numFmt: '0.0',
    valueMax: 100,
    anchor,
  });
  s.end(anchor.bottom);
}

const column = (col: number, top: number, bottom: number): CellRange => ({ top, left: col, bottom, right: col });

/**
 * A sheet's charts through Office.js (ExcelApi 1.1: `worksheet.charts.add`, titles, axes, series names,
 * `setPosition`; 1.7, the manifest's minimum: a bar chart's categories top-down), the same charts the file writer draws as DrawingML (src/xlsx/chart-xml.ts). Queued in the
 * write batch: no sync of its own.
 */
import { columnLetter } from '../workbook/cells';
import { boxAddress } from './a1';
import type { CellRange, ChartModel, SheetModel } from '../workbook/sheet-model';
import { OPERATION_BYTES, jsonBytes } from './payload';
import type { WriteBatch } from './write-batch';

const CHART_TYPES: Record<ChartModel['kind'], `${Excel.ChartType}`> = {
  bar: 'BarClustered',
  column: 'ColumnClustered',
  stackedColumn: 'ColumnStacked',
  line: 'LineMarkers',
};

/** Points: what the file writer uses (10 pt text, 12 pt titles), nothing below 9 pt in print. */
const TEXT_POINTS = 10;
const TITLE_POINTS = 12;
/** Operations per chart besides one per series: add, source range, title and its font, two axis titles, axis bounds, plot order, legend, labels, font, position. */
const OPERATIONS_PER_CHART = 15;

const cellAddress = (row: number, col: number): string => `${columnLetter(col)}${row}`;

/**
 * The block `charts.add` reads: the categories column, then one column per series, in order — the layout
 * chart-sheet.ts writes. Excel makes one series of each value column ('Columns'), so any other layout is a
 * programming error and is refused rather than drawn wrong.
 */
export function chartSource(chart: ChartModel): CellRange {
  const [first] = chart.series;
  const { top, bottom, left } = first.categories;
  chart.series.forEach((s, i) => {
    const sameCategories = s.categories.top === top && s.categories.bottom === bottom && s.categories.left === left && s.categories.right === left;
    const nextColumn = s.values.left === left + 1 + i && s.values.right === s.values.left && s.values.top === top && s.values.bottom === bottom;
    if (!sameCategories || !nextColumn) throw new Error(`Chart «${chart.title}»: series «${s.name}» is not the column ${columnLetter(left + 1 + i)} beside its categories`);
  });
  return { top, left, bottom, right: left + chart.series.length };
}

export async function writeCharts(batch: WriteBatch, sheet: Excel.Worksheet, model: SheetModel): Promise<void> {
  const charts = model.charts ?? [];
  if (!charts.length) return;
  const ops = charts.reduce((n, c) => n + OPERATIONS_PER_CHART + c.series.length, 0);
  await batch.reserve(ops * OPERATION_BYTES + jsonBytes(charts));
  for (const chart of charts) addChart(sheet, chart);
}

function addChart(sheet: Excel.Worksheet, m: ChartModel): void {
  const chart = sheet.charts.add(CHART_TYPES[m.kind], sheet.getRange(boxAddress(chartSource(m))), 'Columns');
  chart.title.text = m.title;
  chart.title.format.font.size = TITLE_POINTS;
  chart.format.font.size = TEXT_POINTS;
  chart.axes.categoryAxis.title.text = m.categoryAxisTitle;
  chart.axes.valueAxis.title.text = m.valueAxisTitle;
  chart.axes.valueAxis.minimum = 0;
  // Bars top-down in the table's order (Excel draws the first category at the bottom); the file writer's
  // value axis then stays at the bottom, here it moves to the top (placing it needs ExcelApi 1.8).
  if (m.kind === 'bar') chart.axes.categoryAxis.reversePlotOrder = true;
  if (m.valueMax !== undefined) chart.axes.valueAxis.maximum = m.valueMax;
  chart.legend.visible = m.series.length > 1;
  // A stacked chart labels no segment: zero-unit classes would print «0» over the axis (as the file writer).
  chart.dataLabels.showValue = m.kind !== 'stackedColumn';
  m.series.forEach((s, i) => (chart.series.getItemAt(i).name = s.name));
  chart.setPosition(cellAddress(m.anchor.top, m.anchor.left), cellAddress(m.anchor.bottom, m.anchor.right));
}

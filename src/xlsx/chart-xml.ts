/**
 * A chart part (xl/charts/chartN.xml, DrawingML c:chartSpace) for a ChartModel. Elements follow the
 * ECMA-376 sequences (CT_ChartSpace, CT_BarChart, CT_CatAx…), which Excel enforces. Each series names its
 * cells (`'Biểu đồ'!$B$5:$B$20`) and carries a cache of their values, so the chart draws at once in every
 * program, before anything recalculates.
 */
import { cellText, columnLetter, type CellValue } from '../workbook/cells';
import type { CellRange, ChartModel, ChartSeries, SheetModel } from '../workbook/sheet-model';
import { xmlEscape } from './ooxml';

const NS_CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Series colours (blue, orange, grey, gold, light blue, green): Office's default theme, distinct in grey print. */
const SERIES_COLOURS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];

/** Hundredths of a point: body text 10 pt, titles 12 pt — nothing prints below 9 pt at the sheet's scale. */
const TEXT_SIZE = 1000;
const TITLE_SIZE = 1200;
const CATEGORY_AXIS = 1001;
const VALUE_AXIS = 1002;

/** `'Biểu đồ'!$B$5:$B$20`: always quoted, an apostrophe doubled. */
export function rangeFormula(sheet: string, r: CellRange): string {
  const cellRef = (row: number, col: number): string => `$${columnLetter(col)}$${row}`;
  return `'${sheet.replace(/'/g, "''")}'!${cellRef(r.top, r.left)}:${cellRef(r.bottom, r.right)}`;
}

/** The cells of a one-column or one-row range, in order. */
function cellsOf(r: CellRange): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

/** A programming error, never the user's: a chart must read one line of cells of its own sheet. */
function checkSeries(model: SheetModel, chart: ChartModel, s: ChartSeries): void {
  const lines = [s.categories, s.values];
  for (const r of lines) {
    const oneLine = r.top === r.bottom || r.left === r.right;
    if (!oneLine || r.top < 1 || r.left < 1 || r.bottom < r.top || r.right < r.left || r.bottom > model.rows.length) {
      throw new RangeError(`Chart «${chart.title}» on «${model.name}»: series «${s.name}» reads ${JSON.stringify(r)}, not one line of the sheet`);
    }
  }
  if (cellsOf(s.categories).length !== cellsOf(s.values).length) {
    throw new RangeError(`Chart «${chart.title}» on «${model.name}»: series «${s.name}» has as many categories as values`);
  }
}

const valueAt = (model: SheetModel, row: number, col: number): CellValue => model.rows[row - 1]?.[col - 1]?.value ?? null;

/** A paragraph of rich text (a title) in `size` hundredths of a point. */
function richText(text: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="${size}"${b}/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

const titleXml = (text: string, size: number, bold: boolean): string => `<c:title>${richText(text, size, bold)}<c:overlay val="0"/></c:title>`;

const textProperties = (size: number): string =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;

function stringCache(model: SheetModel, r: CellRange): string {
  const cells = cellsOf(r);
  const points = cells.map(({ row, col }, i) => {
    const v = cellText(valueAt(model, row, col));
    return v === '' ? '' : `<c:pt idx="${i}"><c:v>${xmlEscape(v)}</c:v></c:pt>`;
  });
  return `<c:strCache><c:ptCount val="${cells.length}"/>${points.join('')}</c:strCache>`;
}

/** Only numbers are cached: «—» (no figure) is a gap, never a zero. */
function numberCache(model: SheetModel, r: CellRange, numFmt: string): string {
  const cells = cellsOf(r);
  const points = cells.map(({ row, col }, i) => {
    const v = valueAt(model, row, col);
    return typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '';
  });
  return `<c:numCache><c:formatCode>${xmlEscape(numFmt)}</c:formatCode><c:ptCount val="${cells.length}"/>${points.join('')}</c:numCache>`;
}

function labelsXml(chart: ChartModel): string {
  const position = chart.kind === 'stackedColumn' ? 'ctr' : chart.kind === 'line' ? 't' : 'outEnd';
  return (
    `<c:dLbls><c:numFmt formatCode="${xmlEscape(chart.numFmt)}" sourceLinked="0"/>${textProperties(TEXT_SIZE)}<c:dLblPos val="${position}"/>` +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
  );
}

function seriesXml(model: SheetModel, chart: ChartModel, s: ChartSeries, i: number): string {
  const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
  const line = chart.kind === 'line';
  const shape = line
    ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>`
    : `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
  // A stacked chart labels only what is worth reading: zero-unit segments would print «0» on the axis.
  const labels = chart.kind === 'stackedColumn' ? '' : labelsXml(chart);
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>${shape}${labels}` +
    `<c:cat><c:strRef><c:f>${xmlEscape(rangeFormula(model.name, s.categories))}</c:f>${stringCache(model, s.categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlEscape(rangeFormula(model.name, s.values))}</c:f>${numberCache(model, s.values, chart.numFmt)}</c:numRef></c:val>` +
    (line ? '<c:smooth val="0"/>' : '') +
    '</c:ser>'
  );
}

function plotXml(model: SheetModel, chart: ChartModel): string {
  const series = chart.series.map((s, i) => seriesXml(model, chart, s, i)).join('');
  const axes = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  if (chart.kind === 'line') return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
  const stacked = chart.kind === 'stackedColumn';
  return (
    `<c:barChart><c:barDir val="${chart.kind === 'bar' ? 'bar' : 'col'}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>` +
    `${series}<c:gapWidth val="${stacked ? 60 : 40}"/>${stacked ? '<c:overlap val="100"/>' : ''}${axes}</c:barChart>`
  );
}

/**
 * The axes. A horizontal bar chart lists its categories top-down, in the table's order (orientation
 * maxMin), with the value axis kept at the bottom (crossing at the last category).
 */
function axesXml(chart: ChartModel): string {
  const bar = chart.kind === 'bar';
  const max = chart.valueMax === undefined ? '' : `<c:max val="${chart.valueMax}"/>`;
  const ticks = '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${bar ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${bar ? 'l' : 'b'}"/>${titleXml(chart.categoryAxisTitle, TEXT_SIZE, true)}<c:numFmt formatCode="General" sourceLinked="0"/>${ticks}` +
    `${textProperties(TEXT_SIZE)}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/>${max}<c:min val="0"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${bar ? 'b' : 'l'}"/><c:majorGridlines/>${titleXml(chart.valueAxisTitle, TEXT_SIZE, true)}<c:numFmt formatCode="General" sourceLinked="0"/>${ticks}` +
    `${textProperties(TEXT_SIZE)}<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="${bar ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** The whole chart part. */
export function chartXml(model: SheetModel, chart: ChartModel): string {
  if (!chart.series.length) throw new RangeError(`Chart «${chart.title}» on «${model.name}» has no series`);
  chart.series.forEach((s) => checkSeries(model, chart, s));
  const legend = chart.series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_DRAWING}" xmlns:r="${NS_REL}">` +
    '<c:lang val="vi-VN"/><c:roundedCorners val="0"/>' +
    `<c:chart>${titleXml(chart.title, TITLE_SIZE, true)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plotXml(model, chart)}${axesXml(chart)}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `${textProperties(TEXT_SIZE)}</c:chartSpace>`
  );
}

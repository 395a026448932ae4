/**
 * Writes one SheetModel into a new worksheet through a WriteBatch: values and number formats as one 2D
 * array per chunk, formatting per style rectangle, then merges and print setup. Only values, never formulas.
 */
import { columnLetter } from '../workbook/cells';
import { PAGE_NUMBER_FIELD, RESULT_FONT, type DataValidation, type SheetModel } from '../workbook/sheet-model';
import { boxAddress, type CellBox } from './a1';
import type { OfficeCapabilities } from './capabilities';
import type { DateSystem } from './date-system';
import { OPERATION_BYTES } from './payload';
import type { WriteBatch } from './write-batch';
import { writeCharts } from './write-charts';
import { planChunks, sheetWidth, trailingMerges, type RangeStyle } from './write-plan';

const MAX_WIDTH_CHARS = 255;
/** Manual page breaks queued per reservation, so a long list's breaks never make one oversized request. */
const BREAKS_PER_RESERVE = 1000;
type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/** Column width in points for a width in characters: (chars × 7 + 5) pixels of Calibri 11, at 0.75 pt per pixel. */
function columnWidthPoints(chars: number): number {
  return (Math.min(chars, MAX_WIDTH_CHARS) * 7 + 5) * 0.75;
}

interface SheetWriteTarget {
  /** Name the sheet is added under (renamed to model.name later). */
  addAs: string;
  model: SheetModel;
  capabilities: OfficeCapabilities;
  /** The workbook's date system: Dates become serials counted from its epoch. */
  dateSystem: DateSystem;
  /** Rows of the model that have reached Excel. */
  onRowsSent?: (done: number, total: number) => void;
}

export async function writeSheet(context: Excel.RequestContext, batch: WriteBatch, target: SheetWriteTarget): Promise<void> {
  const { addAs, model, capabilities, dateSystem, onRowsSent } = target;
  const widthRuns = runsOfEqualWidth(model.widths);
  const width = sheetWidth(model);
  const total = model.rows.length;
  // add, freeze panes (path, call, range), the font (range, property) and one columnWidth per run of equal widths.
  await batch.reserve((6 + widthRuns.length * 2) * OPERATION_BYTES);
  const sheet = context.workbook.worksheets.add(addAs);
  for (const run of widthRuns) {
    sheet.getRange(`${columnLetter(run.from)}:${columnLetter(run.to)}`).format.columnWidth = columnWidthPoints(run.chars);
  }
  freezePanes(sheet, model);
  // One operation for every written cell, as the file writer gives each of them the result font.
  if (total > 0 && width > 0) sheet.getRangeByIndexes(0, 0, total, width).format.font.name = RESULT_FONT;

  for (const chunk of planChunks(model, { budgetBytes: batch.budgetBytes }, dateSystem)) {
    const done = chunk.firstRow + chunk.values.length;
    await batch.reserve(chunk.bytes, () => onRowsSent?.(done, total));
    const range = sheet.getRangeByIndexes(chunk.firstRow, 0, chunk.values.length, width);
    range.values = chunk.values;
    if (chunk.numberFormats) range.numberFormat = chunk.numberFormats;
    for (const rect of chunk.rects) applyStyle(sheet.getRange(boxAddress(rect)), rect.style, rect);
    for (const merge of chunk.merges) sheet.getRange(boxAddress(merge)).merge(false);
  }

  const merges = trailingMerges(model);
  const heights = runsOfEqualHeight(model.heights ?? []);
  const validations = capabilities.dataValidation ? (model.validations ?? []) : [];
  await batch.reserve((merges.length * 2 + heights.length * 2 + validations.length * 3 + 5 + documentPageOperations(model.print)) * OPERATION_BYTES);
  for (const merge of merges) sheet.getRange(boxAddress(merge)).merge(false);
  for (const run of heights) sheet.getRange(`${run.from}:${run.to}`).format.rowHeight = run.points;
  for (const v of validations) addValidation(sheet, v);
  await writeCharts(batch, sheet, model);
  if (!capabilities.pageLayout) return;
  setUpPrinting(sheet, model);
  await addPageBreaks(batch, sheet, model.print.rowBreaks ?? []);
}

/**
 * ExcelApi 1.9. The page ends laid out from the rows' heights (page-breaks.ts): `rows` end a page, and
 * Excel's break is added at the row after, the first of the next page.
 */
async function addPageBreaks(batch: WriteBatch, sheet: Excel.Worksheet, rows: readonly number[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BREAKS_PER_RESERVE) {
    const slice = rows.slice(i, i + BREAKS_PER_RESERVE);
    await batch.reserve((slice.length + 1) * OPERATION_BYTES);
    const breaks = sheet.horizontalPageBreaks;
    for (const row of slice) breaks.add(`A${row + 1}`);
  }
}

/** ExcelApi 1.8. Below it the sheet's own text states the allowed values (the criteria sheet does). */
function addValidation(sheet: Excel.Worksheet, v: DataValidation): void {
  const dv = sheet.getRange(`${columnLetter(v.column)}${v.firstRow}:${columnLetter(v.column)}${v.lastRow}`).dataValidation;
  dv.rule =
    v.kind === 'list'
      ? { list: { inCellDropDown: true, source: (v.list ?? []).join(',') } }
      : { decimal: { formula1: v.min ?? 0, formula2: v.max ?? 0, operator: 'Between' } };
  dv.prompt = { showPrompt: true, message: v.prompt.slice(0, 255), title: '' };
}

interface HeightRun {
  from: number;
  to: number;
  points: number;
}

/** Consecutive rows of one height share one operation; rows without a height keep Excel's default. */
function runsOfEqualHeight(heights: (number | null)[]): HeightRun[] {
  const runs: HeightRun[] = [];
  heights.forEach((points, i) => {
    if (!points) return;
    const last = runs[runs.length - 1];
    if (last && last.points === points && last.to === i) last.to = i + 1;
    else runs.push({ from: i + 1, to: i + 1, points });
  });
  return runs;
}

function freezePanes(sheet: Excel.Worksheet, model: SheetModel): void {
  const rows = model.freeze?.rows ?? 0;
  const cols = model.freeze?.cols ?? 0;
  if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, cols));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (cols > 0) sheet.freezePanes.freezeColumns(cols);
}

/** ExcelApi 1.9. Fit to one page wide and as many pages tall as needed (0 = automatic, as Excel records it). */
function setUpPrinting(sheet: Excel.Worksheet, model: SheetModel): void {
  const layout = sheet.pageLayout;
  const { orientation, fitToWidth, repeatRows } = model.print;
  layout.orientation = orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = model.print.paper === 'A3' ? 'A3' : 'A4';
  if (fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (repeatRows) layout.setPrintTitleRows(`$${repeatRows.from}:$${repeatRows.to}`);
  setUpDocumentPage(layout, model.print);
}

const POINTS_PER_MM = 72 / 25.4;

/** Operations `setUpDocumentPage` queues: six margins, the centring, and the header group's state and two headers. */
function documentPageOperations(print: SheetModel['print']): number {
  return (print.margins ? 6 : 0) + (print.centerHorizontally ? 1 : 0) + (print.pageNumbersFromSecond ? 3 : 0);
}

/** ExcelApi 1.9, as the rest of pageLayout: NĐ 30 margins, the table centred, page numbers from page 2. */
function setUpDocumentPage(layout: Excel.PageLayout, print: SheetModel['print']): void {
  const { margins } = print;
  if (margins) {
    layout.topMargin = margins.top * POINTS_PER_MM;
    layout.bottomMargin = margins.bottom * POINTS_PER_MM;
    layout.leftMargin = margins.left * POINTS_PER_MM;
    layout.rightMargin = margins.right * POINTS_PER_MM;
    layout.headerMargin = margins.header * POINTS_PER_MM;
    layout.footerMargin = margins.footer * POINTS_PER_MM;
  }
  if (print.centerHorizontally) layout.centerHorizontally = true;
  if (print.pageNumbersFromSecond) {
    // «First and default»: the first page keeps its own, empty header; every other page shows its number.
    const group = layout.headersFooters;
    group.state = 'FirstAndDefault';
    group.defaultForAllPages.centerHeader = PAGE_NUMBER_FIELD;
    group.firstPage.centerHeader = '';
  }
}

function applyStyle(range: Excel.Range, style: RangeStyle, box: CellBox): void {
  const format = range.format;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.size) format.font.size = style.size;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.align) format.horizontalAlignment = style.align === 'left' ? 'Left' : style.align === 'center' ? 'Center' : 'Right';
  if (style.wrap) format.wrapText = true;
  // As in the .xlsx writer: table cells sit in the middle of rows made tall by wrapped text.
  if (style.border) format.verticalAlignment = 'Center';
  if (style.border) {
    // Inside edges exist only on ranges that span more than one row / column.
    const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (box.bottom > box.top) edges.push('InsideHorizontal');
    if (box.right > box.left) edges.push('InsideVertical');
    for (const edge of edges) format.borders.getItem(edge).style = 'Continuous';
  }
}

interface WidthRun {
  from: number;
  to: number;
  chars: number;
}

/** Adjacent columns of the same width share one operation; non-positive widths mean Excel's default. */
function runsOfEqualWidth(widths: number[]): WidthRun[] {
  const runs: WidthRun[] = [];
  widths.forEach((chars, i) => {
    if (!(chars > 0)) return;
    const last = runs[runs.length - 1];
    if (last && last.chars === chars && last.to === i) last.to = i + 1;
    else runs.push({ from: i + 1, to: i + 1, chars });
  });
  return runs;
}

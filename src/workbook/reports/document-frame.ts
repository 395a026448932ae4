/**
 * Puts the frame of an administrative document (RULES.md §8, NĐ 30/2020) around a built result sheet:
 * agency block top left, the national motto top right (a form that stands alone) or the appendix's label
 * and «(Kèm theo Báo cáo số …)» line, and at the end the place-date line and the signature block. The
 * builders stay unaware of it: the frame's rows are inserted into the model and everything that counts
 * rows (merges, heights, frozen rows, print titles, rows kept together, page breaks, validations) is
 * shifted. Page breaks are best laid out after framing (page-breaks.ts withPageBreaks).
 */
import type { ReportInfo } from '../report-info/report-info';
import type { CellStyle, Merge, ModelCell, PrintSetup, SheetModel } from '../sheet-model';
import type { FramePlacement } from './frame-placements';
import { spanPoints, textPoints } from './print-scale';
import {
  agencyLine,
  attachedToLine,
  MOTTO,
  MOTTO_LINE_2,
  nameLine,
  parentAgencyLine,
  placeDateLine,
  PREPARER_TITLE,
  signerTitleLine,
} from './frame-texts';

/** NĐ 30 margins in millimetres, at the narrow end of each range to leave the table the most room. */
const DOCUMENT_MARGINS: NonNullable<PrintSetup['margins']> = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 };

const STYLE = {
  parent: { size: 12, align: 'center', wrap: true },
  agency: { size: 12, bold: true, align: 'center', wrap: true },
  motto: { size: 12, bold: true, align: 'center' },
  motto2: { size: 13, bold: true, align: 'center' },
  label: { size: 13, bold: true, align: 'center' },
  attached: { size: 12, italic: true, align: 'center', wrap: true },
  placeDate: { size: 12, italic: true, align: 'center' },
  signTitle: { size: 12, bold: true, align: 'center', wrap: true },
  signHint: { size: 11, italic: true, align: 'center' },
  name: { size: 12, bold: true, align: 'center' },
} satisfies Record<string, CellStyle>;

/** Height of an empty row left for signing. */
const SIGNING_ROOM_POINTS = 22;
const SIGNING_ROWS = 3;

/** A frame row: text in the left block, the right block or across the whole width. */
interface FrameRow {
  left?: ModelCell;
  right?: ModelCell;
  across?: ModelCell;
  /** Points; estimated from the text when omitted. */
  height?: number;
}

export function frameSheet(model: SheetModel, info: ReportInfo, placement: FramePlacement): SheetModel {
  // A loop, not Math.max(...rows): a case list has more rows than a call takes arguments.
  let width = model.widths.length;
  for (const row of model.rows) width = Math.max(width, row.length);
  // A programming error: every signable sheet is a table several columns wide.
  if (width < 2) throw new Error(`Sheet «${model.name}» is too narrow for a document frame`);
  const widths = Array.from({ length: width }, (_, i) => model.widths[i] ?? 0);
  const text = (value: string, style: CellStyle): ModelCell => ({ value, style });

  const top: FrameRow[] = [
    { left: text(parentAgencyLine(info), STYLE.parent), right: placement.kind === 'standalone' ? text(MOTTO, STYLE.motto) : undefined },
    { left: text(agencyLine(info), STYLE.agency), right: placement.kind === 'standalone' ? text(MOTTO_LINE_2, STYLE.motto2) : undefined },
    {},
  ];
  const attached: FrameRow[] = [];
  if (placement.kind === 'appendix') {
    if (placement.label) top.push({ across: text(placement.label, STYLE.label) });
    attached.push({ across: text(attachedToLine(info), STYLE.attached) });
  }
  const bottom: FrameRow[] = [
    {},
    { right: text(placeDateLine(info), STYLE.placeDate) },
    { left: text(PREPARER_TITLE, STYLE.signTitle), right: text(signerTitleLine(info), STYLE.signTitle) },
    { left: text('(Ký, ghi rõ họ tên)', STYLE.signHint), right: text('(Ký tên, đóng dấu)', STYLE.signHint) },
    ...Array.from({ length: SIGNING_ROWS }, (): FrameRow => ({ height: SIGNING_ROOM_POINTS })),
    { left: text(nameLine(info.preparer), STYLE.name), right: text(nameLine(info.signer), STYLE.name) },
  ];

  const layout: Layout = { width, widths, split: splitColumn(widths, [...top, ...bottom]) };
  // The «Kèm theo» line goes under the sheet's title (its leading bold lines across the width), as in the seeds.
  const titles = titleRows(model, width);
  let framed = insertRows(withTitleRoom(model, titles, layout), 0, top, layout);
  framed = insertRows(framed, top.length + titles, attached, layout);
  const end = framed.rows.length;
  framed = insertRows(framed, end, bottom, layout);
  // The place-date line and the signatures print on one page, with the sheet's last row: never a page of
  // signatures under the repeated column header alone (page-breaks.ts reads keepWithNext).
  const signatureRows = Array.from({ length: bottom.length }, (_, i) => end + i).filter((r) => r >= 1);
  const keepWithNext = [...(framed.print.keepWithNext ?? []), ...signatureRows];
  return { ...framed, print: { ...framed.print, keepWithNext, margins: DOCUMENT_MARGINS, centerHorizontally: true, pageNumbersFromSecond: true } };
}

interface Layout {
  width: number;
  widths: number[];
  /** The left block is columns 1..split, the right block split+1..width. */
  split: number;
}

/** Room a cell's text leaves at its edges, in points: a text as wide as its merged cell is clipped. */
const CELL_PADDING_POINTS = 4;

/** Points an unwrapped frame text needs (wrapped ones grow their row instead). */
const unwrappedPoints = (c: ModelCell | undefined): number =>
  c && typeof c.value === 'string' && !c.style?.wrap ? textPoints(c.value, c.style?.size, c.style?.bold) + CELL_PADDING_POINTS : 0;

/**
 * The left block takes about 40 % of the width (NĐ 30's agency block is narrower than the motto's), less
 * where the right block's unwrapped texts (the motto, the place-date line) need more room and the left
 * block's own still fit: a text wider than its merged cell prints clipped.
 */
function splitColumn(widths: number[], rows: FrameRow[]): number {
  const total = sum(widths);
  let split = widths.length - 1;
  for (let i = 0, left = 0; i < widths.length - 1; i++) {
    left += Math.max(widths[i], 0);
    if (left >= total * 0.4) {
      split = i + 1;
      break;
    }
  }
  const rightNeeds = Math.max(...rows.map((r) => unwrappedPoints(r.right)));
  const leftNeeds = Math.max(...rows.map((r) => unwrappedPoints(r.left)));
  while (split > 1 && spanPoints(widths.slice(split)) < rightNeeds && spanPoints(widths.slice(0, split - 1)) >= leftNeeds) split--;
  return split;
}

/** Leading rows that are a bold line merged across the sheet from column A: the title. */
function titleRows(model: SheetModel, width: number): number {
  let n = 0;
  while (n < model.rows.length && model.rows[n][0]?.style?.bold && model.merges.some((m) => m.top === n + 1 && m.bottom === n + 1 && m.left === 1 && m.right >= Math.min(width, 2))) n++;
  return n;
}

/**
 * The title rows made as tall as the frame's estimate for bold capitals when that is more: a title taller
 * than its row spills upwards when printed, over the appendix's label.
 */
function withTitleRoom(model: SheetModel, titles: number, layout: Layout): SheetModel {
  if (titles === 0) return model;
  const heights = Array.from({ length: model.rows.length }, (_, i) => model.heights?.[i] ?? null);
  for (let i = 0; i < titles; i++) {
    const title = model.rows[i][0]!;
    heights[i] = Math.max(heights[i] ?? 0, textHeight({ ...title, style: { ...title.style, wrap: true } }, sum(layout.widths)));
  }
  return { ...model, heights };
}

const sum = (widths: number[]): number => widths.reduce((s, w) => s + Math.max(w, 0), 0);

/** `model` with `block` inserted before 0-based row `at`, and every row reference below it moved down. */
function insertRows(model: SheetModel, at: number, block: FrameRow[], layout: Layout): SheetModel {
  const n = block.length;
  if (n === 0) return model;
  const shift = (row: number): number => (row > at ? row + n : row);
  const rows = [...model.rows];
  const heights = Array.from({ length: rows.length }, (_, i) => model.heights?.[i] ?? null);
  const merges: Merge[] = model.merges.map((m) => ({ ...m, top: shift(m.top), bottom: m.bottom > at ? m.bottom + n : m.bottom }));
  const newRows: (ModelCell | null)[][] = [];
  const newHeights: (number | null)[] = [];
  block.forEach((r, i) => {
    const row = at + i + 1;
    const cells: (ModelCell | null)[] = new Array<ModelCell | null>(layout.width).fill(null);
    const place = (c: ModelCell | undefined, left: number, right: number): number => {
      if (!c) return 0;
      cells[left - 1] = c;
      if (right > left) merges.push({ top: row, left, bottom: row, right });
      return textHeight(c, sum(layout.widths.slice(left - 1, right)));
    };
    const tallest = Math.max(
      place(r.left, 1, layout.split),
      place(r.right, layout.split + 1, layout.width),
      place(r.across, 1, layout.width),
    );
    newRows.push(cells);
    newHeights.push(r.height ?? (tallest > 0 ? tallest : null));
  });
  rows.splice(at, 0, ...newRows);
  heights.splice(at, 0, ...newHeights);
  const { freeze, print, validations } = model;
  const shifted: PrintSetup = { ...print };
  if (print.repeatRows) shifted.repeatRows = { from: shift(print.repeatRows.from), to: shift(print.repeatRows.to) };
  if (print.keepWithNext) shifted.keepWithNext = print.keepWithNext.map(shift);
  if (print.rowBreaks) shifted.rowBreaks = print.rowBreaks.map(shift);
  return {
    ...model,
    rows,
    heights,
    merges,
    freeze: freeze && freeze.rows > at ? { ...freeze, rows: freeze.rows + n } : freeze,
    print: shifted,
    validations: validations?.map((v) => ({ ...v, firstRow: shift(v.firstRow), lastRow: shift(v.lastRow) })),
  };
}

const LINE_POINTS = 15;

/** Bold capitals take about a third more room than the width unit's digit. */
const BOLD_WIDTH = 1.35;

/** Points a frame text needs in `width` characters, at about one character per width unit (as the builders estimate). */
function textHeight(c: ModelCell, width: number): number {
  const size = c.style?.size ?? 11;
  const perLine = Math.max(1, Math.floor((width * 11) / size / (c.style?.bold ? BOLD_WIDTH : 1)) - 1);
  const text = typeof c.value === 'string' ? c.value : '';
  const lines = c.style?.wrap ? text.split('\n').reduce((s, line) => s + Math.max(1, Math.ceil(line.length / perLine)), 0) : 1;
  return Math.ceil(lines * LINE_POINTS * (size / 11));
}

/**
 * How much fit-to-width shrinks a sheet on paper, and so the smallest font that prints: a clerk signs what
 * a printer gives, and text below 9 pt is not legible on it (issue 14). The paper is chosen from this.
 */
import type { PrintSetup, SheetModel } from '../sheet-model';

/** Nothing prints smaller than this. */
export const MIN_PRINTED_POINTS = 9;

const PAPER_MM = { A4: [210, 297], A3: [297, 420] } as const;
/**
 * NĐ 30/2020 margins at their widest (left 35 mm, right 20 mm): a sheet legible within them is legible
 * with any margins the document frame picks.
 */
const WIDEST_SIDE_MARGINS_MM = 35 + 20;
export const POINTS_PER_MM = 72 / 25.4;
const DEFAULT_FONT_POINTS = 11;

/** Excel's width of n characters: n digits of Calibri 11 (7 px) plus 5 px of padding, at 0.75 pt per px. */
export const columnPoints = (chars: number): number => (chars * 7 + 5) * 0.75;

/** The writer's margins when the model sets none (src/xlsx/sheet-xml.ts: 0.5" sides, 0.75" top and bottom). */
export const WRITER_MARGINS_MM = { top: 19.05, bottom: 19.05, left: 12.7, right: 12.7 };

/** Points of a span of columns side by side (a merged cell's width). */
export const spanPoints = (widths: readonly number[]): number => widths.reduce((sum, w) => sum + columnPoints(Math.max(w, 0)), 0);

/**
 * Printed width in points of one line of Times New Roman (the result font), from its letters' average
 * widths in ems: capitals about 0.7 (bold 0.74), lower case and punctuation about 0.45 (bold 0.5), digits
 * 0.5, a space 0.25, «…» 1. Slightly above the font's own widths for Vietnamese text (measured on
 * Liberation Serif 2, its metric twin: the motto «CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM» bold 12 pt is 250 pt,
 * estimated 261; «Độc lập - Tự do - Hạnh phúc» bold 13 pt 159, estimated 166).
 */
export function textPoints(text: string, size = DEFAULT_FONT_POINTS, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    if (ch === ' ') ems += 0.25;
    else if (ch === '…') ems += 1;
    else if (ch >= '0' && ch <= '9') ems += 0.5;
    else if (ch !== ch.toLowerCase()) ems += bold ? 0.74 : 0.7;
    else ems += bold ? 0.52 : 0.47;
  }
  return ems * size;
}

/** Width and height of the paper as the sheet is oriented, in millimetres. */
export function paperMm(print: PrintSetup): { width: number; height: number } {
  const [short, long] = PAPER_MM[print.paper ?? 'A4'];
  return print.orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}

/**
 * The fit-to-width scale (1 = full size) of columns of these widths on this paper, within the model's side
 * margins or else `sidesMm` (by default NĐ 30's widest, for legibility whatever frame is put around it).
 */
export function printScale(widths: readonly number[], print: PrintSetup, sidesMm = WIDEST_SIDE_MARGINS_MM): number {
  if (!print.fitToWidth) return 1;
  const sides = print.margins ? print.margins.left + print.margins.right : sidesMm;
  const printable = (paperMm(print).width - sides) * POINTS_PER_MM;
  const width = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  return Math.min(1, printable / width);
}

/** The font sizes a sheet's cells with a value use (a size once, however many cells use it). */
function fontSizes(rows: SheetModel['rows']): Set<number> {
  const sizes = new Set<number>();
  for (const row of rows) {
    for (const c of row) if (c && c.value !== null && c.value !== '') sizes.add(c.style?.size ?? DEFAULT_FONT_POINTS);
  }
  return sizes;
}

/** The smallest font size on the printed page, in points, after fit-to-width. */
export function smallestPrintedPoints(model: Pick<SheetModel, 'rows' | 'widths' | 'print'>): number {
  return Math.min(...fontSizes(model.rows)) * printScale(model.widths, model.print);
}

/** A4 when the sheet's smallest font prints at ≥ 9 pt on it; else A3, which holds a table 1.41 times as wide. */
export function legiblePaper(model: Pick<SheetModel, 'rows' | 'widths' | 'print'>): 'A4' | 'A3' {
  return smallestPrintedPoints({ ...model, print: { ...model.print, paper: 'A4' } }) >= MIN_PRINTED_POINTS ? 'A4' : 'A3';
}

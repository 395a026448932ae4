/**
 * Where printed pages end. Left to the spreadsheet program, a page may end on a group heading, or hold
 * only the repeated column header above a table's notes: pages are laid out here from the rows' heights
 * and ended by manual breaks, moved up so that a row marked keep-with-next starts the next page with the
 * rows it belongs to. Every page end is a manual break, so the program's own breaks never fall in between.
 */
import type { SheetModel } from '../sheet-model';
import { paperMm, POINTS_PER_MM, printScale, WRITER_MARGINS_MM } from './print-scale';

/** Rows without an estimated height print at the default height (sheet-xml.ts: defaultRowHeight). */
const DEFAULT_ROW_POINTS = 15;
/**
 * A page is filled to this share of its height, the rest sparing rounding: rows print at the heights set
 * on them, and Excel rounds its fit-to-width scale down to a whole per cent, which only leaves more room.
 * Printed by LibreOffice, every sheet of the sample ends its pages at these breaks (sample-print.test.ts).
 */
const FILL = 0.97;

type PrintedSheet = Pick<SheetModel, 'rows' | 'widths' | 'heights' | 'print'>;

/** Height of a page's printable area, in the sheet's own points (before fit-to-width shrinks it). */
function pagePoints(model: PrintedSheet): number {
  const m = model.print.margins ?? WRITER_MARGINS_MM;
  const sides = WRITER_MARGINS_MM.left + WRITER_MARGINS_MM.right;
  const printable = (paperMm(model.print).height - m.top - m.bottom) * POINTS_PER_MM;
  return (printable / printScale(model.widths, model.print, sides)) * FILL;
}

/** The 1-based rows that end a page, ascending; none when the sheet fits on one page. */
function pageBreaks(model: PrintedSheet): number[] {
  const count = model.rows.length;
  const height = (row: number): number => model.heights?.[row - 1] ?? DEFAULT_ROW_POINTS;
  const repeat = model.print.repeatRows;
  const keep = new Set(model.print.keepWithNext);
  // The column header stays with the first row under it.
  if (repeat) for (let r = repeat.from; r <= repeat.to; r++) keep.add(r);
  const capacity = pagePoints(model);
  const repeated = repeat ? Array.from({ length: repeat.to - repeat.from + 1 }, (_, i) => height(repeat.from + i)).reduce((a, b) => a + b, 0) : 0;

  const breaks: number[] = [];
  let start = 1;
  let used = 0;
  for (let r = 1; r <= count; r++) {
    used += height(r);
    if (used <= capacity || r === start) continue;
    // Row r does not fit: the page ends before it, earlier while its last row must stay with the next.
    let end = r - 1;
    while (end > start && keep.has(end)) end--;
    if (keep.has(end)) end = r - 1; // one chain longer than a page: break where it falls
    breaks.push(end);
    start = end + 1;
    used = (repeat && start > repeat.to ? repeated : 0);
    for (let k = start; k <= r; k++) used += height(k);
  }
  return breaks;
}

/** The sheet with its page ends laid out: the last step, once no row will be added above or below. */
export function withPageBreaks(model: SheetModel): SheetModel {
  const rowBreaks = pageBreaks(model);
  const print = { ...model.print };
  delete print.rowBreaks;
  return { ...model, print: rowBreaks.length ? { ...print, rowBreaks } : print };
}

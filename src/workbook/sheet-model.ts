/**
 * A result sheet described as data — values, formats, layout and print setup — so that the file and
 * the Office.js adapters write the same sheet. Only values are written, never formulas: the workbook must
 * read and print the same on a machine without the add-in.
 */
import type { CellValue } from './cells';

/**
 * The font of every result cell, in both writers: Vietnamese administrative reports are set in it, it covers
 * Vietnamese on every desktop (LibreOffice substitutes the metric-compatible Liberation Serif), and a
 * workbook's own default font may be a legacy TCVN3/VNI font (.VnTime, VNI-Times) that garbles Unicode.
 */
export const RESULT_FONT = 'Times New Roman';

/** The page number in a page header, in the result font at 13 pt (NĐ 30), as both writers set it. */
export const PAGE_NUMBER_FIELD = `&"${RESULT_FONT},Regular"&13&P`;

type HAlign = 'left' | 'center' | 'right';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (default 11). */
  size?: number;
  /** Fill colour as RRGGBB. */
  fill?: string;
  /** Font colour as RRGGBB. */
  color?: string;
  align?: HAlign;
  wrap?: boolean;
  border?: boolean;
  /** Excel number format, e.g. '0.00' or 'dd/mm/yyyy'. */
  numFmt?: string;
}

export interface ModelCell {
  value: CellValue;
  style?: CellStyle;
}

export interface Merge {
  /** 1-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Fit all columns on one page width; pages run down as long as needed. */
  fitToWidth: boolean;
  /** 1-based rows repeated at the top of every printed page. */
  repeatRows?: { from: number; to: number };
  /** Paper size (default A4); A3 only where a table cannot be legible on A4 (≥ 9 pt printed). */
  paper?: 'A4' | 'A3';
  /** 1-based rows printed on the same page as the row below them (a group heading, a table's last rows before its notes). */
  keepWithNext?: number[];
  /** 1-based rows that end a printed page (manual page breaks), ascending; computed from the rows' heights and keepWithNext. */
  rowBreaks?: number[];
  /** Page margins and the header/footer's distance from the edge, in millimetres; hosts' defaults when omitted. */
  margins?: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Centre the printed table between the left and right margins. */
  centerHorizontally?: boolean;
  /** The page number centred in the header of every page but the first (NĐ 30/2020: numbered from page 2). */
  pageNumbersFromSecond?: boolean;
}

/** A data-validation rule the adapters apply to a column range (1-based, inclusive). */
export interface DataValidation {
  column: number;
  firstRow: number;
  lastRow: number;
  kind: 'list' | 'decimal';
  list?: string[];
  min?: number;
  max?: number;
  /** Input message shown when the cell is selected (Excel allows 255 characters). */
  prompt: string;
}

/** A block of cells of the sheet holding the chart (1-based, inclusive): a chart reads its own sheet only. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One series: its name and the cells of its categories and values (one column or one row each, same length). */
export interface ChartSeries {
  name: string;
  categories: CellRange;
  values: CellRange;
}

/**
 * A native chart (DrawingML in the file, `worksheet.charts` in the add-in) over cells of its own sheet, so it
 * survives email and prints without the add-in. 'bar' is horizontal, 'column' vertical, 'stackedColumn'
 * stacks its series, 'line' joins the points.
 */
export interface ChartModel {
  kind: 'bar' | 'column' | 'stackedColumn' | 'line';
  /** Vietnamese, shown above the plot. */
  title: string;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  series: ChartSeries[];
  /** Number format of the data labels, e.g. '0' for counts, '0.00' for rates already in % (the axis is automatic). */
  numFmt: string;
  /** Fixed value-axis maximum (100 for a rate in %, a group's points); automatic when omitted. */
  valueMax?: number;
  /** The cells the chart covers, corner cells included (what Office's `setPosition(from, to)` takes). */
  anchor: CellRange;
}

export interface SheetModel {
  name: string;
  /** rows[0] is sheet row 1; a null cell is left empty. */
  rows: (ModelCell | null)[][];
  /** Column widths in characters, index 0 = column A. */
  widths: number[];
  /**
   * Row heights in points where a row needs more than one line (index 0 = row 1; null = default).
   * Estimated here because no spreadsheet program grows rows of wrapped or merged text on opening.
   */
  heights?: (number | null)[];
  merges: Merge[];
  /** Rows and columns frozen above/left of the scrolling area. */
  freeze?: { rows: number; cols: number };
  print: PrintSetup;
  /** Allowed values of input cells; hosts without data validation show the rules in the sheet's text. */
  validations?: DataValidation[];
  /** Native charts over the sheet's own cells, drawn above them at their anchors. */
  charts?: ChartModel[];
  /** Whether the sheet is a form the user fills in (kept when re-running) or a pure result. */
  kind: 'result' | 'input';
}

/**
 * The host-neutral view of a worksheet that every adapter (our .xlsx reader, Office.js) produces, so that reading
 * tables never depends on where the cells came from.
 */
export type CellValue = string | number | boolean | Date | null | CellError;

/** An Excel error value such as #N/A or #REF!. */
export interface CellError {
  error: string;
  /**
   * Set when the file holds no usable value although the cell is not empty, and `error` is then what the
   * cell holds: a formula never calculated ('uncalculated', `error` is its text with '='), content that
   * does not fit the cell's type ('badValue', e.g. «12abc» in a number cell), or a reference to a shared
   * string the file lacks ('missingString', `error` is the index).
   */
  cause?: 'uncalculated' | 'badValue' | 'missingString';
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetGrid {
  name: string;
  /** rows[0][0] is the cell at (originRow, originCol), 1-based; rows may be ragged. */
  rows: CellValue[][];
  originRow: number;
  originCol: number;
  visibility: SheetVisibility;
  /**
   * The workbook counts date serials from 1904 (Excel's «1904 date system»): cells formatted as dates
   * already come as Dates, but a bare serial number in a date column is 1 462 days later than in 1900.
   */
  date1904?: boolean;
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'error' in v;
}

/** Column letters for a 1-based column number: 1 → A, 28 → AB. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Text of a cell for header matching and messages; dates and errors are rendered plainly. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v.error;
}

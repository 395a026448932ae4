/**
 * Cell values between Office.js and our CellValue. Office hands over strings, numbers and booleans only:
 * empty cells are '', errors are their literal text ('#N/A'), dates are serial numbers.
 */
import type { CellValue } from '../workbook/cells';
import { excelSerialFromDay, fromJsDate } from '../domain/dates';

export type OfficeValue = string | number | boolean;

/** Excel's error literals. A text cell that literally reads '#N/A' is taken as the error too; both are unusable data. */
const ERROR_LITERALS = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#EXTERNAL!', '#PYTHON!',
]);

/** Excel's limit on characters in one cell. */
const MAX_CELL_TEXT = 32_767;

export function fromOfficeValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const text = String(v);
  return ERROR_LITERALS.has(text) ? { error: text } : text;
}

/**
 * What to put in `range.values`. Excel parses a string written there as if typed: '=…', '+…', '-…' become
 * formulas and '00123', '1/2/2024', 'TRUE' or '#N/A' change type. A leading apostrophe keeps such text as
 * text (Excel stores it as a quote prefix, not as part of the value); plain words are left without one so
 * the formula bar stays clean.
 */
export function toOfficeValue(v: CellValue): OfficeValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return dateSerial(v);
  if (typeof v === 'string') return asText(v);
  return ERROR_LITERALS.has(v.error) ? v.error : asText(v.error);
}

/** The number format a Date needs when the model gives none, or it would show as a bare serial number. */
export function defaultDateFormat(d: Date): string {
  return d.getTime() % 86_400_000 === 0 ? 'dd/mm/yyyy' : 'dd/mm/yyyy hh:mm';
}

function asText(s: string): string {
  const text = s.length > MAX_CELL_TEXT ? `${s.slice(0, MAX_CELL_TEXT - 1)}…` : s;
  return mightBeParsed(text) ? `'${text}` : text;
}

function mightBeParsed(text: string): boolean {
  return /^[=+\-@'#]/.test(text) || /\d/.test(text) || /^\s*(true|false|đúng|sai)\s*$/i.test(text);
}

/**
 * Serial day number in the 1900 date system. Office.js cannot tell us a workbook uses the 1904 system;
 * such workbooks (old Mac files) would show our dates four years off.
 */
function dateSerial(d: Date): number {
  const value = fromJsDate(d);
  if (!value) throw new RangeError('Invalid Date in a result cell');
  return excelSerialFromDay(value.day) + (value.minutes ?? 0) / 1440;
}

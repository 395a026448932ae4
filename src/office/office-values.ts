/**
 * Cell values between Office.js and our CellValue. Office hands over strings, numbers and booleans only:
 * empty cells are '', errors are their literal text ('#N/A'), dates are serial numbers.
 */
import { cellText, type CellValue } from '../workbook/cells';
import { excelSerialFromDay, fromJsDate } from '../domain/dates';
import { DAYS_1900_TO_1904, type DateSystem } from './date-system';

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
  // Excel answers values as numbers, booleans or strings; anything else is shown as its text.
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return ERROR_LITERALS.has(text) ? { error: text } : text;
}

/**
 * A cell of a workbook in the 1904 date system, with its number format. The case reader takes a bare
 * number in a date column as a 1900-system serial, so a number shown as a date becomes the Date it shows —
 * what the .xlsx reader does in every workbook (xml-scan.ts `excelToDate`); other numbers stay numbers, as
 * they do there.
 */
export function fromOffice1904Value(v: unknown, numberFormat: unknown): CellValue {
  if (typeof v === 'number' && isDateFormat(numberFormat)) return dateFrom1904Serial(v);
  return fromOfficeValue(v);
}

/** The instant whose UTC fields are the cell's date and time, as the .xlsx reader gives it. */
function dateFrom1904Serial(serial: number): Date {
  return new Date(Math.round((serial - 25_569 + DAYS_1900_TO_1904) * 86_400_000));
}

const dateFormats = new Map<string, boolean>();

/**
 * A number format that shows a date or time: y, m, d, h, s (or b, Buddhist year) outside quotes and [..] —
 * the .xlsx reader's test (read-workbook.ts `isDateFormat`), on the invariant codes `Range.numberFormat`
 * gives ('m/d/yyyy' for the built-in short date, 'General' for none).
 */
export function isDateFormat(code: unknown): boolean {
  if (typeof code !== 'string' || code === '') return false;
  let known = dateFormats.get(code);
  if (known === undefined) {
    known = /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
    if (dateFormats.size < 1_000) dateFormats.set(code, known);
  }
  return known;
}

/**
 * What to put in `range.values`. Excel parses a string written there as if typed: '=…', '+…', '-…' become
 * formulas and '00123', '1/2/2024', 'TRUE' or '#N/A' change type. A leading apostrophe keeps such text as
 * text (Excel stores it as a quote prefix, not as part of the value); plain words are left without one so
 * the formula bar stays clean.
 */
export function toOfficeValue(v: CellValue, dateSystem: DateSystem = 1900): OfficeValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return dateSerial(v, dateSystem) ?? asText(cellText(v));
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
 * Serial day number in the workbook's date system (date-system.ts), or null for a day before 1904-01-01 in
 * the 1904 system, which has no serial for it: written as text then, as the .xlsx writer does.
 */
function dateSerial(d: Date, dateSystem: DateSystem): number | null {
  const value = fromJsDate(d);
  if (!value) throw new RangeError('Invalid Date in a result cell');
  const serial = excelSerialFromDay(value.day) + (value.minutes ?? 0) / 1440;
  if (dateSystem === 1900) return serial;
  return serial >= DAYS_1900_TO_1904 ? serial - DAYS_1900_TO_1904 : null;
}

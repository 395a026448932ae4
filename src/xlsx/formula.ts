/**
 * Formulas stored without a calculated value (files written by programs that do not calculate, never
 * opened in Excel). The few forms whose value is certain are computed here — number literals, + - * / and
 * parentheses over them, DATE(y,m,d) and TIME(h,m,s) with such arguments, as Excel computes them — and
 * nothing else: a reference, a name or any other function (TODAY, VLOOKUP…) has no value without Excel.
 */

const MS_PER_DAY = 86_400_000;
/** Serial 0 of the 1900 date system, for every date from 1900-03-01 on. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const FIRST_REAL_1900 = Date.UTC(1900, 2, 1);
const DAYS_1900_TO_1904 = 1462;

/** Excel's DATE: years 0–1899 are after 1900, months and days roll over; null where Excel gives #NUM!. */
function excelDate(y: number, m: number, d: number, date1904: boolean): number | null {
  let year = Math.trunc(y);
  if (year < 0 || year > 9999) return null;
  if (year < 1900) year += 1900;
  const ms = Date.UTC(year, Math.trunc(m) - 1, Math.trunc(d));
  if (new Date(ms).getUTCFullYear() > 9999) return null;
  // Dates before 1900-03-01 precede Excel's fictitious 29/02/1900: one day fewer.
  const serial = (ms - EPOCH_1900) / MS_PER_DAY - (ms < FIRST_REAL_1900 ? 1 : 0) - (date1904 ? DAYS_1900_TO_1904 : 0);
  return serial >= 0 ? serial : null;
}

/** Excel's TIME: the fraction of a day, wrapping at 24 hours; null for a negative part (left to Excel). */
function excelTime(h: number, m: number, s: number): number | null {
  const parts = [h, m, s].map(Math.trunc);
  if (parts.some((p) => p < 0 || p > 32767)) return null;
  const seconds = parts[0] * 3600 + parts[1] * 60 + parts[2];
  return (seconds % 86400) / 86400;
}

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

/** The value of a formula of literals (text without '='), or null when it has any other part. */
export function evaluateLiteralFormula(formula: string, date1904: boolean): number | null {
  let p = 0;
  const space = (): void => {
    while (p < formula.length && (formula[p] === ' ' || formula[p] === '\n' || formula[p] === '\r')) p++;
  };
  const eat = (c: string): boolean => {
    space();
    if (formula[p] !== c) return false;
    p++;
    return true;
  };
  const args = (n: number): number[] | null => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0 && !eat(',')) return null;
      const v = sum();
      if (v === null) return null;
      out.push(v);
    }
    return eat(')') ? out : null;
  };
  const primary = (): number | null => {
    space();
    if (eat('(')) {
      const v = sum();
      return v !== null && eat(')') ? v : null;
    }
    const number = NUMBER.exec(formula.slice(p));
    if (number) {
      p += number[0].length;
      return Number(number[0]);
    }
    const fn = /^(DATE|TIME)\s*\(/i.exec(formula.slice(p));
    if (!fn) return null;
    p += fn[0].length;
    const a = args(3);
    if (!a) return null;
    return fn[1].toUpperCase() === 'DATE' ? excelDate(a[0], a[1], a[2], date1904) : excelTime(a[0], a[1], a[2]);
  };
  const unary = (): number | null => {
    if (eat('-')) {
      const v = unary();
      return v === null ? null : -v;
    }
    if (eat('+')) return unary();
    return primary();
  };
  const product = (): number | null => {
    let v = unary();
    while (v !== null) {
      if (eat('*')) {
        const r = unary();
        v = r === null ? null : v * r;
      } else if (eat('/')) {
        const r = unary();
        v = r === null || r === 0 ? null : v / r; // #DIV/0!
      } else break;
    }
    return v;
  };
  function sum(): number | null {
    let v = product();
    while (v !== null) {
      if (eat('+')) {
        const r = product();
        v = r === null ? null : v + r;
      } else if (eat('-')) {
        const r = product();
        v = r === null ? null : v - r;
      } else break;
    }
    return v;
  }
  const value = sum();
  space();
  return value !== null && p === formula.length && Number.isFinite(value) ? value : null;
}

const CELL_REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;
const QUOTED = /("(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\])/;

const columnNumber = (letters: string): number => [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
function columnLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * A shared formula as it reads in a cell `rows` below and `cols` right of the cell that holds its text:
 * relative A1 references move, absolute ones ($A$1) and text in quotes or brackets do not.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula
    .split(QUOTED)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(CELL_REF, (ref, before: string, colAbs: string, col: string, rowAbs: string, row: string) => {
            const c = colAbs ? columnNumber(col) : columnNumber(col) + cols;
            const r = rowAbs ? Number(row) : Number(row) + rows;
            return c < 1 || r < 1 ? ref : `${before}${colAbs}${columnLetters(c)}${rowAbs}${r}`;
          }),
    )
    .join('');
}

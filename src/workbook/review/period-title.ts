/**
 * The reporting period a submitted table states in its title rows — «Từ ngày 01/01/2020 đến ngày
 * 01/04/2020», «QUÝ II NĂM 2021», «tháng 7/2023» — so its figures are recomputed for the same period.
 */
import type { Period } from '../../domain/cases';
import { dayFromYmd, isRealDate, type DayNumber } from '../../domain/dates';
import { foldText } from '../../domain/text';

const DATE = String.raw`(\d{1,2})/(\d{1,2})/(\d{4})`;
const RANGE = new RegExp(`tu ngay ${DATE} den ngay ${DATE}`);
const AS_OF = new RegExp(`tinh den ngay ${DATE}`);
const QUARTER = /\bquy (iv|iii|ii|i|[1-4])\s*(?:nam|\/|-)\s*(\d{4})\b/;
/** Not «ngày 09 tháng 7 năm 2021»: that is when a document was signed, not a period. */
const MONTH = /(?<!ngay \d{1,2} )\bthang (\d{1,2})\s*(?:nam|\/|-)\s*(\d{4})\b/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function day(d: string, m: string, y: string): DayNumber | null {
  const [dd, mm, yy] = [Number(d), Number(m), Number(y)];
  return isRealDate(yy, mm, dd) ? dayFromYmd(yy, mm, dd) : null;
}

function range(text: string): Period | null {
  const m = RANGE.exec(text);
  const from = m && day(m[1], m[2], m[3]);
  const to = m && day(m[4], m[5], m[6]);
  if (from === null || to === null || from > to) return null;
  const asOf = AS_OF.exec(text);
  return { from, to, asOf: (asOf && day(asOf[1], asOf[2], asOf[3])) ?? to };
}

function quarter(text: string): Period | null {
  const m = QUARTER.exec(text);
  if (!m) return null;
  const [q, year] = [ROMAN[m[1]] ?? Number(m[1]), Number(m[2])];
  const to = dayFromYmd(year, q * 3 + 1, 1) - 1;
  return { from: dayFromYmd(year, q * 3 - 2, 1), to, asOf: to };
}

function month(text: string): Period | null {
  const m = MONTH.exec(text);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) return null;
  const [mm, year] = [Number(m[1]), Number(m[2])];
  const to = dayFromYmd(year, mm + 1, 1) - 1;
  return { from: dayFromYmd(year, mm, 1), to, asOf: to };
}

/** The period named in `texts` (title lines): explicit dates first, then a quarter, then a month; or null. */
export function periodFromTitles(texts: readonly string[]): Period | null {
  const folded = texts.map(foldText);
  for (const read of [range, quarter, month]) {
    for (const text of folded) {
      const period = read(text);
      if (period) return period;
    }
  }
  return null;
}

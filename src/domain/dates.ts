/**
 * Calendar dates as whole day numbers (days since 1970-01-01), so that comparing and counting days is
 * integer arithmetic and never depends on the machine's time zone or locale.
 */
export type DayNumber = number;

/** A date with an optional time of day (minutes after midnight); the time is null when the source had none. */
export interface DateTimeValue {
  day: DayNumber;
  minutes: number | null;
}

const MS_PER_DAY = 86_400_000;
/** Excel's serial 25569 is 1970-01-01 (serials count from 1899-12-30 in the 1900 date system). */
const EXCEL_EPOCH_OFFSET = 25_569;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by arithmetic (H. Hinnant's days_from_civil): the
 * engine converts three dates per case, and Date.UTC is several times slower. Months and days out of
 * range roll over as Date.UTC does (month 13 is January of the next year, day 0 the month's eve).
 */
export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  // Date.UTC reads years 0–99 as 1900–1999; keep that (and non-integers) rather than invent another meaning.
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || (year >= 0 && year <= 99)) {
    return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
  }
  const m0 = month - 1;
  const y = year + Math.floor(m0 / 12);
  const m = m0 - Math.floor(m0 / 12) * 12 + 1;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The calendar date of a day number (H. Hinnant's civil_from_days). */
export function ymdFromDay(day: DayNumber): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

/** `YYYY-MM-DD`, the format of the JSON summary and of CLI flags. */
export function formatIso(day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${year}-${pad2(month)}-${pad2(d)}`;
}

/** `dd/mm/yyyy`, the way Vietnamese reports print dates. */
export function formatVn(day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${pad2(d)}/${pad2(month)}/${year}`;
}

/** True when the three numbers name a real calendar day (rejects 31/02 and 29/02 of common years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month !== 2 || !Number.isInteger(year)) return month === 2 ? new Date(Date.UTC(year, 2, 0)).getUTCDate() : DAYS_IN_MONTH[month - 1];
  const y = year < 100 ? 1900 + year : year; // as Date.UTC reads two-digit years
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** Parses a strict `YYYY-MM-DD` (CLI flags); null when it is not a real date. */
export function parseIsoDay(text: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? dayFromYmd(y, mo, d) : null;
}

export function excelSerialFromDay(day: DayNumber): number {
  return day + EXCEL_EPOCH_OFFSET;
}

/** Excel serial (possibly with a time fraction) → date-time. A fraction of 0 means "no time". */
export function fromExcelSerial(serial: number): DateTimeValue {
  const day = Math.floor(serial);
  // Seconds are dropped, not rounded: 10:00:45 is still 10:00, as when the time is typed as text. The
  // tiny margin absorbs the float error of a whole minute stored as a fraction of a day.
  const minutes = Math.floor((serial - day) * 1440 + 1e-6);
  if (minutes >= 1440) return { day: day - EXCEL_EPOCH_OFFSET + 1, minutes: null };
  return { day: day - EXCEL_EPOCH_OFFSET, minutes: minutes === 0 ? null : minutes };
}

/**
 * A JS Date from a spreadsheet library. ExcelJS and Office hand dates over as UTC instants that carry
 * the wall-clock time written in the cell, so the UTC fields are the cell's date and time.
 */
export function fromJsDate(date: Date): DateTimeValue | null {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  const day = Math.floor(ms / MS_PER_DAY);
  const minutes = Math.floor((ms - day * MS_PER_DAY) / 60_000); // seconds dropped, as in fromExcelSerial
  return { day, minutes: minutes === 0 ? null : minutes };
}

/** Years the reader accepts; outside them a date is almost surely a typing error. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
const DAY_ONLY_BASE = 10_957; // 2000-01-01
const DAY_ONLY_SPAN = 36_889; // to 2100-12-31

type DateParseResult =
  | { ok: true; value: DateTimeValue }
  | { ok: false; reason: string };

// Day-first only, as Vietnamese exports write them: d/m/yyyy, d-m-yyyy, d.m.yyyy, two-digit years,
// optional time hh:mm[:ss]; and ISO yyyy-mm-dd[ T]hh:mm[:ss][zone]. Never locale parsing.
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T,]+(\d{1,2})[:hH](\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(SA|CH|AM|PM)?)?$/i;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/; // DVCQG sync: yyyyMMddHHmmss

function build(y: number, mo: number, d: number, hh?: string | number, mm?: string | number, ampm?: string): DateParseResult {
  if (!isRealDate(y, mo, d)) return { ok: false, reason: `ngày không tồn tại (${pad2(d)}/${pad2(mo)}/${y})` };
  if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, reason: `năm ${y} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}` };
  let minutes: number | null = null;
  if (hh !== undefined && mm !== undefined) {
    let h = Number(hh);
    const m = Number(mm);
    if (ampm) {
      const pm = /^(PM|CH)$/i.test(ampm);
      if (h === 12) h = pm ? 12 : 0;
      else if (pm) h += 12;
    }
    if (h > 23 || m > 59) return { ok: false, reason: `giờ không hợp lệ (${hh}:${mm})` };
    minutes = h * 60 + m || null;
  }
  const day = dayFromYmd(y, mo, d);
  return { ok: true, value: minutes === null ? dayOnly(day) : { day, minutes } };
}

/**
 * One shared, frozen value per day without a time (deadlines are mostly dates only): a 200 000-case list
 * then holds a few hundred of them instead of a fresh object per cell. Days MIN_YEAR–MAX_YEAR only.
 */
const DAY_ONLY: (DateTimeValue | undefined)[] = [];
function dayOnly(day: DayNumber): DateTimeValue {
  const i = day - DAY_ONLY_BASE;
  if (i < 0 || i > DAY_ONLY_SPAN) return { day, minutes: null };
  return (DAY_ONLY[i] ??= Object.freeze({ day, minutes: null }));
}

/** Two-digit years are read as 20yy: the one-stop systems date from the 2010s. */
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** Value of the 1–2 digits at text[i…] (-1 when none), and where they end, for the fast path below. */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  if (!(a >= 0 && a <= 9)) return -1;
  const b = text.charCodeAt(i + 1) - 48;
  return b >= 0 && b <= 9 ? 100 + a * 10 + b : a; // >= 100 flags two digits
}

const isSeparator = (c: number): boolean => c === 47 || c === 45 || c === 46; // / - .

/**
 * The common shapes `d/m/yyyy` and `d/m/yyyy hh:mm[:ss]` (any of / - . as separators, no padding spaces),
 * read without regular expressions: exports hold hundreds of thousands of them. Null for anything else,
 * which then takes the general path — so both paths give the same result for every input.
 */
function parseCommonDayFirst(text: string): DateParseResult | null {
  const n = text.length;
  if (n < 8 || n > 19) return null;
  let i = 0;
  const dd = twoDigits(text, i);
  if (dd < 0) return null;
  i += dd >= 100 ? 2 : 1;
  if (!isSeparator(text.charCodeAt(i++))) return null;
  const mo = twoDigits(text, i);
  if (mo < 0) return null;
  i += mo >= 100 ? 2 : 1;
  if (!isSeparator(text.charCodeAt(i++))) return null;
  let y = 0;
  for (let k = 0; k < 4; k++) {
    const c = text.charCodeAt(i + k) - 48;
    if (!(c >= 0 && c <= 9)) return null;
    y = y * 10 + c;
  }
  i += 4;
  const day = dd >= 100 ? dd - 100 : dd;
  const month = mo >= 100 ? mo - 100 : mo;
  if (i === n) return build(y, month, day);
  if (text.charCodeAt(i++) !== 32) return null;
  const hh = twoDigits(text, i);
  if (hh < 0) return null;
  i += hh >= 100 ? 2 : 1;
  if (text.charCodeAt(i++) !== 58) return null;
  const mm = twoDigits(text, i);
  if (mm < 100) return null; // minutes are always two digits
  i += 2;
  if (i < n) {
    if (text.charCodeAt(i) !== 58 || twoDigits(text, i + 1) < 100 || i + 3 !== n) return null;
  }
  const hour = hh >= 100 ? hh - 100 : hh;
  if (hour > 23 || mm - 100 > 59) return null; // the general path words the reason
  return build(y, month, day, hour, mm - 100);
}

export function parseDateText(raw: string): DateParseResult {
  const fast = parseCommonDayFirst(raw);
  if (fast) return fast;
  const text = raw.trim().replace(/\s+/g, ' ');
  let m = DAY_FIRST.exec(text);
  if (m) return build(fullYear(m[3]), Number(m[2]), Number(m[1]), m[4], m[5], m[7]);
  m = ISO.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]);
  m = COMPACT.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]);
  return { ok: false, reason: `không đọc được ngày "${raw.length > 40 ? raw.slice(0, 40) + '…' : raw}" (dùng dd/mm/yyyy)` };
}

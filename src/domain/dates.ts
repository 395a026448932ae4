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

export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function ymdFromDay(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
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
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= dim;
}

/** Parses a strict `YYYY-MM-DD` (CLI flags); null when it is not a real date. */
export function parseIsoDay(text: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? dayFromYmd(y, mo, d) : null;
}

export function dayFromExcelSerial(serial: number): DayNumber {
  return Math.floor(serial) - EXCEL_EPOCH_OFFSET;
}

export function excelSerialFromDay(day: DayNumber): number {
  return day + EXCEL_EPOCH_OFFSET;
}

/** Excel serial (possibly with a time fraction) → date-time. A fraction of 0 means "no time". */
export function fromExcelSerial(serial: number): DateTimeValue {
  const day = Math.floor(serial);
  const minutes = Math.round((serial - day) * 1440);
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
  const minutes = Math.round((ms - day * MS_PER_DAY) / 60_000);
  return { day, minutes: minutes === 0 ? null : minutes };
}

/** Years the reader accepts; outside them a date is almost surely a typing error. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export type DateParseResult =
  | { ok: true; value: DateTimeValue }
  | { ok: false; reason: string };

// Day-first only, as Vietnamese exports write them: d/m/yyyy, d-m-yyyy, d.m.yyyy, two-digit years,
// optional time hh:mm[:ss]; and ISO yyyy-mm-dd[ T]hh:mm[:ss][zone]. Never locale parsing.
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T,]+(\d{1,2})[:hH](\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(SA|CH|AM|PM)?)?$/i;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/; // DVCQG sync: yyyyMMddHHmmss

function build(y: number, mo: number, d: number, hh?: string, mm?: string, ampm?: string): DateParseResult {
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
  return { ok: true, value: { day: dayFromYmd(y, mo, d), minutes } };
}

/** Two-digit years are read as 20yy: the one-stop systems date from the 2010s. */
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

export function parseDateText(raw: string): DateParseResult {
  const text = raw.trim().replace(/\s+/g, ' ');
  let m = DAY_FIRST.exec(text);
  if (m) return build(fullYear(m[3]), Number(m[2]), Number(m[1]), m[4], m[5], m[7]);
  m = ISO.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]);
  m = COMPACT.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]);
  return { ok: false, reason: `không đọc được ngày "${raw.length > 40 ? raw.slice(0, 40) + '…' : raw}" (dùng dd/mm/yyyy)` };
}

/** Compares two date-times the way RULES.md §3 says: by time only when both carry one. */
export function compareDateTimes(a: DateTimeValue, b: DateTimeValue): number {
  if (a.day !== b.day) return a.day - b.day;
  if (a.minutes === null || b.minutes === null) return 0;
  return a.minutes - b.minutes;
}

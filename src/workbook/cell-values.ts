/** Turns raw cells into the values a case needs, with a Vietnamese reason when a cell can't be read. */
import type { Channel, StatusKind } from '../domain/cases';
import { fromExcelSerial, fromJsDate, parseDateText, MAX_YEAR, MIN_YEAR, ymdFromDay, type DateTimeValue } from '../domain/dates';
import { foldText } from '../domain/text';
import { isCellError, type CellValue } from './cells';

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

const errorReason = (v: CellValue): string => `ô chứa giá trị lỗi ${isCellError(v) ? v.error : ''}`.trim();

function checkYear(value: DateTimeValue): Read<DateTimeValue> {
  const { year } = ymdFromDay(value.day);
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: `năm ${year} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}` };
  return { ok: true, value };
}

/** A date cell: a JS Date, an Excel serial number or day-first text. Caller handles blanks. */
export function readDate(v: CellValue): Read<DateTimeValue> {
  if (v instanceof Date) {
    const value = fromJsDate(v);
    return value ? checkYear(value) : { ok: false, reason: 'ngày không hợp lệ' };
  }
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? checkYear(fromExcelSerial(v)) : { ok: false, reason: `số ${v} không phải là ngày` };
  if (typeof v === 'string') return parseDateText(v);
  if (isCellError(v)) return { ok: false, reason: errorReason(v) };
  return { ok: false, reason: 'không phải là ngày' };
}

/** A whole non-negative number (processing time, supplement counts): 5, "5", "5 ngày". */
export function readCount(v: CellValue): Read<number> {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return { ok: true, value: v };
  if (typeof v === 'string') {
    const m = /^\s*(\d{1,4})(?:\s*(ngày|ngay|lần|lan|cơ quan|co quan))?\s*$/i.exec(v);
    if (m) return { ok: true, value: Number(m[1]) };
  }
  if (isCellError(v)) return { ok: false, reason: errorReason(v) };
  return { ok: false, reason: `«${String(v)}» không phải là số nguyên không âm` };
}

/** Yes/no cells: Có/Không, x, 1/0, true/false, Trễ/Đúng. */
export function readFlag(v: CellValue): Read<boolean> {
  if (typeof v === 'boolean') return { ok: true, value: v };
  if (typeof v === 'number' && (v === 0 || v === 1)) return { ok: true, value: v === 1 };
  if (typeof v === 'string') {
    const f = foldText(v);
    if (/^(co|x|yes|true|tre|tre han|qua han|co khieu nai|co phan anh)$/.test(f)) return { ok: true, value: true };
    if (/^(khong|k|no|false|-|dung han|som han|truoc han)$/.test(f)) return { ok: true, value: false };
  }
  if (isCellError(v)) return { ok: false, reason: errorReason(v) };
  return { ok: false, reason: `«${String(v)}» không phải là Có/Không` };
}

// Status words: the national one-stop codes and the labels other one-stop systems export.
const STATUS_RULES: [RegExp, StatusKind][] = [
  [/\brut\b|cancel|huy ho so/, 'withdrawn'],
  [/khong duoc tiep nhan|moi dang ky|cho tiep nhan|tu choi tiep nhan/, 'notReceived'],
  [/tra lai|tu choi|khong giai quyet|dung xu ly/, 'returned'],
  [/dang xu ly|duoc tiep nhan|da tiep nhan|bo sung|nghia vu tai chinh|cho thanh toan|chua den han|trong han|con han|tam dung|dang giai quyet|cho xu ly|chua xu ly/, 'open'],
  [/da xu ly|da tra|da giai quyet|hoan thanh|cho tra|co ket qua|som han|truoc han|dung han|qua han|tre han|ket thuc/, 'done'],
];

export function readStatus(v: CellValue): StatusKind {
  if (isBlank(v)) return 'unknown';
  const f = foldText(String(v));
  for (const [re, kind] of STATUS_RULES) if (re.test(f)) return kind;
  return 'unknown';
}

/** Filing channel; blank or unrecognised text is in person (Một cửa), the default of every system. */
export function readChannel(v: CellValue): { channel: Channel; recognised: boolean } {
  if (isBlank(v)) return { channel: 'direct', recognised: true };
  const f = foldText(String(v));
  if (/truc tuyen|qua mang|online|dich vu cong|dvc|muc do [34]|toan trinh|mot phan/.test(f)) return { channel: 'online', recognised: true };
  if (/buu chinh|bcci|buu dien/.test(f)) return { channel: 'postal', recognised: true };
  if (/truc tiep|mot cua|tai quay|nop tai/.test(f)) return { channel: 'direct', recognised: true };
  return { channel: 'direct', recognised: false };
}

/** Free text (names, codes): trimmed, spaces collapsed; numbers are kept as written. */
export function readText(v: CellValue): string | null {
  if (isBlank(v) || isCellError(v)) return null;
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return s.replace(/\s+/g, ' ').trim().normalize('NFC') || null;
}

/** Turns raw cells into the values a case needs, with a Vietnamese reason when a cell can't be read. */
import type { Channel, StatusKind } from '../domain/cases';
import { fromExcelSerial, fromJsDate, parseDateText, MAX_YEAR, MIN_YEAR, ymdFromDay, type DateTimeValue } from '../domain/dates';
import { foldText, removeInvisible } from '../domain/text';
import { cellText, isCellError, type CellValue, type SheetGrid } from './cells';

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * A small memo for functions of a cell's text: a case list repeats a few dozen status and channel words
 * (and unit, procedure and handler names) over hundreds of thousands of rows, and folding text is costly.
 * Bounded, so a long-lived task pane never grows it without end.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    if (text.length > 200) return compute(text);
    let value = memo.get(text);
    if (value === undefined) {
      value = compute(text);
      if (memo.size >= limit) memo.clear();
      memo.set(text, value);
    }
    return value;
  };
}

export function isBlank(v: CellValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  if (v.length === 0) return true;
  // Every character trim() removes is ASCII ≤ 32 or ≥ U+00A0: a visible ASCII first character settles it.
  const c = v.charCodeAt(0);
  return c > 32 && c < 0xa0 ? false : v.trim() === '';
}

/** Why an error cell can't be read, with what to do when the file (not the data) is at fault. */
export function errorReason(v: CellValue): string {
  if (!isCellError(v)) return 'ô chứa giá trị lỗi';
  const shown = v.error.length > 80 ? `${v.error.slice(0, 80)}…` : v.error;
  switch (v.cause) {
    case 'uncalculated':
      // Written by a program that does not calculate: Excel computes and stores every value on saving.
      return `ô chứa công thức chưa được tính (${shown}) — hãy mở tệp bằng Excel rồi lưu lại để có giá trị`;
    case 'badValue':
      return `ô có nội dung «${shown}» không đúng kiểu của ô (tệp bị hỏng hoặc do phần mềm khác ghi sai) — hãy mở tệp bằng Excel, kiểm tra ô này rồi lưu lại`;
    case 'missingString':
      return `ô trỏ tới chuỗi văn bản số ${shown} không có trong tệp (tệp bị hỏng) — hãy mở tệp bằng Excel rồi lưu lại`;
    default:
      return `ô chứa giá trị lỗi ${shown}`;
  }
}

function checkYear(value: DateTimeValue): Read<DateTimeValue> {
  const { year } = ymdFromDay(value.day);
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: `năm ${year} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}` };
  return { ok: true, value };
}

/** A date cell: a JS Date, an Excel serial number or day-first text. Caller handles blanks. */
export function readDate(v: CellValue): Read<DateTimeValue> {
  return readDateIn(v, 0);
}

/** Days between the same day's serial in the 1904 and in the 1900 date system. */
const DAYS_1904 = 1_462;

function readDate1904(v: CellValue): Read<DateTimeValue> {
  return readDateIn(v, DAYS_1904);
}

export type DateReader = (v: CellValue) => Read<DateTimeValue>;

/** How a sheet's date cells read: a bare serial number in a 1904 workbook counts from 1904. */
export const dateReaderOf = (grid: Pick<SheetGrid, 'date1904'>): DateReader => (grid.date1904 ? readDate1904 : readDate);

function readDateIn(v: CellValue, serialOffset: number): Read<DateTimeValue> {
  if (v instanceof Date) {
    const value = fromJsDate(v);
    return value ? checkYear(value) : { ok: false, reason: 'ngày không hợp lệ' };
  }
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? checkYear(fromExcelSerial(v + serialOffset)) : { ok: false, reason: `số ${v} không phải là ngày` };
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
const YES: Read<boolean> = { ok: true, value: true };
const NO: Read<boolean> = { ok: true, value: false };

const flagOfText = memoByText((text): Read<boolean> | null => {
  const f = foldText(text);
  if (/^(co|x|yes|true|tre|tre han|qua han|co khieu nai|co phan anh)$/.test(f)) return YES;
  if (/^(khong|k|no|false|-|dung han|som han|truoc han)$/.test(f)) return NO;
  return null;
});

export function readFlag(v: CellValue): Read<boolean> {
  if (typeof v === 'boolean') return v ? YES : NO;
  if (typeof v === 'number' && (v === 0 || v === 1)) return v === 1 ? YES : NO;
  if (typeof v === 'string') {
    const flag = flagOfText(v);
    if (flag) return flag;
  }
  if (isCellError(v)) return { ok: false, reason: errorReason(v) };
  return { ok: false, reason: `«${String(v)}» không phải là Có/Không` };
}

// Status words: the national one-stop codes and the labels other one-stop systems export. The first rule
// that matches wins. Paused (waiting for documents or fees, RULES.md §3): «Tạm dừng» before the refusals
// («Tạm dừng xử lý» is no «Dừng xử lý»); a supplement or fee word after them («Từ chối do không bổ sung» is
// a refusal) and before the in-progress words («Đang xử lý - chờ bổ sung» waits); «Đã bổ sung», «Đã thực
// hiện nghĩa vụ tài chính» say the wait is over.
const STATUS_RULES: [RegExp, StatusKind][] = [
  [/\brut\b|cancel|huy ho so/, 'withdrawn'],
  [/khong duoc tiep nhan|moi dang ky|cho tiep nhan|tu choi tiep nhan/, 'notReceived'],
  [/tam dung/, 'paused'],
  [/tra lai|tu choi|khong giai quyet|dung xu ly/, 'returned'],
  [/da bo sung|da (thuc hien|hoan thanh) nghia vu tai chinh/, 'open'],
  [/bo sung|nghia vu tai chinh|\bnvtc\b|cho thanh toan/, 'paused'],
  [/dang xu ly|duoc tiep nhan|da tiep nhan|chua den han|trong han|con han|dang giai quyet|cho xu ly|chua xu ly/, 'open'],
  [/da xu ly|da tra|da giai quyet|hoan thanh|cho tra|co ket qua|som han|truoc han|dung han|qua han|tre han|ket thuc/, 'done'],
];

const statusOfText = memoByText((text): StatusKind => {
  const f = foldText(text);
  for (const [re, kind] of STATUS_RULES) if (re.test(f)) return kind;
  return 'unknown';
});

export function readStatus(v: CellValue): StatusKind {
  if (isBlank(v)) return 'unknown';
  return statusOfText(cellText(v));
}

const ONLINE = { channel: 'online', recognised: true } as const;
const POSTAL = { channel: 'postal', recognised: true } as const;
const DIRECT = { channel: 'direct', recognised: true } as const;
const UNRECOGNISED = { channel: 'direct', recognised: false } as const;

const channelOfText = memoByText((text): { channel: Channel; recognised: boolean } => {
  const f = foldText(text);
  if (/truc tuyen|qua mang|online|dich vu cong|dvc|muc do [34]|toan trinh|mot phan/.test(f)) return ONLINE;
  if (/buu chinh|bcci|buu dien/.test(f)) return POSTAL;
  if (/truc tiep|mot cua|tai quay|nop tai/.test(f)) return DIRECT;
  return UNRECOGNISED;
});

/** Filing channel; blank or unrecognised text is in person (Một cửa), the default of every system. */
export function readChannel(v: CellValue): { channel: Channel; recognised: boolean } {
  if (isBlank(v)) return DIRECT;
  return channelOfText(cellText(v));
}

/** Printable ASCII words separated by single spaces: already clean, nothing to normalise. */
function isCleanAscii(s: string): boolean {
  const n = s.length;
  if (n === 0 || s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126 || (c === 32 && previous === 32)) return false;
    previous = c;
  }
  return true;
}

/**
 * Invisible characters (zero-width spaces and joiners, BOM, soft hyphens — but see `removeInvisible` for
 * TCVN3) removed, every kind of space (no-break U+00A0 and U+202F, tabs, line breaks) made one plain space,
 * trimmed, NFC.
 */
function cleanTextOf(s: string): string | null {
  const clean = removeInvisible(s).replace(/\s+/g, ' ').trim().normalize('NFC');
  if (!clean) return null;
  // The same text as the cell's: return the cell's own string, so names are stored once per workbook.
  return clean === s ? s : clean;
}

const cleanText = memoByText(cleanTextOf);

/** Free text (names, codes): invisible characters removed, trimmed, spaces collapsed; numbers are kept as written. */
export function readText(v: CellValue): string | null {
  if (typeof v === 'string') {
    if (isCleanAscii(v)) return v; // codes and numbers-as-text: the common case
    return v.length > 500 ? cleanTextOf(v) : cleanText(v);
  }
  if (isBlank(v) || isCellError(v)) return null;
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return s.replace(/\s+/g, ' ').trim().normalize('NFC') || null;
}

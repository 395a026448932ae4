/**
 * What a row of a case table is when it is not a case: a header (the table's own printed again, or a
 * second table's with its own column order), a note, signature or title line, a totals line, or a case
 * code alone.
 */
import { cleanName, foldText } from '../domain/text';
import type { CellValue } from './cells';
import { CASE_FIELDS, FIELD_LABELS, headerKey, matchHeader, type CaseField } from './columns';
import type { ColumnMapping } from './find-table';

/** Recognised fields that make a row a header row, as find-table asks of the table's own header. */
const MIN_HEADER_FIELDS = 3;

export interface HeaderOfRow {
  mapping: ColumnMapping;
  /** The row's header texts, for messages (made only when the header is used). */
  texts: () => string[];
}

/**
 * A row's header reading, by the words find-table matches: null below three recognised fields, and for
 * a row holding a number or a date (a case whose text cells happen to start like headers).
 */
export function headerOfRow(cells: readonly CellValue[]): HeaderOfRow | null {
  for (const v of cells) if (!(v === null || v === undefined || (typeof v === 'string' && !DATE_IN_TEXT.test(v)))) return null;
  const found = headerOfTexts(cells);
  return found && { mapping: found.mapping, texts: () => cells.map((v) => (typeof v === 'string' ? cleanName(v) : '')) };
}

/** Per field the column of its best synonym (the leftmost of equals), when three fields or more are named. */
export function headerOfTexts(cells: readonly (CellValue | undefined)[]): { mapping: ColumnMapping } | null {
  const best = new Map<CaseField, { col: number; rank: number }>();
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (typeof v !== 'string' || v.length > 80) continue;
    const m = matchHeader(headerKey(v));
    if (!m) continue;
    const held = best.get(m.field);
    if (!held || m.rank < held.rank) best.set(m.field, { col: c, rank: m.rank });
  }
  if (best.size < MIN_HEADER_FIELDS) return null;
  const mapping: ColumnMapping = {};
  for (const [field, { col }] of best) mapping[field] = col;
  return { mapping };
}

/** The header names its fields where `current` has them (sharing one at least): the same table. */
export function sameColumns(found: ColumnMapping, current: ColumnMapping): boolean {
  let shared = 0;
  for (const field of CASE_FIELDS) {
    const a = found[field];
    const b = current[field];
    if (a === undefined || b === undefined) continue;
    if (a !== b) return false;
    shared++;
  }
  return shared > 0;
}

/** «Ngày tiếp nhận» cột D → E; …: the fields that moved, appeared or went. */
export function describeChanges(from: ColumnMapping, to: ColumnMapping, letter: (index: number) => string): string {
  const parts: string[] = [];
  for (const field of CASE_FIELDS) {
    const a = from[field];
    const b = to[field];
    if (a === b) continue;
    const name = `«${FIELD_LABELS[field]}»`;
    parts.push(a === undefined ? `${name} ở cột ${letter(b!)}` : b === undefined ? `không có ${name}` : `${name} cột ${letter(a)} → ${letter(b)}`);
  }
  return parts.join('; ');
}

/**
 * A case code alone in its row. In the code column: a number, or one word with a digit ('TP-3'); a QĐ 766
 * agency row may start there too, but a unit name has spaces. Elsewhere: letters and digits joined by
 * . - _ / ('H12.34-240101-0001', 'CNTBD.181113.00277'), which a bare date (no letter) is not.
 */
export function isLoneCode(v: CellValue, inCodeColumn: boolean): boolean {
  if (typeof v === 'number') return inCodeColumn;
  if (typeof v !== 'string') return false;
  const t = v.trim();
  if (inCodeColumn) return /^\S*\d\S*$/.test(t);
  return t.length >= 6 && t.length <= 50 && /^[\p{L}\p{N}]+(?:[._\-/][\p{L}\p{N}]+)+$/u.test(t) && /\p{L}/u.test(t) && /\p{N}/u.test(t);
}

const DATE_IN_TEXT = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/;

const NOTE_START =
  /^(ghi chu|chu thich|chu y|luu y|nguon|nguoi lap|nguoi ky|nguoi duyet|nguoi kiem tra|thu truong|noi nhan|kinh gui|xac nhan|dien giai|danh sach|bao cao|bieu|ky bao cao|tu ngay|ho so|trong do|dang giai quyet|da giai quyet|chua giai quyet|qua han|dung han|tre han|som han)\b/;

/**
 * One-cell text that is no unit name: a note, signature or title line (Ghi chú, Chú thích, Lưu ý, Nguồn,
 * Người lập biểu, Thủ trưởng, Danh sách …, Báo cáo …), a label or list (':' or ';'), a bullet or footnote
 * ('-', '+', '*', '('), a sentence (ends with . ! ? …), a date, no letter at all, or too long for a name
 * (over 120 characters or 20 words).
 */
export function isNote(text: string): boolean {
  const t = text.trim();
  if (t.length > 120 || /[:;]/.test(t) || /^[-+*•–([]/.test(t) || /[.!?…]$/.test(t)) return true;
  if (!/\p{L}/u.test(t) || DATE_IN_TEXT.test(t) || t.split(/\s+/).length > 20) return true;
  return NOTE_START.test(foldText(t));
}

/** A totals line at the bottom of an export: the whole first cell is one of these words. */
const TOTAL_ROW = /^(tong cong|tong so|tong|cong|tong chung|tong cong toan tinh)\s*:?$/;

/** Only a string can be a totals label (a date or an error reads as '', a number as digits). */
export const isTotalRow = (first: CellValue): boolean => typeof first === 'string' && TOTAL_ROW.test(foldText(first));

/** A group row's number or count: «II», «1.», «A», «(2)», «2 hồ sơ». */
const GROUP_TOKEN = /^(\(?[ivxlc]+[.)]?|\(?\d{1,3}[.)]?|[a-z][.)]?|\d+\s*(ho so|hs))$/;

/**
 * The name of a group row that carries more than its name: one text with letters, every other filled cell
 * a number or count token (QĐ 766 lists number their agencies «I», «II» or print their case count). Null
 * for anything else — a row holding a date or two texts is a case row.
 */
export function nameBesideTokens(cells: readonly CellValue[]): { text: string; col: number } | null {
  let name: { text: string; col: number } | null = null;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (v === null || v === undefined || v === '') continue;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1000) continue;
    if (typeof v !== 'string') return null;
    const key = foldText(v);
    if (key === '' || GROUP_TOKEN.test(key)) continue;
    if (name || !/\p{L}/u.test(v) || DATE_IN_TEXT.test(v)) return null;
    name = { text: v, col: c };
  }
  return name;
}

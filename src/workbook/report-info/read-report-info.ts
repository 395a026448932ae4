/**
 * Reads `Thông tin báo cáo`. Rows are found by their «Mục» label (any case, with or without diacritics),
 * so the user may reorder them or add notes below; a value that cannot be read is reported with its cell
 * and printed as «…» in the frames, never guessed.
 */
import type { DataIssue } from '../../domain/issues';
import { foldText } from '../../domain/text';
import { dateReaderOf, errorReason, isBlank, readText } from '../cell-values';
import { cellText, columnLetter, isCellError, type CellValue, type SheetGrid } from '../cells';
import { CONTENT_TITLE, ITEM_TITLE } from './report-info-sheet';
import { EMPTY_REPORT_INFO, REPORT_INFO_FIELDS, type ReportInfo, type ReportInfoKey } from './report-info';

const BY_LABEL = new Map<string, ReportInfoKey>(REPORT_INFO_FIELDS.map((f) => [foldText(f.label), f.key]));
const LABEL_OF = new Map<ReportInfoKey, string>(REPORT_INFO_FIELDS.map((f) => [f.key, f.label]));
/** Longer than any agency name or title; longer text is a paste gone wrong and would swamp the frame. */
const MAX_TEXT = 300;

const folded = (v: CellValue | undefined): string => (typeof v === 'string' ? foldText(v).replace(/[:.]$/, '').trim() : '');

export function readReportInfoSheet(grid: SheetGrid): { info: ReportInfo; issues: DataIssue[] } {
  const info: ReportInfo = { ...EMPTY_REPORT_INFO };
  const issues: DataIssue[] = [];
  const place = (i: number, c: number | null): Pick<DataIssue, 'sheet' | 'row' | 'column'> => ({
    sheet: grid.name, row: grid.originRow + i, column: c === null ? null : columnLetter(grid.originCol + c),
  });
  const header = findHeader(grid);
  if (!header) {
    issues.push({ sheet: grid.name, row: null, column: null, severity: 'warning', message: `Sheet «${grid.name}» không có dòng tiêu đề gồm hai cột «${ITEM_TITLE}» và «${CONTENT_TITLE}»; không đọc được thông tin văn bản, các biểu in dấu «…» ở phần đầu và phần ký.` });
    return { info, issues };
  }
  const readDate = dateReaderOf(grid);
  const firstRowOf = new Map<ReportInfoKey, number>();
  for (let i = header.index + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    const label = cells[header.item] ?? null;
    const v = cells[header.content] ?? null;
    const key = BY_LABEL.get(folded(label));
    const at = place(i, header.content);
    if (key === undefined) {
      if (!isBlank(v) && !isBlank(label)) {
        issues.push({ ...place(i, header.item), severity: 'warning', message: `Mục «${cellText(label)}» không phải mục của khung văn bản (${REPORT_INFO_FIELDS.map((f) => `«${f.label}»`).join(', ')}); không dùng dòng này.` });
      } else if (!isBlank(v)) {
        issues.push({ ...place(i, header.item), severity: 'warning', message: `Dòng có nội dung «${cellText(v)}» nhưng thiếu tên mục ở cột «${ITEM_TITLE}»; không dùng dòng này.` });
      }
      continue;
    }
    const name = LABEL_OF.get(key)!;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      issues.push({ ...place(i, header.item), severity: 'warning', message: `Mục «${name}» đã có ở dòng ${first}; dùng dòng ${first}, bỏ qua dòng này.` });
      continue;
    }
    firstRowOf.set(key, at.row!);
    if (isBlank(v)) continue;
    const unreadable = (reason: string): void => {
      issues.push({ ...at, severity: 'error', message: `«${name}»: ${reason}; các biểu in dấu «…» thay cho mục này.` });
    };
    if (key === 'date') {
      const read = readDate(v);
      if (read.ok) info.date = read.value.day;
      else unreadable(`không đọc được ngày «${cellText(v)}» (${read.reason}) — gõ ngày dạng ngày/tháng/năm, ví dụ 09/07/2021`);
    } else if (isCellError(v)) {
      unreadable(errorReason(v));
    } else {
      // A title typed on two lines (Alt+Enter) keeps its line break; other spacing is tidied.
      const text = String(v instanceof Date ? cellText(v) : v).split(/\r?\n/).map((line) => readText(line)).filter(Boolean).join('\n');
      if (text.length > MAX_TEXT) unreadable(`nội dung dài ${text.length} ký tự, quá ${MAX_TEXT} ký tự của một mục`);
      else info[key] = text;
    }
  }
  return { info, issues };
}

/** The first row holding «Mục» and, to its right, «Nội dung». */
function findHeader(grid: SheetGrid): { index: number; item: number; content: number } | null {
  const item = foldText(ITEM_TITLE);
  const content = foldText(CONTENT_TITLE);
  for (let index = 0; index < grid.rows.length; index++) {
    const row = grid.rows[index] ?? [];
    const i = row.findIndex((v) => folded(v) === item);
    const c = row.findIndex((v, k) => k > i && folded(v) === content);
    if (i >= 0 && c >= 0) return { index, item: i, content: c };
  }
  return null;
}

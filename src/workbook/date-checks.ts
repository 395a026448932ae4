/**
 * Dates that cannot be true, or are probably mistyped, reported per row (RULES.md §3): a receipt or a
 * completion after today or after the export date printed above the table is refused (the row is
 * skipped); a year far from the bulk of the rows, or a deadline more than a year after receipt, is used
 * but warned, so a typo never changes a case's status in silence.
 */
import type { CaseRecord, Period } from '../domain/cases';
import { formatVn, parseDateText, type DayNumber } from '../domain/dates';
import type { DataIssue } from '../domain/issues';
import { foldText } from '../domain/text';
import { cellText, type CellValue, type SheetGrid } from './cells';
import { dateReaderOf, type DateReader } from './cell-values';
import type { CaseField } from './columns';

/** The date an export was made, as its title rows state it («Ngày xuất: 05/04/2024», «Ngày in …»). */
export interface ExportDate {
  day: DayNumber;
  /** 1-based sheet row where it is written. */
  row: number;
}

/**
 * Labels of the day a list was exported. «Tính đến ngày …» and «Thời điểm tính» are not among them: they
 * name the period the figures cover, and cases completed after it may well be in the export.
 */
const EXPORT_LABEL = /(ngay (ket |trich )?xuat|(ket |trich )?xuat ngay|thoi diem (ket |trich )?xuat|ngay in)\b/;

/** Looks in the rows above the header for an export date: in the label's own cell or the next filled one. */
export function findExportDate(grid: SheetGrid, headerRowIndex: number): ExportDate | null {
  for (let r = 0; r < headerRowIndex; r++) {
    const cells = grid.rows[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const text = foldText(cellText(cells[c] ?? null));
      const label = EXPORT_LABEL.exec(text);
      if (!label) continue;
      const inCell = /(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})/.exec(text.slice(label.index + label[0].length));
      const parsed = inCell ? parseDateText(inCell[1]) : nextDate(cells, c, dateReaderOf(grid));
      if (parsed?.ok) return { day: parsed.value.day, row: grid.originRow + r };
    }
  }
  return null;
}

function nextDate(cells: CellValue[], c: number, readDate: DateReader): ReturnType<DateReader> | null {
  for (let i = c + 1; i < cells.length; i++) {
    const v = cells[i];
    if (v === null || v === undefined || cellText(v).trim() === '') continue;
    return readDate(v);
  }
  return null;
}

interface DateCheckInput {
  cases: CaseRecord[];
  /** The run's date: nothing can have happened after it. */
  today: DayNumber;
  /** Per sheet read, its export date when the title states one. */
  exportDates: ReadonlyMap<string, ExportDate>;
  /** Column letter of a field in a case's sheet, for messages. */
  column(sheet: string, field: CaseField): string | null;
}

interface DateCheckResult {
  /** Indices into `cases` of the rows refused. */
  refused: Set<number>;
  issues: DataIssue[];
}

/**
 * Receipts this far before the median receipt are a typed year more likely than a case so old; the
 * median, since in a short list one typo is itself the low quantile.
 */
const FAR_BEFORE_DAYS = 731;
/** Completions this far after the median receipt (a year-long list ends half a year after it). */
const FAR_AFTER_DAYS = 548;
/** A deadline more than a year after receipt: no procedure has one, a typed year has. */
const LONGEST_DEADLINE_DAYS = 366;


export function checkDates({ cases, today, exportDates, column }: DateCheckInput): DateCheckResult {
  const refused = new Set<number>();
  const issues: DataIssue[] = [];
  const receipts = new Int32Array(cases.length);
  for (let i = 0; i < cases.length; i++) receipts[i] = cases[i].received.day;
  receipts.sort();
  const median = receipts[Math.floor((receipts.length - 1) / 2)];
  const tooEarly = median - FAR_BEFORE_DAYS;
  const tooLate = median + FAR_AFTER_DAYS;
  // The latest day a date may be on anywhere: most rows pass this one comparison and nothing else runs.
  let latestAllowed = today;
  for (const e of exportDates.values()) latestAllowed = Math.min(latestAllowed, e.day);
  const issue = (c: CaseRecord, field: CaseField, severity: DataIssue['severity'], message: string): void => {
    issues.push({ sheet: c.sheet, row: c.row, column: column(c.sheet, field), severity, message });
  };
  const impossible = (c: CaseRecord, field: 'received' | 'completed', day: DayNumber): boolean => {
    if (day <= latestAllowed) return false;
    const label = field === 'received' ? 'Ngày tiếp nhận' : 'Ngày trả kết quả';
    const exported = exportDates.get(c.sheet);
    if (day > today) {
      issue(c, field, 'error', `${label} ${formatVn(day)} sau ngày hôm nay (${formatVn(today)}): không thể đúng, có thể gõ nhầm năm; dòng này bị bỏ qua.`);
      return true;
    }
    if (exported && day > exported.day) {
      issue(c, field, 'error', `${label} ${formatVn(day)} sau ngày xuất danh sách ${formatVn(exported.day)} (ghi ở dòng ${exported.row}): không thể đúng; dòng này bị bỏ qua.`);
      return true;
    }
    return false;
  };
  const bulk = `cách xa phần lớn các ngày tiếp nhận (quanh ${formatVn(median)}): kiểm tra lại năm`;

  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const received = c.received.day;
    const completed = c.completed === null ? null : c.completed.day;
    if (impossible(c, 'received', received) || (completed !== null && impossible(c, 'completed', completed))) {
      refused.add(i);
      continue;
    }
    if (received < tooEarly) issue(c, 'received', 'warning', `Ngày tiếp nhận ${formatVn(received)} ${bulk}; vẫn tính theo ngày này.`);
    if (completed !== null && completed > tooLate) issue(c, 'completed', 'warning', `Ngày trả kết quả ${formatVn(completed)} ${bulk}; vẫn tính theo ngày này.`);
    if (c.due && c.due.day - received > LONGEST_DEADLINE_DAYS) {
      issue(c, 'due', 'warning', `Hạn xử lý ${formatVn(c.due.day)} hơn một năm sau ngày tiếp nhận ${formatVn(received)}: kiểm tra lại năm; vẫn tính theo hạn này.`);
    }
  }
  return { refused, issues };
}

/**
 * With a default period, the receipts after it lie in quarters too thin to be the report's: each is
 * reported, since it is either a typo or a case the user may have wanted counted.
 */
export function receiptsAfterPeriod(cases: CaseRecord[], period: Period, column: DateCheckInput['column']): DataIssue[] {
  const after = cases.filter((c) => c.received.day > period.to);
  const why = `sau kỳ báo cáo mặc định (đến ${formatVn(period.to)}, nơi có phần lớn hồ sơ)`;
  const fix = 'Kiểm tra lại năm, hoặc chọn kỳ báo cáo khác.';
  if (after.length > MAX_ROWS_LISTED) {
    const [c] = after;
    return [{ sheet: c.sheet, row: c.row, column: column(c.sheet, 'received'), severity: 'warning', message: `${after.length} hồ sơ có ngày tiếp nhận ${why} không được tính (dòng đầu tiên ${c.row}). ${fix}` }];
  }
  return after.map((c) => ({
    sheet: c.sheet,
    row: c.row,
    column: column(c.sheet, 'received'),
    severity: 'warning' as const,
    message: `Ngày tiếp nhận ${formatVn(c.received.day)} ${why}: hồ sơ này không được tính. ${fix}`,
  }));
}

/** Beyond this many, the receipts after the period are a new quarter begun, not typos: said in one line. */
const MAX_ROWS_LISTED = 20;

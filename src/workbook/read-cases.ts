/**
 * Reads case rows from a located table into CaseRecords. Every row that can't be used is reported with
 * sheet, row and column and skipped; nothing is guessed silently (RULES.md §2).
 */
import type { CaseRecord } from '../domain/cases';
import type { WorkCalendar } from '../domain/calendar/work-calendar';
import type { DateTimeValue } from '../domain/dates';
import type { DataIssue } from '../domain/issues';
import { parseLevel } from '../domain/units';
import { foldText } from '../domain/text';
import { columnLetter, isCellError, type CellValue, type SheetGrid } from './cells';
import { isBlank, memoByText, readChannel, readCount, readDate, readFlag, readStatus, readText, type Read } from './cell-values';
import { FIELD_LABELS, headerKey, matchHeader, type CaseField } from './columns';
import type { ColumnMapping, TableLocation } from './find-table';

export interface ReadCasesResult {
  cases: CaseRecord[];
  issues: DataIssue[];
  /** Data rows looked at (blank rows, group rows and total rows excluded). */
  rowsRead: number;
  rowsSkipped: number;
}

/** Thrown for one row: the row is skipped and the message reported at this column. */
class RowError extends Error {
  constructor(readonly field: CaseField, message: string) {
    super(message);
  }
}

/** A totals line at the bottom of an export: the whole first cell is one of these words. */
const TOTAL_ROW = /^(tong cong|tong so|tong|cong|tong chung|tong cong toan tinh)\s*:?$/;

export function readCases(
  grid: SheetGrid,
  table: Pick<TableLocation, 'mapping' | 'firstDataRowIndex' | 'headers'>,
  calendar: WorkCalendar,
): ReadCasesResult {
  const { mapping, firstDataRowIndex } = table;
  // Messages name columns as the user's sheet heads them, falling back to our label.
  const label = (field: CaseField): string => {
    const idx = mapping[field];
    return (idx !== undefined && table.headers[idx]?.trim()) || FIELD_LABELS[field];
  };
  const issues: DataIssue[] = [];
  const cases: CaseRecord[] = [];
  // Codes seen so far; the rows they came from are looked up only once a duplicate turns up (a Set is
  // twice as fast as a Map on 200 000 distinct codes, and duplicates are rare).
  const seenCodes = new Set<string>();
  let codeRows: Map<string, number> | null = null;
  const unknownWords = new Map<string, { firstRow: number; count: number; field: CaseField }>();
  const col = (field: CaseField): string => columnLetter(grid.originCol + (mapping[field] ?? 0));
  let groupUnit: string | null = null;
  let rowsRead = 0;

  // The row being read; the helpers below are made once, not per row (200 000-row lists).
  let cells: CellValue[] = [];
  let rowNo = 0;
  const ix = columnsOf(mapping);
  const unknownWord = (field: CaseField, word: string): void => {
    const key = `${field}:${word}`;
    const seen = unknownWords.get(key);
    if (seen) seen.count++;
    else unknownWords.set(key, { firstRow: rowNo, count: 1, field });
  };
  const warn = (field: CaseField, message: string): void => {
    issues.push({ sheet: grid.name, row: rowNo, column: col(field), message, severity: 'warning' });
  };

  // The header's words in the receipt column: a data row holding them is the header printed again.
  const receivedHeader = ix.received >= 0 ? headerKey(table.headers[ix.received] ?? '') : '';
  const isHeaderRepeat = (text: string): boolean => {
    // A date always has digits: the costly folding below runs only for the odd text cell.
    if (!receivedHeader || text.length > 80 || hasDigit(text)) return false;
    const key = headerKey(text);
    if (!key) return false;
    return key === receivedHeader || receivedHeader.startsWith(key + ' ') || receivedHeader.endsWith(' ' + key) || matchHeader(key)?.field === 'received';
  };
  const headerRepeats = { count: 0, firstRow: 0 };

  for (let i = firstDataRowIndex; i < grid.rows.length; i++) {
    cells = grid.rows[i] ?? [];
    rowNo = grid.originRow + i;
    // The first filled cell and whether there is a second: all the row tests below need.
    let filledCount = 0;
    let first: CellValue = null;
    for (let c = 0; c < cells.length && filledCount < 2; c++) {
      const v = cells[c];
      if (!isBlank(v)) {
        if (filledCount === 0) first = v;
        filledCount++;
      }
    }
    if (filledCount === 0) continue;
    const receivedCell = cellAt(cells, ix.received);
    if (typeof receivedCell === 'string' && isHeaderRepeat(receivedCell)) {
      // Exports printed page by page repeat the header row: not a case, said once.
      if (headerRepeats.count++ === 0) headerRepeats.firstRow = rowNo;
      continue;
    }
    if (isBlank(receivedCell)) {
      // Only a string can be a totals label (a date or an error reads as '', a number as digits).
      if (typeof first === 'string' && TOTAL_ROW.test(foldText(first))) continue;
      // QĐ 766 lists put each agency's name in a merged row above its cases.
      if (filledCount === 1 && typeof first === 'string') {
        groupUnit = readText(first);
        continue;
      }
    }
    rowsRead++;
    try {
      const record = readRow(cells, ix, label, grid.name, rowNo, groupUnit, calendar, unknownWord, warn);
      const code = record.code;
      if (code) {
        if (seenCodes.has(code)) {
          if (!codeRows) {
            codeRows = new Map();
            for (const c of cases) if (c.code && !codeRows.has(c.code)) codeRows.set(c.code, c.row);
          }
          throw new RowError('code', `Trùng mã hồ sơ «${shorten(code)}» với dòng ${codeRows.get(code)}; dòng này bị bỏ qua.`);
        }
        seenCodes.add(code);
        codeRows?.set(code, rowNo);
      }
      cases.push(record);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      issues.push({ sheet: grid.name, row: rowNo, column: col(e.field), message: e.message, severity: 'error' });
    }
  }

  for (const [key, { firstRow, count, field }] of unknownWords) {
    const word = key.slice(field.length + 1);
    const what = field === 'status' ? 'trạng thái' : 'hình thức nộp';
    const treated = field === 'status' ? 'xét theo ngày trả kết quả' : 'tính là nộp trực tiếp';
    issues.push({
      sheet: grid.name,
      row: firstRow,
      column: col(field),
      severity: 'warning',
      message: `Không nhận ra ${what} «${shorten(word)}» (${count} dòng, dòng đầu tiên ${firstRow}); đã ${treated}.`,
    });
  }
  if (headerRepeats.count > 0) {
    issues.push({
      sheet: grid.name,
      row: headerRepeats.firstRow,
      column: null,
      severity: 'warning',
      message: `Bỏ qua ${headerRepeats.count} dòng lặp lại tiêu đề bảng (dòng đầu tiên ${headerRepeats.firstRow}).`,
    });
  }
  return { cases, issues, rowsRead, rowsSkipped: rowsRead - cases.length };
}

type Label = (field: CaseField) => string;

/**
 * The column index of every field (-1 when unmapped) as one fixed-shape object: reading `ix.unit` is a
 * plain property load, where looking fields up by name in the mapping cost more than parsing the dates.
 */
type Columns = Readonly<Record<CaseField, number>>;

function columnsOf(m: ColumnMapping): Columns {
  const at = (i: number | undefined): number => (i === undefined ? -1 : i);
  return {
    code: at(m.code), unit: at(m.unit), field: at(m.field), procedure: at(m.procedure), received: at(m.received), due: at(m.due),
    completed: at(m.completed), status: at(m.status), channel: at(m.channel), handler: at(m.handler), level: at(m.level),
    district: at(m.district), processingDays: at(m.processingDays), stepLate: at(m.stepLate), supplements: at(m.supplements),
    agenciesContacted: at(m.agenciesContacted), complaint: at(m.complaint),
  };
}

const cellAt = (cells: CellValue[], index: number): CellValue => (index < 0 ? null : (cells[index] ?? null));

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const levelOfText = memoByText(parseLevel);

/** A cell's text quoted in a message: at most 80 characters (a pasted document can fill a cell). */
function shorten(text: string | null): string {
  if (text === null) return '';
  return text.length > 80 ? `${text.slice(0, 80)}… (${text.length.toLocaleString('vi-VN')} ký tự)` : text;
}

function must<T>(field: CaseField, r: Read<T>, label: Label): T {
  if (!r.ok) throw new RowError(field, `${label(field)}: ${r.reason}; dòng này bị bỏ qua.`);
  return r.value;
}

/** An optional column: a blank cell is null; an unreadable one is a warning and null. */
function optional<T>(field: CaseField, v: CellValue, read: (v: CellValue) => Read<T>, warn: (f: CaseField, m: string) => void, label: Label): T | null {
  if (isBlank(v)) return null;
  const r = read(v);
  if (r.ok) return r.value;
  warn(field, `${label(field)}: ${r.reason}; bỏ qua giá trị này.`);
  return null;
}

function readRow(
  cells: CellValue[],
  ix: Columns,
  label: Label,
  sheet: string,
  row: number,
  groupUnit: string | null,
  calendar: WorkCalendar,
  unknownWord: (field: CaseField, word: string) => void,
  warn: (field: CaseField, message: string) => void,
): CaseRecord {
  const unitCell = cellAt(cells, ix.unit);
  if (isCellError(unitCell)) throw new RowError('unit', `${label('unit')}: ô chứa giá trị lỗi ${unitCell.error}; dòng này bị bỏ qua.`);
  const unit = readText(unitCell) ?? groupUnit;
  if (!unit) throw new RowError('unit', 'Thiếu tên đơn vị giải quyết; dòng này bị bỏ qua.');
  const receivedCell = cellAt(cells, ix.received);
  if (isBlank(receivedCell)) throw new RowError('received', 'Thiếu ngày tiếp nhận; dòng này bị bỏ qua.');
  const received = must('received', readDate(receivedCell), label);
  const completedCell = cellAt(cells, ix.completed);
  const completed = isBlank(completedCell) ? null : must('completed', readDate(completedCell), label);

  const statusCell = cellAt(cells, ix.status);
  const status = readStatus(statusCell);
  if (status === 'unknown' && !isBlank(statusCell)) unknownWord('status', readText(statusCell) ?? '');
  if ((status === 'done' || status === 'returned') && !completed) {
    throw new RowError('completed', `Trạng thái «${shorten(readText(statusCell))}» nhưng không có ngày trả kết quả; dòng này bị bỏ qua.`);
  }
  if (status === 'open' && completed) {
    warn('status', `Trạng thái «${shorten(readText(statusCell))}» nhưng đã có ngày trả kết quả; tính theo ngày trả kết quả.`);
  }
  if (completed && completed.day < received.day) {
    throw new RowError('completed', 'Ngày trả kết quả trước ngày tiếp nhận; dòng này bị bỏ qua.');
  }

  const due = readDue(cellAt(cells, ix.due), cellAt(cells, ix.processingDays), label, received, calendar, status === 'withdrawn');
  if (due && due.day < received.day) throw new RowError('due', 'Hạn xử lý trước ngày tiếp nhận; dòng này bị bỏ qua.');

  const channelCell = cellAt(cells, ix.channel);
  const { channel, recognised } = readChannel(channelCell);
  if (!recognised) unknownWord('channel', readText(channelCell) ?? '');
  const levelCell = cellAt(cells, ix.level);

  return {
    sheet,
    row,
    code: readText(cellAt(cells, ix.code)),
    unit,
    field: readText(cellAt(cells, ix.field)),
    procedure: readText(cellAt(cells, ix.procedure)),
    received,
    due,
    completed,
    status,
    channel,
    handler: readText(cellAt(cells, ix.handler)),
    levelHint: isBlank(levelCell) ? null : levelOfText(String(levelCell)),
    districtHint: readText(cellAt(cells, ix.district)),
    stepLate: optional('stepLate', cellAt(cells, ix.stepLate), readFlag, warn, label),
    supplements: optional('supplements', cellAt(cells, ix.supplements), readCount, warn, label),
    agenciesContacted: optional('agenciesContacted', cellAt(cells, ix.agenciesContacted), readCount, warn, label),
    complaintUpheld: optional('complaint', cellAt(cells, ix.complaint), readFlag, warn, label),
  };
}

/** The deadline in the data wins (extensions are in it); else N working days after receipt. */
function readDue(
  dueCell: CellValue,
  daysCell: CellValue,
  label: Label,
  received: DateTimeValue,
  calendar: WorkCalendar,
  withdrawn: boolean,
): DateTimeValue | null {
  if (!isBlank(dueCell)) return must('due', readDate(dueCell), label);
  if (!isBlank(daysCell)) {
    const days = must('processingDays', readCount(daysCell), label);
    return { day: calendar.addWorkingDays(received.day, days), minutes: null };
  }
  if (withdrawn) return null;
  throw new RowError('due', 'Thiếu hạn xử lý (và không có thời hạn giải quyết để tính); dòng này bị bỏ qua.');
}

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
import { isCellError, columnLetter, type CellValue, type SheetGrid } from './cells';
import { isBlank, readChannel, readCount, readDate, readFlag, readStatus, readText, type Read } from './cell-values';
import { FIELD_LABELS, type CaseField } from './columns';
import type { TableLocation } from './find-table';

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
  const seenCodes = new Map<string, number>();
  const unknownWords = new Map<string, { firstRow: number; count: number; field: CaseField }>();
  const col = (field: CaseField): string => columnLetter(grid.originCol + (mapping[field] ?? 0));
  let groupUnit: string | null = null;
  let rowsRead = 0;

  for (let i = firstDataRowIndex; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    const rowNo = grid.originRow + i;
    const get = (field: CaseField): CellValue => {
      const idx = mapping[field];
      return idx === undefined ? null : (cells[idx] ?? null);
    };
    const filled = cells.filter((v) => !isBlank(v));
    if (filled.length === 0) continue;
    const first = foldText(String(filled[0] instanceof Date ? '' : isCellError(filled[0]) ? '' : filled[0]));
    if (TOTAL_ROW.test(first) && isBlank(get('received'))) continue;
    // QĐ 766 lists put each agency's name in a merged row above its cases.
    if (filled.length === 1 && typeof filled[0] === 'string' && isBlank(get('received'))) {
      groupUnit = readText(filled[0]);
      continue;
    }
    rowsRead++;
    try {
      const record = readRow(get, label, grid.name, rowNo, groupUnit, calendar, (field, word) => {
        const key = `${field}:${word}`;
        const seen = unknownWords.get(key);
        if (seen) seen.count++;
        else unknownWords.set(key, { firstRow: rowNo, count: 1, field });
      }, (field, message) => issues.push({ sheet: grid.name, row: rowNo, column: col(field), message, severity: 'warning' }));
      if (record.code) {
        const firstRow = seenCodes.get(record.code);
        if (firstRow !== undefined) throw new RowError('code', `Trùng mã hồ sơ «${record.code}» với dòng ${firstRow}; dòng này bị bỏ qua.`);
        seenCodes.set(record.code, rowNo);
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
      message: `Không nhận ra ${what} «${word}» (${count} dòng, dòng đầu tiên ${firstRow}); đã ${treated}.`,
    });
  }
  return { cases, issues, rowsRead, rowsSkipped: rowsRead - cases.length };
}

type Label = (field: CaseField) => string;

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
  get: (f: CaseField) => CellValue,
  label: Label,
  sheet: string,
  row: number,
  groupUnit: string | null,
  calendar: WorkCalendar,
  unknownWord: (field: CaseField, word: string) => void,
  warn: (field: CaseField, message: string) => void,
): CaseRecord {
  const unit = readText(get('unit')) ?? groupUnit;
  if (!unit) throw new RowError('unit', 'Thiếu tên đơn vị giải quyết; dòng này bị bỏ qua.');
  if (isBlank(get('received'))) throw new RowError('received', 'Thiếu ngày tiếp nhận; dòng này bị bỏ qua.');
  const received = must('received', readDate(get('received')), label);
  const completed = isBlank(get('completed')) ? null : must('completed', readDate(get('completed')), label);

  const statusCell = get('status');
  const status = readStatus(statusCell);
  if (status === 'unknown' && !isBlank(statusCell)) unknownWord('status', readText(statusCell) ?? '');
  if ((status === 'done' || status === 'returned') && !completed) {
    throw new RowError('completed', `Trạng thái «${readText(statusCell)}» nhưng không có ngày trả kết quả; dòng này bị bỏ qua.`);
  }
  if (status === 'open' && completed) {
    warn('status', `Trạng thái «${readText(statusCell)}» nhưng đã có ngày trả kết quả; tính theo ngày trả kết quả.`);
  }
  if (completed && completed.day < received.day) {
    throw new RowError('completed', 'Ngày trả kết quả trước ngày tiếp nhận; dòng này bị bỏ qua.');
  }

  const due = readDue(get, label, received, calendar, status === 'withdrawn');
  if (due && due.day < received.day) throw new RowError('due', 'Hạn xử lý trước ngày tiếp nhận; dòng này bị bỏ qua.');

  const channelCell = get('channel');
  const { channel, recognised } = readChannel(channelCell);
  if (!recognised) unknownWord('channel', readText(channelCell) ?? '');

  return {
    sheet,
    row,
    code: readText(get('code')),
    unit,
    field: readText(get('field')),
    procedure: readText(get('procedure')),
    received,
    due,
    completed,
    status,
    channel,
    handler: readText(get('handler')),
    levelHint: isBlank(get('level')) ? null : parseLevel(String(get('level'))),
    districtHint: readText(get('district')),
    stepLate: optional('stepLate', get('stepLate'), readFlag, warn, label),
    supplements: optional('supplements', get('supplements'), readCount, warn, label),
    agenciesContacted: optional('agenciesContacted', get('agenciesContacted'), readCount, warn, label),
    complaintUpheld: optional('complaint', get('complaint'), readFlag, warn, label),
  };
}

/** The deadline in the data wins (extensions are in it); else N working days after receipt. */
function readDue(get: (f: CaseField) => CellValue, label: Label, received: DateTimeValue, calendar: WorkCalendar, withdrawn: boolean): DateTimeValue | null {
  if (!isBlank(get('due'))) return must('due', readDate(get('due')), label);
  if (!isBlank(get('processingDays'))) {
    const days = must('processingDays', readCount(get('processingDays')), label);
    return { day: calendar.addWorkingDays(received.day, days), minutes: null };
  }
  if (withdrawn) return null;
  throw new RowError('due', 'Thiếu hạn xử lý (và không có thời hạn giải quyết để tính); dòng này bị bỏ qua.');
}

/**
 * Reads case rows from a located table into CaseRecords. Every row that can't be used is reported with
 * sheet, row and column and skipped; nothing is guessed silently (RULES.md §2).
 */
import type { CaseRecord } from '../domain/cases';
import type { WorkCalendar } from '../domain/calendar/work-calendar';
import { formatVn, type DateTimeValue } from '../domain/dates';
import type { DataIssue } from '../domain/issues';
import { parseLevel } from '../domain/units';
import { foldText } from '../domain/text';
import { cellText, columnLetter, isCellError, type CellValue, type SheetGrid } from './cells';
import { dateReaderOf, errorReason, isBlank, memoByText, readChannel, readCount, readFlag, readStatus, readText, type DateReader, type Read } from './cell-values';
import { describeMissing, FIELD_LABELS, headerKey, matchHeader, missingRequired, type CaseField } from './columns';
import type { ColumnMapping, TableLocation } from './find-table';
import { readAmountOrFlag, readYesNo } from './service-flags';
import { describeChanges, headerOfRow, headerOfTexts, isLoneCode, isNote, nameBesideTokens, sameColumns, type HeaderOfRow } from './row-kinds';

export interface ReadCasesResult {
  cases: CaseRecord[];
  issues: DataIssue[];
  /** Data rows looked at (blank rows, header, group, note and total rows excluded). */
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

/** Only a string can be a totals label (a date or an error reads as '', a number as digits). */
const isTotalRow = (first: CellValue): boolean => typeof first === 'string' && TOTAL_ROW.test(foldText(first));

/** A one-cell row (QĐ 766 group row, note, lone code) and the blank-unit rows below it that it concerns. */
interface Marker {
  row: number;
  column: string;
  text: string;
  rows: number;
}

/** A lower header that lacks a required column: the rows under it are counted, not read. */
interface Refused {
  row: number;
  headerRow: number;
  missing: CaseField[];
  rows: number;
  firstRow: number;
  lastRow: number;
}

export function readCases(
  grid: SheetGrid,
  table: Pick<TableLocation, 'mapping' | 'firstDataRowIndex' | 'headers' | 'headerRowIndex'>,
  calendar: WorkCalendar,
): ReadCasesResult {
  const issues: DataIssue[] = [];
  const cases: CaseRecord[] = [];
  // Codes seen so far; the rows they came from are looked up only once a duplicate turns up (a Set is
  // twice as fast as a Map on 200 000 distinct codes, and duplicates are rare).
  const seenCodes = new Set<string>();
  let codeRows: Map<string, number> | null = null;
  const unknownWords = new Map<string, { firstRow: number; count: number; field: CaseField }>();
  const letter = (index: number): string => columnLetter(grid.originCol + index);
  let rowsRead = 0;

  // The header in force: the table's own, until a lower header row with another column order (a second
  // table pasted under the first) takes over for the rows below it.
  let headerRow = grid.originRow + table.headerRowIndex;
  let given: ColumnMapping = table.mapping; // as detected or chosen, before a lone new-date column stands in for `due`
  let named: ColumnMapping = headerOfTexts(table.headers)?.mapping ?? {}; // what the header's own words name
  let mapping: ColumnMapping = {};
  let headers: readonly string[] = [];
  let ix = columnsOf({});
  let receivedHeader = '';
  let refused = null as Refused | null; // set by meetHeader, which the compiler does not follow

  // Messages name columns as the user's sheet heads them, falling back to our label.
  const label = (field: CaseField): string => {
    const idx = mapping[field];
    return (idx !== undefined && headers[idx]?.trim()) || FIELD_LABELS[field];
  };
  const col = (field: CaseField): string => letter(mapping[field] ?? 0);

  const useHeader = (m: ColumnMapping, texts: readonly string[]): void => {
    mapping = m;
    headers = texts;
    if (m.due === undefined && m.processingDays === undefined && m.newDue !== undefined) {
      // Only the new appointment date is given: it is the one deadline there is (RULES.md §2).
      const { newDue, ...rest } = m;
      mapping = { ...rest, due: newDue };
      issues.push({
        sheet: grid.name,
        row: headerRow,
        column: letter(newDue),
        severity: 'warning',
        message: `Không có cột «${FIELD_LABELS.due}» (hạn ban đầu) hay «${FIELD_LABELS.processingDays}»: dùng cột «${label('due')}» làm hạn xử lý. Hồ sơ đã có ngày hẹn trả mới có thể được tính đúng hạn dù trễ so với hạn ban đầu, và không đếm được số hồ sơ có hẹn lại.`,
      });
    }
    ix = columnsOf(mapping);
    receivedHeader = ix.received >= 0 ? headerKey(headers[ix.received] ?? '') : '';
  };
  useHeader(given, table.headers);

  // The row being read; the helpers below are made once, not per row (200 000-row lists).
  let cells: CellValue[];
  let rowNo = 0;
  const unknownWord = (field: CaseField, word: string): void => {
    const key = `${field}:${word}`;
    const seen = unknownWords.get(key);
    if (seen) seen.count++;
    else unknownWords.set(key, { firstRow: rowNo, count: 1, field });
  };
  const warn = (field: CaseField, message: string): void => {
    issues.push({ sheet: grid.name, row: rowNo, column: col(field), message, severity: 'warning' });
  };

  // A row holding the receipt column's header words is the header printed again (fewer than three
  // recognised fields: a header's second row, or headers the user mapped by hand).
  const isHeaderRepeat = (text: string): boolean => {
    if (!receivedHeader || text.length > 80) return false;
    const key = headerKey(text);
    if (!key) return false;
    return key === receivedHeader || receivedHeader.startsWith(key + ' ') || receivedHeader.endsWith(' ' + key) || matchHeader(key)?.field === 'received';
  };
  const headerRepeats = { count: 0, firstRow: 0 };

  // The QĐ 766 group row whose name blank-unit rows take, and a note row met since (not a unit).
  let group: Marker | null = null;
  let note: Marker | null = null;
  const endNote = (): void => {
    if (note && note.rows > 0) {
      const fate = group ? `được tính cho đơn vị «${shorten(group.text)}» của dòng nhóm ở dòng ${group.row}` : 'bị bỏ qua vì thiếu tên đơn vị';
      issues.push({
        sheet: grid.name,
        row: note.row,
        column: note.column,
        severity: 'warning',
        message: `Dòng ${note.row} («${shorten(note.text)}») là dòng ghi chú, không phải tên đơn vị: ${note.rows} dòng bên dưới không có tên đơn vị không lấy tên từ dòng này mà ${fate}.`,
      });
    }
    note = null;
  };
  const endGroup = (): void => {
    endNote();
    if (group && group.rows > 0) {
      issues.push({
        sheet: grid.name,
        row: group.row,
        column: group.column,
        severity: 'warning',
        message: `${group.rows} dòng không có tên đơn vị lấy tên đơn vị từ dòng nhóm «${shorten(group.text)}» (dòng ${group.row}).`,
      });
    }
    group = null;
  };
  const endRefused = (): void => {
    if (refused && refused.rows > 0) {
      const { row, headerRow: before, missing, rows, firstRow, lastRow } = refused;
      issues.push({
        sheet: grid.name,
        row,
        column: null,
        severity: 'error',
        message: `Dòng ${row} là tiêu đề của một bảng khác (thứ tự cột khác tiêu đề ở dòng ${before}) nhưng thiếu cột bắt buộc ${describeMissing(missing)}: ${rows} dòng bên dưới (dòng ${firstRow}–${lastRow}) không được đọc. Chuyển bảng này sang sheet riêng hoặc sửa dòng tiêu đề.`,
      });
    }
    refused = null;
  };

  /** A header row met among the data: the page header again, or another table's header. */
  const meetHeader = (found: HeaderOfRow): void => {
    if (sameColumns(found.mapping, given) || sameColumns(found.mapping, named)) {
      if (headerRepeats.count++ === 0) headerRepeats.firstRow = rowNo;
      return;
    }
    endGroup();
    endRefused();
    const before = headerRow;
    const changes = describeChanges(given, found.mapping, letter);
    headerRow = rowNo;
    given = named = found.mapping;
    const missing = missingRequired(found.mapping);
    if (missing.length > 0) {
      refused = { row: rowNo, headerRow: before, missing, rows: 0, firstRow: 0, lastRow: 0 };
      // Still located by its own columns, so that its repeats and the next header are recognised.
      ix = columnsOf(found.mapping);
      receivedHeader = '';
      return;
    }
    issues.push({
      sheet: grid.name,
      row: rowNo,
      column: null,
      severity: 'warning',
      message: `Dòng ${rowNo} là tiêu đề của một bảng khác, thứ tự cột khác tiêu đề ở dòng ${before} (${changes}): các dòng bên dưới được đọc theo tiêu đề này.`,
    });
    useHeader(found.mapping, found.texts());
  };

  const dateOf = dateReaderOf(grid);
  for (let i = table.firstDataRowIndex; i < grid.rows.length; i++) {
    cells = grid.rows[i] ?? [];
    rowNo = grid.originRow + i;
    // The first filled cell and whether there is a second: all the row tests below need.
    let filledCount = 0;
    let first: CellValue = null;
    let firstCol = -1;
    for (let c = 0; c < cells.length && filledCount < 2; c++) {
      const v = cells[c];
      if (!isBlank(v)) {
        if (filledCount === 0) {
          first = v;
          firstCol = c;
        }
        filledCount++;
      }
    }
    if (filledCount === 0) continue;
    const receivedCell = cellAt(cells, ix.received);
    // A header has words where the receipt column has dates: the costly folding runs only for such rows.
    const receivedWords = typeof receivedCell === 'string' && !hasDigit(receivedCell);
    const receivedBlank = !receivedWords && isBlank(receivedCell);
    if (filledCount > 1 && (receivedWords || receivedBlank)) {
      const found = headerOfRow(cells);
      if (found) {
        meetHeader(found);
        continue;
      }
    }
    if (refused) {
      if (filledCount > 1 && !isTotalRow(first)) {
        if (refused.rows++ === 0) refused.firstRow = rowNo;
        refused.lastRow = rowNo;
        rowsRead++;
      }
      continue;
    }
    if (receivedWords && isHeaderRepeat(receivedCell)) {
      // Exports printed page by page repeat the header row: not a case, said once.
      if (headerRepeats.count++ === 0) headerRepeats.firstRow = rowNo;
      continue;
    }
    if (receivedBlank) {
      if (isTotalRow(first)) continue;
      if (filledCount === 1) {
        if (isLoneCode(first, firstCol === ix.code)) {
          // A case code alone: a case whose other cells were lost, never a unit.
          rowsRead++;
          issues.push({
            sheet: grid.name,
            row: rowNo,
            column: letter(firstCol),
            severity: 'error',
            message: `Dòng chỉ có mã hồ sơ «${shorten(readText(first))}», không có ngày tiếp nhận, đơn vị hay dữ liệu nào khác; dòng này bị bỏ qua.`,
          });
          continue;
        }
      }
      // A group row may carry its number («II», «1.») or a count («2 hồ sơ») beside the name.
      const named = filledCount === 1 ? (typeof first === 'string' ? { text: first, col: firstCol } : null) : nameBesideTokens(cells);
      if (named) {
        const marker = { row: rowNo, column: letter(named.col), text: readText(named.text) ?? '', rows: 0 };
        if (isNote(named.text)) {
          endNote();
          note = marker;
        } else {
          // QĐ 766 lists put each agency's name in a merged row above its cases.
          endGroup();
          group = marker;
        }
        continue;
      }
    }
    rowsRead++;
    // Only under a group or note row does a blank unit cell need counting.
    const unitBlank = (group !== null || note !== null) && isBlank(cellAt(cells, ix.unit));
    if (unitBlank && note) note.rows++;
    try {
      const record = readRow(cells, ix, label, grid.name, rowNo, group ? group.text : null, calendar, unknownWord, warn, dateOf);
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
      if (unitBlank && group) group.rows++;
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      issues.push({ sheet: grid.name, row: rowNo, column: col(e.field), message: e.message, severity: 'error' });
    }
  }
  endGroup();
  endRefused();

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
    newDue: at(m.newDue), completed: at(m.completed), status: at(m.status), channel: at(m.channel), handler: at(m.handler), level: at(m.level),
    district: at(m.district), processingDays: at(m.processingDays), stepLate: at(m.stepLate), supplements: at(m.supplements),
    agenciesContacted: at(m.agenciesContacted), complaint: at(m.complaint), synced: at(m.synced), hasFee: at(m.hasFee),
    paidOnline: at(m.paidOnline), digitisedFile: at(m.digitisedFile), digitisedResult: at(m.digitisedResult),
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

/** A QĐ 766 column: null without the column; a blank cell in it is «no» (exports mark only the yes cases). */
function serviceFlag(field: CaseField, cells: CellValue[], index: number, read: (v: CellValue) => Read<boolean>, warn: (f: CaseField, m: string) => void, label: Label): boolean | null {
  if (index < 0) return null;
  const v = cells[index] ?? null;
  return isBlank(v) ? false : optional(field, v, read, warn, label);
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
  readDate: DateReader,
): CaseRecord {
  const unitCell = cellAt(cells, ix.unit);
  if (isCellError(unitCell)) throw new RowError('unit', `${label('unit')}: ${errorReason(unitCell)}; dòng này bị bỏ qua.`);
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
  if ((status === 'open' || status === 'paused') && completed) {
    // A paused case with a completion date is judged by the date like any open one, and is not paused.
    warn('status', `Trạng thái «${shorten(readText(statusCell))}» nhưng đã có ngày trả kết quả; tính theo ngày trả kết quả.`);
  }
  if (completed && completed.day < received.day) {
    throw new RowError('completed', 'Ngày trả kết quả trước ngày tiếp nhận; dòng này bị bỏ qua.');
  }

  let due = readDue(cellAt(cells, ix.due), cellAt(cells, ix.processingDays), label, received, calendar, readDate);
  let newDue = ix.newDue < 0 ? null : optional('newDue', cells[ix.newDue] ?? null, readDate, warn, label);
  if (!due && newDue) {
    // The only deadline the row gives; the case still counts as re-appointed.
    due = newDue;
    warn(ix.due >= 0 ? 'due' : 'newDue', `Thiếu hạn xử lý ban đầu: dùng ngày hẹn trả mới ${formatVn(newDue.day)} làm hạn, nên nếu hồ sơ trễ so với hạn ban đầu thì vẫn có thể được tính đúng hạn.`);
  } else if (!due && status !== 'withdrawn') {
    throw new RowError('due', 'Thiếu hạn xử lý (và không có thời hạn giải quyết để tính); dòng này bị bỏ qua.');
  } else if (due && newDue && !isAfter(newDue, due)) {
    // The due date copied by the system is no extension; an earlier one makes no sense.
    if (isAfter(due, newDue)) warn('newDue', `${label('newDue')} ${formatVn(newDue.day)} trước hạn xử lý ${formatVn(due.day)}; không tính là hẹn lại.`);
    newDue = null;
  }
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
    newDue,
    completed,
    status,
    channel,
    handler: readText(cellAt(cells, ix.handler)),
    levelHint: isBlank(levelCell) ? null : levelOfText(cellText(levelCell)),
    districtHint: readText(cellAt(cells, ix.district)),
    stepLate: optional('stepLate', cellAt(cells, ix.stepLate), readFlag, warn, label),
    supplements: optional('supplements', cellAt(cells, ix.supplements), readCount, warn, label),
    agenciesContacted: optional('agenciesContacted', cellAt(cells, ix.agenciesContacted), readCount, warn, label),
    complaintUpheld: optional('complaint', cellAt(cells, ix.complaint), readFlag, warn, label),
    synced: serviceFlag('synced', cells, ix.synced, readYesNo, warn, label),
    hasFee: serviceFlag('hasFee', cells, ix.hasFee, readAmountOrFlag, warn, label),
    paidOnline: serviceFlag('paidOnline', cells, ix.paidOnline, readAmountOrFlag, warn, label),
    digitisedFile: serviceFlag('digitisedFile', cells, ix.digitisedFile, readYesNo, warn, label),
    digitisedResult: serviceFlag('digitisedResult', cells, ix.digitisedResult, readYesNo, warn, label),
  };
}

/** The original deadline in the data, else N working days after receipt; null when neither is given. */
function readDue(
  dueCell: CellValue,
  daysCell: CellValue,
  label: Label,
  received: DateTimeValue,
  calendar: WorkCalendar,
  readDate: DateReader,
): DateTimeValue | null {
  if (!isBlank(dueCell)) return must('due', readDate(dueCell), label);
  if (!isBlank(daysCell)) {
    const days = must('processingDays', readCount(daysCell), label);
    return { day: calendar.addWorkingDays(received.day, days), minutes: null };
  }
  return null;
}

/** Later as the status rules compare (RULES.md §3): by day, and by minute only when both carry a time. */
function isAfter(a: DateTimeValue, b: DateTimeValue): boolean {
  return a.day > b.day || (a.day === b.day && a.minutes !== null && b.minutes !== null && a.minutes > b.minutes);
}

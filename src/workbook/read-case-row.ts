/**
 * One case row into a CaseRecord: required cells refuse the row (RowError), optional ones that can't be
 * read are warned about and left out (RULES.md §2).
 */
import type { CaseRecord } from '../domain/cases';
import type { WorkCalendar } from '../domain/calendar/work-calendar';
import { formatVn, type DateTimeValue } from '../domain/dates';
import { parseLevel } from '../domain/units';
import { cellText, isCellError, type CellValue } from './cells';
import { errorReason, isBlank, memoByText, readChannel, readCount, readFlag, readStatus, readText, type DateReader, type Read } from './cell-values';
import { cellAt, type Columns } from './case-columns';
import type { CaseField } from './columns';
import { readAmountOrFlag, readYesNo } from './service-flags';

/** Thrown for one row: the row is skipped and the message reported at this column. */
export class RowError extends Error {
  constructor(readonly field: CaseField, message: string) {
    super(message);
  }
}

/** What reading a row needs from the table around it (the header in force, where messages go). */
export interface RowContext {
  readonly sheet: string;
  readonly ix: Columns;
  readonly calendar: WorkCalendar;
  readonly readDate: DateReader;
  /** The column's name as the user's sheet heads it. */
  label(field: CaseField): string;
  /** A warning at this row, in the field's column. */
  warn(field: CaseField, message: string): void;
  /** A status or channel word not recognised, tallied and reported once per word. */
  unknownWord(field: CaseField, word: string): void;
}

/** A cell's text quoted in a message: at most 80 characters (a pasted document can fill a cell). */
export function shorten(text: string | null): string {
  if (text === null) return '';
  return text.length > 80 ? `${text.slice(0, 80)}… (${text.length.toLocaleString('vi-VN')} ký tự)` : text;
}

const levelOfText = memoByText(parseLevel);

/** The case in `cells` (sheet row `row`); a blank unit cell takes `groupUnit`, the group row's name. */
export function readCaseRow(cells: CellValue[], row: number, groupUnit: string | null, ctx: RowContext): CaseRecord {
  const { ix, readDate } = ctx;
  const unitCell = cellAt(cells, ix.unit);
  if (isCellError(unitCell)) throw new RowError('unit', `${ctx.label('unit')}: ${errorReason(unitCell)}; dòng này bị bỏ qua.`);
  const unit = readText(unitCell) ?? groupUnit;
  if (!unit) throw new RowError('unit', 'Thiếu tên đơn vị giải quyết; dòng này bị bỏ qua.');
  const receivedCell = cellAt(cells, ix.received);
  if (isBlank(receivedCell)) throw new RowError('received', 'Thiếu ngày tiếp nhận; dòng này bị bỏ qua.');
  const received = must('received', readDate(receivedCell), ctx);
  const completedCell = cellAt(cells, ix.completed);
  const completed = isBlank(completedCell) ? null : must('completed', readDate(completedCell), ctx);

  const statusCell = cellAt(cells, ix.status);
  const status = readStatus(statusCell);
  if (status === 'unknown' && !isBlank(statusCell)) ctx.unknownWord('status', readText(statusCell) ?? '');
  if ((status === 'done' || status === 'returned') && !completed) {
    throw new RowError('completed', `Trạng thái «${shorten(readText(statusCell))}» nhưng không có ngày trả kết quả; dòng này bị bỏ qua.`);
  }
  if ((status === 'open' || status === 'paused') && completed) {
    // A paused case with a completion date is judged by the date like any open one, and is not paused.
    ctx.warn('status', `Trạng thái «${shorten(readText(statusCell))}» nhưng đã có ngày trả kết quả; tính theo ngày trả kết quả.`);
  }
  if (completed && completed.day < received.day) {
    throw new RowError('completed', 'Ngày trả kết quả trước ngày tiếp nhận; dòng này bị bỏ qua.');
  }

  let due = readDue(cellAt(cells, ix.due), cellAt(cells, ix.processingDays), received, ctx);
  let newDue = ix.newDue < 0 ? null : optional('newDue', cells[ix.newDue] ?? null, readDate, ctx);
  if (!due && newDue) {
    // The only deadline the row gives; the case still counts as re-appointed.
    due = newDue;
    ctx.warn(ix.due >= 0 ? 'due' : 'newDue', `Thiếu hạn xử lý ban đầu: dùng ngày hẹn trả mới ${formatVn(newDue.day)} làm hạn, nên nếu hồ sơ trễ so với hạn ban đầu thì vẫn có thể được tính đúng hạn.`);
  } else if (!due && status !== 'withdrawn') {
    throw new RowError('due', 'Thiếu hạn xử lý (và không có thời hạn giải quyết để tính); dòng này bị bỏ qua.');
  } else if (due && newDue && !isAfter(newDue, due)) {
    // The due date copied by the system is no extension; an earlier one makes no sense.
    if (isAfter(due, newDue)) ctx.warn('newDue', `${ctx.label('newDue')} ${formatVn(newDue.day)} trước hạn xử lý ${formatVn(due.day)}; không tính là hẹn lại.`);
    newDue = null;
  }
  if (due && due.day < received.day) throw new RowError('due', 'Hạn xử lý trước ngày tiếp nhận; dòng này bị bỏ qua.');

  const channelCell = cellAt(cells, ix.channel);
  const { channel, recognised } = readChannel(channelCell);
  if (!recognised) ctx.unknownWord('channel', readText(channelCell) ?? '');
  const levelCell = cellAt(cells, ix.level);

  return {
    sheet: ctx.sheet,
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
    stepLate: optional('stepLate', cellAt(cells, ix.stepLate), readFlag, ctx),
    supplements: optional('supplements', cellAt(cells, ix.supplements), readCount, ctx),
    agenciesContacted: optional('agenciesContacted', cellAt(cells, ix.agenciesContacted), readCount, ctx),
    complaintUpheld: optional('complaint', cellAt(cells, ix.complaint), readFlag, ctx),
    synced: serviceFlag('synced', cells, ix.synced, readYesNo, ctx),
    hasFee: serviceFlag('hasFee', cells, ix.hasFee, readAmountOrFlag, ctx),
    paidOnline: serviceFlag('paidOnline', cells, ix.paidOnline, readAmountOrFlag, ctx),
    digitisedFile: serviceFlag('digitisedFile', cells, ix.digitisedFile, readYesNo, ctx),
    digitisedResult: serviceFlag('digitisedResult', cells, ix.digitisedResult, readYesNo, ctx),
  };
}

function must<T>(field: CaseField, r: Read<T>, ctx: RowContext): T {
  if (!r.ok) throw new RowError(field, `${ctx.label(field)}: ${r.reason}; dòng này bị bỏ qua.`);
  return r.value;
}

/** An optional column: a blank cell is null; an unreadable one is a warning and null. */
function optional<T>(field: CaseField, v: CellValue, read: (v: CellValue) => Read<T>, ctx: RowContext): T | null {
  if (isBlank(v)) return null;
  const r = read(v);
  if (r.ok) return r.value;
  ctx.warn(field, `${ctx.label(field)}: ${r.reason}; bỏ qua giá trị này.`);
  return null;
}

/** A QĐ 766 column: null without the column; a blank cell in it is «no» (exports mark only the yes cases). */
function serviceFlag(field: CaseField, cells: CellValue[], index: number, read: (v: CellValue) => Read<boolean>, ctx: RowContext): boolean | null {
  if (index < 0) return null;
  const v = cells[index] ?? null;
  return isBlank(v) ? false : optional(field, v, read, ctx);
}

/** The original deadline in the data, else N working days after receipt; null when neither is given. */
function readDue(dueCell: CellValue, daysCell: CellValue, received: DateTimeValue, ctx: RowContext): DateTimeValue | null {
  if (!isBlank(dueCell)) return must('due', ctx.readDate(dueCell), ctx);
  if (!isBlank(daysCell)) {
    const days = must('processingDays', readCount(daysCell), ctx);
    return { day: ctx.calendar.addWorkingDays(received.day, days), minutes: null };
  }
  return null;
}

/** Later as the status rules compare (RULES.md §3): by day, and by minute only when both carry a time. */
function isAfter(a: DateTimeValue, b: DateTimeValue): boolean {
  return a.day > b.day || (a.day === b.day && a.minutes !== null && b.minutes !== null && a.minutes > b.minutes);
}

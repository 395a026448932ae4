/**
 * Reads a case table row by row, holding what a row's meaning depends on: the header in force (a second
 * table pasted below may bring its own column order), the group row whose name blank-unit rows take, a
 * note met since, the rows of a table that can't be read, repeats of the header, the codes seen so far
 * and the words not recognised. Every row that can't be used is reported and skipped (RULES.md §2).
 */
import type { CaseRecord } from '../domain/cases';
import type { WorkCalendar } from '../domain/calendar/work-calendar';
import type { DataIssue } from '../domain/issues';
import { columnLetter, type CellValue, type SheetGrid } from './cells';
import { dateReaderOf, isBlank, readText, type DateReader } from './cell-values';
import { cellAt, columnsOf, type Columns } from './case-columns';
import { describeMissing, FIELD_LABELS, headerKey, matchHeader, missingRequired, type CaseField } from './columns';
import type { ColumnMapping, TableLocation } from './find-table';
import { readCaseRow, RowError, shorten, type RowContext } from './read-case-row';
import { describeChanges, headerOfRow, headerOfTexts, isLoneCode, isNote, isTotalRow, nameBesideTokens, sameColumns, type HeaderOfRow } from './row-kinds';

export type CaseTable = Pick<TableLocation, 'mapping' | 'firstDataRowIndex' | 'headers' | 'headerRowIndex'>;

export interface ReadCasesResult {
  cases: CaseRecord[];
  issues: DataIssue[];
  /** Data rows looked at (blank rows, header, group, note and total rows excluded). */
  rowsRead: number;
  rowsSkipped: number;
}

/** A one-cell row (QĐ 766 group row, note) and the blank-unit rows below it that it concerns. */
interface Marker {
  row: number;
  column: string;
  text: string;
  rows: number;
  /** The name came with a number or count beside it («II», «2 hồ sơ»), not alone in its row. */
  beside: boolean;
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

/** Rows are fed in order with `read`; `finish` adds the messages that sum up several rows. */
export class CaseRowReader implements RowContext {
  readonly sheet: string;
  readonly readDate: DateReader;
  private readonly cases: CaseRecord[] = [];
  private readonly issues: DataIssue[] = [];
  /** See ReadCasesResult. */
  private rowsRead = 0;
  /** The sheet row being read. */
  private rowNo = 0;

  // The header in force: the table's own, until a lower header row with another column order (a second
  // table pasted under the first) takes over for the rows below it.
  private headerRow: number;
  /** As detected or chosen, before a lone new-date column stands in for `due`. */
  private given: ColumnMapping;
  /** What the header's own words name. */
  private named: ColumnMapping;
  private mapping: ColumnMapping = {};
  private headers: readonly string[] = [];
  /** Set with `mapping` by useHeader, and alone for a refused table's header. */
  ix!: Columns;
  private receivedHeader = '';
  private refused: Refused | null = null;
  private readonly headerRepeats = { count: 0, firstRow: 0 };

  /** The QĐ 766 group row whose name blank-unit rows take, and a note row met since (not a unit). */
  private group: Marker | null = null;
  private note: Marker | null = null;

  // Codes seen so far; the rows they came from are looked up only once a duplicate turns up (a Set is
  // twice as fast as a Map on 200 000 distinct codes, and duplicates are rare).
  private readonly seenCodes = new Set<string>();
  private codeRows: Map<string, number> | null = null;
  private readonly unknownWords = new Map<string, { firstRow: number; count: number; field: CaseField }>();

  constructor(
    private readonly grid: SheetGrid,
    table: CaseTable,
    readonly calendar: WorkCalendar,
  ) {
    this.sheet = grid.name;
    this.readDate = dateReaderOf(grid);
    this.headerRow = grid.originRow + table.headerRowIndex;
    this.given = table.mapping;
    this.named = headerOfTexts(table.headers)?.mapping ?? {};
    this.useHeader(table.mapping, table.headers);
  }

  /** One row of the table (sheet row `rowNo`), whatever it holds. */
  read(cells: CellValue[], rowNo: number): void {
    this.rowNo = rowNo;
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
    if (filledCount === 0) return;
    const receivedCell = cellAt(cells, this.ix.received);
    // A header has words where the receipt column has dates: the costly folding runs only for such rows.
    const receivedWords = typeof receivedCell === 'string' && !hasDigit(receivedCell);
    const receivedBlank = !receivedWords && isBlank(receivedCell);
    if (filledCount > 1 && (receivedWords || receivedBlank)) {
      const found = headerOfRow(cells);
      if (found) {
        this.meetHeader(found);
        return;
      }
    }
    if (this.refused) {
      if (filledCount > 1 && !isTotalRow(first)) this.countRefused(this.refused);
    } else if (receivedWords && this.isHeaderRepeat(receivedCell)) {
      // Exports printed page by page repeat the header row: not a case, said once.
      this.countHeaderRepeat();
    } else if (!(receivedBlank && this.readOtherRow(cells, filledCount, first, firstCol))) {
      this.readCase(cells);
    }
  }

  /** The messages about several rows, once the last row is read. */
  finish(): ReadCasesResult {
    this.endGroup();
    this.endRefused();
    for (const [key, { firstRow, count, field }] of this.unknownWords) {
      const word = key.slice(field.length + 1);
      const what = field === 'status' ? 'trạng thái' : 'hình thức nộp';
      const treated = field === 'status' ? 'xét theo ngày trả kết quả' : 'tính là nộp trực tiếp';
      this.issues.push({
        sheet: this.sheet,
        row: firstRow,
        column: this.col(field),
        severity: 'warning',
        message: `Không nhận ra ${what} «${shorten(word)}» (${count} dòng, dòng đầu tiên ${firstRow}); đã ${treated}.`,
      });
    }
    const { count, firstRow } = this.headerRepeats;
    if (count > 0) {
      this.issues.push({ sheet: this.sheet, row: firstRow, column: null, severity: 'warning', message: `Bỏ qua ${count} dòng lặp lại tiêu đề bảng (dòng đầu tiên ${firstRow}).` });
    }
    return { cases: this.cases, issues: this.issues, rowsRead: this.rowsRead, rowsSkipped: this.rowsRead - this.cases.length };
  }

  // RowContext: messages name columns as the user's sheet heads them, falling back to our label.
  label(field: CaseField): string {
    const idx = this.mapping[field];
    return (idx !== undefined && this.headers[idx]?.trim()) || FIELD_LABELS[field];
  }

  warn(field: CaseField, message: string): void {
    this.issues.push({ sheet: this.sheet, row: this.rowNo, column: this.col(field), message, severity: 'warning' });
  }

  unknownWord(field: CaseField, word: string): void {
    const key = `${field}:${word}`;
    const seen = this.unknownWords.get(key);
    if (seen) seen.count++;
    else this.unknownWords.set(key, { firstRow: this.rowNo, count: 1, field });
  }

  private letter(index: number): string {
    return columnLetter(this.grid.originCol + index);
  }

  private col(field: CaseField): string {
    return this.letter(this.mapping[field] ?? 0);
  }

  /** A case row; one that can't be read, or repeats a code, is reported at its column and skipped. */
  private readCase(cells: CellValue[]): void {
    this.rowsRead++;
    const { group, note } = this;
    // Only under a group or note row does a blank unit cell need counting.
    const unitBlank = (group !== null || note !== null) && isBlank(cellAt(cells, this.ix.unit));
    if (unitBlank && note) note.rows++;
    try {
      const record = readCaseRow(cells, this.rowNo, group ? group.text : null, this);
      if (record.code) this.checkCode(record.code);
      this.cases.push(record);
      if (unitBlank && group) group.rows++;
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      this.issues.push({ sheet: this.sheet, row: this.rowNo, column: this.col(e.field), message: e.message, severity: 'error' });
    }
  }

  private checkCode(code: string): void {
    if (this.seenCodes.has(code)) {
      const rows = this.codeRows ?? (this.codeRows = codeRowsOf(this.cases));
      throw new RowError('code', `Trùng mã hồ sơ «${shorten(code)}» với dòng ${rows.get(code)}; dòng này bị bỏ qua.`);
    }
    this.seenCodes.add(code);
    this.codeRows?.set(code, this.rowNo);
  }

  /**
   * A row without a receipt date that is no case: a totals line, a case code alone, a group or note row.
   * False when it is a case after all (one whose date is missing, reported as such).
   */
  private readOtherRow(cells: CellValue[], filledCount: number, first: CellValue, firstCol: number): boolean {
    if (isTotalRow(first)) return true;
    if (filledCount === 1 && isLoneCode(first, firstCol === this.ix.code)) {
      // A case code alone: a case whose other cells were lost, never a unit.
      this.rowsRead++;
      this.issues.push({
        sheet: this.sheet,
        row: this.rowNo,
        column: this.letter(firstCol),
        severity: 'error',
        message: `Dòng chỉ có mã hồ sơ «${shorten(readText(first))}», không có ngày tiếp nhận, đơn vị hay dữ liệu nào khác; dòng này bị bỏ qua.`,
      });
      return true;
    }
    // A group row may carry its number («II», «1.») or a count («2 hồ sơ») beside the name.
    const name = filledCount === 1 ? (typeof first === 'string' ? { text: first, col: firstCol } : null) : nameBesideTokens(cells);
    if (!name) return false;
    const marker = { row: this.rowNo, column: this.letter(name.col), text: readText(name.text) ?? '', rows: 0, beside: filledCount > 1 };
    if (isNote(name.text)) {
      this.endNote();
      this.note = marker;
    } else {
      // QĐ 766 lists put each agency's name in a merged row above its cases.
      this.endGroup();
      this.group = marker;
    }
    return true;
  }

  private useHeader(m: ColumnMapping, texts: readonly string[]): void {
    this.mapping = m;
    this.headers = texts;
    if (m.due === undefined && m.processingDays === undefined && m.newDue !== undefined) {
      // Only the new appointment date is given: it is the one deadline there is (RULES.md §2).
      const { newDue, ...rest } = m;
      this.mapping = { ...rest, due: newDue };
      this.issues.push({
        sheet: this.sheet,
        row: this.headerRow,
        column: this.letter(newDue),
        severity: 'warning',
        message: `Không có cột «${FIELD_LABELS.due}» (hạn ban đầu) hay «${FIELD_LABELS.processingDays}»: dùng cột «${this.label('due')}» làm hạn xử lý. Hồ sơ đã có ngày hẹn trả mới có thể được tính đúng hạn dù trễ so với hạn ban đầu, và không đếm được số hồ sơ có hẹn lại.`,
      });
    }
    this.ix = columnsOf(this.mapping);
    this.receivedHeader = this.ix.received >= 0 ? headerKey(this.headers[this.ix.received] ?? '') : '';
  }

  /** A header row met among the data: the page header again, or another table's header. */
  private meetHeader(found: HeaderOfRow): void {
    const rowNo = this.rowNo;
    if (sameColumns(found.mapping, this.given) || sameColumns(found.mapping, this.named)) {
      this.countHeaderRepeat();
      return;
    }
    this.endGroup();
    this.endRefused();
    const before = this.headerRow;
    const changes = describeChanges(this.given, found.mapping, (index) => this.letter(index));
    this.headerRow = rowNo;
    this.given = this.named = found.mapping;
    const missing = missingRequired(found.mapping);
    if (missing.length > 0) {
      this.refused = { row: rowNo, headerRow: before, missing, rows: 0, firstRow: 0, lastRow: 0 };
      // Still located by its own columns, so that its repeats and the next header are recognised.
      this.ix = columnsOf(found.mapping);
      this.receivedHeader = '';
      return;
    }
    this.issues.push({
      sheet: this.sheet,
      row: rowNo,
      column: null,
      severity: 'warning',
      message: `Dòng ${rowNo} là tiêu đề của một bảng khác, thứ tự cột khác tiêu đề ở dòng ${before} (${changes}): các dòng bên dưới được đọc theo tiêu đề này.`,
    });
    this.useHeader(found.mapping, found.texts());
  }

  /**
   * A row holding the receipt column's header words is the header printed again (fewer than three
   * recognised fields: a header's second row, or headers the user mapped by hand).
   */
  private isHeaderRepeat(text: string): boolean {
    const receivedHeader = this.receivedHeader;
    if (!receivedHeader || text.length > 80) return false;
    const key = headerKey(text);
    if (!key) return false;
    return key === receivedHeader || receivedHeader.startsWith(key + ' ') || receivedHeader.endsWith(' ' + key) || matchHeader(key)?.field === 'received';
  }

  private countHeaderRepeat(): void {
    if (this.headerRepeats.count++ === 0) this.headerRepeats.firstRow = this.rowNo;
  }

  private countRefused(refused: Refused): void {
    if (refused.rows++ === 0) refused.firstRow = this.rowNo;
    refused.lastRow = this.rowNo;
    this.rowsRead++;
  }

  private endNote(): void {
    const { note, group } = this;
    if (note && note.rows > 0) {
      const fate = group ? `được tính cho đơn vị «${shorten(group.text)}» của dòng nhóm ở dòng ${group.row}` : 'bị bỏ qua vì thiếu tên đơn vị';
      this.issues.push({
        sheet: this.sheet,
        row: note.row,
        column: note.column,
        severity: 'warning',
        message: `Dòng ${note.row} («${shorten(note.text)}») là dòng ghi chú, không phải tên đơn vị: ${note.rows} dòng bên dưới không có tên đơn vị không lấy tên từ dòng này mà ${fate}.`,
      });
    }
    this.note = null;
  }

  private endGroup(): void {
    this.endNote();
    const group = this.group;
    if (group && group.rows > 0) {
      this.issues.push({
        sheet: this.sheet,
        row: group.row,
        column: group.column,
        severity: 'warning',
        message: `${group.rows} dòng không có tên đơn vị lấy tên đơn vị từ dòng nhóm «${shorten(group.text)}» (dòng ${group.row}).`,
      });
    } else if (group && group.beside) {
      // Read as a numbered group row, but no row took its name: it may be a case row that lost its dates.
      this.issues.push({
        sheet: this.sheet,
        row: group.row,
        column: group.column,
        severity: 'warning',
        message: `Dòng ${group.row} chỉ có «${shorten(group.text)}» và số thứ tự nên được đọc là dòng nhóm, nhưng không dòng nào bên dưới dùng tên này; nếu đây là một hồ sơ thì dòng thiếu ngày tiếp nhận và không được tính.`,
      });
    }
    this.group = null;
  }

  private endRefused(): void {
    if (this.refused && this.refused.rows > 0) {
      const { row, headerRow: before, missing, rows, firstRow, lastRow } = this.refused;
      this.issues.push({
        sheet: this.sheet,
        row,
        column: null,
        severity: 'error',
        message: `Dòng ${row} là tiêu đề của một bảng khác (thứ tự cột khác tiêu đề ở dòng ${before}) nhưng thiếu cột bắt buộc ${describeMissing(missing)}: ${rows} dòng bên dưới (dòng ${firstRow}–${lastRow}) không được đọc. Chuyển bảng này sang sheet riêng hoặc sửa dòng tiêu đề.`,
      });
    }
    this.refused = null;
  }
}

/** The first row of every code among the cases read so far. */
function codeRowsOf(cases: readonly CaseRecord[]): Map<string, number> {
  const rows = new Map<string, number>();
  for (const c of cases) if (c.code && !rows.has(c.code)) rows.set(c.code, c.row);
  return rows;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

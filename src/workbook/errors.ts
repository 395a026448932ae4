/**
 * The errors that stop a run, in one place. Each carries a Vietnamese message the user can act on, shown
 * as is: the CLI exits 2 with it (src/cli/main.ts), the task pane shows it (src/taskpane/errors.ts), and a
 * file under review gets it as its «Không đọc được» reason. Every one is an InputError, so those three
 * places need to know only that class; the subclasses add the place (file, sheet, row, column) for code
 * and tests that want it.
 *
 * A plain `Error` (or RangeError) means a programming error — an invariant of our own code broken, never
 * something the user did — and is reported as an internal fault (exit 3, «lỗi không mong đợi»). Such throws
 * say so in a comment.
 */

/**
 * A problem that stops the run (no usable case table, a bad period, an unreadable file): shown as is.
 * `name` is spelt out in each class: the task pane's bundle renames classes.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** The file itself cannot be read as a workbook: empty, encrypted, an old .xls, a .csv renamed, damaged. */
export class FileFormatError extends InputError {
  /** The file's name as the user gave it; null when only its bytes were at hand. */
  readonly file: string | null;

  constructor(message: string, file: string | null = null) {
    super(message);
    this.name = 'FileFormatError';
    this.file = file;
  }
}

/** Where in the workbook a problem is: a sheet, and a 1-based row and a column letter when known. */
interface SheetPlace {
  sheet: string;
  row?: number | null;
  column?: string | null;
}

/** A problem with one sheet (or a row or cell of it): missing, unreadable, without the required columns. */
export class SheetError extends InputError {
  readonly sheet: string;
  /** 1-based row number as Excel shows it, or null when the problem is not about one row. */
  readonly row: number | null;
  /** Column letter (A, B, … XFD), or null when the problem is not about one column. */
  readonly column: string | null;

  constructor(message: string, place: SheetPlace) {
    super(message);
    this.name = 'SheetError';
    this.sheet = place.sheet;
    this.row = place.row ?? null;
    this.column = place.column ?? null;
  }
}

export interface CaseSheetCandidate {
  sheet: string;
  /** Data rows with a receipt cell filled: what the user recognises as «n hồ sơ». */
  rows: number;
}

/** «Tên» (n dòng): a candidate as the messages name it. */
export const describeCandidate = (c: CaseSheetCandidate): string => `«${c.sheet}» (${c.rows} dòng)`;

/** Several sheets look like the case list and none can be preferred by the rules: the user must choose. */
export class AmbiguousCaseSheets extends InputError {
  constructor(readonly candidates: CaseSheetCandidate[]) {
    super(
      `Có ${candidates.length} sheet giống danh sách hồ sơ: ${candidates.map(describeCandidate).join(', ')}. ` +
        'Các sheet này không cùng cột hoặc có hồ sơ trùng nhau, nên không tự gộp được. Chọn sheet cần chấm (tham số --sheet, có thể nhắc lại để đọc nhiều sheet).',
    );
    this.name = 'AmbiguousCaseSheets';
  }
}

/**
 * A small in-memory Excel behind the subset of Office.js that src/office uses. office-addin-mock has no
 * batching, payload limits, API levels or sheet rules; this fake models what the tests need:
 * - loaded properties exist only after sync, and each sync is one request whose size is measured;
 * - members from ExcelApi 1.8/1.9 throw when the fake runs at a lower level;
 * - a date system (`date1904`) that `workbook.functions.date` answers from, and number formats that
 *   `Range.numberFormat` reads back ('General' where none was set);
 * - strings written to `values` are parsed as Excel parses typed input ('=…' is a formula, "'…" is text);
 * - sheet rules: unique names, no deleting a very hidden or the last visible sheet, and no add of a name
 *   deleted in the same batch (office-js#4998).
 * Writes apply at once rather than at sync, which is equivalent for code that never reads its own writes
 * before syncing.
 */
type Value = string | number | boolean;

/** Per-operation overhead in a request (object path + action), beyond the arguments. */
const OPERATION_BYTES = 200;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  calcSuspended: boolean;
  screenSuspended: boolean;
}

export interface FormatOp {
  sheet: FakeSheet;
  address: string;
  path: string;
  value: unknown;
}

export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/**
 * Size of a value on the wire, with every non-ASCII character escaped as \uXXXX. The escaped JSON is pure
 * ASCII, so its length is its byte count (no Buffer: test/e2e/office-sim.ts runs this fake in a browser).
 */
export function wireBytes(value: unknown): number {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).length;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function colLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const EXCEL_MAX_ROWS = 1_048_576;
const EXCEL_MAX_COLS = 16_384;
export const WEB_PAYLOAD_LIMIT = 5_000_000;

export class FakeExcel {
  readonly syncs: SyncRecord[] = [];
  readonly sheets: FakeSheet[] = [];
  readonly formatOps: FormatOp[] = [];
  /** Sync numbers (1-based) that fail with the given error, after the batch's operations ran. */
  readonly failures = new Map<number, Error>();
  structureProtected = false;
  /** The workbook counts dates from 1904 (Excel's «Use 1904 date system»). */
  date1904 = false;
  /** When set, every sync whose batch calls a workbook function fails with it, nothing loaded (office-js#6112). */
  functionsFailure: Error | null = null;
  /** When set, what every workbook function answers instead of computing (a #VALUE! from a broken build). */
  functionAnswer: { value: number | null; error: string | null } | null = null;
  /** Workbook function calls made, as 'DATE(1904,1,1)'. */
  readonly functionCalls: string[] = [];
  active!: FakeSheet;
  recalculations = 0;

  readonly workbook = new FakeWorkbook(this);
  readonly application = new FakeApplication(this);
  private batch = { bytes: 0, operations: 0, calcSuspended: false, screenSuspended: false, functions: false };
  private loads: (() => number)[] = [];
  deletedThisBatch = new Set<string>();

  constructor(readonly api = 1.9) {}

  get context(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }

  addSheet(name: string, options: { rows?: Value[][]; at?: string; visibility?: FakeSheet['visibility'] } = {}): FakeSheet {
    const sheet = new FakeSheet(this, name, options.visibility ?? 'Visible');
    if (options.rows) sheet.seed(options.rows, options.at ?? 'A1');
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  get names(): string[] {
    return this.sheets.map((s) => s.name);
  }

  async sync(): Promise<void> {
    // Excel stops at the failing function call: the batch's loads never arrive.
    const functionsFail = this.batch.functions && this.functionsFailure !== null;
    const responseBytes = functionsFail ? 0 : this.loads.reduce((sum, resolve) => sum + resolve(), 0);
    const record = { requestBytes: this.batch.bytes, responseBytes, operations: this.batch.operations, calcSuspended: this.batch.calcSuspended, screenSuspended: this.batch.screenSuspended };
    this.syncs.push(record);
    this.batch = { bytes: 0, operations: 0, calcSuspended: false, screenSuspended: false, functions: false };
    this.loads = [];
    this.deletedThisBatch = new Set();
    // Excel's own failures are OfficeExtension.Error-shaped objects, not Error instances.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (functionsFail) throw this.functionsFailure;
    // Excel on the web's limits (the request check comes late: the fake has already applied the writes).
    if (record.requestBytes > WEB_PAYLOAD_LIMIT) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'Request payload size exceeded the limit.');
    if (record.responseBytes > WEB_PAYLOAD_LIMIT) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'Response payload size exceeded the limit.');
    const failure = this.failures.get(this.syncs.length);
    if (failure) throw failure;
  }

  op(argumentBytes = 0): void {
    this.batch.operations++;
    this.batch.bytes += OPERATION_BYTES + argumentBytes;
  }

  onSync(resolve: () => number): void {
    this.loads.push(resolve);
  }

  requires(version: number, member: string): void {
    if (this.api < version) throw new TypeError(`${member} is not available below ExcelApi ${version}`);
  }

  suspendCalc(): void {
    this.batch.calcSuspended = true;
  }

  callFunction(call: string): void {
    this.op(call.length);
    this.batch.functions = true;
    this.functionCalls.push(call);
  }

  suspendScreen(): void {
    this.batch.screenSuspended = true;
  }
}

/** Loaded-property bookkeeping: reading before load + sync throws, as the real API does. */
class Loadable {
  private loaded = false;

  constructor(protected readonly book: FakeExcel) {}

  load(_properties?: string): this {
    this.book.op();
    this.book.onSync(() => {
      this.loaded = true;
      return this.resolve();
    });
    return this;
  }

  /** Snapshot the loaded state at sync; returns the response bytes. */
  protected resolve(): number {
    return 0;
  }

  protected need(): void {
    if (!this.loaded) throw new Error('PropertyNotLoaded: call load() and sync() first');
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;

  constructor(private readonly book: FakeExcel) {
    this.worksheets = new FakeWorksheets(book);
  }

  /** ExcelApi 1.2. Only DATE, which is what src/office asks. */
  get functions(): { date(year: number, month: number, day: number): FakeFunctionResult } {
    return {
      date: (year, month, day) => {
        this.book.callFunction(`DATE(${year},${month},${day})`);
        return new FakeFunctionResult(this.book, () => this.book.functionAnswer ?? { value: excelDate(year, month, day, this.book.date1904), error: null });
      },
    };
  }

  getSelectedRanges(): FakeAddress {
    this.book.requires(1.9, 'Workbook.getSelectedRanges');
    const sheet = this.book.active;
    return new FakeAddress(this.book, () => sheet.selection.split(',').map((a) => `${sheet.quotedName}!${a.trim()}`).join(', '));
  }

  getActiveCell(): FakeAddress {
    const sheet = this.book.active;
    return new FakeAddress(this.book, () => `${sheet.quotedName}!${sheet.selection.split(/[:,]/)[0]}`);
  }

  get protection(): FakeProtection {
    return new FakeProtection(this.book);
  }
}

class FakeAddress extends Loadable {
  private value = '';

  constructor(book: FakeExcel, private readonly compute: () => string) {
    super(book);
  }

  protected override resolve(): number {
    this.value = this.compute();
    return this.value.length;
  }

  get address(): string {
    this.need();
    return this.value;
  }
}

/** Excel's DATE in the workbook's date system, for years 1904–9999. */
function excelDate(year: number, month: number, day: number, date1904: boolean): number {
  const days = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return date1904 ? days - 1462 : days;
}

class FakeFunctionResult extends Loadable {
  private answer: { value: number | null; error: string | null } = { value: null, error: null };

  constructor(book: FakeExcel, private readonly compute: () => { value: number | null; error: string | null }) {
    super(book);
  }

  protected override resolve(): number {
    this.answer = this.compute();
    return wireBytes(this.answer);
  }

  get value(): number | null {
    this.need();
    return this.answer.value;
  }

  get error(): string | null {
    this.need();
    return this.answer.error;
  }
}

class FakeProtection extends Loadable {
  get protected(): boolean {
    this.need();
    return this.book.structureProtected;
  }
}

class FakeApplication {
  constructor(private readonly book: FakeExcel) {}

  suspendApiCalculationUntilNextSync(): void {
    this.book.op();
    this.book.suspendCalc();
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.book.requires(1.9, 'Application.suspendScreenUpdatingUntilNextSync');
    this.book.op();
    this.book.suspendScreen();
  }

  calculate(type: string): void {
    this.book.op(type.length);
    this.book.recalculations++;
  }
}

class FakeWorksheets extends Loadable {
  private snapshot: FakeSheet[] = [];

  get items(): FakeSheet[] {
    this.need();
    return this.snapshot;
  }

  protected override resolve(): number {
    this.snapshot = [...this.book.sheets];
    return wireBytes(this.snapshot.map((s) => ({ name: s.name, visibility: s.visibility })));
  }

  getItem(name: string): FakeSheet {
    this.book.op(name.length);
    const sheet = this.book.sheet(name);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
    return sheet;
  }

  getActiveWorksheet(): FakeSheet {
    this.book.op();
    return this.book.active;
  }

  add(name: string): FakeSheet {
    this.book.op(name.length);
    if (this.book.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} exists`);
    if (this.book.deletedThisBatch.has(name.toUpperCase())) throw new FakeOfficeError('GeneralException', `add(${name}) after delete in one batch`);
    if (this.book.structureProtected) throw new FakeOfficeError('AccessDenied', 'Workbook structure is protected');
    return this.book.addSheet(name);
  }
}

export class FakeSheet extends Loadable {
  /** rows[r][c], 0-based from A1; undefined is an empty cell. */
  cells: (Value | undefined)[][] = [];
  readonly numberFormats = new Map<string, string>();
  readonly quotePrefixed = new Set<string>();
  readonly formulas: string[] = [];
  readonly merges: string[] = [];
  /** Charts added through `charts.add`, in order. */
  readonly addedCharts: FakeChart[] = [];
  readonly columnWidths: { columns: string; points: number }[] = [];
  frozen: { rows: number; cols: number } | undefined;
  readonly layout: Record<string, unknown> = {};
  /** Addresses given to horizontalPageBreaks.add, in order: the first cell under each manual page break. */
  readonly pageBreaks: string[] = [];
  selection = 'A1';

  constructor(book: FakeExcel, private sheetName: string, private sheetVisibility: 'Visible' | 'Hidden' | 'VeryHidden') {
    super(book);
  }

  /** Gives every cell of `address` ('F2:H40') a number format, as the user would in Excel. */
  formatCells(address: string, format: string): void {
    const [from, to = from] = address.split(':');
    const a = parseCell(from);
    const b = parseCell(to);
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) this.numberFormats.set(`${r},${c}`, format);
  }

  seed(rows: Value[][], at: string): void {
    const { row, col } = parseCell(at);
    rows.forEach((values, r) => {
      const target = (this.cells[row - 1 + r] ??= []);
      values.forEach((v, c) => {
        if (v !== '') target[col - 1 + c] = v;
      });
    });
  }

  get quotedName(): string {
    return /^[A-Za-z0-9_]+$/.test(this.sheetName) ? this.sheetName : `'${this.sheetName.replace(/'/g, "''")}'`;
  }

  value(row: number, col: number): Value | undefined {
    return this.cells[row - 1]?.[col - 1];
  }

  get name(): string {
    return this.sheetName;
  }

  set name(name: string) {
    this.book.op(name.length);
    const clash = this.book.sheet(name);
    if (clash && clash !== this) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} exists`);
    this.sheetName = name;
  }

  get visibility(): 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.sheetVisibility;
  }

  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.book.op();
    if (v !== 'Visible' && this.book.sheets.filter((s) => s !== this && s.visibility === 'Visible').length === 0) {
      throw new FakeOfficeError('InvalidOperation', 'A workbook must keep one visible sheet');
    }
    this.sheetVisibility = v;
  }

  delete(): void {
    this.book.op();
    if (this.sheetVisibility === 'VeryHidden') throw new FakeOfficeError('GeneralException', 'There was an internal error while processing the request.');
    if (this.book.sheets.filter((s) => s !== this && s.visibility === 'Visible').length === 0) {
      throw new FakeOfficeError('InvalidOperation', 'Cannot delete the last visible sheet');
    }
    this.book.sheets.splice(this.book.sheets.indexOf(this), 1);
    this.book.deletedThisBatch.add(this.sheetName.toUpperCase());
    if (this.book.active === this) this.book.active = this.book.sheets.find((s) => s.visibility === 'Visible')!;
  }

  activate(): void {
    this.book.op();
    if (this.sheetVisibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Cannot activate a hidden sheet');
    this.book.active = this;
  }

  getRange(address: string): FakeRange {
    this.book.op(address.length);
    const columns = /^([A-Z]+):([A-Z]+)$/.exec(address);
    if (columns) {
      const left = colNumber(columns[1]);
      return new FakeRange(this.book, this, 0, left - 1, EXCEL_MAX_ROWS, colNumber(columns[2]) - left + 1);
    }
    const rows = /^(\d+):(\d+)$/.exec(address);
    if (rows) return new FakeRange(this.book, this, Number(rows[1]) - 1, 0, Number(rows[2]) - Number(rows[1]) + 1, EXCEL_MAX_COLS);
    const [from, to = from] = address.split(':');
    const a = parseCell(from);
    const b = parseCell(to);
    return new FakeRange(this.book, this, a.row - 1, a.col - 1, b.row - a.row + 1, b.col - a.col + 1);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.book.op(20);
    return new FakeRange(this.book, this, row, col, rows, cols);
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeUsedRange {
    this.book.op();
    return new FakeUsedRange(this.book, this);
  }

  get freezePanes(): { freezeRows(n: number): void; freezeColumns(n: number): void; freezeAt(r: FakeRange): void } {
    return {
      freezeRows: (n) => this.freeze(n, 0),
      freezeColumns: (n) => this.freeze(0, n),
      freezeAt: (r) => this.freeze(r.rowCount, r.columnCount),
    };
  }

  /** ExcelApi 1.1: `add` makes a chart over a range (see FakeChart). */
  get charts(): { add(type: string, source: FakeRange, seriesBy: string): FakeChart } {
    return {
      add: (type, source, seriesBy) => {
        this.book.op(type.length + seriesBy.length);
        const chart = new FakeChart(this.book, type, source, seriesBy);
        this.addedCharts.push(chart);
        return chart;
      },
    };
  }

  get pageLayout(): Record<string, unknown> {
    this.book.requires(1.9, 'Worksheet.pageLayout');
    const layout = this.layout;
    return new Proxy(layout, {
      get: (_t, prop: string) => {
        if (prop === 'setPrintTitleRows') return (rows: string) => this.setLayout('printTitleRows', rows);
        return prop === 'headersFooters' ? this.layoutPart(prop) : layout[prop];
      },
      set: (_t, prop: string, value) => {
        this.setLayout(prop, value);
        return true;
      },
    });
  }

  /** ExcelApi 1.9: each add is one operation. */
  get horizontalPageBreaks(): { add(at: string): void } {
    this.book.requires(1.9, 'Worksheet.horizontalPageBreaks');
    return {
      add: (at) => {
        this.book.op(at.length);
        this.pageBreaks.push(at);
      },
    };
  }

  /** A nested part of pageLayout (headersFooters.firstPage…): what is set is kept under its dotted path. */
  private layoutPart(path: string): Record<string, unknown> {
    return new Proxy({}, {
      get: (_t, prop: string) => this.layoutPart(`${path}.${prop}`),
      set: (_t, prop: string, value) => {
        this.setLayout(`${path}.${prop}`, value);
        return true;
      },
    });
  }

  private setLayout(prop: string, value: unknown): void {
    this.book.op(wireBytes(value));
    this.layout[prop] = value;
  }

  private freeze(rows: number, cols: number): void {
    this.book.op();
    this.frozen = { rows, cols };
  }
}

class FakeUsedRange extends Loadable {
  private box: { top: number; left: number; bottom: number; right: number } | null = null;

  constructor(book: FakeExcel, private readonly sheet: FakeSheet) {
    super(book);
  }

  protected override resolve(): number {
    let box: typeof this.box = null;
    this.sheet.cells.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === undefined) return;
        box = box
          ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) }
          : { top: r, left: c, bottom: r, right: c };
      }),
    );
    this.box = box;
    return 100;
  }

  get isNullObject(): boolean {
    this.need();
    return this.box === null;
  }

  private get used(): NonNullable<FakeUsedRange['box']> {
    this.need();
    if (!this.box) throw new Error('null object');
    return this.box;
  }

  get address(): string {
    const b = this.used;
    return `${this.sheet.quotedName}!${colLetters(b.left + 1)}${b.top + 1}:${colLetters(b.right + 1)}${b.bottom + 1}`;
  }

  get rowCount(): number {
    return this.used.bottom - this.used.top + 1;
  }

  get columnCount(): number {
    return this.used.right - this.used.left + 1;
  }
}

export class FakeRange extends Loadable {
  private loadedValues: Value[][] | null = null;
  private loadedFormats: string[][] | null = null;
  private withFormats = false;

  constructor(book: FakeExcel, private readonly sheet: FakeSheet, readonly top: number, readonly left: number, readonly rowCount: number, readonly columnCount: number) {
    super(book);
  }

  get address(): string {
    const end = `${colLetters(this.left + this.columnCount)}${this.top + this.rowCount}`;
    return `${colLetters(this.left + 1)}${this.top + 1}:${end}`;
  }

  /** Values always; number formats only when asked for, as their payload counts. */
  override load(properties?: string): this {
    this.withFormats = (properties ?? '').split(',').some((p) => p.trim() === 'numberFormat');
    return super.load(properties);
  }

  protected override resolve(): number {
    this.loadedValues = [];
    for (let r = 0; r < this.rowCount; r++) {
      const row = this.sheet.cells[this.top + r];
      const out: Value[] = [];
      for (let c = 0; c < this.columnCount; c++) out.push(row?.[this.left + c] ?? '');
      this.loadedValues.push(out);
    }
    this.loadedFormats = null;
    if (!this.withFormats) return wireBytes(this.loadedValues);
    this.loadedFormats = this.loadedValues.map((row, r) =>
      row.map((_, c) => this.sheet.numberFormats.get(`${this.top + r + 1},${this.left + c + 1}`) ?? 'General'),
    );
    return wireBytes(this.loadedValues) + wireBytes(this.loadedFormats);
  }

  get values(): Value[][] {
    this.need();
    return this.loadedValues!;
  }

  get numberFormat(): string[][] {
    this.need();
    if (!this.loadedFormats) throw new Error('PropertyNotLoaded: numberFormat was not loaded');
    return this.loadedFormats;
  }

  set values(values: Value[][]) {
    this.book.op(wireBytes(values));
    this.checkShape(values);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const target = (this.sheet.cells[this.top + r] ??= []);
        target[this.left + c] = this.typed(v, this.top + r, this.left + c);
      }),
    );
  }

  set numberFormat(formats: (string | null)[][]) {
    this.book.op(wireBytes(formats));
    this.checkShape(formats);
    formats.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f !== null) this.sheet.numberFormats.set(`${this.top + r + 1},${this.left + c + 1}`, f);
      }),
    );
  }

  get format(): Record<string, unknown> {
    return this.recorder('');
  }

  /** ExcelApi 1.8; rule and prompt are recorded like format properties. */
  get dataValidation(): Record<string, unknown> {
    this.book.requires(1.8, 'Range.dataValidation');
    return this.recorder('dataValidation.');
  }

  merge(_across?: boolean): void {
    this.book.op();
    this.sheet.merges.push(this.address);
  }

  select(): void {
    this.book.op();
    this.book.active = this.sheet;
    this.sheet.selection = this.address.replace(/^([A-Z]+\d+):\1$/, '$1');
  }

  /** Excel's parsing of typed input, the part that matters here. */
  private typed(v: Value, r: number, c: number): Value | undefined {
    if (typeof v !== 'string') return v;
    if (v === '') return undefined;
    if (v.startsWith("'")) {
      this.sheet.quotePrefixed.add(`${r + 1},${c + 1}`);
      return v.slice(1);
    }
    if (/^[=+-]/.test(v)) {
      this.sheet.formulas.push(`${colLetters(c + 1)}${r + 1}: ${v}`);
      return '#NAME?';
    }
    if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
    if (/^(TRUE|FALSE)$/i.test(v)) return v.toUpperCase() === 'TRUE';
    return v;
  }

  private checkShape(values: unknown[][]): void {
    if (values.length !== this.rowCount || values.some((row) => row.length !== this.columnCount)) {
      throw new FakeOfficeError('InvalidArgument', `Array of ${values.length} rows does not fit ${this.address}`);
    }
  }

  /** Range.format and below: every property set is one operation, recorded with its path. */
  private recorder(path: string): Record<string, unknown> {
    return new Proxy({}, {
      get: (_t, prop: string) => (prop === 'getItem' ? (item: string) => this.recorder(`${path}${item}.`) : this.recorder(`${path}${prop}.`)),
      set: (_t, prop: string, value) => {
        this.book.op(wireBytes(value));
        this.book.formatOps.push({ sheet: this.sheet, address: this.address, path: `${path}${prop}`, value });
        if (prop === 'columnWidth') this.sheet.columnWidths.push({ columns: `${colLetters(this.left + 1)}:${colLetters(this.left + this.columnCount)}`, points: value as number });
        return true;
      },
    });
  }
}

function parseCell(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new FakeOfficeError('InvalidArgument', `Bad cell reference ${ref}`);
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

/**
 * A chart as `worksheet.charts.add` makes it: one series per column ('Columns') or row ('Rows') of the
 * source after the first, which holds the categories — Excel's reading of a block whose first column or row
 * is text. What is set (title.text, axes.valueAxis.maximum…) is kept under its dotted path, one operation
 * each; `reversePlotOrder` needs ExcelApi 1.7.
 */
export class FakeChart {
  readonly props: Record<string, unknown> = {};
  readonly seriesNames: (string | undefined)[];
  position: [string, string | undefined] | null = null;

  constructor(private readonly book: FakeExcel, readonly type: string, readonly source: FakeRange, readonly seriesBy: string) {
    const count = seriesBy === 'Rows' ? source.rowCount - 1 : source.columnCount - 1;
    this.seriesNames = new Array<string | undefined>(Math.max(count, 0)).fill(undefined);
  }

  get title(): Record<string, unknown> {
    return this.part('title');
  }

  get format(): Record<string, unknown> {
    return this.part('format');
  }

  get axes(): Record<string, unknown> {
    return this.part('axes');
  }

  get legend(): Record<string, unknown> {
    return this.part('legend');
  }

  get dataLabels(): Record<string, unknown> {
    return this.part('dataLabels');
  }

  get series(): { getItemAt(i: number): { name: string | undefined } } {
    return {
      getItemAt: (i) => {
        this.book.op();
        if (i < 0 || i >= this.seriesNames.length) throw new FakeOfficeError('ItemNotFound', `The chart has no series ${i}`);
        const names = this.seriesNames;
        return {
          get name() {
            return names[i];
          },
          set name(name) {
            names[i] = name;
          },
        };
      },
    };
  }

  setPosition(startCell: string, endCell?: string): void {
    this.book.op(startCell.length + (endCell?.length ?? 0));
    this.position = [startCell, endCell];
  }

  private part(path: string): Record<string, unknown> {
    return new Proxy({}, {
      get: (_t, prop: string) => this.part(`${path}.${prop}`),
      set: (_t, prop: string, value) => {
        if (prop === 'reversePlotOrder') this.book.requires(1.7, 'ChartAxis.reversePlotOrder');
        this.book.op(wireBytes(value));
        this.props[`${path}.${prop}`] = value;
        return true;
      },
    });
  }
}

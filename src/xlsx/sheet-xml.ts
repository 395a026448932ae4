/**
 * Worksheet XML for a result sheet. Strings are written inline so the workbook's shared-string table
 * (which the user's sheets index into) stays untouched; elements follow the CT_Worksheet schema order,
 * which Excel enforces.
 */
import { cellText, columnLetter, type CellValue } from '../workbook/cells';
import { PAGE_NUMBER_FIELD, type CellStyle, type DataValidation, type Merge, type ModelCell, type PrintSetup, type SheetModel } from '../workbook/sheet-model';
import { EXCEL_MAX_COLS as MAX_COLS, EXCEL_MAX_ROWS as MAX_ROWS } from '../workbook/excel-limits';
import { ByteWriter } from './byte-writer';
import { NS, xmlEscape } from './ooxml';

export interface SheetXmlOptions {
  /** cellXfs index for a cell style. */
  xf: (style: CellStyle | undefined) => number;
  /** The workbook counts dates from 1904 (workbookPr@date1904). */
  date1904: boolean;
  /** Mark the sheet's view as selected (it is the workbook's active tab). */
  tabSelected: boolean;
  /** Relationship id of the sheet's drawing (its charts), or null/omitted for none. */
  drawing?: string | null;
}

const MAX_WIDTH = 255;
const MAX_HEIGHT = 409;
/** Excel's limit on characters (UTF-16 code units) in one cell. */
export const MAX_CELL_TEXT = 32_767;
/** Error values Excel stores as t="e"; newer ones (#SPILL!, #CALC!…) are written as text. */
const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA']);
/** Characters XML 1.0 forbids (C0 controls except tab/LF/CR, U+FFFE/FFFF, unpaired surrogates). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ILLEGAL_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Cell text as XML content: illegal characters stripped, cut to Excel's limit with '…'. */
function cellTextXml(text: string): string {
  let t = text.replace(ILLEGAL_XML, '');
  if (t.length > MAX_CELL_TEXT) {
    let cut = MAX_CELL_TEXT - 1;
    if (/[\uD800-\uDBFF]/.test(t[cut - 1])) cut--; // never split a surrogate pair
    t = `${t.slice(0, cut)}…`;
  }
  return xmlEscape(t)
    .replace(/_x[0-9A-Fa-f]{4}_/g, '_x005F$&') // Excel decodes _xHHHH_ in cell text; keep it literal
    .replace(/\r/g, '&#13;'); // a raw CR would be normalised to LF by XML parsers
}

/** Excel serial day number, or undefined before the workbook's epoch (Excel keeps such dates as text). */
export function dateSerial(d: Date, date1904: boolean): number | undefined {
  const days = d.getTime() / 86_400_000;
  if (Number.isNaN(days)) throw new RangeError('Invalid Date in a result cell');
  if (date1904) return days >= -24_107 ? days + 24_107 : undefined;
  const serial = days + 25_569;
  // Excel's 1900 calendar has a 29 Feb 1900 (serial 60), so days before 1 March 1900 are one lower.
  const excel = serial < 61 ? serial - 1 : serial;
  return excel >= 1 ? excel : undefined;
}

function defaultDateFormat(d: Date): string {
  return d.getTime() % 86_400_000 === 0 ? 'dd/mm/yyyy' : 'dd/mm/yyyy hh:mm';
}

function checkMerges(merges: Merge[]): Merge[] {
  const real = merges.filter((m) => m.bottom > m.top || m.right > m.left); // a 1×1 merge is a no-op
  real.forEach((m, i) => {
    if (m.top < 1 || m.left < 1 || m.bottom > MAX_ROWS || m.right > MAX_COLS || m.bottom < m.top || m.right < m.left) {
      throw new RangeError(`Invalid merge ${JSON.stringify(m)}`);
    }
    // Overlapping merges make Excel "repair" (drop) them. A loop, not slice().find(): a long sheet has
    // thousands of merges, and a copy of the earlier ones for each would be quadratic garbage.
    for (let j = 0; j < i; j++) {
      const o = real[j];
      if (m.top <= o.bottom && o.top <= m.bottom && m.left <= o.right && o.left <= m.right) {
        throw new RangeError(`Merges overlap: ${JSON.stringify(o)} and ${JSON.stringify(m)}`);
      }
    }
  });
  return real;
}

function rangeRef(top: number, left: number, bottom: number, right: number): string {
  return `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
}

function sheetViewXml(model: SheetModel, tabSelected: boolean): string {
  const rows = model.freeze?.rows ?? 0;
  const cols = model.freeze?.cols ?? 0;
  let pane = '';
  if (rows > 0 || cols > 0) {
    const active = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
    pane =
      `<pane${cols > 0 ? ` xSplit="${cols}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}` +
      ` topLeftCell="${columnLetter(cols + 1)}${rows + 1}" activePane="${active}" state="frozen"/>`;
  }
  return `<sheetViews><sheetView${tabSelected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>`;
}

function colsXml(widths: number[]): string {
  const cols: string[] = [];
  // Sparse or non-positive entries mean "default width".
  widths.forEach((w, i) => {
    if (w > 0) cols.push(`<col min="${i + 1}" max="${i + 1}" width="${Math.min(w, MAX_WIDTH)}" customWidth="1"/>`);
  });
  return cols.length ? `<cols>${cols.join('')}</cols>` : '';
}

/** Excel keeps list items in one quoted formula: items must not contain commas or quotes. */
function validationsXml(rules: DataValidation[]): string {
  if (!rules.length) return '';
  const one = (v: DataValidation): string => {
    const sqref = rangeRef(v.firstRow, v.column, v.lastRow, v.column);
    const prompt = ` showInputMessage="1" prompt="${xmlEscape(v.prompt.slice(0, 255))}"`;
    if (v.kind === 'list') {
      const items = (v.list ?? []).map((i) => i.replace(/[",]/g, ' ')).join(',');
      return `<dataValidation type="list" allowBlank="1" showErrorMessage="1"${prompt} sqref="${sqref}"><formula1>${xmlEscape(`"${items}"`)}</formula1></dataValidation>`;
    }
    return `<dataValidation type="decimal" operator="between" allowBlank="1" showErrorMessage="1"${prompt} sqref="${sqref}"><formula1>${v.min ?? 0}</formula1><formula2>${v.max ?? 0}</formula2></dataValidation>`;
  };
  return `<dataValidations count="${rules.length}">${rules.map(one).join('')}</dataValidations>`;
}

const MM_PER_INCH = 25.4;

/** `<printOptions>` and `<pageMargins>` (inches in the file; the model says millimetres). */
function printXml(print: PrintSetup): string {
  const m = print.margins;
  const inches = (mm: number): string => String(Math.round((mm / MM_PER_INCH) * 10_000) / 10_000);
  return (
    (print.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : '') +
    (m
      ? `<pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}" bottom="${inches(m.bottom)}" header="${inches(m.header)}" footer="${inches(m.footer)}"/>`
      : '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
  );
}

/** Each signed sheet counts its pages from 1, also when the whole workbook is printed at once. */
function firstPageXml(print: PrintSetup): string {
  return print.pageNumbersFromSecond ? ' firstPageNumber="1" useFirstPageNumber="1"' : '';
}

/** The page number (&P) centred in Times New Roman 13, on every page but the first (differentFirst, no firstHeader). */
function headerFooterXml(print: PrintSetup): string {
  return print.pageNumbersFromSecond ? `<headerFooter differentFirst="1"><oddHeader>${xmlEscape(`&C${PAGE_NUMBER_FIELD}`)}</oddHeader></headerFooter>` : '';
}

/** Manual page breaks after the given 1-based rows (ECMA-376 §18.3.1.73; `id` is the last row of the page). */
function rowBreaksXml(rows: readonly number[]): string {
  if (!rows.length) return '';
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${rows.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
}

/** Bytes per piece of `worksheetXmlParts` (the deflater takes them one by one). */
const PIECE_BYTES = 1 << 18;

/** Style objects remembered per sheet (a few dozen in practice). */
const MAX_CACHED_STYLES = 1000;

/** Text that `cellTextXml` would change; any other text is written as it is. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_CARE = /[&<>"\r\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;

/**
 * Writes `<sheetData>`'s cells as bytes. Styles are looked up once per style object (and date format): the
 * builders share a few style objects over thousands of cells.
 */
class CellWriter {
  private readonly xfByStyle = new Map<CellStyle | undefined, number>();
  private readonly dateXf = new Map<string, Map<CellStyle | undefined, number>>();
  private readonly letters: string[] = [];

  constructor(private readonly w: ByteWriter, private readonly opts: SheetXmlOptions) {}

  private xf(style: CellStyle | undefined): number {
    let index = this.xfByStyle.get(style);
    if (index === undefined) {
      // A builder making a style object per cell would fill the map: it is only a cache.
      if (this.xfByStyle.size >= MAX_CACHED_STYLES) this.xfByStyle.clear();
      this.xfByStyle.set(style, (index = this.opts.xf(style)));
    }
    return index;
  }

  /** A date cell without its own number format takes the default date (or date-time) format. */
  private dateStyleXf(style: CellStyle | undefined, d: Date): number {
    const format = defaultDateFormat(d);
    let byStyle = this.dateXf.get(format);
    if (!byStyle) this.dateXf.set(format, (byStyle = new Map<CellStyle | undefined, number>()));
    let index = byStyle.get(style);
    if (index === undefined) {
      if (byStyle.size >= MAX_CACHED_STYLES) byStyle.clear();
      byStyle.set(style, (index = this.opts.xf({ ...style, numFmt: format })));
    }
    return index;
  }

  private open(col: number, row: number, xf: number): void {
    const w = this.w;
    w.ascii('<c r="');
    w.ascii((this.letters[col] ??= columnLetter(col + 1)));
    w.digits(row);
    w.ascii('" s="');
    w.digits(xf);
    w.ascii('"');
  }

  private inline(text: string): void {
    const w = this.w;
    w.ascii(' t="inlineStr"><is><t xml:space="preserve">');
    w.utf8(text.length > MAX_CELL_TEXT || NEEDS_CARE.test(text) ? cellTextXml(text) : text);
    w.ascii('</t></is></c>');
  }

  /** A number as `String(n)` writes it; whole ones (counts, dates) digit by digit, without a string. */
  private number(n: number): void {
    const w = this.w;
    w.ascii('><v>');
    if (Number.isSafeInteger(n) && n >= 0) w.digits(n);
    else w.ascii(String(n));
    w.ascii('</v></c>');
  }

  cell(col: number, row: number, cell: ModelCell): void {
    const v: CellValue = cell.value;
    const w = this.w;
    const dated = v instanceof Date && !cell.style?.numFmt;
    this.open(col, row, dated ? this.dateStyleXf(cell.style, v) : this.xf(cell.style));
    if (v === null || v === undefined) w.ascii('/>');
    else if (typeof v === 'string') this.inline(v);
    else if (typeof v === 'number') {
      if (Number.isFinite(v)) this.number(v);
      else w.ascii(' t="e"><v>#NUM!</v></c>');
    } else if (typeof v === 'boolean') w.ascii(v ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
    else if (v instanceof Date) {
      const serial = dateSerial(v, this.opts.date1904);
      if (serial === undefined) this.inline(cellText(v));
      else this.number(serial);
    } else if (ERROR_VALUES.has(v.error)) {
      w.ascii(' t="e"><v>');
      w.utf8(xmlEscape(v.error));
      w.ascii('</v></c>');
    } else this.inline(v.error);
  }
}

/**
 * The worksheet part in pieces of a few hundred kilobytes, so that a big sheet is deflated without its
 * whole XML in memory. The model is checked at once; cells are written as the pieces are taken.
 */
export function worksheetXmlParts(model: SheetModel, opts: SheetXmlOptions): Iterable<Buffer> {
  const lastCol = model.rows.reduce((n, row) => Math.max(n, row.length), 0);
  if (model.rows.length > MAX_ROWS || lastCol > MAX_COLS) {
    throw new RangeError(`Sheet "${model.name}" exceeds Excel's ${MAX_ROWS} rows × ${MAX_COLS} columns`);
  }
  const merges = checkMerges(model.merges);
  const rowHeight = (r: number): number | undefined => {
    const height = model.heights?.[r];
    return height && height > 0 ? height : undefined;
  };
  const anyRow = model.rows.some((row, r) => row.some(Boolean) || rowHeight(r) !== undefined);
  const { orientation, fitToWidth } = model.print;
  // ECMA-376 §18.18.42 ST_PaperSize: 9 = A4, 8 = A3.
  const paperSize = model.print.paper === 'A3' ? 8 : 9;

  function* parts(): Generator<Buffer> {
    const w = new ByteWriter();
    w.utf8([
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      `<worksheet xmlns="${NS.main}">`,
      fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
      `<dimension ref="${anyRow ? rangeRef(1, 1, model.rows.length, lastCol) : 'A1'}"/>`,
      sheetViewXml(model, opts.tabSelected),
      '<sheetFormatPr defaultRowHeight="15"/>',
      colsXml(model.widths),
      '<sheetData>',
    ].join(''));
    const cells = new CellWriter(w, opts);
    for (let r = 0; r < model.rows.length; r++) {
      const row = model.rows[r];
      if (!row) continue;
      const height = rowHeight(r);
      if (!height && !row.some(Boolean)) continue;
      w.ascii('<row r="');
      w.digits(r + 1);
      w.ascii(height ? `" ht="${Math.min(height, MAX_HEIGHT)}" customHeight="1">` : '">');
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell) cells.cell(c, r + 1, cell);
      }
      w.ascii('</row>');
      if (w.length >= PIECE_BYTES) yield w.take();
    }
    w.utf8([
      '</sheetData>',
      merges.length
        ? `<mergeCells count="${merges.length}">${merges
            .map((m) => `<mergeCell ref="${rangeRef(m.top, m.left, m.bottom, m.right)}"/>`)
            .join('')}</mergeCells>`
        : '',
      validationsXml(model.validations ?? []),
      printXml(model.print),
      `<pageSetup paperSize="${paperSize}"${firstPageXml(model.print)} orientation="${orientation}"${fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`,
      headerFooterXml(model.print),
      rowBreaksXml(model.print.rowBreaks ?? []),
      opts.drawing ? `<drawing xmlns:r="${NS.rel}" r:id="${opts.drawing}"/>` : '',
      '</worksheet>',
    ].join(''));
    yield w.take();
  }
  return parts();
}

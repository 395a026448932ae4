/**
 * Worksheet XML for a result sheet. Strings are written inline so the workbook's shared-string table
 * (which the user's sheets index into) stays untouched; elements follow the CT_Worksheet schema order,
 * which Excel enforces.
 */
import { cellText, columnLetter, type CellValue } from '../workbook/cells';
import type { CellStyle, DataValidation, Merge, ModelCell, SheetModel } from '../workbook/sheet-model';
import { EXCEL_MAX_COLS as MAX_COLS, EXCEL_MAX_ROWS as MAX_ROWS } from '../workbook/excel-limits';
import { NS, xmlEscape } from './ooxml';

export interface SheetXmlOptions {
  /** cellXfs index for a cell style. */
  xf: (style: CellStyle | undefined) => number;
  /** The workbook counts dates from 1904 (workbookPr@date1904). */
  date1904: boolean;
  /** Mark the sheet's view as selected (it is the workbook's active tab). */
  tabSelected: boolean;
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

function inlineString(ref: string, s: string, text: string): string {
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${cellTextXml(text)}</t></is></c>`;
}

function cellXml(ref: string, cell: ModelCell, opts: SheetXmlOptions): string {
  const v: CellValue = cell.value;
  const style = v instanceof Date && !cell.style?.numFmt ? { ...cell.style, numFmt: defaultDateFormat(v) } : cell.style;
  const s = ` s="${opts.xf(style)}"`;
  if (v === null || v === undefined) return `<c r="${ref}"${s}/>`;
  if (typeof v === 'string') return inlineString(ref, s, v);
  if (typeof v === 'number') {
    return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  }
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date) {
    const serial = dateSerial(v, opts.date1904);
    return serial === undefined ? inlineString(ref, s, cellText(v)) : `<c r="${ref}"${s}><v>${serial}</v></c>`;
  }
  return ERROR_VALUES.has(v.error)
    ? `<c r="${ref}"${s} t="e"><v>${xmlEscape(v.error)}</v></c>`
    : inlineString(ref, s, v.error);
}

function checkMerges(merges: Merge[]): Merge[] {
  const real = merges.filter((m) => m.bottom > m.top || m.right > m.left); // a 1×1 merge is a no-op
  real.forEach((m, i) => {
    if (m.top < 1 || m.left < 1 || m.bottom > MAX_ROWS || m.right > MAX_COLS || m.bottom < m.top || m.right < m.left) {
      throw new RangeError(`Invalid merge ${JSON.stringify(m)}`);
    }
    // Overlapping merges make Excel "repair" (drop) them.
    const clash = real.slice(0, i).find((o) => m.top <= o.bottom && o.top <= m.bottom && m.left <= o.right && o.left <= m.right);
    if (clash) throw new RangeError(`Merges overlap: ${JSON.stringify(clash)} and ${JSON.stringify(m)}`);
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

/** Rows per piece of `worksheetXmlParts`. */
const ROWS_PER_PART = 8192;

/**
 * The worksheet part in pieces (the rows a few thousand at a time), so that a big sheet can be deflated
 * without its whole XML in memory. The model is checked at once; cells are written as the pieces are taken.
 */
export function worksheetXmlParts(model: SheetModel, opts: SheetXmlOptions): Iterable<string> {
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

  function* parts(): Generator<string> {
    yield [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      `<worksheet xmlns="${NS.main}">`,
      fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
      `<dimension ref="${anyRow ? rangeRef(1, 1, model.rows.length, lastCol) : 'A1'}"/>`,
      sheetViewXml(model, opts.tabSelected),
      '<sheetFormatPr defaultRowHeight="15"/>',
      colsXml(model.widths),
      '<sheetData>',
    ].join('');
    let rows: string[] = [];
    for (let r = 0; r < model.rows.length; r++) {
      const row = model.rows[r];
      if (!row) continue;
      const cells: string[] = [];
      row.forEach((cell, c) => {
        if (cell) cells.push(cellXml(`${columnLetter(c + 1)}${r + 1}`, cell, opts));
      });
      const height = rowHeight(r);
      const ht = height ? ` ht="${Math.min(height, MAX_HEIGHT)}" customHeight="1"` : '';
      if (cells.length || ht) rows.push(`<row r="${r + 1}"${ht}>${cells.join('')}</row>`);
      if (rows.length >= ROWS_PER_PART) {
        yield rows.join('');
        rows = [];
      }
    }
    yield [
      rows.join(''),
      '</sheetData>',
      merges.length
        ? `<mergeCells count="${merges.length}">${merges
            .map((m) => `<mergeCell ref="${rangeRef(m.top, m.left, m.bottom, m.right)}"/>`)
            .join('')}</mergeCells>`
        : '',
      validationsXml(model.validations ?? []),
      '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
      `<pageSetup paperSize="9" orientation="${orientation}"${fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`,
      '</worksheet>',
    ].join('');
  }
  return parts();
}

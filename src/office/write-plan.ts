/**
 * Splits a SheetModel into row chunks that each fit one request: the chunk's values as one 2D array, its
 * number formats as one 2D array, and its other formatting as rectangles of identical style, so the number
 * of operations per chunk follows the sheet's layout, not its row count (a bordered 200 000-row table is one
 * rectangle per chunk). Rectangles are grown down each column, then joined across neighbouring columns:
 * tables are styled by column, and a highlighted cell or a group row then splits only what it touches.
 */
import { EXCEL_MAX_COLS as MAX_COLS, EXCEL_MAX_ROWS as MAX_ROWS } from '../workbook/excel-limits';
import type { CellStyle, Merge, ModelCell, SheetModel } from '../workbook/sheet-model';
import type { CellBox } from './a1';
import type { DateSystem } from './date-system';
import { defaultDateFormat, toOfficeValue, type OfficeValue } from './office-values';
import { MAX_CELLS_PER_CHUNK, OPERATION_BYTES, jsonBytes } from './payload';

/** The formatting that goes through Range.format (number formats travel in their own 2D array). */
export type RangeStyle = Omit<CellStyle, 'numFmt'>;

interface StyleRect extends CellBox {
  style: RangeStyle;
}

interface WriteChunk {
  /** 0-based index of the chunk's first row in model.rows. */
  firstRow: number;
  values: OfficeValue[][];
  /** null when no cell in the chunk has a number format (the array would be all nulls). */
  numberFormats: (string | null)[][] | null;
  rects: StyleRect[];
  /** Merges whose bottom row is in this chunk, so all their cells are written before merging. */
  merges: Merge[];
  /** Estimated request size. */
  bytes: number;
}

interface ChunkLimits {
  budgetBytes: number;
  maxCells?: number;
}

/** Columns every chunk spans: the widest row. */
export function sheetWidth(model: SheetModel): number {
  const width = model.rows.reduce((n, row) => Math.max(n, row.length), 0);
  if (model.rows.length > MAX_ROWS || width > MAX_COLS) {
    throw new RangeError(`Sheet "${model.name}" exceeds Excel's ${MAX_ROWS} rows × ${MAX_COLS} columns`);
  }
  return width;
}

/** Operations (property sets and calls) needed to give a rectangle this style. */
function styleOperations(style: RangeStyle, box: CellBox): number {
  const props = [style.bold, style.italic, style.size, style.color, style.fill, style.align, style.wrap].filter(Boolean).length;
  if (!style.border) return props;
  return props + 4 + (box.bottom > box.top ? 1 : 0) + (box.right > box.left ? 1 : 0);
}

/** `dateSystem`: the workbook's (date-system.ts); Dates are written as serials in it. */
export function* planChunks(model: SheetModel, limits: ChunkLimits, dateSystem: DateSystem = 1900): Generator<WriteChunk> {
  const width = sheetWidth(model);
  if (width === 0) return;
  const maxRows = Math.max(1, Math.floor((limits.maxCells ?? MAX_CELLS_PER_CHUNK) / width));
  const mergesByBottom = groupBy(model.merges.filter(isRealMerge), (m) => m.bottom);
  let chunk = newPending(0);
  let rects = new RectBuilder(width);
  for (let r = 0; r < model.rows.length; r++) {
    const row = padRow(model.rows[r], width);
    const values = row.map((cell) => toOfficeValue(cell?.value ?? null, dateSystem));
    const formats = row.map(numberFormatOf);
    const styles = row.map((cell) => (cell?.style ? keyedStyle(cell.style) : null));
    const merges = mergesByBottom.get(r + 1) ?? [];
    const fixedBytes = jsonBytes(values) + jsonBytes(formats) + merges.length * 2 * OPERATION_BYTES;
    const full = chunk.values.length >= maxRows || chunk.bytes + fixedBytes + rects.costOf(styles) > limits.budgetBytes;
    if (chunk.values.length > 0 && full) {
      yield finish(chunk, rects);
      chunk = newPending(r);
      rects = new RectBuilder(width);
    }
    chunk.bytes += fixedBytes + rects.add(r + 1, styles);
    chunk.values.push(values);
    chunk.formats.push(formats);
    chunk.merges.push(...merges);
  }
  yield finish(chunk, rects);
}

/** Merges below the last row of values (rare): applied after the last chunk. */
export function trailingMerges(model: SheetModel): Merge[] {
  return model.merges.filter((m) => isRealMerge(m) && m.bottom > model.rows.length);
}

interface PendingChunk {
  firstRow: number;
  values: OfficeValue[][];
  formats: (string | null)[][];
  merges: Merge[];
  bytes: number;
}

function newPending(firstRow: number): PendingChunk {
  // Values, numberFormat and the getRangeByIndexes path: three operations before any data.
  return { firstRow, values: [], formats: [], merges: [], bytes: 3 * OPERATION_BYTES };
}

function finish({ firstRow, values, formats, merges, bytes }: PendingChunk, rects: RectBuilder): WriteChunk {
  const hasFormats = formats.some((row) => row.some((f) => f !== null));
  return { firstRow, values, numberFormats: hasFormats ? formats : null, rects: rects.finish(), merges, bytes };
}

function padRow(row: (ModelCell | null)[], width: number): (ModelCell | null)[] {
  return row.length === width ? row : [...row, ...Array<null>(width - row.length).fill(null)];
}

function numberFormatOf(cell: ModelCell | null): string | null {
  if (!cell) return null;
  if (cell.style?.numFmt) return cell.style.numFmt;
  return cell.value instanceof Date ? defaultDateFormat(cell.value) : null;
}

function isRealMerge(m: Merge): boolean {
  return m.bottom > m.top || m.right > m.left;
}

// Models share a few style objects among all their cells; key each once.
const keyedStyles = new WeakMap<CellStyle, KeyedStyle | null>();

function keyedStyle(cellStyle: CellStyle): KeyedStyle | null {
  let keyed = keyedStyles.get(cellStyle);
  if (keyed === undefined) {
    const style = rangeStyleOf(cellStyle);
    keyed = style && { key: JSON.stringify(style), style };
    keyedStyles.set(cellStyle, keyed);
  }
  return keyed;
}

/** Only the properties that change something, in a fixed order so equal styles give equal keys. */
function rangeStyleOf(style: CellStyle): RangeStyle | null {
  const s: RangeStyle = {};
  if (style.bold) s.bold = true;
  if (style.italic) s.italic = true;
  if (style.size) s.size = style.size;
  if (style.color) s.color = style.color;
  if (style.fill) s.fill = style.fill;
  if (style.align) s.align = style.align;
  if (style.wrap) s.wrap = true;
  if (style.border) s.border = true;
  return Object.keys(s).length ? s : null;
}

interface KeyedStyle {
  key: string;
  style: RangeStyle;
}

/** Runs down each column of cells with the same style, joined across columns when they match. */
class RectBuilder {
  private readonly done: { rect: StyleRect; key: string }[] = [];
  private readonly open: ({ top: number; bottom: number; keyed: KeyedStyle } | null)[];

  constructor(width: number) {
    this.open = Array<null>(width).fill(null);
  }

  /**
   * Request bytes of the runs that sheet row `styles` would start. An upper bound: runs started in the same
   * row by neighbouring columns usually end up in one rectangle.
   */
  costOf(styles: (KeyedStyle | null)[]): number {
    return styles.reduce((sum, keyed, c) => sum + (keyed && this.open[c]?.keyed.key !== keyed.key ? rectBytes(keyed.style) : 0), 0);
  }

  add(row: number, styles: (KeyedStyle | null)[]): number {
    const cost = this.costOf(styles);
    styles.forEach((keyed, c) => {
      const run = this.open[c];
      if (run && keyed && run.keyed.key === keyed.key) {
        run.bottom = row;
        return;
      }
      if (run) this.close(c);
      this.open[c] = keyed && { top: row, bottom: row, keyed };
    });
    return cost;
  }

  finish(): StyleRect[] {
    this.open.forEach((_, c) => this.close(c));
    // Join column runs with the same rows and style that sit side by side.
    const byRowsAndStyle = groupBy(this.done, ({ rect, key }) => `${rect.top}:${rect.bottom}:${key}`);
    const joined: StyleRect[] = [];
    for (const group of byRowsAndStyle.values()) {
      const runs = group.map((g) => g.rect).sort((a, b) => a.left - b.left);
      let current = runs[0];
      for (const next of runs.slice(1)) {
        if (next.left === current.right + 1) current.right = next.right;
        else {
          joined.push(current);
          current = next;
        }
      }
      joined.push(current);
    }
    return joined.sort((a, b) => a.top - b.top || a.left - b.left);
  }

  private close(c: number): void {
    const run = this.open[c];
    if (run) this.done.push({ rect: { top: run.top, bottom: run.bottom, left: c + 1, right: c + 1, style: run.keyed.style }, key: run.keyed.key });
    this.open[c] = null;
  }
}

/** A new rectangle's range path plus its property sets, counting both inner borders it may grow into. */
function rectBytes(style: RangeStyle): number {
  return (1 + styleOperations(style, { top: 1, bottom: 2, left: 1, right: 2 })) * OPERATION_BYTES;
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Kinds of a submitted table's body rows: a unit's figures, a «Tổng»/«Cộng» row, a group heading
 * («I. CÁC CƠ QUAN CHUYÊN MÔN…», «Huyện Mường Nhé»), or a unit described in words instead of figures
 * (seed 000: «Có 02 hồ sơ đã giải quyết quá hạn»), whose counts nobody can add up.
 */
import { cellText, type CellValue } from '../cells';
import { headerKey } from '../columns';
import { readFigure } from './figures';
import { isColumnNumberRow } from './header-rows';

export type RowKind = 'unit' | 'described' | 'total' | 'heading';

export interface TableRow {
  kind: RowKind;
  /** 1-based sheet row. */
  row: number;
  /** The name cell (or the STT cell for a «Tổng» written there). */
  label: string;
  /** The nearest heading above, e.g. «UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ»; null before any. */
  heading: string | null;
  cells: CellValue[];
}

export interface RowLayout {
  stt: number | null;
  name: number;
  /** Columns holding figures (counts, rates, criteria, totals). */
  figures: number[];
  /** Whether words in a figure column mean "no figures given" (count forms) rather than a value to judge. */
  wordsAreDescriptions: boolean;
}

/** «Tổng», «TỔNG CỘNG¹», «Tổng chung toàn tỉnh», «Cộng cấp huyện» — not «Tổng cục …» or «Công an tỉnh». */
const TOTAL = /^(tong( cong| so| chung)?|cong)( (toan|cap|cac|huyen|xa|tinh|chung|thi|thanh)\b.*)?$/;
const GROUP_NUMBER = /^([IVXLC]+|[A-Z])\.?$/;
const UNIT_NUMBER = /^\d+([.,]\d+)*\.?$/;

const text = (v: CellValue | undefined): string => cellText(v ?? null).replace(/\s+/g, ' ').trim();

/** Rows `from`…`to` (0-based, exclusive end) of the grid, classified; blank and column-number rows dropped. */
export function tableRows(rows: CellValue[][], from: number, to: number, layout: RowLayout, originRow: number): TableRow[] {
  const out: TableRow[] = [];
  let heading: string | null = null;
  for (let r = from; r < to; r++) {
    const cells = rows[r] ?? [];
    const filled = cells.map(text).filter((t) => t !== '');
    if (filled.length === 0 || isColumnNumberRow(cells)) continue;
    const stt = layout.stt === null ? '' : text(cells[layout.stt]);
    const name = text(cells[layout.name]);
    // «Cộng» may stand in the STT column beside the district it closes: the row is still a total.
    const isTotal = !UNIT_NUMBER.test(stt) && (TOTAL.test(headerKey(name)) || TOTAL.test(headerKey(stt)));
    const label = isTotal && !TOTAL.test(headerKey(name)) ? `${stt} ${name}`.trim() : name || stt;
    const kind = isTotal ? 'total' : kindOf(cells, stt, filled, layout);
    if (kind === 'heading') heading = label || filled[0];
    out.push({ kind, row: originRow + r, label: label || filled[0], heading: kind === 'heading' ? null : heading, cells });
  }
  return out;
}

function kindOf(cells: CellValue[], stt: string, filled: string[], layout: RowLayout): RowKind {
  // A line merged across the table (a heading, a note) repeats one text in every cell it covers.
  if (new Set(filled).size === 1) return 'heading';
  const figures = layout.figures.map((c) => readFigure(cells[c] ?? null, 'decimal'));
  const hasNumber = figures.some((f) => f.kind === 'number');
  if (GROUP_NUMBER.test(stt) && !hasNumber) return 'heading';
  if (!UNIT_NUMBER.test(stt) && !hasNumber) return 'heading';
  if (layout.wordsAreDescriptions && figures.some((f) => f.kind === 'text')) return 'described';
  return 'unit';
}

/**
 * Kinds of a submitted table's body rows: a unit's figures, a «Tổng»/«Cộng» row, a group heading
 * («I. CÁC CƠ QUAN CHUYÊN MÔN…», «Huyện Mường Nhé»), or a unit described in words instead of figures
 * (seed 000: «Có 02 hồ sơ đã giải quyết quá hạn»), whose counts nobody can add up.
 */
import { cellText, type CellValue } from '../cells';
import { headerKey } from '../columns';
import { readFigure } from './figures';
import { isColumnNumberRow } from './header-rows';

type RowKind = 'unit' | 'described' | 'total' | 'heading';

export interface TableRow {
  kind: RowKind;
  /** 1-based sheet row. */
  row: number;
  /** The name cell (or the STT cell for a «Tổng» written there). */
  label: string;
  /** The nearest heading above, e.g. «UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ»; null before any. */
  heading: string | null;
  cells: CellValue[];
  /** A heading that prints figures (a section subtotal, checked against its rows). */
  hasFigures: boolean;
  /** A heading's place in the hierarchy: «A.» 0, «I.» 1, unnumbered 2, a numbered subtotal 3 (the lower, the wider). */
  depth: number;
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
/** «I. CÁC SỞ, BAN, NGÀNH», «B) UBND CÁC HUYỆN» written in the name cell. */
const NUMBERED_HEADING = /^([IVXLC]+|[A-Z])\s*[.)]\s+\S/;
const ROMAN = /^[IVXLC]+$/;
/** A district's subtotal heads only its own numbered rows: narrower than any lettered, Roman or unnumbered heading. */
const SUBTOTAL_DEPTH = 3;

const text = (v: CellValue | undefined): string => cellText(v ?? null).replace(/\s+/g, ' ').trim();

/** Rows `from`…`to` (0-based, exclusive end) of the grid, classified; blank and column-number rows dropped. */
export function tableRows(rows: CellValue[][], from: number, to: number, layout: RowLayout, originRow: number): TableRow[] {
  const out: TableRow[] = [];
  const numbers: string[] = [];
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
    const { kind, hasFigures } = isTotal ? { kind: 'total' as const, hasFigures: true } : kindOf(cells, stt, name, filled, layout);
    if (kind === 'heading') heading = label || filled[0];
    const depth = kind === 'heading' ? depthOf(stt || (/^\S+(?=\s*[.)]\s)/.exec(name)?.[0] ?? '')) : 0;
    out.push({ kind, row: originRow + r, label: label || filled[0], heading: kind === 'heading' ? null : heading, cells, hasFigures, depth });
    numbers.push(stt);
  }
  markSubtotals(out, numbers);
  return out;
}

/**
 * A numbered row followed by rows numbered under it («1 | UBND huyện Tuần Giáo (cộng cấp huyện và cấp
 * xã)», then «1.1», «1.2» …) is their subtotal, as our own `Tổng hợp theo đơn vị` writes districts: a
 * heading with figures, checked against those rows, and never added again into the section or the total.
 */
function markSubtotals(rows: TableRow[], numbers: string[]): void {
  rows.forEach((row, i) => {
    const n = numbers[i].replace(/\.$/, '');
    if (row.kind !== 'unit' || n === '' || !numbers[i + 1]?.startsWith(`${n}.`) || numbers[i + 1] === `${n}.`) return;
    row.kind = 'heading';
    row.hasFigures = true;
    row.depth = SUBTOTAL_DEPTH;
    for (let j = i + 1; j < rows.length && numbers[j].startsWith(`${n}.`); j++) rows[j].heading = row.label;
  });
}

function kindOf(cells: CellValue[], stt: string, name: string, filled: string[], layout: RowLayout): { kind: RowKind; hasFigures: boolean } {
  // A line merged across the table (a heading, a note) repeats one text in every cell it covers.
  if (new Set(filled).size === 1) return { kind: 'heading', hasFigures: false };
  const figures = layout.figures.map((c) => readFigure(cells[c] ?? null, 'decimal'));
  const hasFigures = figures.some((f) => f.kind === 'number');
  if (GROUP_NUMBER.test(stt) || (stt === '' && NUMBERED_HEADING.test(name))) return { kind: 'heading', hasFigures };
  if (!UNIT_NUMBER.test(stt) && !hasFigures) return { kind: 'heading', hasFigures };
  if (layout.wordsAreDescriptions && figures.some((f) => f.kind === 'text')) return { kind: 'described', hasFigures };
  return { kind: 'unit', hasFigures };
}

/** Letters (A, B) head wider sections than Roman numerals (I, II), which head wider than unnumbered headings. */
function depthOf(number: string): number {
  const n = number.replace(/[.)]$/, '');
  if (ROMAN.test(n)) return 1;
  return /^[A-Z]$/.test(n) ? 0 : 2;
}

/**
 * Finds the header of a submitted table — one to four rows, groups merged over their children — and
 * gives each column its header path, top to leaf. Merged cells arrive two ways: ExcelJS repeats the
 * label in every covered cell, Office.js and hand-built grids leave them blank; both give the same path.
 */
import { cellText, type CellValue } from '../cells';
import { headerKey } from '../columns';
import { CRITERIA_GROUP } from './criterion-headers';
import { isHeaderCell } from './table-columns';

const MAX_HEADER_ROWS = 4;
/** Distinct header-like cells a row needs to start a header (a title row merged across has one). */
const MIN_HEADER_CELLS = 3;

export interface HeaderBlock {
  /** 0-based indices into the grid's rows, inclusive. */
  top: number;
  bottom: number;
  /** Per column: folded labels from the top group to the leaf; [] for a column without a header. */
  paths: string[][];
}

const keysOf = (row: CellValue[] | undefined): string[] => (row ?? []).map((v) => headerKey(cellText(v ?? null)));

const isNumeric = (v: CellValue | undefined): boolean => typeof v === 'number' || (typeof v === 'string' && /^\s*\(?\d+([.,]\d+)?\)?\s*%?\s*$/.test(v));

function headerCells(row: CellValue[] | undefined): number {
  return new Set(keysOf(row).filter(isHeaderCell)).size;
}

/** Whether row `r` can start a header: enough header words and no figure in it. */
export function startsHeader(rows: CellValue[][], r: number): boolean {
  const row = rows[r] ?? [];
  // Data rows almost always hold a number: rejecting them first keeps a 200 000-row sheet cheap.
  return !row.some(isNumeric) && headerCells(row) >= MIN_HEADER_CELLS;
}

/**
 * The header starting at row `top`: the rows below continue it while they hold header words, no figure,
 * and leave the first header column empty (merged down) or repeat it.
 */
export function readHeaderBlock(rows: CellValue[][], top: number): HeaderBlock {
  const first = keysOf(rows[top]);
  const anchor = first.findIndex((k) => k !== '');
  let bottom = top;
  while (bottom - top + 1 < MAX_HEADER_ROWS && bottom + 1 < rows.length) {
    const next = rows[bottom + 1] ?? [];
    const anchorKey = keysOf(next)[anchor] ?? '';
    if (next.some(isNumeric) || headerCells(next) === 0 || (anchorKey !== '' && anchorKey !== first[anchor])) break;
    bottom++;
  }
  const paths = columnPaths(rows.slice(top, bottom + 1).map(keysOf));
  const numbered = numberedCriteria(rows[bottom + 1], paths);
  return numbered ? { top, bottom: bottom + 1, paths: numbered } : { top, bottom, paths };
}

/**
 * «Chỉ số thành phần» (or «Điểm các tiêu chí») over cells numbered 1 … 9 in the row below: those numbers
 * name the criteria. The row holds nothing else — a column-number row «(1) (2) …» numbers every column.
 */
function numberedCriteria(row: CellValue[] | undefined, paths: string[][]): string[][] | null {
  if (!row) return null;
  const texts = paths.map((_, c) => cellText(row[c] ?? null).trim());
  // A group label merged across without repeating it (Office.js, hand-built grids) covers the blank cells to its right.
  const groups: (string[] | null)[] = [];
  paths.forEach((p, c) => {
    if (p.length > 0) groups.push(CRITERIA_GROUP.test(p[p.length - 1]) ? p : null);
    else groups.push(c > 0 && texts[c] !== '' ? groups[c - 1] : null);
  });
  const numbered = texts.flatMap((t, c) => (t !== '' ? [c] : []));
  if (numbered.length < 3 || numbered.some((c) => !groups[c] || !/^[1-9]$/.test(texts[c]))) return null;
  return paths.map((p, c) => (texts[c] !== '' ? [...groups[c]!, `tieu chi ${texts[c]}`] : p));
}

/**
 * A blank label inside a group's span takes the group's label from its left neighbour, provided the
 * neighbour lies under the same groups and is itself spanned (has a label further down); a column merged
 * down from the top (no label below) spans nothing to its right.
 */
function columnPaths(levels: string[][]): string[][] {
  const width = Math.max(0, ...levels.map((l) => l.length));
  const labels: string[][] = levels.map(() => Array<string>(width).fill(''));
  const labelledBelow = (level: number, col: number): boolean => labels.slice(level + 1).some((l) => l[col] !== '');
  for (let c = 0; c < width; c++) {
    const last = levels.map((l) => l[c] ?? '').map(Boolean).lastIndexOf(true);
    for (let level = 0; level <= last; level++) {
      const own = levels[level][c] ?? '';
      if (own) labels[level][c] = own;
      else if (c > 0 && labels[level][c - 1] && labelledBelow(level, c - 1) && labels.slice(0, level).every((l) => l[c] === l[c - 1])) {
        labels[level][c] = labels[level][c - 1];
      }
    }
  }
  return Array.from({ length: width }, (_, c) =>
    labels.map((l) => l[c]).filter((label, i, all) => label !== '' && label !== all[i - 1]),
  );
}

/** «1 2 3 …» or «(1) (2) …» (sometimes with letters «A B 1 2»), printed under form headers. */
export function isColumnNumberRow(row: CellValue[] | undefined): boolean {
  const cells = (row ?? []).map((v) => cellText(v ?? null).trim()).filter((t) => t !== '');
  if (cells.length < 2 || !cells.every((t) => /^\(?(\d{1,3}|[A-Za-z])\)?$/.test(t))) return false;
  const numbers = cells.filter((t) => /\d/.test(t)).map((t) => Number(t.replace(/[()]/g, '')));
  return numbers.every((n, i) => i === 0 || n > numbers[i - 1]);
}

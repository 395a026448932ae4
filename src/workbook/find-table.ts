/**
 * Finds the case table in a workbook: which sheet, which header row, which column holds which field.
 * Only the first rows of each sheet and a sample of data rows are read, so 200 000-row sheets cost the
 * same as small ones. Layouts handled are those of exports.md §4: title rows above the header, headers
 * split over two rows, a column-number row under the header, and headers shifted against their data.
 */
import { cellText, type CellValue, type SheetGrid } from './cells';
import { DATE_FIELDS, headerKey, matchHeader, missingRequired, type CaseField, type HeaderMatch } from './columns';
import { cleanName } from '../domain/text';
import { dayFromYmd, excelSerialFromDay, MAX_YEAR, MIN_YEAR, parseDateText } from '../domain/dates';

/** 0-based index into a grid row, per field. */
export type ColumnMapping = Partial<Record<CaseField, number>>;

export interface TableLocation {
  sheet: string;
  /** Index into grid.rows of the last header row. */
  headerRowIndex: number;
  firstDataRowIndex: number;
  mapping: ColumnMapping;
  /** Header text per column (parent and child text joined for two-row headers). */
  headers: string[];
  missing: CaseField[];
  confidence: 'high' | 'low';
  /** Distinct fields the header names. */
  score: number;
  /** Columns whose content disagrees with their header (dates under a non-date header or the reverse). */
  suspiciousColumns?: number[];
  /** Fields named equally well by more than one column: the mapped column, then the others. */
  duplicates?: { field: CaseField; columns: number[] }[];
}

/** The header row is looked for in this many first rows of a sheet (the messages say so). */
export const HEADER_SCAN_ROWS = 30;
const CONTENT_SAMPLE_ROWS = 50;
/** Fewer matched fields than this is some other table (a summary form, a unit list). */
const MIN_FIELDS = 3;
/** Column-number and blank rows skipped between the header and the data. */
const MAX_ROWS_SKIPPED = 5;
/** The most rows findCaseTable looks at in a sheet: the header rows, the rows skipped under them, the sample. */
export const TABLE_SCAN_ROWS = HEADER_SCAN_ROWS + MAX_ROWS_SKIPPED + CONTENT_SAMPLE_ROWS;
/** Filled cells needed before a column's content is allowed to contradict its header. */
const MIN_EVIDENCE = 3;

interface HeaderReading {
  matches: (HeaderMatch | null)[];
  headers: string[];
  score: number;
}

const textOf = (v: CellValue | undefined): string => cleanName(cellText(v ?? null));

/**
 * Reads one header row, or a child row under a parent row (merged group headers: 'Ngày' over
 * 'Tiếp nhận' | 'Hẹn trả'). A group label sits in its first cell only, so it is carried right; a cell
 * merged down both rows may leave the child empty, so the parent alone is tried there.
 */
function readHeader(child: CellValue[], parent: CellValue[] | null): HeaderReading {
  const width = Math.max(child.length, parent?.length ?? 0);
  const matches: (HeaderMatch | null)[] = [];
  const headers: string[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const own = textOf(child[c]);
    const above = parent ? textOf(parent[c]) : '';
    if (above) group = above;
    const combined = own && group && group !== own ? `${group} ${own}` : '';
    const tries: (HeaderMatch | null)[] = [];
    if (own) tries.push(matchHeader(headerKey(own)));
    else if (above) tries.push(matchHeader(headerKey(above)));
    if (combined) tries.push(matchHeader(headerKey(combined), true));
    matches.push(tries.reduce<HeaderMatch | null>((best, m) => (m && (!best || m.rank < best.rank) ? m : best), null));
    headers.push(combined || own || above);
  }
  return { matches, headers, score: new Set(matches.flatMap((m) => (m ? [m.field] : []))).size };
}

function isBlankRow(row: CellValue[]): boolean {
  return row.every((v) => textOf(v) === '');
}

/** '1 | 2 | 3 …' or '(1) | (2) …', sometimes with letters ('A | B | 1 | 2'), printed under form headers. */
function isColumnNumberRow(row: CellValue[]): boolean {
  const cells = row.map(textOf).filter((t) => t !== '');
  if (cells.length < 2 || !cells.every((t) => /^\(?(\d{1,3}|[A-Za-z])\)?$/.test(t))) return false;
  const numbers = cells.filter((t) => /\d/.test(t)).map((t) => Number(t.replace(/[()]/g, '')));
  return numbers.every((n, i) => i === 0 || n > numbers[i - 1]);
}

const MIN_SERIAL = excelSerialFromDay(dayFromYmd(MIN_YEAR, 1, 1));
const MAX_SERIAL = excelSerialFromDay(dayFromYmd(MAX_YEAR, 12, 31));

function isDateValue(v: CellValue | undefined): boolean {
  if (v instanceof Date) return true;
  if (typeof v === 'number') return v >= MIN_SERIAL && v <= MAX_SERIAL;
  return typeof v === 'string' && parseDateText(v).ok;
}

/** Share of a column's filled sample cells that are dates; null when too few are filled to judge. */
function dateShare(sample: CellValue[][], col: number): number | null {
  let filled = 0;
  let dates = 0;
  for (const row of sample) {
    if (textOf(row[col]) === '') continue;
    filled++;
    if (isDateValue(row[col])) dates++;
  }
  return filled >= MIN_EVIDENCE ? dates / filled : null;
}

const MENTIONS_DATE = /\b(ngay|han|thoi gian|thoi diem|date|time)\b/;

/** A date header over non-dates, or dates under a header that names no date: the header is shifted. */
function isSuspicious(match: HeaderMatch | null, header: string, share: number | null): boolean {
  if (share === null) return false;
  if (match && DATE_FIELDS.has(match.field)) return share < 0.5;
  return share >= 0.5 && !MENTIONS_DATE.test(headerKey(header));
}

/** One column per field: the best synonym, then the column whose content fits, then the leftmost. */
function resolveMapping(matches: (HeaderMatch | null)[], shares: (number | null)[]): ColumnMapping {
  const chosen = new Map<CaseField, { col: number; rank: number; fit: number }>();
  matches.forEach((m, col) => {
    if (!m) return;
    const fit = DATE_FIELDS.has(m.field) ? shares[col] ?? 0 : 0;
    const held = chosen.get(m.field);
    const better = !held || m.rank < held.rank || (m.rank === held.rank && fit > held.fit);
    if (better) chosen.set(m.field, { col, rank: m.rank, fit });
  });
  return Object.fromEntries([...chosen].map(([field, { col }]) => [field, col]));
}

function bestHeader(rows: CellValue[][]): { index: number; reading: HeaderReading } | null {
  let best: { index: number; reading: HeaderReading } | null = null;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, rows.length); r++) {
    let reading = readHeader(rows[r], null);
    if (r > 0 && !isBlankRow(rows[r - 1])) {
      const twoRow = readHeader(rows[r], rows[r - 1]);
      if (twoRow.score > reading.score) reading = twoRow;
    }
    if (!best || reading.score > best.reading.score) best = { index: r, reading };
  }
  return best && best.reading.score >= MIN_FIELDS ? best : null;
}

function locateInSheet(grid: SheetGrid): TableLocation | null {
  const header = bestHeader(grid.rows);
  return header ? tableUnder(grid, header.index, header.reading) : null;
}

/**
 * The table under a header row the user chose (1-based sheet row → index): its recognised headers are
 * mapped, the user maps the rest. Every column the first data rows fill is offered, headed or not.
 */
export function tableAtRow(grid: SheetGrid, headerRowIndex: number): TableLocation {
  const reading = readHeader(grid.rows[headerRowIndex] ?? [], null);
  const width = grid.rows.slice(headerRowIndex, headerRowIndex + 1 + MAX_ROWS_SKIPPED + CONTENT_SAMPLE_ROWS).reduce((w, r) => Math.max(w, r.length), 0);
  const headers = Array.from({ length: width }, (_, c) => reading.headers[c] ?? '');
  return tableUnder(grid, headerRowIndex, { ...reading, headers });
}

function tableUnder(grid: SheetGrid, headerRowIndex: number, { matches, headers, score }: HeaderReading): TableLocation {
  let first = headerRowIndex + 1;
  const skipLimit = Math.min(grid.rows.length, first + MAX_ROWS_SKIPPED);
  while (first < skipLimit && (isBlankRow(grid.rows[first]) || isColumnNumberRow(grid.rows[first]))) first++;
  const sample = grid.rows.slice(first, first + CONTENT_SAMPLE_ROWS);
  const shares = headers.map((_, c) => dateShare(sample, c));
  const mapping = resolveMapping(matches, shares);
  const missing = missingRequired(mapping);
  const suspiciousColumns = headers.flatMap((h, c) => (isSuspicious(matches[c] ?? null, h, shares[c]) ? [c] : []));
  const duplicates = (Object.entries(mapping) as [CaseField, number][]).flatMap(([field, col]) => {
    const rank = matches[col]?.rank;
    const others = matches.flatMap((m, c) => (c !== col && m?.field === field && m.rank === rank ? [c] : []));
    return others.length > 0 ? [{ field, columns: [col, ...others] }] : [];
  });
  return {
    sheet: grid.name,
    headerRowIndex,
    firstDataRowIndex: first,
    mapping,
    headers,
    missing,
    confidence: missing.length === 0 && suspiciousColumns.length === 0 ? 'high' : 'low',
    score,
    suspiciousColumns,
    duplicates: duplicates.length > 0 ? duplicates : undefined,
  };
}

/**
 * The case table of each sheet that holds one, best first: the preferred sheet, then complete tables
 * before incomplete ones, visible sheets before hidden ones, more matched fields first, sheet order last.
 * No sheet is left out for its name (a case list is often called «DS hồ sơ»): the sheets an earlier run
 * made are left out by the caller, from the marker's list (result-sheets.ts).
 */
export function findCaseTable(
  sheets: SheetGrid[],
  preferredSheet?: string,
): { best: TableLocation | null; candidates: TableLocation[] } {
  const found = sheets.flatMap((grid, order) => {
    const location = locateInSheet(grid);
    if (!location) return [];
    return [{ location, order, hidden: grid.visibility !== 'visible', preferred: grid.name === preferredSheet }];
  });
  found.sort(
    (a, b) =>
      Number(b.preferred) - Number(a.preferred) ||
      a.location.missing.length - b.location.missing.length ||
      Number(a.hidden) - Number(b.hidden) ||
      b.location.score - a.location.score ||
      a.order - b.order,
  );
  const candidates = found.map((f) => f.location);
  return { best: candidates[0] ?? null, candidates };
}

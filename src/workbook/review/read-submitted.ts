/**
 * Reads the tables a unit submitted in its own workbook: the self-scored 1187 table (seed 002 appendix)
 * and the count forms — Biểu 2 per unit, Biểu 4 rates (seed 004), the overdue list (seed 000). A sheet may
 * hold several tables; a header repeated at a page break continues the same table.
 */
import type { Period } from '../../domain/cases';
import { cellText, columnLetter, type CellValue, type SheetGrid } from '../cells';
import { readFigure } from './figures';
import { readHeaderBlock, startsHeader, type HeaderBlock } from './header-rows';
import { periodFromTitles } from './period-title';
import { columnRoles, type ColumnRole } from './table-columns';
import { tableRows, type RowLayout, type TableRow } from './table-rows';
import { subjectOf, type TableSubject } from './table-subject';

export interface TableColumn {
  /** 0-based index into the grid's rows. */
  index: number;
  letter: string;
  role: ColumnRole;
}

export interface SubmittedTable {
  sheet: string;
  /** A self-scored 1187 table, a count form, or a QĐ 766 national-index table. */
  kind: 'scores' | 'counts' | 'index';
  /** What the rows name: units, or the fields (Biểu 1) or procedures (Biểu 3) of a count form. */
  subject: TableSubject;
  columns: TableColumn[];
  rows: TableRow[];
  /** The period the title rows state, if any. */
  period: Period | null;
}

/** Title rows looked at above a header for the period. */
const TITLE_ROWS = 12;
/** Body rows sampled to find a name column the header left blank (seed 004 Biểu 2 and 4). */
const NAME_SAMPLE = 30;
const MIN_CRITERIA = 3;
const MIN_COUNT_COLUMNS = 2;
const MIN_INDEX_GROUPS = 3;

interface Found {
  block: HeaderBlock;
  roles: (ColumnRole | null)[];
  layout: RowLayout;
  kind: SubmittedTable['kind'];
  subject: TableSubject;
}

export function readSubmittedTables(grid: SheetGrid): SubmittedTable[] {
  const found: Found[] = [];
  for (let r = 0; r < grid.rows.length; r++) {
    if (!startsHeader(grid.rows, r)) continue;
    const block = readHeaderBlock(grid.rows, r);
    const table = recognise(block, grid.rows);
    if (table) found.push(table);
    r = block.bottom;
  }
  const tables: SubmittedTable[] = [];
  found.forEach((f, i) => {
    const end = found[i + 1]?.block.top ?? grid.rows.length;
    const rows = tableRows(grid.rows, f.block.bottom + 1, end, f.layout, grid.originRow);
    if (i > 0 && sameColumns(found[i - 1], f)) {
      tables[tables.length - 1].rows.push(...rows);
      return;
    }
    const titles = grid.rows.slice(Math.max(0, f.block.top - TITLE_ROWS), f.block.top).flatMap((row) => row.map((v) => cellText(v ?? null)));
    tables.push({
      sheet: grid.name,
      kind: f.kind,
      subject: f.subject,
      columns: f.roles.flatMap((role, index) => (role ? [{ index, letter: columnLetter(grid.originCol + index), role }] : [])),
      rows,
      period: periodFromTitles(titles),
    });
  });
  return tables;
}

/** The column holding unit names (every table has one). */
export const nameColumn = (table: SubmittedTable): TableColumn => table.columns.find((c) => c.role.role === 'name')!;

const sameColumns = (a: Found, b: Found): boolean => a.subject === b.subject && JSON.stringify(a.roles) === JSON.stringify(b.roles);

function recognise(block: HeaderBlock, rows: CellValue[][]): Found | null {
  const roles = columnRoles(block.paths);
  const name = roles.findIndex((r) => r?.role === 'name');
  const nameIndex = name >= 0 ? name : unlabelledNameColumn(block, rows);
  if (nameIndex < 0) return null;
  if (name < 0) roles[nameIndex] = { role: 'name' };
  const criteria = roles.filter((r) => r?.role === 'criterion').length;
  const scored = roles.some((r) => r?.role === 'score' && (r.field === 'scoreTotal' || r.field === 'classification'));
  const ranked = roles.some((r) => r?.role === 'score' && (r.field === 'scoreTotal' || r.field === 'rank'));
  const counted = roles.filter((r) => r?.role === 'count' || r?.role === 'rate').length;
  const groups = roles.filter((r) => r?.role === 'indexGroup').length;
  const kind = criteria >= MIN_CRITERIA && scored ? 'scores' : groups >= MIN_INDEX_GROUPS && ranked ? 'index' : counted >= MIN_COUNT_COLUMNS ? 'counts' : null;
  if (!kind) return null;
  const figures = roles.flatMap((r, i) =>
    r && (r.role === 'criterion' || r.role === 'count' || r.role === 'rate' || r.role === 'indexGroup' || (r.role === 'score' && (r.field === 'scoreTotal' || r.field === 'dtbCcvc'))) ? [i] : [],
  );
  const stt = roles.findIndex((r) => r?.role === 'stt');
  const subject = kind === 'counts' ? subjectOf(block.paths[nameIndex]) : 'units';
  return { block, roles, kind, subject, layout: { stt: stt < 0 ? null : stt, name: nameIndex, figures, wordsAreDescriptions: kind === 'counts' } };
}

/** The first column without a header whose body holds mostly words: unit names under a blank header cell. */
function unlabelledNameColumn(block: HeaderBlock, rows: CellValue[][]): number {
  const body = rows.slice(block.bottom + 1, block.bottom + 1 + NAME_SAMPLE);
  return block.paths.findIndex((path, c) => {
    if (path.length > 0) return false;
    const figures = body.map((row) => readFigure(row[c] ?? null, 'decimal')).filter((f) => f.kind !== 'blank');
    return figures.length > 0 && figures.filter((f) => f.kind === 'text').length * 2 > figures.length;
  });
}

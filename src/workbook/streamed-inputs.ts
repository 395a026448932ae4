/**
 * The job's sheets read without ever holding a long case list's whole grid (peak memory at 200 000 cases,
 * bench/RESULTS.md), on a host that can read a sheet's first rows and then stream its rows (the file host,
 * the Office host).
 *
 * Every visible sheet is read up to TABLE_SCAN_ROWS rows, all the case-table search looks at. When the case
 * tables can be chosen from those rows alone — one complete table, or the sheets the user named — each case
 * table with more rows is read into cases row by row as its part is scanned (its grid keeps only the first
 * rows), the other sheets the job reads (`readsWhole`) are read whole, and every other sheet keeps only its
 * first rows: nothing after the case choice looks at them. Otherwise (several tables to compare
 * case by case, no usable table, rows out of order…) null is returned and the caller reads every sheet
 * whole: the run, its messages and its errors are then exactly those of a whole read.
 */
import { isBlank } from './cell-values';
import type { SheetGrid } from './cells';
import { chooseCaseSheets, type CaseSheetChoice } from './case-sheets';
import { CaseRowReader } from './case-row-reader';
import { TABLE_SCAN_ROWS, type TableLocation } from './find-table';
import type { ReadCasesResult } from './read-cases';
import { looksLikeUnitList } from './read-units';
import { readCalendar, tablesToRead } from './score-inputs';
import type { CasesReadAhead, ScoreOptions } from './score-workbook';
import type { InputWorkbook } from './score-job';
import { CALENDAR_SHEET, INPUT_SHEET_NAMES, UNIT_LIST_SHEET } from './sheet-names';
import { foldText } from '../domain/text';
import type { HostProgress, WorkbookHost } from './workbook-host';

/** Our input sheets (criteria, national index, report information): read whole by the job, never streamed. */
const OTHER_INPUTS = new Set(INPUT_SHEET_NAMES.map(foldText));

/** Sheets scoreWorkbook reads beside the cases (score-inputs.ts), found by name. */
const LISTS = new Set([UNIT_LIST_SHEET, CALENDAR_SHEET].map(foldText));

/**
 * Whether the job reads all of a sheet's rows: our input sheets, the holiday calendar, the unit list — by its
 * name, or by its headers, which looksLikeUnitList finds in the first rows as it would in the whole grid.
 */
export const readsWhole = (head: SheetGrid): boolean => OTHER_INPUTS.has(foldText(head.name)) || LISTS.has(foldText(head.name)) || looksLikeUnitList(head);

/** Reads the job's sheets as readInputSheets does, visible ones with `readVisible`. */
type ReadSheets = (readVisible: (name: string) => Promise<SheetGrid>) => Promise<InputWorkbook>;

/** The sheets as `readSheets` reads them, each visible one only to its first TABLE_SCAN_ROWS rows (see the task pane's detection-read.ts too). */
interface HeadsRead {
  input: InputWorkbook;
  /** Visible sheets with rows below those read. */
  more: Set<string>;
  /** Rows in all, per sheet, where the host knows them without reading them. */
  rowCounts: Map<string, number>;
}

export async function readHeads(
  readSheetHead: NonNullable<WorkbookHost['readSheetHead']>,
  readSheets: ReadSheets,
  onProgress?: (p: HostProgress) => void,
): Promise<HeadsRead> {
  const more = new Set<string>();
  const rowCounts = new Map<string, number>();
  const input = await readSheets(async (name) => {
    onProgress?.({ phase: 'read', sheet: name, done: 0, total: 0 });
    const head = await readSheetHead(name, TABLE_SCAN_ROWS);
    if (head.more) more.add(name);
    if (head.rowCount !== undefined) rowCounts.set(name, head.rowCount);
    return head.grid;
  });
  return { input, more, rowCounts };
}

/** Rows streamed between two progress reports. */
const PROGRESS_ROWS = 2000;

export async function readStreamed(
  host: WorkbookHost,
  options: ScoreOptions,
  readSheets: ReadSheets,
  signal?: AbortSignal,
  onProgress?: (p: HostProgress) => void,
): Promise<(InputWorkbook & { ahead?: CasesReadAhead }) | null> {
  try {
    return await readAhead(host, options, readSheets, signal, onProgress);
  } catch (e) {
    // A damaged part, say, is reported by the whole read as it would be without this one (the same part first).
    if (signal?.aborted) throw e;
    return null;
  }
}

async function readAhead(
  host: WorkbookHost,
  options: ScoreOptions,
  readSheets: ReadSheets,
  signal: AbortSignal | undefined,
  onProgress: ((p: HostProgress) => void) | undefined,
): Promise<(InputWorkbook & { ahead?: CasesReadAhead }) | null> {
  const { readSheetHead, readSheetRows } = host;
  if (!readSheetHead || !readSheetRows) return null;
  const { input, more, rowCounts } = await readHeads(readSheetHead.bind(host), readSheets, onProgress);
  if (more.size === 0) return input; // every sheet was read whole
  const chosen = chooseFromHeads(input.grids, options);
  if (!chosen) return null;
  const { choice, tables } = chosen;
  const streamed = new Set(tables.map((t) => t.sheet).filter((s) => more.has(s)));
  // Case counts of sheets not streamed would come from their first rows only; our input sheets are read whole.
  if (choice.candidates.some((c) => more.has(c.sheet) && !streamed.has(c.sheet))) return null;
  if ([...streamed].some((s) => OTHER_INPUTS.has(foldText(s)))) return null;

  const grids = [...input.grids];
  for (const [i, grid] of grids.entries()) {
    signal?.throwIfAborted();
    if (more.has(grid.name) && !streamed.has(grid.name) && readsWhole(grid)) grids[i] = await host.readSheet(grid.name, onProgress);
  }
  const calendar = readCalendar(grids, new Set(tables.map((t) => t.sheet)), []);
  const reads: (ReadCasesResult | null)[] = [];
  const counts = new Map<string, number>();
  for (const [i, table] of tables.entries()) {
    signal?.throwIfAborted();
    if (!streamed.has(table.sheet)) {
      reads.push(null);
      continue;
    }
    const grid = grids.find((g) => g.name === table.sheet)!;
    const reader = new CaseRowReader(grid, table, calendar);
    // The count chooseCaseSheets gives a candidate: rows with a receipt cell, under the detected mapping.
    const received = choice.tables[i].mapping.received!;
    let count = 0;
    const total = rowCounts.get(table.sheet) ?? 0;
    onProgress?.({ phase: 'read', sheet: table.sheet, done: table.firstDataRowIndex, total });
    const inOrder = await readSheetRows.call(host, table.sheet, table.firstDataRowIndex, (cells, index) => {
      // Cancel (the pane's «Hủy») between rows: a long list is read in one call.
      signal?.throwIfAborted();
      if (!isBlank(cells[received] ?? null)) count++;
      reader.read(cells, grid.originRow + index);
      if ((index + 1) % PROGRESS_ROWS === 0) onProgress?.({ phase: 'read', sheet: table.sheet, done: index + 1, total });
    });
    if (!inOrder) return null;
    reads.push(reader.finish());
    counts.set(table.sheet, count);
  }
  const candidates = choice.candidates.map((c) => ({ ...c, rows: counts.get(c.sheet) ?? c.rows }));
  return { ...input, grids, ahead: { choice: { ...choice, candidates }, reads } };
}

/**
 * The choice when the first rows suffice (see the module comment), else null. Any refusal is left to the
 * whole read, whose message may need the rows not read here.
 */
function chooseFromHeads(heads: SheetGrid[], options: ScoreOptions): { choice: CaseSheetChoice; tables: TableLocation[] } | null {
  try {
    const choice = chooseCaseSheets(heads, options.caseSheets, options.headerRow);
    if (choice.selection !== 'single' && choice.selection !== 'chosen') return null;
    return { choice, tables: tablesToRead(choice.tables, options.mapping, options.headerRow) };
  } catch {
    return null;
  }
}

/**
 * The job's sheets read without ever holding a long case list's whole grid (peak memory at 200 000 cases,
 * bench/RESULTS.md), on a host that can read a sheet's first rows and then stream its rows (the file host).
 *
 * Every visible sheet is read up to TABLE_SCAN_ROWS rows, all the case-table search looks at. When the case
 * tables can be chosen from those rows alone — one complete table, or the sheets the user named — the
 * other sheets with more rows are read whole, and each case table with more rows is read into cases row by
 * row as its part is scanned; its grid keeps only the first rows. Otherwise (several tables to compare
 * case by case, no usable table, rows out of order…) null is returned and the caller reads every sheet
 * whole: the run, its messages and its errors are then exactly those of a whole read.
 */
import { isBlank } from './cell-values';
import type { SheetGrid } from './cells';
import { chooseCaseSheets, type CaseSheetChoice } from './case-sheets';
import { CaseRowReader } from './case-row-reader';
import { CRITERIA_SHEET } from './criteria-columns';
import { TABLE_SCAN_ROWS, type TableLocation } from './find-table';
import { NATIONAL_INDEX_INPUT_SHEET } from './national-index-columns';
import type { ReadCasesResult } from './read-cases';
import { readCalendar, tablesToRead } from './score-inputs';
import type { CasesReadAhead, ScoreOptions } from './score-workbook';
import type { InputWorkbook } from './score-job';
import { foldText } from '../domain/text';
import type { WorkbookHost } from './workbook-host';

/** Sheets read by other steps than the case reading, which must have all their rows. */
const OTHER_INPUTS = new Set([CRITERIA_SHEET, NATIONAL_INDEX_INPUT_SHEET].map(foldText));

/** Reads the job's sheets as readInputSheets does, visible ones with `readVisible`. */
type ReadSheets = (readVisible: (name: string) => Promise<SheetGrid>) => Promise<InputWorkbook>;

export async function readStreamed(
  host: WorkbookHost,
  options: ScoreOptions,
  readSheets: ReadSheets,
  signal?: AbortSignal,
): Promise<(InputWorkbook & { ahead?: CasesReadAhead }) | null> {
  try {
    return await readAhead(host, options, readSheets, signal);
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
): Promise<(InputWorkbook & { ahead?: CasesReadAhead }) | null> {
  const { readSheetHead, readSheetRows } = host;
  if (!readSheetHead || !readSheetRows) return null;
  const more = new Set<string>();
  const input = await readSheets(async (name) => {
    const head = await readSheetHead.call(host, name, TABLE_SCAN_ROWS);
    if (head.more) more.add(name);
    return head.grid;
  });
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
    if (more.has(grid.name) && !streamed.has(grid.name)) grids[i] = await host.readSheet(grid.name);
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
    const inOrder = await readSheetRows.call(host, table.sheet, table.firstDataRowIndex, (cells, index) => {
      if (!isBlank(cells[received] ?? null)) count++;
      reader.read(cells, grid.originRow + index);
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
    const choice = chooseCaseSheets(heads, options.caseSheets);
    if (choice.selection !== 'single' && choice.selection !== 'chosen') return null;
    return { choice, tables: tablesToRead(choice.tables, options.mapping) };
  } catch {
    return null;
  }
}

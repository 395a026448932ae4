/**
 * The workbook as the task pane's first step reads it: every visible sheet only as far as the case-table
 * search looks (TABLE_SCAN_ROWS), then whole only the sheets that hold a case table — their row counts and
 * receipt dates are shown — and those the job reads whole anyway (our input sheets, the lists). A long sheet
 * of something else (a pivot, an old report) is never read past its first rows.
 *
 * On a host that cannot read a sheet's first rows alone, every sheet is read whole, as the job would.
 */
import { findCaseTable } from './find-table';
import type { SheetGrid } from './cells';
import { readInputSheets, type InputWorkbook, type JobProgress } from './score-job';
import { readHeads, readsWhole } from './streamed-inputs';
import type { WorkbookHost } from './workbook-host';

export interface DetectionInput extends InputWorkbook {
  /** Sheets held only to their first TABLE_SCAN_ROWS rows: read one whole (withWholeSheet) before counting its rows. */
  partial: ReadonlySet<string>;
}

export async function readForDetection(host: WorkbookHost, onProgress?: (p: JobProgress) => void, signal?: AbortSignal): Promise<DetectionInput> {
  const { readSheetHead } = host;
  if (!readSheetHead) return { ...(await readInputSheets(host, onProgress, signal)), partial: new Set() };
  const { input, more: partial } = await readHeads(readSheetHead.bind(host), (readVisible) => readInputSheets(host, onProgress, signal, readVisible), onProgress);
  const tables = new Set(findCaseTable(input.grids).candidates.map((t) => t.sheet));
  let read: DetectionInput = { ...input, partial };
  for (const grid of input.grids) {
    if (!partial.has(grid.name) || !(tables.has(grid.name) || readsWhole(grid))) continue;
    signal?.throwIfAborted();
    read = withWholeSheet(read, await host.readSheet(grid.name, onProgress));
  }
  return read;
}

/** `input` with `whole`, a sheet it held to its first rows, read whole. */
export function withWholeSheet(input: DetectionInput, whole: SheetGrid): DetectionInput {
  const partial = new Set(input.partial);
  partial.delete(whole.name);
  return { ...input, grids: input.grids.map((g) => (g.name === whole.name ? whole : g)), partial };
}

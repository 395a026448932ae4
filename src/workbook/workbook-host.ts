/**
 * What a front end needs from wherever the workbook lives — a file (our reader + package writer) or the
 * open workbook in Excel (Office.js). The scoring job only talks to this interface.
 */
import type { CellValue, SheetGrid, SheetVisibility } from './cells';
import type { SheetModel } from './sheet-model';

export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
}

/** Progress of a long read or write, for the task pane's progress bar. */
export interface HostProgress {
  phase: 'read' | 'write';
  sheet: string;
  done: number;
  total: number;
  /** While writing several sheets: this sheet's place (1-based) among them, and how many there are. */
  sheetNumber?: number;
  sheetCount?: number;
}

export interface SheetChanges {
  /** Sheets an earlier run made that this run replaces (see result-sheets.ts). */
  remove: string[];
  /** Sheets to add at the end, in order. */
  add: SheetModel[];
  /** Names among `add` to hide from the user (the marker sheet). */
  veryHidden: string[];
  /** The sheet to show when done. */
  activate?: string;
}

export interface WorkbookHost {
  listSheets(): Promise<SheetInfo[]>;
  /** All the sheet's used cells as a grid; rows come in chunks on large sheets. */
  readSheet(name: string, onProgress?: (p: HostProgress) => void): Promise<SheetGrid>;
  /**
   * Optional, for a long case list never held whole (streamed-inputs.ts): the sheet's rows above `limit`,
   * whether it has more, and — when the host knows it without reading them — how many rows it has in all.
   */
  readSheetHead?(name: string, limit: number): Promise<{ grid: SheetGrid; more: boolean; rowCount?: number }>;
  /**
   * Optional, with readSheetHead: each row from index `from` on, in order, as `readSheet`'s grid would hold
   * it (blank rows empty); false when the rows can only be read as a grid.
   */
  readSheetRows?(name: string, from: number, onRow: (cells: CellValue[], index: number) => void): Promise<boolean>;
  applyChanges(changes: SheetChanges, onProgress?: (p: HostProgress) => void): Promise<void>;
  /**
   * A warning about the workbook's date system, when the host could not read it plainly (Excel's 1904
   * system, or a failed detection); null or absent when dates read as written.
   */
  dateSystemNotice?(): string | null;
}

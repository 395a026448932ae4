/**
 * What the task pane needs from Office besides the workbook itself (WorkbookHost). Components receive
 * these as props and never call Office.js; index.tsx wires the real ones, tests pass fakes.
 */
import type { SavedChoices } from '../workbook/saved-choices';

export type { SavedChoices };

/** Moves Excel's focus to a result sheet or to the cell a data issue points at. */
export interface Navigator {
  activateSheet(name: string): Promise<void>;
  /** `row` is 1-based; `column` a letter such as 'D', or null for the whole row. */
  selectCell(sheet: string, row: number, column: string | null): Promise<void>;
}

/** The user's choices kept in the workbook, so reopening the file brings them back. */
export interface SettingsStore {
  /** null when the workbook holds none (or unreadable ones). */
  load(): SavedChoices | null;
  save(choices: SavedChoices): Promise<void>;
}

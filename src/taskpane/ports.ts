/**
 * What the task pane needs from Office besides the workbook itself (WorkbookHost). Components receive
 * these as props and never call Office.js; src/office implements them, tests pass fakes.
 */
import type { SavedChoices } from '../workbook/saved-choices';

export type { SavedChoices };

/** Moves Excel's focus to a result sheet or to the cell a data issue points at. */
export interface Navigator {
  activateSheet(name: string): Promise<void>;
  /** `row` is 1-based; `column` a letter such as 'D', or null for the whole row. */
  selectCell(sheet: string, row: number, column: string | null): Promise<void>;
  /** Selects the row naming `unit` in `sheet` (the unit's line in «Tiêu chí bổ sung»), found as the sheet is now. */
  selectUnit(sheet: string, unit: string): Promise<void>;
}

/** The user's choices kept in the workbook, so reopening the file brings them back. */
export interface SettingsStore {
  /** null when the workbook holds none (or unreadable ones). */
  load(): SavedChoices | null;
  save(choices: SavedChoices): Promise<void>;
}

export type ThemeKind = 'light' | 'dark';

/** The pane's surroundings: the open file, Office's theme, and whether this user has seen the welcome. */
export interface PaneEnvironment {
  /** The open file's name («Hồ sơ quý I.xlsx»), or null for a new file never saved. */
  fileName(): string | null;
  theme(): ThemeKind;
  /** Calls `listener` when Office's theme changes; returns the way to stop. Hosts without the event never call it. */
  onThemeChange(listener: (theme: ThemeKind) => void): () => void;
  welcomeSeen(): boolean;
  /** Remembers that the welcome was closed, so it does not open by itself again. */
  rememberWelcomeSeen(): void;
}

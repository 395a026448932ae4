/**
 * The task pane's choices as kept inside the workbook, so whoever reopens the file gets the same case
 * sheet, columns and period back. Host-neutral data: the task pane reads and writes it through its
 * SettingsStore port (src/taskpane/ports.ts); the Office adapter (src/office/document-settings.ts) stores it.
 */
import type { CaseField } from './columns';

interface SavedColumn {
  /** Header text as the sheet shows it. */
  header: string;
  /** 0-based column within the table when saved; breaks ties between equal headers. */
  index: number;
}

export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

export interface SavedPeriod {
  kind: PeriodKind;
  year: number;
  /** 1–12 */
  month: number;
  /** 1–4 */
  quarter: number;
  /** YYYY-MM-DD, used by 'custom'; '' when not set. */
  from: string;
  to: string;
  /** YYYY-MM-DD; null follows the end of the period. */
  asOf: string | null;
}

export interface SavedChoices {
  sheet: string;
  /** Per field: the chosen column, or null when the user removed a column the detection had chosen. */
  columns: Partial<Record<CaseField, SavedColumn | null>>;
  period: SavedPeriod | null;
  /** 1-based header row of a table the user placed by hand (no table was detected); absent otherwise. */
  headerRow?: number;
}

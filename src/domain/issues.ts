/**
 * A problem found in the input, always located so the user can find the cell: sheet, 1-based row and
 * the column's letter (or header). Messages are Vietnamese; they go to `Kiểm tra dữ liệu` and the JSON.
 */
export interface DataIssue {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
  /** 'error': the row or value was skipped; 'warning': used, but suspicious. */
  severity: 'error' | 'warning';
}

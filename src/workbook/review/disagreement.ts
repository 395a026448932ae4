/** One printed figure that the review does not accept, located so the reviewer can find the cell. */
import { roundHalfUp } from '../../domain/rounding';
import type { SubmittedTable, TableColumn } from './read-submitted';
import type { TableRow } from './table-rows';

export type Severity = 'error' | 'warning';
/** A figure as compared: a number, a text as printed («25%», «Tốt»), or null (blank / not computable). */
export type Shown = number | string | null;

export interface Disagreement {
  /** The unit (or the «Tổng» row) the figure belongs to. */
  unit: string;
  /** What was compared, in Vietnamese: «Tổng điểm», «Tiêu chí 8», «Tỷ lệ trễ hạn (%)», «Cân đối tổng số». */
  item: string;
  submitted: Shown;
  recomputed: Shown;
  /** submitted − recomputed, when both are numbers (2 decimals). */
  difference: number | null;
  /** The RULES.md section and the rule in plain words. */
  rule: string;
  severity: Severity;
  sheet: string;
  /** 1-based row and column letter of the printed figure. */
  row: number;
  column: string | null;
}

export interface Finding {
  item: string;
  /** As printed: the text written («4,3», «25%») when the cell held text. */
  submitted: Shown;
  /** The submitted figure's number when `submitted` is its text, for the difference. */
  value?: number | null;
  recomputed: Shown;
  rule: string;
  severity: Severity;
  column?: TableColumn;
}

export function located(table: SubmittedTable, row: TableRow, f: Finding): Disagreement {
  const submitted = f.value ?? (typeof f.submitted === 'number' ? f.submitted : null);
  return {
    unit: row.label,
    item: f.item,
    submitted: f.submitted,
    recomputed: f.recomputed,
    difference: submitted !== null && typeof f.recomputed === 'number' ? roundHalfUp(submitted - f.recomputed, 2) : null,
    rule: f.rule,
    severity: f.severity,
    sheet: table.sheet,
    row: row.row,
    column: f.column?.letter ?? null,
  };
}

/** Equal at `decimals` places: figures are printed rounded, so smaller differences are not disagreements. */
export const sameAt = (a: number, b: number, decimals: number): boolean => Math.abs(roundHalfUp(a - b, decimals)) < 10 ** -decimals / 2;

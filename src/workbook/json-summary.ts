/**
 * The JSON summary other tools read. Its field names are a contract (README, "JSON summary"): add fields,
 * never rename or remove them.
 */
import { COUNT_KEYS, type Counts, type UnitTotals } from '../domain/aggregate';
import { formatIso } from '../domain/dates';
import type { DataIssue } from '../domain/issues';
import type { UnitScore } from '../domain/scoring';
import type { ScoreRun } from './score-workbook';

/**
 * The unit's counts (see `Counts` in src/domain/aggregate.ts; `extended`, the cases of `total` with a new
 * appointment date, was added last) and rates, then its Decision 1187 score.
 */
export type JsonUnit = Pick<UnitTotals, 'name' | 'level' | 'parent' | keyof Counts | 'lateRateOfResolved' | 'lateRateOfTotal'> & {
  /** Decision 1187: Tiêu chí 1–9 in the profile's column order (null: missing or left out). */
  criteria: (number | null)[];
  /** The 1187 total score; named so because `total` is the number of cases (an earlier contract). */
  scoreTotal: number | null;
  dtbCcvc: number | null;
  classification: string | null;
  rank: number | null;
};

export interface JsonSummary {
  /** `source`: "given" (flags, the pane) or "receipts" (the quarter holding the bulk of the receipt dates). */
  period: { from: string; to: string; asOf: string; source: ScoreRun['periodSource'] };
  /** The case sheets read, how they were chosen (case-sheets.ts) and the sentence saying so. */
  input: {
    sheets: { sheet: string; headerRow: number; rows: number; skipped: number }[];
    selection: ScoreRun['selection'];
    note: string | null;
  };
  units: JsonUnit[];
  issues: Pick<DataIssue, 'sheet' | 'row' | 'column' | 'message'>[];
}

/** `scores` are in the order of `run.units`, as `scoreRun` returns them. */
export function jsonSummary(run: ScoreRun, scores: readonly UnitScore[], issues: readonly DataIssue[]): JsonSummary {
  return {
    period: { from: formatIso(run.period.from), to: formatIso(run.period.to), asOf: formatIso(run.period.asOf), source: run.periodSource },
    input: {
      sheets: run.sheetsRead.map((r) => ({ sheet: r.sheet, headerRow: r.headerRow, rows: r.rowsRead, skipped: r.rowsSkipped })),
      selection: run.selection,
      note: run.selectionNote,
    },
    units: run.units.map((u, i) => ({ ...unitCounts(u), ...scoreFields(scores[i]) })),
    issues: issues.map(({ sheet, row, column, message }) => ({ sheet, row, column, message })),
  };
}

function unitCounts(u: UnitTotals): Omit<JsonUnit, keyof ReturnType<typeof scoreFields>> {
  const counts = {} as Counts;
  for (const k of COUNT_KEYS) counts[k] = u[k];
  return { name: u.name, level: u.level, parent: u.parent, ...counts, lateRateOfResolved: u.lateRateOfResolved, lateRateOfTotal: u.lateRateOfTotal };
}

function scoreFields(s: UnitScore | undefined): Pick<JsonUnit, 'criteria' | 'scoreTotal' | 'dtbCcvc' | 'classification' | 'rank'> {
  return {
    criteria: s ? [...s.criteria] : [],
    scoreTotal: s?.total ?? null,
    dtbCcvc: s?.dtbCcvc ?? null,
    classification: s?.classification ?? null,
    rank: s?.rank ?? null,
  };
}

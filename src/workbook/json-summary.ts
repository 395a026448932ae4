/**
 * The JSON summary other tools read. Its field names are a contract (README, "JSON summary"): add fields,
 * never rename or remove them.
 */
import type { UnitTotals } from '../domain/aggregate';
import { formatIso } from '../domain/dates';
import type { DataIssue } from '../domain/issues';
import type { UnitScore } from '../domain/scoring';
import type { ScoreRun } from './score-workbook';

export interface JsonUnit {
  name: string;
  level: UnitTotals['level'];
  parent: string | null;
  total: number;
  receivedInPeriod: number;
  carriedOver: number;
  online: number;
  direct: number;
  postal: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  returned: number;
  inProgress: number;
  withinDeadline: number;
  overdue: number;
  withdrawn: number;
  lateRateOfResolved: number | null;
  lateRateOfTotal: number | null;
  /** Decision 1187: Tiêu chí 1–9 in the profile's column order (null: missing or left out). */
  criteria: (number | null)[];
  /** The 1187 total score; named so because `total` is the number of cases (an earlier contract). */
  scoreTotal: number | null;
  dtbCcvc: number | null;
  classification: string | null;
  rank: number | null;
}

export interface JsonSummary {
  period: { from: string; to: string; asOf: string };
  units: JsonUnit[];
  issues: Pick<DataIssue, 'sheet' | 'row' | 'column' | 'message'>[];
}

/** `scores` are in the order of `run.units`, as `scoreRun` returns them. */
export function jsonSummary(run: ScoreRun, scores: readonly UnitScore[], issues: readonly DataIssue[]): JsonSummary {
  return {
    period: { from: formatIso(run.period.from), to: formatIso(run.period.to), asOf: formatIso(run.period.asOf) },
    units: run.units.map((u, i) => ({ ...unitCounts(u), ...scoreFields(scores[i]) })),
    issues: issues.map(({ sheet, row, column, message }) => ({ sheet, row, column, message })),
  };
}

function unitCounts(u: UnitTotals): Omit<JsonUnit, keyof ReturnType<typeof scoreFields>> {
  return {
    name: u.name,
    level: u.level,
    parent: u.parent,
    total: u.total,
    receivedInPeriod: u.receivedInPeriod,
    carriedOver: u.carriedOver,
    online: u.online,
    direct: u.direct,
    postal: u.postal,
    resolved: u.resolved,
    early: u.early,
    onTime: u.onTime,
    late: u.late,
    returned: u.returned,
    inProgress: u.inProgress,
    withinDeadline: u.withinDeadline,
    overdue: u.overdue,
    withdrawn: u.withdrawn,
    lateRateOfResolved: u.lateRateOfResolved,
    lateRateOfTotal: u.lateRateOfTotal,
  };
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

/**
 * The JSON summary other tools read. Its field names are a contract (README, "Tóm tắt JSON"): add fields,
 * never rename or remove them.
 */
import type { UnitTotals } from '../domain/aggregate';
import { formatIso } from '../domain/dates';
import type { DataIssue } from '../domain/issues';
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
}

export interface JsonSummary {
  period: { from: string; to: string; asOf: string };
  units: JsonUnit[];
  issues: Pick<DataIssue, 'sheet' | 'row' | 'column' | 'message'>[];
}

export function jsonSummary(run: ScoreRun): JsonSummary {
  return {
    period: { from: formatIso(run.period.from), to: formatIso(run.period.to), asOf: formatIso(run.period.asOf) },
    units: run.units.map((u) => ({
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
    })),
    issues: run.issues.map(({ sheet, row, column, message }) => ({ sheet, row, column, message })),
  };
}

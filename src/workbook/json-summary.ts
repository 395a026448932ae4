/**
 * The JSON summary other tools read. Its field names are a contract (README, "JSON summary"): add fields,
 * never rename or remove them.
 */
import { COUNT_KEYS, type Counts, type UnitTotals } from '../domain/aggregate';
import { formatIso } from '../domain/dates';
import type { DataIssue } from '../domain/issues';
import type { MetricScore, UnitNationalIndex } from '../domain/national-index';
import type { NationalIndexGroupId, UnitScore } from '../domain/scoring';
import type { PreviousComparison, PreviousUnit } from './previous-period';
import type { ScoreRun } from './score-workbook';

/**
 * The unit's counts (see `Counts` in src/domain/aggregate.ts; `extended`, the cases of `total` with a new
 * appointment date, was added last) and rates, then its Decision 1187 score.
 */
type JsonUnit = Pick<UnitTotals, 'name' | 'level' | 'parent' | keyof Counts | 'lateRateOfResolved' | 'lateRateOfTotal'> & {
  /** Decision 1187: Tiêu chí 1–9 in the profile's column order (null: missing or left out). */
  criteria: (number | null)[];
  /** The 1187 total score; named so because `total` is the number of cases (an earlier contract). */
  scoreTotal: number | null;
  dtbCcvc: number | null;
  classification: string | null;
  rank: number | null;
  nationalIndex: JsonNationalIndex;
  /** The unit's figures for the previous period (issue 16); null when the rows do not cover it (`previousPeriod.note`). */
  previous: JsonPrevious | null;
};

/**
 * The previous period's counts and rates, its 1187 total score and rank (null where a criterion is only typed
 * for this period: `previousPeriod.scoreNote`).
 */
type JsonPrevious = Pick<UnitTotals, 'total' | 'resolved' | 'late' | 'overdue' | 'lateRateOfResolved' | 'lateRateOfTotal'> & {
  period: { from: string; to: string };
  scoreTotal: number | null;
  rank: number | null;
};

/**
 * The national index of QĐ 766 (RULES.md §7). Group ids: cong-khai, tien-do, truc-tuyen, thanh-toan, so-hoa,
 * hai-long. `points` is null where neither the rows nor the user give it; numerator, denominator and rate
 * (%, 2 decimals) are set when the rows give the metric; `source` says where the points came from.
 * `total` needs all six groups; `rank` is within the level; `pointsLostToLate` is the Tiến độ lost to late
 * and overdue cases (null when the unit handled no case).
 */
interface JsonNationalIndex {
  groups: { id: NationalIndexGroupId; name: string; max: number; points: number | null; metrics: JsonIndexMetric[] }[];
  total: number | null;
  rank: number | null;
  pointsLostToLate: number | null;
}

type JsonIndexMetric = Pick<MetricScore, 'id' | 'name' | 'numerator' | 'denominator' | 'rate' | 'points' | 'max' | 'source'>;

export interface JsonSummary {
  /** `source`: "given" (flags, the pane) or "receipts" (the quarter holding the bulk of the receipt dates). */
  period: { from: string; to: string; asOf: string; source: ScoreRun['periodSource'] };
  /** The case sheets read, how they were chosen (case-sheets.ts) and the sentence saying so. */
  input: {
    sheets: { sheet: string; headerRow: number; rows: number; skipped: number }[];
    selection: ScoreRun['selection'];
    note: string | null;
  };
  /** Said when the period lies outside the dates the profile's national basis was in force (RULES §5); else null. */
  profileNotice: string | null;
  /**
   * The period compared with: the same length just before this one. `covered` says whether the rows hold
   * it; `note` says why not (else null); `scoreNote` why previous 1187 totals are missing (else null). Null
   * only when the caller made no comparison (the job always makes one).
   */
  previousPeriod: { from: string; to: string; covered: boolean; note: string | null; scoreNote: string | null } | null;
  units: JsonUnit[];
  issues: Pick<DataIssue, 'sheet' | 'row' | 'column' | 'message'>[];
}

/** `scores` and `nationalIndex` are in the order of `run.units`, as `scoreRun` and `scoreRunNationalIndex` return them. */
export function jsonSummary(
  run: ScoreRun,
  scores: readonly UnitScore[],
  issues: readonly DataIssue[],
  nationalIndex: readonly UnitNationalIndex[],
  profileNotice: string | null = null,
  previous: PreviousComparison | null = null,
): JsonSummary {
  return {
    period: { from: formatIso(run.period.from), to: formatIso(run.period.to), asOf: formatIso(run.period.asOf), source: run.periodSource },
    input: {
      sheets: run.sheetsRead.map((r) => ({ sheet: r.sheet, headerRow: r.headerRow, rows: r.rowsRead, skipped: r.rowsSkipped })),
      selection: run.selection,
      note: run.selectionNote,
    },
    profileNotice,
    previousPeriod: previous && { ...isoPeriod(previous), covered: previous.units !== null, note: previous.note, scoreNote: previous.scoreNote },
    units: run.units.map((u, i) => ({
      ...unitCounts(u),
      ...scoreFields(scores[i]),
      nationalIndex: nationalIndexFields(nationalIndex[i]),
      previous: previous?.units ? previousFields(isoPeriod(previous), previous.units[i]) : null,
    })),
    issues: issues.map(({ sheet, row, column, message }) => ({ sheet, row, column, message })),
  };
}

const isoPeriod = ({ period }: PreviousComparison): JsonPrevious['period'] => ({ from: formatIso(period.from), to: formatIso(period.to) });

function previousFields(period: JsonPrevious['period'], p: PreviousUnit): JsonPrevious {
  const { total, resolved, late, overdue, lateRateOfResolved, lateRateOfTotal } = p.totals;
  return { period, total, resolved, late, overdue, lateRateOfResolved, lateRateOfTotal, scoreTotal: p.score.total, rank: p.score.rank };
}

function unitCounts(u: UnitTotals): Omit<JsonUnit, keyof ReturnType<typeof scoreFields> | 'nationalIndex' | 'previous'> {
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

function nationalIndexFields(n: UnitNationalIndex): JsonNationalIndex {
  return {
    groups: n.groups.map((g) => ({
      id: g.id,
      name: g.name,
      max: g.max,
      points: g.points,
      metrics: g.metrics.map((m) => ({ id: m.id, name: m.name, numerator: m.numerator, denominator: m.denominator, rate: m.rate, points: m.points, max: m.max, source: m.source })),
    })),
    total: n.total,
    rank: n.rank,
    pointsLostToLate: n.progress?.pointsLost ?? null,
  };
}

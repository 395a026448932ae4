/**
 * The national index of QĐ 766 per unit (RULES.md §7): each metric from a rate of the case rows or typed by
 * the user from the portal's figures — a rate of the rows wins, a typed value fills in only where the rows
 * cannot give it — group points, the total when all six groups are known, and the rank within the level.
 * No classes: none are official.
 */
import type { Level } from '../cases';
import { roundHalfUp } from '../rounding';
import type { IndexMetricRule, NationalIndexGroupId, RowSource, RulesProfile } from '../scoring/profile-types';
import { ranksWithinLevels } from '../scoring/rank';
import { progressPointsLost, progressPointsPerCase, progressRule, progressTally, type ProgressCounts, type ProgressTally } from './progress';
import { ratePoints } from './rate-points';
import type { RowRatios } from './row-tally';

/** Points as typed, or a value not allowed, as the user wrote it with its place: «abc» (ô D7). */
export type EnteredPoints = number | { invalid: string };

export interface UnitIndexInput {
  name: string;
  level: Level;
  counts: ProgressCounts;
  rows: RowRatios;
  /** Points typed in «Chỉ số 766 bổ sung», by metric id; no key for a blank cell. */
  entered?: ReadonlyMap<string, EnteredPoints>;
}

/** Why the rows gave no figure: no case to count, or `cases` of the `of` cases to count whose value is unknown. */
export type RowsLack = { kind: 'noCases' } | { kind: 'noData'; cases: number; of: number };

export interface MetricScore {
  id: string;
  name: string;
  max: number;
  /** The rate of the rows the metric is computed from; null for a metric that is always typed. */
  rowSource: RowSource | null;
  /** Where `points` came from; null when neither the rows nor the user gave it. */
  source: 'rows' | 'entered' | null;
  /** Set when the points come from the rows; the rate in %, 2 decimals. */
  numerator: number | null;
  denominator: number | null;
  rate: number | null;
  points: number | null;
  /** Why the rows could not give the figure (metrics with a `rowSource`). */
  lack: RowsLack | null;
  /** What was typed: used, not used because the rows give the figure, not allowed, or nothing. */
  entry: 'used' | 'unused' | 'invalid' | null;
}

export interface GroupScore {
  id: NationalIndexGroupId;
  name: string;
  max: number;
  /** Null unless every metric of the group has points. */
  points: number | null;
  metrics: MetricScore[];
}

/** Tiến độ in counts: late and overdue cases each cost `pointsPerCase`, `pointsLost` in all. */
interface ProgressDetail extends ProgressTally {
  notOnTime: number;
  pointsLost: number;
  pointsPerCase: number;
}

export interface UnitNationalIndex {
  name: string;
  level: Level;
  groups: GroupScore[];
  max: number;
  /** Null unless all six groups are known. */
  total: number | null;
  /** Within the level, by total; null without a total. */
  rank: number | null;
  /** Null when the unit handled no case in the period. */
  progress: ProgressDetail | null;
}

export function scoreNationalIndex(inputs: readonly UnitIndexInput[], profile: RulesProfile): UnitNationalIndex[] {
  const units = inputs.map((input) => scoreUnit(input, profile));
  const ranks = ranksWithinLevels(units, (a, b) => (a.total ?? 0) - (b.total ?? 0), profile.ranking.ties);
  return units.map((u) => ({ ...u, rank: ranks.get(u) ?? null }));
}

function scoreUnit(input: UnitIndexInput, profile: RulesProfile): UnitNationalIndex {
  const rules = profile.nationalIndex;
  const { decimals } = rules;
  const tally = progressTally(input.counts, rules);
  const groups = rules.groups.map((group): GroupScore => {
    const metrics = group.metrics.map((rule) => scoreMetric(rule, input, tally, decimals));
    return { id: group.id, name: group.name, max: sumShown(metrics.map((m) => m.max), decimals), points: sumIfKnown(metrics.map((m) => m.points), decimals), metrics };
  });
  const progress: ProgressDetail | null =
    tally.handled === 0
      ? null
      : {
          ...tally,
          notOnTime: tally.handled - tally.onTime,
          pointsLost: progressPointsLost(tally, progressRule(rules), decimals),
          pointsPerCase: progressPointsPerCase(input.counts, profile)!,
        };
  return {
    name: input.name,
    level: input.level,
    groups,
    max: sumShown(groups.map((g) => g.max), decimals),
    total: sumIfKnown(groups.map((g) => g.points), decimals),
    rank: null,
    progress,
  };
}

function scoreMetric(rule: IndexMetricRule, input: UnitIndexInput, tally: ProgressTally, decimals: number): MetricScore {
  const typed = input.entered?.get(rule.id);
  const base = { id: rule.id, name: rule.name, max: rule.max, numerator: null, denominator: null, rate: null };
  if (rule.source === 'entered') return { ...base, rowSource: null, lack: null, ...fromEntry(typed, rule.max, decimals) };
  const ratio = rule.source === 'progress' ? { part: tally.onTime, whole: tally.handled, lacking: 0 } : input.rows[rule.source];
  const figure = ratio.lacking === 0 ? ratePoints(ratio.part, ratio.whole, rule, decimals) : null;
  if (figure) {
    const entry = typed === undefined ? null : typeof typed === 'number' ? 'unused' : 'invalid';
    return { ...base, rowSource: rule.source, source: 'rows', numerator: ratio.part, denominator: ratio.whole, ...figure, lack: null, entry };
  }
  const lack: RowsLack = ratio.lacking > 0 ? { kind: 'noData', cases: ratio.lacking, of: ratio.whole + ratio.lacking } : { kind: 'noCases' };
  return { ...base, rowSource: rule.source, lack, ...fromEntry(typed, rule.max, decimals) };
}

/** A typed value is used as typed (rounded to the index's decimals) when it lies within 0–max. */
function fromEntry(typed: EnteredPoints | undefined, max: number, decimals: number): Pick<MetricScore, 'source' | 'points' | 'entry'> {
  if (typed === undefined) return { source: null, points: null, entry: null };
  if (typeof typed !== 'number' || !Number.isFinite(typed) || typed < 0 || typed > max) return { source: null, points: null, entry: 'invalid' };
  return { source: 'entered', points: roundHalfUp(typed, decimals), entry: 'used' };
}

/** The sum of figures as shown; rounding again removes binary noise (4,8 + 5,33 = 10,129999…). */
function sumShown(values: readonly number[], decimals: number): number {
  return roundHalfUp(values.reduce((s, v) => s + v, 0), decimals);
}

function sumIfKnown(values: readonly (number | null)[], decimals: number): number | null {
  return values.every((v): v is number => v !== null) ? sumShown(values, decimals) : null;
}

/**
 * Sums of per-case points for one unit — over the unit and per one-stop handler (for ĐTB CCVC) — from
 * which per-unit indicators are computed. Kept as sums and counts, not averages, so that a unit's figure
 * is always "points ÷ evaluated cases", explainable from the case list.
 */
import type { CaseRecord, CaseStatus } from '../cases';
import { casePoints, type CasePoints } from './case-points';
import { PER_CASE_INDICATORS, type PerCaseIndicator, type RulesProfile } from './profile-types';

interface IndicatorTally {
  points: number;
  /** Evaluated cases that had a value; fewer than the evaluated cases means the indicator is missing. */
  scoredCases: number;
}

export interface CaseTally {
  evaluatedCases: number;
  indicators: Record<PerCaseIndicator, IndicatorTally>;
}

export interface UnitAccumulation extends CaseTally {
  /** Tallies per handler named in the data; empty when no evaluated case names one. */
  handlers: Map<string, CaseTally>;
  casesWithoutHandler: number;
}

export interface ScoringCase {
  record: CaseRecord;
  status: CaseStatus;
}

/** Tallies the cases of ONE unit (the caller groups cases by unit). Cases not resolved in the period are skipped. */
export function accumulate(cases: readonly ScoringCase[], profile: RulesProfile): UnitAccumulation {
  const unit: UnitAccumulation = { ...emptyTally(), handlers: new Map(), casesWithoutHandler: 0 };
  for (const { record, status } of cases) {
    const points = casePoints(record, status, profile);
    if (points === null) continue;
    addCase(unit, points);
    if (record.handler === null) {
      unit.casesWithoutHandler++;
      continue;
    }
    let handler = unit.handlers.get(record.handler);
    if (!handler) unit.handlers.set(record.handler, (handler = emptyTally()));
    addCase(handler, points);
  }
  return unit;
}

/** Exact average of an indicator, or null when some evaluated case lacks its value (or none was evaluated). */
export function indicatorAverage(tally: CaseTally, indicator: PerCaseIndicator): number | null {
  const { points, scoredCases } = tally.indicators[indicator];
  return tally.evaluatedCases > 0 && scoredCases === tally.evaluatedCases ? points / tally.evaluatedCases : null;
}

function emptyTally(): CaseTally {
  const indicators = {} as Record<PerCaseIndicator, IndicatorTally>;
  for (const i of PER_CASE_INDICATORS) indicators[i] = { points: 0, scoredCases: 0 };
  return { evaluatedCases: 0, indicators };
}

function addCase(tally: CaseTally, points: CasePoints): void {
  tally.evaluatedCases++;
  for (const i of PER_CASE_INDICATORS) {
    const p = points[i];
    if (p === null) continue;
    tally.indicators[i].points += p;
    tally.indicators[i].scoredCases++;
  }
}

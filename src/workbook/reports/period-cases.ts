/** The few cases a list sheet shows, picked from the run without a RunCase for each of its cases. */
import type { CaseRecord, CaseStatus } from '../../domain/cases';
import type { ScoreRun } from '../score-workbook';
import type { RunCase } from './case-groups';

/**
 * The cases of the period (RULES.md §3) that `keep` accepts, in the run's order, each with its unit:
 * `casesInPeriod(run).filter(…)` without its 200 000 short-lived wrappers at the size of a province-year.
 */
export function casesInPeriodWhere(run: ScoreRun, keep: (record: CaseRecord, status: CaseStatus) => boolean): RunCase[] {
  const out: RunCase[] = [];
  for (let i = 0; i < run.cases.length; i++) {
    const status = run.statuses[i];
    if (status.outcome !== 'outside' && keep(run.cases[i], status)) out.push({ record: run.cases[i], status, unit: run.units[run.caseUnit[i]] });
  }
  return out;
}

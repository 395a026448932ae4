/** A run's cases with their unit, and the unit and name orders shared by the report forms. */
import { addCase, zeroCounts, type Counts, type UnitTotals } from '../../domain/aggregate';
import type { CaseRecord, CaseStatus, Level } from '../../domain/cases';
import { groupUnits } from '../../domain/grouping';
import type { ScoreRun } from '../score-workbook';

export interface RunCase {
  record: CaseRecord;
  status: CaseStatus;
  unit: UnitTotals;
}

/** Where a case leaves a column blank, reports group it under these. */
export const NO_FIELD = '(Không ghi lĩnh vực)';
export const NO_PROCEDURE = '(Không ghi thủ tục)';
export const NO_HANDLER = '(Không ghi cán bộ)';

/** Levels as the workbook lists them everywhere: province, district, commune. */
export const LEVELS: readonly Level[] = ['Tỉnh', 'Huyện', 'Xã'];
export const LEVEL_NAMES: Record<Level, string> = { Tỉnh: 'cấp tỉnh', Huyện: 'cấp huyện', Xã: 'cấp xã' };

export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Units in report order: provincial units, each district with its communes, communes without district. */
export function orderedUnits(run: ScoreRun): UnitTotals[] {
  const g = groupUnits(run.units, run.keepUnitOrder);
  return [...g.provincial, ...g.districts.flatMap((d) => [...(d.district ? [d.district] : []), ...d.communes]), ...g.communesWithoutDistrict];
}

/**
 * Per run, its cases in the period: two forms group them, and 200 000 wrappers made once instead of per form
 * are ~10 MB less for the heap to grow by while the sheets are written (peak memory, bench/RESULTS.md).
 * Keyed by the status list, which a run is given once (scoreWorkbook) and never changes.
 */
const periodCases = new WeakMap<readonly CaseStatus[], readonly RunCase[]>();

/** The cases the period counts (RULES.md §3), each with its unit as the totals name it. */
export function casesInPeriod(run: ScoreRun): readonly RunCase[] {
  const known = periodCases.get(run.statuses);
  if (known) return known;
  const out: RunCase[] = [];
  for (let i = 0; i < run.cases.length; i++) {
    const status = run.statuses[i];
    // The run's unit index, not the name: a name read in TCVN3 or merged into a listed unit is no unit's name.
    if (status.outcome !== 'outside') out.push({ record: run.cases[i], status, unit: run.units[run.caseUnit[i]] });
  }
  periodCases.set(run.statuses, out);
  return out;
}

/** Cases per key, in the order keys are first seen. */
export function groupBy<K>(cases: readonly RunCase[], key: (c: RunCase) => K): Map<K, RunCase[]> {
  const groups = new Map<K, RunCase[]>();
  for (const c of cases) {
    const k = key(c);
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  return groups;
}

/**
 * Cases per name (field, procedure) with their counts, names in Vietnamese order and `missing` — the
 * «(Không ghi …)» placeholder — last.
 */
export function countByName(cases: readonly RunCase[], key: (c: RunCase) => string, missing: string): { name: string; cases: RunCase[]; counts: Counts }[] {
  return [...groupBy(cases, key)]
    .sort(([a], [b]) => Number(a === missing) - Number(b === missing) || collator.compare(a, b))
    .map(([name, list]) => {
      const counts = zeroCounts();
      for (const c of list) addCase(counts, c.record, c.status);
      return { name, cases: list, counts };
    });
}

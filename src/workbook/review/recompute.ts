/**
 * The normal scoring pipeline on a submitted workbook's own case rows (scoreWorkbook, the `Tiêu chí bổ
 * sung` sheet, scoreRun), for the period its tables state. What the cases cannot give — per-unit criteria
 * nobody typed in `Tiêu chí bổ sung`, per-case criteria without a source column, ĐTB CCVC — is taken from
 * the unit's own self-scored row, so only what the cases decide is judged; #9 is left to be derived from
 * the online-filing share, as the profile says.
 */
import type { PerUnitIndicator, RulesProfile } from '../../domain/scoring';
import { foldText } from '../../domain/text';
import type { SheetGrid } from '../cells';
import { CRITERIA_SHEET, type InputIndicator } from '../criteria-columns';
import { readCriteriaSheet, type CriteriaEntries } from '../read-criteria';
import { RATIO_SOURCES, scoreRun, type RunUnitScore } from '../score-units';
import { scoreWorkbook, type ScoreRun } from '../score-workbook';
import { caseGroups } from './case-names';
import type { CaseBasis } from './row-basis';
import type { CriteriaOrder } from './criteria-order';
import type { SubmittedTable } from './read-submitted';
import { unitKey } from './unit-key';
import type { ScoreBasis } from './score-table-check';
import { scoreRows, type ScoreRow } from './score-rows';

export interface Recomputation {
  run: ScoreRun;
  scores: RunUnitScore[];
  counts: CaseBasis;
  scoreBasis: ScoreBasis;
}

const isPerUnit = (i: number): i is PerUnitIndicator => i === 5 || i === 6 || i === 8 || i === 9;

/** Whether a criterion the table prints may stand in for data the workbook lacks (never #1; #9 only if not derivable). */
function mayTakeFromTable(indicator: number, profile: RulesProfile): boolean {
  if (indicator === 1) return false;
  if (!isPerUnit(indicator)) return true;
  const rule = profile.perUnit[`${indicator}`];
  return rule.source === 'entered' || RATIO_SOURCES[rule.derivedFrom] === null;
}

/** The case rows scored for the period the tables state. Throws InputError when the case list cannot be used. */
export function caseRun(grids: SheetGrid[], tables: readonly SubmittedTable[]): ScoreRun {
  const period = tables.find((t) => t.period)?.period;
  return scoreWorkbook(grids, period ?? {});
}

/** `orders`: how each self-scored table's criterion columns map to report columns (criteria-order.ts). */
export function recompute(run: ScoreRun, grids: SheetGrid[], tables: readonly SubmittedTable[], profile: RulesProfile, orders: ReadonlyMap<SubmittedTable, CriteriaOrder>): Recomputation {
  const criteriaGrid = grids.find((g) => foldText(g.name) === foldText(CRITERIA_SHEET));
  const typed = criteriaGrid ? readCriteriaSheet(criteriaGrid, profile, run.units.map((u) => u.name)).entries : null;

  const printed = new Map<string, ScoreRow>();
  for (const t of tables.filter((x) => x.kind === 'scores')) {
    for (const row of scoreRows(t, profile, orders.get(t))) if (!printed.has(unitKey(row.row.label))) printed.set(unitKey(row.row.label), row);
  }
  const entries: CriteriaEntries = new Map();
  const fromTable = new Map<string, Set<number>>();
  for (const unit of run.units) {
    const own = typed?.get(unit.name);
    const row = printed.get(unitKey(unit.name));
    if (!row) {
      if (own) entries.set(unit.name, own);
      continue;
    }
    const entered = { ...own?.entered };
    const taken = new Set<number>();
    profile.reportColumns.forEach((indicator, i) => {
      const entry = row.criteria[i].entry;
      if (entered[indicator as InputIndicator] !== undefined || entry === null || !mayTakeFromTable(indicator, profile)) return;
      entered[indicator as InputIndicator] = entry;
      taken.add(i + 1);
    });
    const dtb = row.fields.dtbCcvc?.figure;
    entries.set(unit.name, {
      entered,
      cells: own?.cells ?? {},
      dtbCcvc: own?.dtbCcvc ?? (dtb?.kind === 'number' ? dtb.value : null),
      notSent: (own?.notSent ?? false) || row.notSent,
    });
    fromTable.set(unitKey(unit.name), taken);
  }

  const scores = scoreRun(run, profile, entries);
  const columns = profile.reportColumns.map((_, i) => i + 1);
  const verifiable = new Map(
    scores.map((s) => {
      const taken = fromTable.get(unitKey(s.name)) ?? new Set<number>();
      // A value taken from the table but overruled by the cases was decided by the cases.
      return [unitKey(s.name), new Set(columns.filter((c) => !taken.has(c) || s.ignoredEntries.includes(c)))] as const;
    }),
  );
  const sheet = run.table.sheet;
  return {
    run,
    scores,
    // Per-procedure groups only for a Biểu 1 or 3 to compare: on 200 000 cases they cost a pass of their own.
    counts: { sheet, units: new Map(run.units.map((u) => [unitKey(u.name), u])), groups: tables.some((t) => t.subject !== 'units') ? caseGroups(run) : [] },
    scoreBasis: { sheet, scores: new Map(scores.map((s) => [unitKey(s.name), s])), verifiable },
  };
}

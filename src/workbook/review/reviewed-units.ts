/**
 * The units of a reviewed workbook: recomputed from its cases, else scored from its printed criteria. Rows
 * of Biểu 1 and 3 name fields and procedures, never units; a unit is compared there only through the
 * procedure rows its heading owns (`owners`, unitKeys).
 */
import { scoreUnits, type RulesProfile } from '../../domain/scoring';
import { inferLevel } from '../../domain/units';
import type { ReviewedUnit } from './check';
import type { CriteriaOrder } from './criteria-order';
import type { SubmittedTable } from './read-submitted';
import type { Recomputation } from './recompute';
import { scoreRows, scoringInput } from './score-rows';
import { unitKey } from './unit-key';

/** The recomputed units, then units only the tables name; one entry per unit, `compared` when a table has its row. */
export function reviewedUnits(
  tables: SubmittedTable[],
  recomputed: Recomputation | null,
  profile: RulesProfile,
  orders: ReadonlyMap<SubmittedTable, CriteriaOrder>,
  owners: ReadonlySet<string> = new Set(),
): ReviewedUnit[] {
  const unitTables = tables.filter((t) => t.subject === 'units');
  const unitRows = unitTables.flatMap((t) => t.rows.filter((r) => r.kind === 'unit' || r.kind === 'described'));
  const inTables = new Set([...unitRows.map((r) => unitKey(r.label)), ...owners]);
  const units = new Map<string, ReviewedUnit>();
  const add = (u: Omit<ReviewedUnit, 'compared'>): void => {
    const key = unitKey(u.name);
    if (!units.has(key)) units.set(key, { ...u, compared: inTables.has(key) });
  };
  if (recomputed) recomputed.run.units.forEach((u, i) => add({ name: u.name, level: u.level, score: recomputed.scores[i], counts: u }));
  else {
    const rows = tables.filter((t) => t.kind === 'scores').flatMap((t) => scoreRows(t, profile, orders.get(t)));
    scoreUnits(rows.map(scoringInput), profile).forEach((score) => add({ name: score.name, level: score.level, score, counts: null }));
  }
  for (const r of unitRows) add({ name: r.label, level: inferLevel(r.label) ?? 'Tỉnh', score: null, counts: null });
  return [...units.values()];
}

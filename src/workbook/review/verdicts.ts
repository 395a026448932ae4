/**
 * The short conclusion per compared unit under the reconciliation: «Khớp số liệu» (its printed figures
 * agree with what was recomputed or with each other — not that the unit followed the rules) or «Có 2 sai
 * lệch: …». A workbook with nothing to compare gives no verdict at all.
 */
import { nothingToCompare, type WorkbookReview } from './check';
import type { Disagreement } from './disagreement';
import { unitKey } from './unit-key';

const AGREES = 'Khớp số liệu';

export interface UnitVerdict {
  unit: string;
  verdict: string;
  disagreements: number;
}

/** The items a unit got wrong; the sheet is named when the unit's findings span several sheets. */
function verdictText(found: readonly Disagreement[]): string {
  if (found.length === 0) return AGREES;
  const sheets = new Set(found.map((d) => d.sheet));
  const items = found.map((d) => (sheets.size > 1 ? `${d.item} (${d.sheet})` : d.item));
  return `Có ${found.length} sai lệch: ${items.join('; ')}`;
}

/** One verdict per unit in `units` order, then for rows with findings that are not units («Tổng» rows). */
export function unitVerdicts(units: readonly string[], disagreements: readonly Disagreement[]): UnitVerdict[] {
  const byUnit = new Map<string, Disagreement[]>();
  for (const d of disagreements) {
    const key = unitKey(d.unit);
    byUnit.set(key, [...(byUnit.get(key) ?? []), d]);
  }
  const names = [...units];
  const known = new Set(units.map(unitKey));
  for (const d of disagreements) {
    if (!known.has(unitKey(d.unit))) {
      known.add(unitKey(d.unit));
      names.push(d.unit);
    }
  }
  return names.map((unit) => {
    const found = byUnit.get(unitKey(unit)) ?? [];
    return { unit, verdict: verdictText(found), disagreements: found.length };
  });
}

/** The verdicts of one reviewed workbook: its compared units only; none when it had nothing to compare. */
export function reviewVerdicts(review: WorkbookReview): UnitVerdict[] {
  if (nothingToCompare(review)) return [];
  return unitVerdicts(review.units.filter((u) => u.compared).map((u) => u.name), review.disagreements);
}

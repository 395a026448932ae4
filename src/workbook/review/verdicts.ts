/** The short conclusion per unit under the reconciliation: «Đúng quy định» or «Có 2 sai lệch: …». */
import { foldText } from '../../domain/text';
import type { Disagreement } from './disagreement';

const CONFORMS = 'Đúng quy định';

export interface UnitVerdict {
  unit: string;
  verdict: string;
  disagreements: number;
}

/** The items a unit got wrong; the sheet is named when the unit's findings span several sheets. */
export function verdictText(found: readonly Disagreement[]): string {
  if (found.length === 0) return CONFORMS;
  const sheets = new Set(found.map((d) => d.sheet));
  const items = found.map((d) => (sheets.size > 1 ? `${d.item} (${d.sheet})` : d.item));
  return `Có ${found.length} sai lệch: ${items.join('; ')}`;
}

/** One verdict per unit in `units` order, then for rows with findings that are not units («Tổng» rows). */
export function unitVerdicts(units: readonly string[], disagreements: readonly Disagreement[]): UnitVerdict[] {
  const byUnit = new Map<string, Disagreement[]>();
  for (const d of disagreements) {
    const key = foldText(d.unit);
    byUnit.set(key, [...(byUnit.get(key) ?? []), d]);
  }
  const names = [...units];
  const known = new Set(units.map(foldText));
  for (const d of disagreements) {
    if (!known.has(foldText(d.unit))) {
      known.add(foldText(d.unit));
      names.push(d.unit);
    }
  }
  return names.map((unit) => {
    const found = byUnit.get(foldText(unit)) ?? [];
    return { unit, verdict: verdictText(found), disagreements: found.length };
  });
}

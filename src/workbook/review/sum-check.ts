/**
 * A printed total against the sum of its printed parts (criteria, index groups), at the total's own
 * decimals. Parts printed rounded to d places may each be off by half a unit, so a total that differs by
 * no more than that could come from unrounded parts: a warning, not an error.
 */
import { roundHalfUp } from '../../domain/rounding';
import type { FigureCell } from './count-checks';
import type { Finding } from './disagreement';
import { decimalsOf, printedOf } from './printed';

const MAX_DECIMALS = 3;

interface SumRules {
  item: string;
  exact: string;
  rounded: string;
}

export function sumFinding(parts: readonly FigureCell[], values: readonly number[], total: number, cell: FigureCell, rules: SumRules): Finding | null {
  const sum = roundHalfUp(values.reduce((a, v) => a + v, 0), MAX_DECIMALS);
  const places = decimalsOf(cell.figure);
  if (roundHalfUp(sum, places) === roundHalfUp(total, places)) return null;
  const partPlaces = Math.max(0, ...parts.map((c) => decimalsOf(c.figure)));
  const base = { item: rules.item, submitted: printedOf(cell), value: total, column: cell.column };
  const slack = values.length * 0.5 * 10 ** -partPlaces + 0.5 * 10 ** -places;
  if (partPlaces > 0 && Math.abs(total - sum) <= slack + 1e-9) return { ...base, recomputed: sum, rule: rules.rounded, severity: 'warning' };
  return { ...base, recomputed: roundHalfUp(sum, Math.max(places, partPlaces)), rule: rules.exact, severity: 'error' };
}

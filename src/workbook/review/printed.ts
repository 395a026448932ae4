/** A submitted figure cell as printed: its text or number, its value, and the decimals it shows. */
import { roundHalfUp } from '../../domain/rounding';
import type { FigureCell } from './count-checks';
import type { Shown } from './disagreement';
import type { Figure } from './figures';

const MAX_DECIMALS = 3;

export const printedOf = (cell: FigureCell | undefined | null): Shown => {
  const f = cell?.figure;
  return !f || f.kind === 'blank' ? null : f.kind === 'number' ? f.printed : f.text;
};

export const numberOf = (cell: FigureCell | undefined | null): number | null => (cell?.figure.kind === 'number' ? cell.figure.value : null);

/** Decimals a figure is printed with: «14,63» 2, 1.5 1, 15 0 (at most 3). */
export function decimalsOf(f: Figure | undefined): number {
  if (f?.kind !== 'number') return 0;
  const text = typeof f.printed === 'string' ? f.printed.replace('%', '').trim() : String(roundHalfUp(f.value, MAX_DECIMALS));
  const m = /[.,](\d+)$/.exec(text);
  return m ? Math.min(MAX_DECIMALS, m[1].length) : 0;
}

/** Per-unit indicators the profile derives from a rate (#8 feedback on time, #9 online filing). */
import { roundHalfUp } from '../rounding';
import type { PercentBand, Points } from './profile-types';
import type { Ratio } from './unit-types';

interface Derivation {
  points: Points;
  /** The rate as shown (profile decimals); the bands are applied to this figure, so the note explains the points. */
  percent: number;
}

/** Null when the rate is undefined (no case or feedback at all): then the indicator must be entered. */
export function deriveFromRatio(
  ratio: Ratio,
  rule: { bands: PercentBand[]; otherwise: Points },
  decimals: number,
): Derivation | null {
  if (ratio.whole <= 0) return null;
  const percent = roundHalfUp((ratio.part / ratio.whole) * 100, decimals);
  const points = rule.bands.find((band) => percent >= band.atLeastPercent)?.points ?? rule.otherwise;
  return { points, percent };
}

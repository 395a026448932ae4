/**
 * How a rate of the case rows becomes points (RULES.md §7): max × min(1, rate ÷ threshold) — full points
 * from the threshold on, in proportion below it. Tiến độ and the digitisation parts are the 100 % case
 * (20 × on-time ÷ handled), online filing 50 %, satisfaction 90 %: min(6, 6 × rate ÷ 0,90).
 */
import { percent } from '../aggregate';
import { roundHalfUp } from '../rounding';

export interface RateRule {
  max: number;
  fullAtPercent: number;
}

/** Unrounded points, for figures derived from them (points lost, the cost of one more late case). */
export function exactPoints(part: number, whole: number, rule: RateRule): number {
  return rule.max * Math.min(1, (part * 100) / (whole * rule.fullAtPercent));
}

/** The rate in % (2 decimals, as every rate of the product) and the points; null for a zero denominator. */
export function ratePoints(part: number, whole: number, rule: RateRule, decimals: number): { rate: number; points: number } | null {
  if (whole <= 0) return null;
  return { rate: percent(part, whole)!, points: roundHalfUp(exactPoints(part, whole, rule), decimals) };
}

/**
 * Half-up rounding to a number of decimals, as the reports print figures (RULES.md §3, §5).
 *
 * Binary floating point stores 1.005 as 1.00499999999999989…, so `Math.round(x * 100) / 100` gives 1.00.
 * Reading the value back as its 15 significant decimal digits first (all a double holds reliably) removes
 * that representation noise, and the decimal shift then happens on the digits, not on the binary value.
 * Negative values round half away from zero, mirroring the positive case.
 */
export function roundHalfUp(x: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`decimals must be an integer 0–15, got ${decimals}`);
  }
  if (!Number.isFinite(x)) return x;
  const [mantissa, exponent] = Math.abs(x).toExponential(14).split('e');
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  // A value this large has no digits left below the requested decimal to round.
  if (shifted >= Number.MAX_SAFE_INTEGER) return x;
  const rounded = Number(`${Math.round(shifted)}e-${decimals}`);
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * Numbers as Vietnamese reports print them in sentences: thousands with '.', decimals with ',' (15.744;
 * 86,80). Written by hand rather than with Intl 'vi-VN', which falls back to English separators silently
 * on runtimes built without full locale data.
 */

/** A count: 15744 → "15.744". */
export const vnInteger = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** A rate already rounded half-up to 2 decimals (RULES.md §3), so toFixed only pads: 86.8 → "86,80". */
export function vnRate(rate: number): string {
  const [whole, decimals] = rate.toFixed(2).split('.');
  return `${vnInteger(Number(whole))},${decimals}`;
}

/** Counts in report sentences are written with two digits: "01 hồ sơ", "08/10 đơn vị". */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');

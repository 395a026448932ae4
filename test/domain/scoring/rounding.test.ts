/** (g) Half-up rounding despite binary floating point. */
import { roundHalfUp } from '../../../src/domain/rounding';

describe('roundHalfUp', () => {
  it.each([
    [1.005, 2, 1.01],
    [0.125, 2, 0.13],
    [2.675, 2, 2.68],
    [(1 / 208) * 100, 2, 0.48],
    [21 / 11, 2, 1.91],
    [(4 / 466) * 100, 2, 0.86],
    [(3 / 70) * 100, 2, 4.29],
    [(2 / 46) * 100, 2, 4.35],
    [(72 / 2438) * 100, 2, 2.95],
    [1.91 + 1.91 + 2 + 2 + 1.91 + 2 + 2 + 2 + 2, 2, 17.73],
    [14.995, 2, 15],
    [1.45, 1, 1.5],
    [2.5, 0, 3],
    [0.1 + 0.2, 2, 0.3],
    [123456789.125, 2, 123456789.13],
  ])('%p to %p decimals → %p', (x, decimals, expected) => {
    expect(roundHalfUp(x, decimals)).toBe(expected);
  });

  it('rounds negatives half away from zero and never returns -0', () => {
    expect(roundHalfUp(-1.005, 2)).toBe(-1.01);
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
  });

  it('leaves values without fractional digits to round, and non-finite values, unchanged', () => {
    expect(roundHalfUp(1e20, 2)).toBe(1e20);
    expect(roundHalfUp(Number.NaN, 2)).toBeNaN();
    expect(roundHalfUp(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });

  it('rejects a decimals count that is not a small whole number', () => {
    expect(() => roundHalfUp(1, -1)).toThrow(RangeError);
    expect(() => roundHalfUp(1, 1.5)).toThrow(RangeError);
    expect(() => roundHalfUp(1, 16)).toThrow('decimals must be an integer 0–15, got 16');
  });

  it('takes up to 15 decimals, all a double holds', () => {
    expect(roundHalfUp(2.675, 15)).toBe(2.675);
  });
});

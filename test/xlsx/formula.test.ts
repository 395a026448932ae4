/**
 * Formulas stored without a value: only literal ones are computed, with Excel's own results; shared
 * formulas are shown as they read in each cell.
 */
import { evaluateLiteralFormula, shiftFormula } from '../../src/xlsx/formula';

describe('formulas of literals', () => {
  it('computes DATE and TIME as Excel does (serials checked against Excel)', () => {
    const cases: [string, number][] = [
      ['DATE(2024,3,5)', 45356],
      ['DATE(2024,3,5)+TIME(8,30,0)', 45356 + 8.5 / 24],
      ['date(2024, 3, 5) - 7', 45349],
      ['DATE(2024,13,1)', 45658], // month 13 rolls over into 1 January 2025
      ['DATE(2024,3,0)', 45351], // day 0 is the last day of February
      ['DATE(24,1,1)', 8767], // a two-digit year is after 1900: 1924
      ['DATE(1900,1,1)', 1],
      ['DATE(1900,3,1)', 61], // after Excel's fictitious 29/02/1900
      ['TIME(25,0,0)', 1 / 24], // wraps at 24 hours
      ['45356', 45356],
      ['-(2+3)*4/8', -2.5],
      ['1.5E+2', 150],
    ];
    for (const [formula, value] of cases) expect([formula, evaluateLiteralFormula(formula, false)]).toEqual([formula, expect.closeTo(value, 9)]);
    // The 1904 date system counts from 1 January 1904.
    expect(evaluateLiteralFormula('DATE(2024,3,5)', true)).toBe(45356 - 1462);
    expect(evaluateLiteralFormula('DATE(1903,12,31)', true)).toBeNull();
  });

  it('leaves everything else to Excel', () => {
    for (const formula of ['TODAY()-3', 'A1+1', 'DATE(2024,3,A1)', 'DATEVALUE("05/03/2024")', '1/0', 'DATE(2024,3,5', 'DATE(2024,3)', '"2024"', 'TIME(-1,0,0)', 'DATE(10000,1,1)', 'SUM(1,2)', '']) {
      expect([formula, evaluateLiteralFormula(formula, false)]).toEqual([formula, null]);
    }
  });
});

describe('shared formulas', () => {
  it('moves relative references, not absolute ones, quoted text, sheet names or function names', () => {
    expect(shiftFormula("VLOOKUP(A2,'Kết quả A1'!$A:$B,2,FALSE)&\"B2\"", 3, 0)).toBe("VLOOKUP(A5,'Kết quả A1'!$A:$B,2,FALSE)&\"B2\"");
    expect(shiftFormula('$A$1+A$1+$A1+B2*LOG10(C3)+Sheet1!D4', 1, 2)).toBe('$A$1+C$1+$A2+D3*LOG10(E4)+Sheet1!F5');
    expect(shiftFormula('DATE(2024,3,5)', 10, 1)).toBe('DATE(2024,3,5)');
  });
});

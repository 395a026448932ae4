/** The rates of the case rows, per unit, with unknown values counted as lacking, never as «no». */
import { tallyRows, type CaseColumns } from '../../../src/domain/national-index';
import { builtInProfile } from '../../../src/domain/scoring';
import { withNationalIndex } from './profile-variant';
import { sampleUnit, testCase, type TestCase } from './unit-fixtures';

const rules = builtInProfile('dienbien-1187').nationalIndex;
const allColumns: CaseColumns = { channel: () => true, complaint: () => true };

function tally(units: TestCase[][], columns = allColumns, r = rules) {
  const cases = units.flat();
  const caseUnit = Int32Array.from(units.flatMap((u, i) => u.map(() => i)));
  return tallyRows(cases.map((c) => c.record), cases.map((c) => c.status), caseUnit, units.length, r, columns);
}

describe('tallyRows', () => {
  it('counts each rate over its own cases', () => {
    const [unit] = tally([sampleUnit()]);
    expect(unit).toEqual({
      onlineFiling: { part: 12, whole: 21, lacking: 0 },
      synced: { part: 18, whole: 21, lacking: 0 },
      paidOnline: { part: 3, whole: 4, lacking: 0 },
      digitisedFile: { part: 14, whole: 21, lacking: 0 },
      // Only the 13 resolved cases (8 early, 2 on time, 3 late) have a result.
      digitisedResult: { part: 13, whole: 13, lacking: 0 },
      satisfaction: { part: 15, whole: 21, lacking: 0 },
    });
  });

  it('leaves a withdrawn case out of satisfaction when Tiến độ leaves it out', () => {
    const [unit] = tally([sampleUnit()], allColumns, withNationalIndex((r) => void (r.withdrawnCases = 'notCounted')).nationalIndex);
    expect(unit.satisfaction).toEqual({ part: 14, whole: 20, lacking: 0 });
  });

  it('counts cases of a sheet without the column as lacking; a late case needs no complaint cell', () => {
    // Two cases without any QĐ 766 column, one early, one late; one outside the period; one carried over.
    const cases = [testCase('early'), testCase('late'), testCase('outside'), testCase('withinDeadline', {}, false)];
    const [unit] = tally([cases], { channel: () => false, complaint: () => false });
    expect(unit).toEqual({
      onlineFiling: { part: 0, whole: 0, lacking: 2 },
      synced: { part: 0, whole: 0, lacking: 2 },
      paidOnline: { part: 0, whole: 0, lacking: 2 },
      digitisedFile: { part: 0, whole: 0, lacking: 2 },
      digitisedResult: { part: 0, whole: 0, lacking: 2 },
      // The late case is unsatisfied whatever its complaint; the early and carried-over ones are unknown.
      satisfaction: { part: 0, whole: 1, lacking: 2 },
    });
  });

  it('needs the payment only of cases with a fee, and keeps units apart', () => {
    const a = [testCase('early', { hasFee: false, paidOnline: null }), testCase('early', { hasFee: true, paidOnline: null })];
    const b = [testCase('early', { hasFee: true, paidOnline: true })];
    const [ta, tb] = tally([a, b]);
    expect(ta.paidOnline).toEqual({ part: 0, whole: 0, lacking: 1 });
    expect(tb.paidOnline).toEqual({ part: 1, whole: 1, lacking: 0 });
  });

  it('counts a case whose fee is unknown (blank «có phí») as lacking the payment figure', () => {
    const [t] = tally([[testCase('early', { hasFee: null, paidOnline: true }), testCase('early', { hasFee: true, paidOnline: false })]]);
    expect(t.paidOnline).toEqual({ part: 0, whole: 1, lacking: 1 });
  });
});

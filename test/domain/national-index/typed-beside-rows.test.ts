/**
 * A value typed for a metric the rows already give: a number is marked «unused», a cell that could not be
 * read as a number stays «invalid», so the check sheet can still point at the bad cell.
 */
import { scoreNationalIndex, tallyRows, type EnteredPoints } from '../../../src/domain/national-index';
import { builtInProfile } from '../../../src/domain/scoring';
import { sampleUnit } from './unit-fixtures';

function dongBo(typed: EnteredPoints) {
  const profile = builtInProfile('dienbien-1187');
  const cases = sampleUnit();
  const [rows] = tallyRows(cases.map((c) => c.record), cases.map((c) => c.status), new Int32Array(cases.length), 1, profile.nationalIndex, {
    channel: () => true,
    complaint: () => true,
  });
  const counts = { early: 8, onTime: 2, late: 3, withinDeadline: 5, overdue: 2, withdrawn: 1 };
  const [unit] = scoreNationalIndex([{ name: 'Sở Tư pháp', level: 'Tỉnh', counts, rows, entered: new Map([['dong-bo', typed]]) }], profile);
  return unit.groups.flatMap((g) => g.metrics).find((m) => m.id === 'dong-bo')!;
}

describe('a typed value beside the rows', () => {
  it('is «unused» when it is a number, «invalid» when the cell was not one; the rows give the points (18/21 → 5,14)', () => {
    expect(dongBo(6)).toMatchObject({ source: 'rows', points: 5.14, entry: 'unused' });
    expect(dongBo({ invalid: '«sáu» (ô F9)' })).toMatchObject({ source: 'rows', points: 5.14, entry: 'invalid' });
  });
});

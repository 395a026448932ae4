/** A criterion typed below 0 is refused like one above 2 (RULES.md §5: each criterion scores 0–2). */
import { builtInProfile, scoreUnits } from '../../../src/domain/scoring';

describe('an entered criterion below 0', () => {
  it('blocks the unit and says which criterion and value', () => {
    const criteria = [2, 2, 2, 2, 2, 2, -1, 2, 2];
    const [score] = scoreUnits([{ kind: 'given', name: 'X', level: 'Huyện', criteria, dtbCcvc: 10 }], builtInProfile('dienbien-1187'));
    expect(score.missing).toEqual([7]);
    expect(score.notes[0]).toBe('TC7: điểm -1 nằm ngoài khoảng 0–2');
    expect(score.total).toBeNull();
  });
});

/** An entered ĐTB CCVC (RULES.md §5: 0–10, rounded to the profile's decimals) is used only inside its range. */
import { builtInProfile } from '../../../src/domain/scoring';
import { unitDtbCcvc } from '../../../src/domain/scoring/ccvc';

const profile = builtInProfile('dienbien-1187');

describe('unitDtbCcvc with an entered value', () => {
  it('uses 0 and 10, the ends of the range, rounded half up to 2 decimals', () => {
    expect(unitDtbCcvc(null, 0, profile)).toEqual({ value: 0, notes: [] });
    expect(unitDtbCcvc(null, 10, profile)).toEqual({ value: 10, notes: [] });
    expect(unitDtbCcvc(null, 7.125, profile)).toEqual({ value: 7.13, notes: [] });
  });

  it('refuses a value outside 0–10 and says so, with the decimal comma', () => {
    expect(unitDtbCcvc(null, 10.5, profile)).toEqual({ value: null, notes: ['ĐTB CCVC 10,5 nằm ngoài khoảng 0–10, không dùng'] });
    expect(unitDtbCcvc(null, -0.5, profile)).toEqual({ value: null, notes: ['ĐTB CCVC -0,5 nằm ngoài khoảng 0–10, không dùng'] });
    expect(unitDtbCcvc(null, Number.NaN, profile).value).toBeNull();
  });

  it('is blank without an entry', () => {
    expect(unitDtbCcvc(null, null, profile)).toEqual({ value: null, notes: [] });
    expect(unitDtbCcvc(null, undefined, profile)).toEqual({ value: null, notes: [] });
  });
});

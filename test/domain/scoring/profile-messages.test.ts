/**
 * Profile problems the loading tests do not reach (RULES.md §5, named in Vietnamese): too many items, an
 * empty text, per-case bands whose limits do not rise, per-unit bands whose limits do not fall, how a value
 * found is shown, the error's own message; and a validity with only a start date.
 */
import { dayFromYmd } from '../../../src/domain/dates';
import { builtInProfile, profileNotice, ProfileError } from '../../../src/domain/scoring';
import { problemsOf, profileCopy } from '../../support/profile-problems';

describe('profile problems', () => {
  it('names a list longer than allowed, with its length', () => {
    const input = profileCopy();
    input.reportColumns.push(5);
    expect(problemsOf(input)).toContainEqual({ path: 'reportColumns', message: 'phải có nhiều nhất 9 phần tử, đang có 10' });
  });

  it('names a blank text field', () => {
    const input = profileCopy();
    input.name = '';
    expect(problemsOf(input)).toEqual([{ path: 'name', message: 'không được để trống' }]);
  });

  it('names per-case bands whose «atMost» does not rise: the later band would never apply', () => {
    const input = profileCopy();
    input.perCase['3'].bands[1].atMost = 0;
    expect(problemsOf(input)).toEqual([
      { path: 'perCase.3.bands[1].atMost', message: 'phải lớn hơn ngưỡng của mức trước (0), đang là 0' },
    ]);
  });

  it('names per-unit bands whose «atLeastPercent» does not fall, for #8 and #9 (a derived criterion)', () => {
    const input = profileCopy();
    input.perUnit['8'].bands[1].atLeastPercent = 100;
    input.perUnit['9'].bands[1].atLeastPercent = 45;
    expect(problemsOf(input)).toEqual([
      { path: 'perUnit.8.bands[1].atLeastPercent', message: 'phải nhỏ hơn ngưỡng của mức trước (100), đang là 100' },
      { path: 'perUnit.9.bands[1].atLeastPercent', message: 'phải nhỏ hơn ngưỡng của mức trước (30), đang là 45' },
    ]);
  });
});

describe('how a problem shows the value found', () => {
  it('shows a value of up to 60 characters whole, and cuts a longer one to 57 with «…»', () => {
    const at60 = profileCopy();
    at60.decimals = 'a'.repeat(58); // "aaa…a" with its quotes: 60 characters
    expect(problemsOf(at60)[0].message).toMatch(new RegExp(`đang là "a{58}"$`));
    const at72 = profileCopy();
    at72.decimals = 'a'.repeat(70);
    expect(problemsOf(at72)[0].message).toMatch(new RegExp(`đang là "a{56}…$`));
  });

  it('lists the problems in the error message, a problem of the whole profile named as such', () => {
    const error = new ProfileError([{ path: '', message: 'phải là đối tượng' }, { path: 'name', message: 'không được để trống' }]);
    expect(error.name).toBe('ProfileError');
    expect(error.message).toBe('Hồ sơ quy tắc chấm điểm không hợp lệ:\n- (toàn bộ hồ sơ): phải là đối tượng\n- name: không được để trống');
  });
});

describe('profileNotice with only a start date', () => {
  const profile = builtInProfile('dienbien-1187');
  const since = { ...profile, validity: { from: '2019-11-13', note: 'Căn cứ mới.' } };

  it('speaks only for a period starting before it: no end date means no «sau ngày»', () => {
    const q = (y: number, m: number) => ({ from: dayFromYmd(y, m, 1), to: dayFromYmd(y, m + 3, 0) });
    expect(profileNotice(since, q(2030, 1), 'Chỉ số 766')).toBeNull();
    expect(profileNotice(since, q(2019, 10), 'Chỉ số 766')).toContain('Kỳ báo cáo có ngày trước ngày 13/11/2019');
  });
});

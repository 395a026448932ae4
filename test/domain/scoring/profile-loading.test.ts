/** (f) Profiles are validated at load; every invalid field is named in Vietnamese. */
import { BUILT_IN_PROFILES, builtInProfile, loadProfile } from '../../../src/domain/scoring';
import { problemsOf, profileCopy } from '../../support/profile-problems';

describe('loading a profile', () => {
  it.each(BUILT_IN_PROFILES)('accepts the built-in %s', (name) => {
    expect(builtInProfile(name).id).toBe(name);
  });

  it('returns a copy: editing the input afterwards changes nothing', () => {
    const input = profileCopy();
    const profile = loadProfile(input);
    input.classification.bands[0].atLeast = 17;
    expect(profile.classification.bands[0].atLeast).toBe(15);
  });

  it('names a field of the wrong type', () => {
    const input = profileCopy();
    input.decimals = '2';
    expect(problemsOf(input)).toEqual([{ path: 'decimals', message: 'phải là một số nguyên, đang là "2"' }]);
  });

  it('names a band whose points are out of range', () => {
    const input = profileCopy();
    input.perCase['3'].bands[1].points = 3;
    expect(problemsOf(input)).toEqual([{ path: 'perCase.3.bands[1].points', message: 'phải ≤ 2, đang là 3' }]);
  });

  it('names a missing column mapping', () => {
    const input = profileCopy();
    delete input.reportColumns;
    expect(problemsOf(input)).toEqual([{ path: 'reportColumns', message: 'thiếu trường bắt buộc' }]);
  });

  it('rejects a column mapping that is not a permutation of 1–9', () => {
    const short = profileCopy();
    short.reportColumns = [1, 2, 3, 4, 7, 5, 6, 8];
    expect(problemsOf(short)).toEqual([{ path: 'reportColumns', message: 'phải có ít nhất 9 phần tử, đang có 8' }]);
    const repeated = profileCopy();
    repeated.reportColumns = [1, 2, 3, 4, 7, 5, 6, 8, 8];
    expect(problemsOf(repeated)).toEqual([
      { path: 'reportColumns', message: 'có giá trị lặp lại (phần tử thứ 8 và 9 trùng nhau)' },
    ]);
  });

  it('requires the derivation rule of a derived indicator', () => {
    const input = profileCopy();
    delete input.perUnit['9'].bands;
    expect(problemsOf(input)).toEqual([{ path: 'perUnit.9.bands', message: 'thiếu trường bắt buộc' }]);
  });

  it('names misspelt fields and bad enum values, all at once', () => {
    const input = profileCopy();
    input.classification.band = [];
    input.ranking.ties = 'olympic';
    const problems = problemsOf(input);
    expect(problems).toContainEqual({
      path: 'classification.band',
      message: 'trường không thuộc hồ sơ quy tắc (tên gõ sai?)',
    });
    expect(problems).toContainEqual({
      path: 'ranking.ties',
      message: 'phải là một trong: "competition", "dense"; đang là "olympic"',
    });
  });

  it('rejects bands out of order, which would never apply', () => {
    const input = profileCopy();
    input.classification.bands[1].atLeast = 15;
    expect(problemsOf(input)).toEqual([
      { path: 'classification.bands[1].atLeast', message: 'phải nhỏ hơn ngưỡng của mức trước (15), đang là 15' },
    ]);
  });

  it('rejects a document that is not an object', () => {
    expect(problemsOf([])).toEqual([{ path: '', message: 'phải là một đối tượng { … }, đang là []' }]);
  });

  it('puts every problem in the Vietnamese message', () => {
    const input = profileCopy();
    input.decimals = -1;
    input.excludedNote = 'x';
    expect(() => loadProfile(input)).toThrow(
      'Hồ sơ quy tắc chấm điểm không hợp lệ:\n- excludedNote: trường không thuộc hồ sơ quy tắc (tên gõ sai?)\n- decimals: phải ≥ 0, đang là -1',
    );
  });
});

/**
 * How a schema finding is worded and placed (profile-problems.ts): a pattern without a hint, a repeat in a
 * list whose items ajv compares one by one (it reports the later position first), and — through
 * describeAjvError itself, since today's schema cannot produce them — a keyword the messages do not name,
 * `exclusiveMaximum`, keys that need JSON-pointer escapes, and a path that runs past the document.
 */
import type { ErrorObject } from 'ajv';
import { describeAjvError } from '../../../src/domain/scoring/profile-problems';
import { problemsOf, profileCopy } from '../../support/profile-problems';

const finding = (keyword: string, instancePath: string, params: Record<string, unknown>, message?: string): ErrorObject => ({
  keyword,
  instancePath,
  schemaPath: '#',
  params,
  message,
});

describe('describeAjvError through loadProfile', () => {
  it('says a validity date must be written yyyy-mm-dd, and the value found', () => {
    const input = profileCopy();
    input.validity.from = '13/11/2019';
    input.validity.to = '2026';
    expect(problemsOf(input)).toEqual([
      { path: 'validity.from', message: 'phải là ngày dạng yyyy-mm-dd (ví dụ 2019-11-13), đang là "13/11/2019"' },
      { path: 'validity.to', message: 'phải là ngày dạng yyyy-mm-dd (ví dụ 2019-11-13), đang là "2026"' },
    ]);
  });

  it('names a repeat in «ranking.order» by its positions, the earlier one first', () => {
    // The order list has no item type, so ajv compares items pairwise and reports {i: 2, j: 0}.
    const input = profileCopy();
    input.ranking.order = ['total', 'dtbCcvc', 'total'];
    expect(problemsOf(input)).toEqual([
      { path: 'ranking.order', message: 'có giá trị lặp lại (phần tử thứ 1 và 3 trùng nhau)' },
    ]);
  });
});

describe('describeAjvError on findings the schema does not produce today', () => {
  it('shows the pattern a field without a hint must match, and the value found', () => {
    const document = { note: 'x' };
    expect(describeAjvError(finding('pattern', '/note', { pattern: '^\\d+$' }), document)).toEqual({ path: 'note', message: 'phải khớp mẫu ^\\d+$, đang là "x"' });
  });

  it('falls back to ajv\'s own message, or the keyword when there is none, for a keyword it does not word', () => {
    const document = { ranking: { ties: 'x' } };
    expect(describeAjvError(finding('const', '/ranking/ties', { allowedValue: 'dense' }, 'must be equal to constant'), document)).toEqual({
      path: 'ranking.ties',
      message: 'không hợp lệ (must be equal to constant)',
    });
    expect(describeAjvError(finding('const', '/ranking/ties', { allowedValue: 'dense' }), document)).toEqual({
      path: 'ranking.ties',
      message: 'không hợp lệ (const)',
    });
  });

  it('words an exclusive maximum like the other limits', () => {
    const problem = describeAjvError(finding('exclusiveMaximum', '/decimals', { comparison: '<', limit: 4 }), { decimals: 7 });
    expect(problem).toEqual({ path: 'decimals', message: 'phải < 4, đang là 7' });
  });

  it('reads «~1» as «/» and «~0» as «~» in a key, «~01» as «~1», and finds the value under it', () => {
    const document = { perCase: { 'a/b': { 'c~d': { 'x~1y': 'hai' } } } };
    const problem = describeAjvError(finding('type', '/perCase/a~1b/c~0d/x~01y', { type: 'integer' }), document);
    expect(problem).toEqual({ path: 'perCase.a/b.c~d.x~1y', message: 'phải là một số nguyên, đang là "hai"' });
  });

  it('says «(không có)» for a path that runs through null and past the end of the document', () => {
    const problem = describeAjvError(finding('type', '/perUnit/5/bands', { type: 'array' }), { perUnit: null });
    expect(problem).toEqual({ path: 'perUnit.5.bands', message: 'phải là một danh sách [ … ], đang là (không có)' });
  });
});

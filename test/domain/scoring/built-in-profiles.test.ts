/**
 * The built-in profiles are not validated when loaded (builtInProfile, to keep the validator out of the task
 * pane): here each must pass the full validation unchanged, and each load must be a copy of its own.
 */
import { BUILT_IN_PROFILES, builtInProfile, loadProfile } from '../../../src/domain/scoring';

describe.each(BUILT_IN_PROFILES)('the built-in profile %s', (name) => {
  it('passes the schema and the order and index checks, as loaded', () => {
    expect(loadProfile(builtInProfile(name))).toEqual(builtInProfile(name));
  });

  it('is a private copy on each load', () => {
    const first = builtInProfile(name);
    (first as { name: string }).name = 'đã sửa';
    expect(builtInProfile(name).name).not.toBe('đã sửa');
  });
});

/** For the profile tests: a built-in profile to break field by field, and the problems loading reports. */
import dienbien1187 from '../../src/domain/scoring/profiles/dienbien-1187.json';
import { loadProfile, ProfileError, type ProfileProblem } from '../../src/domain/scoring';

/** The problems `loadProfile` names for `input`; fails the test when it is accepted or throws something else. */
export function problemsOf(input: unknown): readonly ProfileProblem[] {
  try {
    loadProfile(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ProfileError);
    return (error as ProfileError).problems;
  }
  throw new Error('the profile was accepted');
}

/** A fresh copy of `dienbien-1187` as JSON. The tests break it at any depth: untyped on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const profileCopy = () => structuredClone(dienbien1187) as Record<string, any>;

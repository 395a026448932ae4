/**
 * Loading rules profiles: the built-in ones ship as JSON beside this file; a user's profile arrives as
 * parsed JSON from the CLI or the add-in. Both go through the same validation.
 */
import type { ValidateFunction } from 'ajv';
import dienbien1187 from './profiles/dienbien-1187.json';
import tt012018 from './profiles/tt01-2018.json';
import { nationalIndexProblems } from './national-index-checks';
import { bandOrderProblems } from './profile-order';
import { describeAjvError, type ProfileProblem } from './profile-problems';
import { validateProfile } from './profile-validator.generated';
import type { RulesProfile } from './profile-types';

export class ProfileError extends Error {
  readonly problems: readonly ProfileProblem[];

  constructor(problems: readonly ProfileProblem[]) {
    const lines = problems.map((p) => `- ${p.path || '(toàn bộ hồ sơ)'}: ${p.message}`);
    super(`Hồ sơ quy tắc chấm điểm không hợp lệ:\n${lines.join('\n')}`);
    this.name = 'ProfileError';
    this.problems = problems;
  }
}

export const BUILT_IN_PROFILES = ['dienbien-1187', 'tt01-2018'] as const;
export type BuiltInProfileName = (typeof BUILT_IN_PROFILES)[number];
export const DEFAULT_PROFILE: BuiltInProfileName = 'dienbien-1187';

const BUILT_IN_JSON: Record<BuiltInProfileName, unknown> = {
  'dienbien-1187': dienbien1187,
  'tt01-2018': tt012018,
};

/** Generated from profile-schema.ts at build time (scripts/build-profile-validator.ts): no code is compiled at run time. */
const validator = validateProfile as ValidateFunction;

function validate(input: unknown): ValidateFunction['errors'] {
  return validator(input) ? null : validator.errors;
}

/** Validates a parsed profile document; returns a private copy so later edits of the input change nothing. */
export function loadProfile(input: unknown): RulesProfile {
  const errors = validate(input);
  if (errors) {
    const problems = errors.flatMap((e) => describeAjvError(e, input) ?? []);
    throw new ProfileError(problems);
  }
  // A JSON round trip, not structuredClone: older Office webviews (EdgeHTML) lack it, and a profile is JSON.
  const profile = JSON.parse(JSON.stringify(input)) as RulesProfile;
  const problems = [...bandOrderProblems(profile), ...nationalIndexProblems(profile.nationalIndex)];
  if (problems.length > 0) throw new ProfileError(problems);
  return profile;
}

/**
 * A private copy of a built-in profile. Not validated here: every built-in passes loadProfile in the tests
 * (test/domain/scoring/built-in-profiles.test.ts), and leaving the validator out of this path keeps its
 * generated code (~80 KiB minified) out of the task pane, which only ever uses the built-ins.
 */
export function builtInProfile(name: BuiltInProfileName): RulesProfile {
  return JSON.parse(JSON.stringify(BUILT_IN_JSON[name])) as RulesProfile;
}

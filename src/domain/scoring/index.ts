/** Decision 1187 scoring engine: rules profiles, per-case points, unit scores, ranks (RULES.md §5). */
export type * from './profile-types';
export { PER_UNIT_INDICATORS } from './profile-types';
export type { ProfileProblem } from './profile-problems';
export { BUILT_IN_PROFILES, DEFAULT_PROFILE, ProfileError, builtInProfile, loadProfile } from './profile';
export type { BuiltInProfileName } from './profile';
export { casePoints } from './case-points';
export { accumulate } from './accumulate';
export type { ScoringCase } from './accumulate';
export { dtbCcvcBand } from './ccvc';
export { classify } from './classify';
export { profileNotice } from './profile-validity';
export { criterionLabel, formatNumber } from './format';
export { scoreUnits } from './unit-score';
export type * from './unit-types';

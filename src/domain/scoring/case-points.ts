/**
 * Points of one case on the per-case TT 01 indicators (#1, #2, #3, #4, #7), per the profile's bands.
 * Only cases resolved in the period are evaluated. A point is null when the data has no value for its
 * source field: it is reported as missing, never scored as 0 or 2 (RULES.md §5).
 */
import type { CaseRecord, CaseStatus } from '../cases';
import type { CountRule, PerCaseIndicator, Points, RulesProfile } from './profile-types';

type Timeliness = 'early' | 'onTime' | 'late';
export type CasePoints = Record<PerCaseIndicator, Points | null>;

/** The case's timeliness when it was resolved in the period, else null (not evaluated). */
function evaluatedTimeliness(status: CaseStatus): Timeliness | null {
  const { outcome } = status;
  return outcome === 'early' || outcome === 'onTime' || outcome === 'late' ? outcome : null;
}

/** Points of a case, or null when the case is not evaluated (not resolved in the period). */
export function casePoints(record: CaseRecord, status: CaseStatus, profile: RulesProfile): CasePoints | null {
  const timeliness = evaluatedTimeliness(status);
  if (timeliness === null) return null;
  const rules = profile.perCase;
  const indicator1 = rules['1'][timeliness];
  return {
    1: indicator1,
    2: stepPoints(record.stepLate, timeliness, indicator1, profile),
    3: record.supplements === null ? null : countPoints(record.supplements, rules['3']),
    4: record.agenciesContacted === null ? null : countPoints(record.agenciesContacted, rules['4']),
    7: attitudePoints(record.complaintUpheld, timeliness, profile),
  };
}

function stepPoints(
  stepLate: boolean | null,
  timeliness: Timeliness,
  indicator1: Points,
  profile: RulesProfile,
): Points | null {
  const rule = profile.perCase['2'];
  if (stepLate === null) return rule.withoutStepData === 'indicator1' ? indicator1 : null;
  return stepLate ? rule.anyStepLate : rule.noStepLate[timeliness];
}

function countPoints(count: number, rule: CountRule): Points {
  return rule.bands.find((band) => count <= band.atMost)?.points ?? rule.otherwise;
}

function attitudePoints(complaintUpheld: boolean | null, timeliness: Timeliness, profile: RulesProfile): Points | null {
  const rule = profile.perCase['7'];
  if (complaintUpheld === null) return null;
  return complaintUpheld ? rule.complaintUpheld : rule[timeliness];
}

/**
 * Checks the schema cannot express: bands are looked up first-match, so their thresholds must run in one
 * direction, or a band would never apply.
 */
import type { ProfileProblem } from './profile-problems';
import type { RulesProfile } from './profile-types';

export function bandOrderProblems(profile: RulesProfile): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  for (const key of ['3', '4'] as const) {
    const bands = profile.perCase[key].bands;
    problems.push(...strictlyMonotone(`perCase.${key}.bands`, 'atMost', bands.map((b) => b.atMost), 'up'));
  }
  for (const key of ['5', '6', '8', '9'] as const) {
    const rule = profile.perUnit[key];
    if (rule.source !== 'enteredOrDerived') continue;
    const thresholds = rule.bands.map((b) => b.atLeastPercent);
    problems.push(...strictlyMonotone(`perUnit.${key}.bands`, 'atLeastPercent', thresholds, 'down'));
  }
  const classBands = profile.classification.bands.map((b) => b.atLeast);
  problems.push(...strictlyMonotone('classification.bands', 'atLeast', classBands, 'down'));
  const ccvcBands = profile.dtbCcvc.bands.map((b) => b.atLeast);
  problems.push(...strictlyMonotone('dtbCcvc.bands', 'atLeast', ccvcBands, 'down'));
  return problems;
}

function strictlyMonotone(path: string, field: string, values: number[], direction: 'up' | 'down'): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  for (let i = 1; i < values.length; i++) {
    const ordered = direction === 'up' ? values[i] > values[i - 1] : values[i] < values[i - 1];
    if (!ordered) {
      const wanted = direction === 'up' ? 'lớn hơn' : 'nhỏ hơn';
      problems.push({
        path: `${path}[${i}].${field}`,
        message: `phải ${wanted} ngưỡng của mức trước (${values[i - 1]}), đang là ${values[i]}`,
      });
    }
  }
  return problems;
}

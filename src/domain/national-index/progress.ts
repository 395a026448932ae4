/**
 * QĐ 766 «Tiến độ giải quyết» (RULES.md §7): 20 × on-time ÷ handled. Handled = resolved in the period +
 * in progress at its end (refused and stopped cases are among the resolved); on time = resolved early or
 * on time + in progress within deadline. A withdrawn case counts as handled and on time, or not at all —
 * the profile's `withdrawnCases`. The maximum and threshold are the profile's `progress` metric.
 */
import type { Counts } from '../aggregate';
import { roundHalfUp } from '../rounding';
import type { NationalIndexRules, RulesProfile } from '../scoring/profile-types';
import { exactPoints, ratePoints, type RateRule } from './rate-points';

export type ProgressCounts = Pick<Counts, 'early' | 'onTime' | 'late' | 'withinDeadline' | 'overdue' | 'withdrawn'>;

export interface ProgressTally {
  onTime: number;
  handled: number;
}

export function progressTally(c: ProgressCounts, rules: NationalIndexRules): ProgressTally {
  const withdrawn = rules.withdrawnCases === 'onTime' ? c.withdrawn : 0;
  return {
    onTime: c.early + c.onTime + c.withinDeadline + withdrawn,
    handled: c.early + c.onTime + c.late + c.withinDeadline + c.overdue + withdrawn,
  };
}

/** The profile's Tiến độ metric; loading a profile checks there is exactly one. */
export function progressRule(rules: NationalIndexRules): RateRule {
  for (const group of rules.groups) {
    for (const metric of group.metrics) if (metric.source === 'progress') return metric;
  }
  // A programming error: loading a profile refuses one without (ProfileError, shown to the user).
  throw new Error('profile without a progress metric');
}

/** Tiến độ points of a unit; null when it handled no case in the period (the index is undefined, "—"). */
export function progressIndex(counts: ProgressCounts, profile: RulesProfile): number | null {
  const rules = profile.nationalIndex;
  const { onTime, handled } = progressTally(counts, rules);
  return ratePoints(onTime, handled, progressRule(rules), rules.decimals)?.points ?? null;
}

/**
 * Tiến độ points one more late case would cost the unit — a case on time (or still within its deadline)
 * turning late: 20 ÷ handled under the built-in profiles, rounded to the index's decimals. 0 when no case
 * is on time any more; null when the unit handled no case.
 */
export function progressPointsPerCase(counts: ProgressCounts, profile: RulesProfile): number | null {
  const rules = profile.nationalIndex;
  const { onTime, handled } = progressTally(counts, rules);
  if (handled === 0) return null;
  if (onTime === 0) return 0;
  const rule = progressRule(rules);
  return roundHalfUp(exactPoints(onTime, handled, rule) - exactPoints(onTime - 1, handled, rule), rules.decimals);
}

/**
 * What each late or overdue case costs its unit, unrounded (20 ÷ handled under the built-in profiles), and
 * the cases handled — for the list of cases falling due, where a unit's line adds k cases exactly. Null
 * when the unit handled no case.
 */
export function progressCaseCost(counts: ProgressCounts, profile: RulesProfile): { handled: number; perCase: number } | null {
  const rules = profile.nationalIndex;
  const { handled } = progressTally(counts, rules);
  if (handled === 0) return null;
  const rule = progressRule(rules);
  return { handled, perCase: exactPoints(handled, handled, rule) - exactPoints(handled - 1, handled, rule) };
}

/** Points the unit's late and overdue cases cost it: the maximum less the exact points. */
export function progressPointsLost(tally: ProgressTally, rule: RateRule, decimals: number): number {
  return roundHalfUp(rule.max - exactPoints(tally.onTime, tally.handled, rule), decimals);
}

/**
 * Ranking within each level (RULES.md §5): the profile's keys (total, then ĐTB CCVC) compared descending;
 * units equal on every key share a rank. Only units with a total are ranked.
 */
import type { RulesProfile } from './profile-types';
import type { UnitScore } from './unit-types';

type RankKey = RulesProfile['ranking']['order'][number];

export function withRanks(scores: readonly UnitScore[], profile: RulesProfile): UnitScore[] {
  const { order, ties } = profile.ranking;
  const ranks = new Map<UnitScore, number>();
  for (const level of new Set(scores.map((s) => s.level))) {
    const sorted = scores
      .filter((s) => s.level === level && s.total !== null)
      .sort((a, b) => compare(b, a, order));
    let rank = 0;
    let distinctGroups = 0;
    sorted.forEach((unit, i) => {
      if (i === 0 || compare(sorted[i - 1], unit, order) !== 0) {
        distinctGroups++;
        rank = ties === 'competition' ? i + 1 : distinctGroups;
      }
      ranks.set(unit, rank);
    });
  }
  return scores.map((s) => ({ ...s, rank: ranks.get(s) ?? null }));
}

/** Positive when `a` ranks before `b`. A unit without ĐTB CCVC ranks after one with it on that key. */
function compare(a: UnitScore, b: UnitScore, order: readonly RankKey[]): number {
  for (const key of order) {
    const x = a[key] ?? -Infinity;
    const y = b[key] ?? -Infinity;
    if (x !== y) return x > y ? 1 : -1;
  }
  return 0;
}

/**
 * Ranking within each level (RULES.md §5, §7): Decision 1187 by the profile's keys (total, then ĐTB CCVC),
 * the national index by its total, each compared descending; units equal on every key share a rank.
 * Only units with a total are ranked.
 */
import type { Level } from '../cases';
import type { RulesProfile } from './profile-types';
import type { UnitScore } from './unit-types';

type RankKey = RulesProfile['ranking']['order'][number];
type Ties = RulesProfile['ranking']['ties'];

export function withRanks(scores: readonly UnitScore[], profile: RulesProfile): UnitScore[] {
  const { order, ties } = profile.ranking;
  const ranks = ranksWithinLevels(scores, (a, b) => compare(a, b, order), ties);
  return scores.map((s) => ({ ...s, rank: ranks.get(s) ?? null }));
}

/**
 * Ranks of the items that have a total, within each level; `before` is positive when `a` ranks before `b`.
 * 'competition' ties give 1, 2, 2, 4; 'dense' 1, 2, 2, 3.
 */
export function ranksWithinLevels<T extends { level: Level; total: number | null }>(
  items: readonly T[],
  before: (a: T, b: T) => number,
  ties: Ties,
): Map<T, number> {
  const ranks = new Map<T, number>();
  for (const level of new Set(items.map((s) => s.level))) {
    const sorted = items.filter((s) => s.level === level && s.total !== null).sort((a, b) => before(b, a));
    let rank = 0;
    let distinctGroups = 0;
    sorted.forEach((unit, i) => {
      if (i === 0 || before(sorted[i - 1], unit) !== 0) {
        distinctGroups++;
        rank = ties === 'competition' ? i + 1 : distinctGroups;
      }
      ranks.set(unit, rank);
    });
  }
  return ranks;
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

/** Per-unit totals and rates — RULES.md §3 and §4. */
import type { CaseRecord, CaseStatus, Level } from './cases';
import { roundHalfUp } from './rounding';
import { isPaused } from './status';
import type { UnitInfo } from './units';

export interface Counts {
  total: number;
  receivedInPeriod: number;
  carriedOver: number;
  online: number;
  direct: number;
  postal: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  returned: number;
  inProgress: number;
  withinDeadline: number;
  overdue: number;
  withdrawn: number;
  /** Cases of `total` with a new appointment date (gia hạn, hẹn lại); not part of the identities above. */
  extended: number;
  /**
   * Of `inProgress`, the cases waiting for documents or fees (tạm dừng: Yêu cầu bổ sung giấy tờ, Yêu cầu thực
   * hiện nghĩa vụ tài chính, Chờ bổ sung …; status.ts `isPaused`) — a sub-group, not a further outcome.
   */
  paused: number;
  /** Of `paused`, those overdue at the as-of date (so also of `overdue`). */
  pausedOverdue: number;
}

interface Rates {
  /** Late ÷ resolved, in %, as the provincial overdue list divides (seed 000). */
  lateRateOfResolved: number | null;
  /** Late ÷ total to handle, in %, as the district forms divide (seed 004, Biểu 4). */
  lateRateOfTotal: number | null;
  /** Overdue in progress ÷ total to handle, in % (seed 004, Biểu 4). */
  overdueRateOfTotal: number | null;
}

export interface UnitTotals extends Counts, Rates {
  name: string;
  level: Level;
  parent: string | null;
  levelInferred: boolean;
}

export const COUNT_KEYS: readonly (keyof Counts)[] = [
  'total', 'receivedInPeriod', 'carriedOver', 'online', 'direct', 'postal', 'resolved', 'early', 'onTime',
  'late', 'returned', 'inProgress', 'withinDeadline', 'overdue', 'withdrawn', 'extended', 'paused', 'pausedOverdue',
];

export function zeroCounts(): Counts {
  const c = {} as Counts;
  for (const k of COUNT_KEYS) c[k] = 0;
  return c;
}

/** A percentage rounded half-up to 2 decimals; null for a zero denominator ("—" in the sheets). */
export function percent(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : roundHalfUp((numerator * 100) / denominator, 2);
}

export function ratesOf(c: Counts): Rates {
  return {
    lateRateOfResolved: percent(c.late, c.resolved),
    lateRateOfTotal: percent(c.late, c.total),
    overdueRateOfTotal: percent(c.overdue, c.total),
  };
}

export function addCase(counts: Counts, c: CaseRecord, s: CaseStatus): void {
  if (s.outcome === 'outside') return;
  counts.total++;
  if (c.newDue) counts.extended++;
  if (s.receivedInPeriod) {
    counts.receivedInPeriod++;
    counts[c.channel]++;
  } else counts.carriedOver++;
  switch (s.outcome) {
    case 'withdrawn':
      counts.withdrawn++;
      return;
    case 'withinDeadline':
    case 'overdue':
      counts.inProgress++;
      counts[s.outcome]++;
      if (isPaused(c, s)) {
        counts.paused++;
        if (s.outcome === 'overdue') counts.pausedOverdue++;
      }
      return;
    default:
      counts.resolved++;
      counts[s.outcome]++;
      if (s.returned) counts.returned++;
  }
}

export function sumCounts(list: readonly Counts[]): Counts {
  const sum = zeroCounts();
  for (const c of list) for (const k of COUNT_KEYS) sum[k] += c[k];
  return sum;
}

/**
 * Totals per unit in directory order; units without cases get zeros (RULES.md §4). `unitOf` gives each
 * case's unit (by the case or its index in `cases`) as the directory resolved it.
 */
export function aggregateUnits(
  units: readonly UnitInfo[],
  cases: readonly CaseRecord[],
  statuses: readonly CaseStatus[],
  unitOf: (c: CaseRecord, index: number) => UnitInfo,
): UnitTotals[] {
  const counts = new Map<UnitInfo, Counts>(units.map((u) => [u, zeroCounts()]));
  cases.forEach((c, i) => {
    const u = unitOf(c, i);
    let target = counts.get(u);
    if (!target) counts.set(u, (target = zeroCounts()));
    addCase(target, c, statuses[i]);
  });
  return [...counts].map(([u, c]) => ({
    name: u.name,
    level: u.level,
    parent: u.parent,
    levelInferred: u.levelSource === 'inferred' || u.levelSource === 'unknown',
    ...c,
    ...ratesOf(c),
  }));
}

/** The identity every row must satisfy: total = resolved + in progress + withdrawn; returns the gap. */
export function identityGap(c: Pick<Counts, 'total' | 'resolved' | 'inProgress' | 'withdrawn'>): number {
  return c.total - (c.resolved + c.inProgress + c.withdrawn);
}

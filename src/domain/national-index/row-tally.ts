/**
 * The rates of the case rows the national index takes (RULES.md §7), per unit, in one pass over the cases:
 * a few counters per unit, nothing allocated per case (200 000-case lists). A case whose value is unknown —
 * its sheet has no such column, or the cell could not be read — is counted as lacking, never as «no».
 */
import type { CaseRecord, CaseStatus } from '../cases';
import type { NationalIndexRules, RowSource } from '../scoring/profile-types';

/** `part` of `whole` cases whose value is known; `lacking`: cases that may belong to `whole` but whose value is unknown. */
interface RowRatio {
  part: number;
  whole: number;
  lacking: number;
}

/** Every rate but Tiến độ, which comes from the unit's counts (progress.ts). */
type CaseRowSource = Exclude<RowSource, 'progress'>;
export type RowRatios = Record<CaseRowSource, RowRatio>;

/**
 * Whether a case's sheet has the channel or the complaint column: their readers give no «unknown» (a blank
 * channel is in person, a blank complaint cell is null also for 1187), so the column's presence tells.
 */
export interface CaseColumns {
  channel(c: CaseRecord): boolean;
  complaint(c: CaseRecord): boolean;
}

/**
 * Denominators: cases received in the period (online filing, sync, digitised files), those of them with a
 * fee (paid online), cases resolved in the period (digitised results), cases handled as Tiến độ counts them
 * (satisfaction: a late or overdue case is unsatisfied whatever its complaint cell says).
 */
export function tallyRows(
  cases: readonly CaseRecord[],
  statuses: readonly CaseStatus[],
  caseUnit: ArrayLike<number>,
  unitCount: number,
  rules: NationalIndexRules,
  columns: CaseColumns,
): RowRatios[] {
  const tallies = Array.from({ length: unitCount }, emptyRatios);
  const withdrawnHandled = rules.withdrawnCases === 'onTime';
  for (let i = 0; i < cases.length; i++) {
    const s = statuses[i];
    const o = s.outcome;
    if (o === 'outside') continue;
    const c = cases[i];
    const t = tallies[caseUnit[i]];
    if (s.receivedInPeriod) {
      if (columns.channel(c)) count(t.onlineFiling, c.channel === 'online');
      else t.onlineFiling.lacking++;
      flag(t.synced, c.synced);
      flag(t.digitisedFile, c.digitisedFile);
      if (c.hasFee === true) flag(t.paidOnline, c.paidOnline);
      else if (c.hasFee === null || c.hasFee === undefined) t.paidOnline.lacking++;
    }
    if (o === 'early' || o === 'onTime' || o === 'late') flag(t.digitisedResult, c.digitisedResult);
    if (o === 'withdrawn' && !withdrawnHandled) continue;
    if (o === 'late' || o === 'overdue') count(t.satisfaction, false);
    else if (columns.complaint(c)) count(t.satisfaction, c.complaintUpheld !== true);
    else t.satisfaction.lacking++;
  }
  return tallies;
}

function emptyRatios(): RowRatios {
  const ratio = (): RowRatio => ({ part: 0, whole: 0, lacking: 0 });
  return {
    onlineFiling: ratio(),
    synced: ratio(),
    paidOnline: ratio(),
    digitisedFile: ratio(),
    digitisedResult: ratio(),
    satisfaction: ratio(),
  };
}

function count(r: RowRatio, yes: boolean): void {
  r.whole++;
  if (yes) r.part++;
}

function flag(r: RowRatio, value: boolean | null | undefined): void {
  if (value === null || value === undefined) r.lacking++;
  else count(r, value);
}

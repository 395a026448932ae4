/** What the scoring engine takes for each unit and what it returns (RULES.md §5). */
import type { Level } from '../cases';
import type { UnitAccumulation } from './accumulate';
import type { DerivationSource, PerUnitIndicator } from './profile-types';

/**
 * A criterion as entered: a number, "Không đủ thông tin" (left out of the total when the profile allows),
 * or null for a blank cell (blocks the unit's total).
 */
export type CriterionEntry = number | 'notEnoughInfo' | null;

/** A share as counts, so the engine rounds the rate the same way everywhere. */
export interface Ratio {
  part: number;
  whole: number;
}

interface UnitIdentity {
  name: string;
  level: Level;
}

/** A unit scored from its case list plus the `Tiêu chí bổ sung` sheet. */
export interface UnitFromCases extends UnitIdentity {
  kind: 'cases';
  accumulation: UnitAccumulation;
  /** Per-unit indicators keyed by TT 01 number (not report column); missing key = blank. An entry wins over derivation. */
  entered?: Partial<Record<PerUnitIndicator, CriterionEntry>>;
  /** Inputs of the indicators the profile may derive: #8 feedback handled on time, #9 cases filed online. */
  ratios?: Partial<Record<DerivationSource, Ratio>>;
  /** ĐTB CCVC from `Tiêu chí bổ sung`, used when no evaluated case names its handler. */
  dtbCcvc?: number | null;
}

/** A unit whose nine report-column values are already known (a submitted self-scored table). */
export interface UnitFromGivenCriteria extends UnitIdentity {
  kind: 'given';
  /** Nine values in the profile's report-column order ("Tiêu chí 1–9"). */
  criteria: readonly CriterionEntry[];
  dtbCcvc?: number | null;
}

/** A unit marked as not having sent its results. */
export interface UnitNotSent extends UnitIdentity {
  kind: 'notSent';
}

export type UnitScoringInput = UnitFromCases | UnitFromGivenCriteria | UnitNotSent;

/** 'blocked': a criterion lacks data, so no total and no class. */
export type UnitScoreStatus = 'scored' | 'blocked' | 'notSent' | 'notEvaluated';

export interface UnitScore {
  name: string;
  level: Level;
  status: UnitScoreStatus;
  /** Nine values in the profile's report-column order; null when missing or left out. */
  criteria: (number | null)[];
  /** Report columns marked "Không đủ thông tin" and left out of the total. */
  excluded: number[];
  /** Report columns lacking data, e.g. [9]. */
  missing: number[];
  total: number | null;
  dtbCcvc: number | null;
  /** TT 01 Art. 15 completion label of the ĐTB CCVC. */
  dtbCcvcBand: string | null;
  classification: string | null;
  /** Rank within the unit's level; null for a unit without a total. */
  rank: number | null;
  notes: string[];
}

/** What the scoring engine takes for each unit and what it returns (RULES.md §5). */
import type { Level } from '../cases';
import type { UnitAccumulation } from './accumulate';
import type { DerivationSource, Tt01Indicator } from './profile-types';

/**
 * A criterion as entered: a number, "Không đủ thông tin" (left out of the total when the profile allows),
 * a value typed that is not allowed — as the user wrote it, with its place, e.g. «3» (ô F7) — which blocks
 * the criterion and is never replaced by a derived value, or null for a blank cell (blocks the unit's total).
 */
export type CriterionEntry = number | 'notEnoughInfo' | { invalid: string } | null;

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
  /** The sheet where the user types what the case list lacks (`Tiêu chí bổ sung`): the notes name it. */
  entrySheet: string;
  /**
   * What `Tiêu chí bổ sung` holds, keyed by TT 01 number (not report column); missing key = blank.
   * Per-unit indicators: an entry wins over derivation. Per-case indicators: an entry is the unit's average,
   * used only when the cases cannot give the indicator (a source column absent, or an evaluated case
   * without a value); when they can, the computed value wins and the entry is reported in `ignoredEntries`.
   */
  entered?: Partial<Record<Tt01Indicator, CriterionEntry>>;
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
interface UnitNotSent extends UnitIdentity {
  kind: 'notSent';
}

export type UnitScoringInput = UnitFromCases | UnitFromGivenCriteria | UnitNotSent;

/** 'blocked': a criterion lacks data, so no total and no class. */
type UnitScoreStatus = 'scored' | 'blocked' | 'notSent' | 'notEvaluated';

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
  /** Report columns of per-case criteria computed from the cases although a value was entered for them. */
  ignoredEntries: number[];
  total: number | null;
  dtbCcvc: number | null;
  /** TT 01 Art. 15 completion label of the ĐTB CCVC. */
  dtbCcvcBand: string | null;
  classification: string | null;
  /** Rank within the unit's level; null for a unit without a total. */
  rank: number | null;
  notes: string[];
}

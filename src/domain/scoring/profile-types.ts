/**
 * A rules profile: every parameter of Decision 1187 scoring that RULES.md §5 marks "(profile)", and of the
 * national index of QĐ 766 (§7), as data, so that a province can correct a threshold, a column order or
 * a weight without a new release. The shape is enforced by `profile-schema.ts` when a profile is loaded.
 */

/** The nine indicators of TT 01/2018/TT-VPCP Art. 13–15. */
export type Tt01Indicator = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
/** Indicators scored per case and averaged over a unit's evaluated cases. */
export type PerCaseIndicator = 1 | 2 | 3 | 4 | 7;
/** Indicators scored once per unit: entered by the user, or derived from a ratio. */
export type PerUnitIndicator = 5 | 6 | 8 | 9;

export const PER_CASE_INDICATORS: readonly PerCaseIndicator[] = [1, 2, 3, 4, 7];
export const PER_UNIT_INDICATORS: readonly PerUnitIndicator[] = [5, 6, 8, 9];

/** Points of one indicator; TT 01 gives 2, 1 or 0. */
export type Points = 0 | 1 | 2;

interface Named {
  /** Vietnamese name of the indicator, for result sheets and messages. */
  name: string;
}

/** #1: the case's overall timeliness. */
interface TimelinessRule extends Named {
  early: Points;
  onTime: Points;
  late: Points;
}

/** #2: agency steps; the case record only says whether any step was late. */
interface StepsRule extends Named {
  anyStepLate: Points;
  /** No step late: points by overall timeliness (TT 01: all steps early 2, none late 1). */
  noStepLate: { early: Points; onTime: Points; late: Points };
  /** When the data has no step information: score as #1 (RULES), or treat as missing. */
  withoutStepData: 'indicator1' | 'missing';
}

/** A band on a count: counts up to `atMost` (inclusive) get `points`; bands ascend. */
interface CountBand {
  atMost: number;
  points: Points;
}

/** #3 supplements requested, #4 agencies contacted. */
export interface CountRule extends Named {
  bands: CountBand[];
  /** Points for a count above every band. */
  otherwise: Points;
}

/** #7: staff attitude — an upheld complaint overrides timeliness. */
interface AttitudeRule extends Named {
  complaintUpheld: Points;
  early: Points;
  onTime: Points;
  late: Points;
}

/** A band on a percentage: rates of at least `atLeastPercent` get `points`; bands descend. */
export interface PercentBand {
  atLeastPercent: number;
  points: Points;
}

/** Ratios the engine can derive a per-unit indicator from. */
export type DerivationSource = 'feedbackOnTime' | 'onlineFiling';

export type PerUnitRule =
  | (Named & { source: 'entered' })
  | (Named & {
      source: 'enteredOrDerived';
      derivedFrom: DerivationSource;
      bands: PercentBand[];
      otherwise: Points;
    });

/** A labelled lower bound; bands descend and the first one reached applies. */
interface LabelBand {
  label: string;
  atLeast: number;
}

export interface ProfileValidity {
  /** `YYYY-MM-DD`, first and last day in force; absent when open-ended. */
  from?: string;
  to?: string;
  /** Vietnamese: what ended (or began) and what replaced it, said with the notice. */
  note: string;
}

export interface RulesProfile {
  id: string;
  /** Vietnamese name shown in `Thông tin`. */
  name: string;
  legalBasis: string;
  /** The dates the profile's national basis was in force; a period outside them is scored with a notice. */
  validity?: ProfileValidity;
  /** Decimals of every figure (criteria, totals, ĐTB CCVC, derived rates). */
  decimals: number;
  /** `reportColumns[i]` is the TT 01 indicator printed in report column "Tiêu chí i+1". */
  reportColumns: Tt01Indicator[];
  perCase: {
    '1': TimelinessRule;
    '2': StepsRule;
    '3': CountRule;
    '4': CountRule;
    '7': AttitudeRule;
  };
  perUnit: Record<'5' | '6' | '8' | '9', PerUnitRule>;
  missingData: {
    /** A criterion marked "Không đủ thông tin": left out of the total (TT 01 15.4.b) or blocking it. */
    notEnoughInfo: 'exclude' | 'block';
    /** Note on a total that left criteria out; `{columns}` becomes e.g. "TC8, TC9". */
    excludedNote: string;
  };
  classification: {
    bands: LabelBand[];
    otherwise: string;
    /** Unit marked as not having sent its results. */
    notSent: string;
    /** Unit with no evaluated case. */
    notEvaluated: string;
  };
  ranking: {
    /** Keys compared in order, each descending; units equal on all keys share a rank. */
    order: ('total' | 'dtbCcvc')[];
    /** 'competition': 1, 2, 2, 4; 'dense': 1, 2, 2, 3. */
    ties: 'competition' | 'dense';
  };
  dtbCcvc: {
    bands: LabelBand[];
    otherwise: string;
  };
  nationalIndex: NationalIndexRules;
}

/** The six groups of QĐ 766, by the ids the JSON summary gives them (a contract). */
export const NATIONAL_INDEX_GROUPS = ['cong-khai', 'tien-do', 'truc-tuyen', 'thanh-toan', 'so-hoa', 'hai-long'] as const;
export type NationalIndexGroupId = (typeof NATIONAL_INDEX_GROUPS)[number];

/**
 * Rates of the case rows a metric can be computed from (RULES.md §7): `progress` on-time ÷ handled,
 * `onlineFiling` online ÷ received, `synced` synced to the national portal ÷ received, `paidOnline` paid
 * online ÷ with a fee, `digitisedFile` ÷ received, `digitisedResult` ÷ resolved, `satisfaction`
 * (handled − late or overdue − with a complaint) ÷ handled.
 */
export const ROW_SOURCES = ['progress', 'onlineFiling', 'synced', 'paidOnline', 'digitisedFile', 'digitisedResult', 'satisfaction'] as const;
export type RowSource = (typeof ROW_SOURCES)[number];

interface IndexMetricBase {
  /** Unique in the index; the input sheet finds its column by it, the JSON names the metric by it. */
  id: string;
  name: string;
  max: number;
}

/**
 * A metric: typed by the user from the portal's figures, or computed from a rate of the rows as
 * max × min(1, rate ÷ fullAtPercent) — full points from `fullAtPercent` on, in proportion below.
 */
export type IndexMetricRule =
  | (IndexMetricBase & { source: 'entered' })
  | (IndexMetricBase & { source: RowSource; fullAtPercent: number });

export interface IndexGroupRule {
  id: NationalIndexGroupId;
  name: string;
  /** False where how the group's points split between its metrics is not settled by a text (shown in the legend). */
  splitSettled: boolean;
  /** The group's maximum is the sum of its metrics' maxima. */
  metrics: IndexMetricRule[];
}

export interface NationalIndexRules {
  name: string;
  /** Decimals of every point figure of the index. */
  decimals: number;
  /** A withdrawn case in Tiến độ: handled and on time, or left out of both. */
  withdrawnCases: 'onTime' | 'notCounted';
  groups: IndexGroupRule[];
}

import type { DateTimeValue, DayNumber } from './dates';

export type Level = 'Tỉnh' | 'Huyện' | 'Xã';
export type Channel = 'online' | 'direct' | 'postal';

/**
 * What the status column says, reduced to what the rules need (RULES.md §3). `paused` (waiting for documents
 * or fees: Yêu cầu bổ sung giấy tờ, Yêu cầu thực hiện nghĩa vụ tài chính, Chờ bổ sung, Tạm dừng …) is judged
 * exactly like `open`; it only adds the case to the «tạm dừng» sub-group of in progress (status.ts `isPaused`).
 */
export type StatusKind = 'withdrawn' | 'returned' | 'done' | 'open' | 'paused' | 'notReceived' | 'unknown';

/** One case row as read from a sheet, already validated. */
export interface CaseRecord {
  /** Where the row came from, for messages: sheet name and 1-based row number. */
  sheet: string;
  row: number;
  code: string | null;
  unit: string;
  field: string | null;
  procedure: string | null;
  received: DateTimeValue;
  /**
   * The original deadline from the data, else computed from `processingDays`; null when neither is known.
   * Lateness is always judged against it (RULES.md §2).
   */
  due: DateTimeValue | null;
  /**
   * A later appointment date set after an apology for lateness (Ngày hẹn trả mới): it excuses nothing and
   * only marks the case as extended. Null (or absent) when none, or when it is no later than `due`.
   */
  newDue?: DateTimeValue | null;
  completed: DateTimeValue | null;
  status: StatusKind;
  channel: Channel;
  handler: string | null;
  /** Level, parent district and whether they were given by the data (else inferred) come from the unit list. */
  levelHint: Level | null;
  districtHint: string | null;
  /** Scoring inputs (TT 01 #2, #3, #4, #7); null when the sheet has no such column. */
  stepLate: boolean | null;
  supplements: number | null;
  agenciesContacted: number | null;
  complaintUpheld: boolean | null;
  /**
   * QĐ 766 inputs (RULES.md §7): synced to the national portal, a fee charged, paid online, the file and the
   * result digitised. Null (or absent) when the sheet has no such column; a blank cell in one reads «no».
   */
  synced?: boolean | null;
  hasFee?: boolean | null;
  paidOnline?: boolean | null;
  digitisedFile?: boolean | null;
  digitisedResult?: boolean | null;
}

export interface Period {
  from: DayNumber;
  to: DayNumber;
  asOf: DayNumber;
}

/** The single status of a case in a period — each case is exactly one of these (or outside the period). */
export type CaseOutcome =
  | 'early'
  | 'onTime'
  | 'late'
  | 'withinDeadline'
  | 'overdue'
  | 'withdrawn'
  | 'outside';

export interface CaseStatus {
  outcome: CaseOutcome;
  /** The case was answered by a refusal/return; it is also counted among resolved (seed 004). */
  returned: boolean;
  receivedInPeriod: boolean;
  carriedOver: boolean;
  /** Working days past the due date (late or overdue cases), else 0. */
  daysLate: number;
}

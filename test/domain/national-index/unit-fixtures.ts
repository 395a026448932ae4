/**
 * The unit of the national-index tests, case by case: 8 early, 2 on time, 3 late, 5 within deadline,
 * 2 overdue and 1 withdrawn — 21 cases, all received in the period.
 */
import type { CaseOutcome, CaseRecord, CaseStatus } from '../../../src/domain/cases';

export interface TestCase {
  record: CaseRecord;
  status: CaseStatus;
}

let row = 1;

export function testCase(outcome: CaseOutcome, record: Partial<CaseRecord> = {}, receivedInPeriod = true): TestCase {
  const base: CaseRecord = {
    sheet: 'Hồ sơ', row: ++row, code: `HS-${row}`, unit: 'Sở Tư pháp', field: null, procedure: null,
    received: { day: 19_800, minutes: null }, due: { day: 19_810, minutes: null }, completed: null,
    status: 'done', channel: 'direct', handler: null, levelHint: null, districtHint: null,
    stepLate: null, supplements: null, agenciesContacted: null, complaintUpheld: null,
  };
  return { record: { ...base, ...record }, status: { outcome, returned: false, receivedInPeriod, carriedOver: !receivedInPeriod, daysLate: 0 } };
}

const OUTCOMES: [CaseOutcome, number][] = [['early', 8], ['onTime', 2], ['late', 3], ['withinDeadline', 5], ['overdue', 2], ['withdrawn', 1]];

/**
 * Every case has all QĐ 766 columns. Online: the first 12 (12/21). Synced: all but the last 3 (18/21).
 * A fee: cases 1–4, paid online 1–3 (3/4). File digitised: the first 14 (14/21). Result digitised: every
 * resolved case (13/13). Complaints: case 1 (early) and case 11 (late) — unsatisfied = 3 late + 2 overdue
 * + case 1 = 6, satisfied 15/21.
 */
export function sampleUnit(): TestCase[] {
  const outcomes = OUTCOMES.flatMap(([o, n]) => Array<CaseOutcome>(n).fill(o));
  return outcomes.map((outcome, i) =>
    testCase(outcome, {
      channel: i < 12 ? 'online' : 'direct',
      synced: i < 18,
      hasFee: i < 4,
      paidOnline: i < 3,
      digitisedFile: i < 14,
      digitisedResult: true,
      complaintUpheld: i === 0 || i === 10,
    }),
  );
}

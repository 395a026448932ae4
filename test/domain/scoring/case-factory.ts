import type { CaseOutcome, CaseRecord, CaseStatus } from '../../../src/domain/cases';
import type { ScoringCase } from '../../../src/domain/scoring';

let row = 1;

/** A case resolved (or not) with the given outcome; scoring inputs default to "no problem". */
export function scoringCase(outcome: CaseOutcome, overrides: Partial<CaseRecord> = {}): ScoringCase {
  const record: CaseRecord = {
    sheet: 'Hồ sơ',
    row: ++row,
    code: `HS-${row}`,
    unit: 'Sở Thông tin và Truyền thông',
    field: null,
    procedure: null,
    received: { day: 18_750, minutes: null },
    due: { day: 18_760, minutes: null },
    completed: { day: 18_755, minutes: null },
    status: 'done',
    channel: 'direct',
    handler: null,
    levelHint: null,
    districtHint: null,
    stepLate: null,
    supplements: 0,
    agenciesContacted: 0,
    complaintUpheld: false,
    ...overrides,
  };
  const status: CaseStatus = { outcome, returned: false, receivedInPeriod: true, carriedOver: false, daysLate: 0 };
  return { record, status };
}

export function repeat(count: number, make: () => ScoringCase): ScoringCase[] {
  return Array.from({ length: count }, make);
}

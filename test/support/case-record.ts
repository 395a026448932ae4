/** A case row as the reader hands it over, for engine tests: every field blank but what the test sets. */
import type { CaseRecord } from '../../src/domain/cases';

export function caseRecord(p: Partial<CaseRecord> & Pick<CaseRecord, 'received'>): CaseRecord {
  return {
    sheet: 'Hồ sơ', row: 2, code: 'X', unit: 'Sở Tư pháp', field: null, procedure: null,
    due: null, newDue: null, completed: null, status: 'unknown', channel: 'direct',
    handler: null, levelHint: null, districtHint: null, stepLate: null, supplements: null, agenciesContacted: null, complaintUpheld: null,
    ...p,
  };
}

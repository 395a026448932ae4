/**
 * The case rows as Biểu 1 and Biểu 3 count them: per unit, field and procedure, grouped and counted with
 * the report forms' own functions (reports/case-groups.ts), so a review recomputes exactly what
 * `tthc score` writes. A printed field or procedure is matched to the cases by its name key.
 */
import type { Counts, UnitTotals } from '../../domain/aggregate';
import { foldText } from '../../domain/text';
import { casesInPeriod, countByName, groupBy, NO_FIELD, NO_PROCEDURE } from '../reports/case-groups';
import type { ScoreRun } from '../score-workbook';

export interface CaseGroup {
  unit: UnitTotals;
  field: string;
  procedure: string;
  /** nameKey of field and procedure, computed once. */
  fieldKey: string;
  procedureKey: string;
  counts: Counts;
}

/**
 * «Lĩnh vực Đất đai cấp huyện» (Biểu 3's field heading) is the field «Đất đai cấp huyện»; case,
 * diacritics, spacing and a closing full stop do not count.
 */
export const nameKey = (name: string): string =>
  foldText(name)
    .replace(/[.,;:]+$/, '')
    .replace(/^linh vuc\s+/, '');

export function caseGroups(run: ScoreRun): CaseGroup[] {
  const groups: CaseGroup[] = [];
  for (const [unit, cases] of groupBy(casesInPeriod(run), (c) => c.unit)) {
    for (const field of countByName(cases, (c) => c.record.field ?? NO_FIELD, NO_FIELD)) {
      for (const p of countByName(field.cases, (c) => c.record.procedure ?? NO_PROCEDURE, NO_PROCEDURE)) {
        groups.push({ unit, field: field.name, procedure: p.name, fieldKey: nameKey(field.name), procedureKey: nameKey(p.name), counts: p.counts });
      }
    }
  }
  return groups;
}

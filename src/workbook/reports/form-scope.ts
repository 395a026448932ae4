/** What Biểu 1–4 count: the whole province's units and cases, or one district's (district-choice.ts). */
import type { UnitTotals } from '../../domain/aggregate';
import type { ScoreRun } from '../score-workbook';
import { casesInPeriod, orderedUnits, type RunCase } from './case-groups';
import type { DistrictChoice } from './district-choice';

export interface FormScope {
  /** In report order: every unit, or the district's unit then its communes. */
  units: readonly UnitTotals[];
  /** The cases the period counts, of those units; made on call, as Biểu 2 and 4 need only the units' totals. */
  cases(): readonly RunCase[];
  /** «HUYỆN TUẦN GIÁO» for one district's forms, null for the province's. */
  place: string | null;
}

export function formScope(run: ScoreRun, district: DistrictChoice | null): FormScope {
  if (!district) return { units: orderedUnits(run), cases: () => casesInPeriod(run), place: null };
  const units = new Set(district.units);
  return { units: district.units, cases: () => casesInPeriod(run).filter((c) => units.has(c.unit)), place: district.titleName };
}

/** A form's title, naming the district after «TTHC» as seed 004 does: «… HỒ SƠ TTHC HUYỆN TUẦN GIÁO CHIA THEO …». */
export function scopedTitle(scope: FormScope, head: string, tail: string): string {
  return [head, scope.place, tail].filter(Boolean).join(' ');
}

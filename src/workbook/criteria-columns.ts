/**
 * The columns of the `Tiêu chí bổ sung` input sheet: their titles, and how to find them again in a sheet
 * the user may have edited. A criterion column is identified by its TT 01 indicator ("(TT01 #5)"), which
 * does not depend on the profile, so a sheet kept from a run under another profile is still read right;
 * a bare "Tiêu chí 6" is read through the current profile's report columns.
 */
import { PER_UNIT_INDICATORS, type PerUnitIndicator, type RulesProfile } from '../domain/scoring';
import { foldText } from '../domain/text';
import type { SheetGrid } from './cells';

export const CRITERIA_SHEET = 'Tiêu chí bổ sung';
export const NOT_ENOUGH_INFO = 'Không đủ thông tin';
export const POINT_VALUES = [0, 1, 2] as const;
export const MAX_DTB_CCVC = 10;

export const TITLES = {
  stt: 'STT',
  name: 'Tên đơn vị',
  level: 'Cấp',
  dtbCcvc: `ĐTB CCVC BP Một cửa (0–${MAX_DTB_CCVC})`,
  notSent: 'Không gửi kết quả',
  note: 'Ghi chú',
} as const;

/** A per-unit indicator and the 1-based report column ("Tiêu chí n") it lands in under the profile. */
export interface CriterionColumn {
  indicator: PerUnitIndicator;
  reportColumn: number;
}

const isPerUnit = (i: number): i is PerUnitIndicator => (PER_UNIT_INDICATORS as readonly number[]).includes(i);

/** The per-unit indicators in report-column order. */
export function criterionColumns(profile: RulesProfile): CriterionColumn[] {
  return profile.reportColumns.flatMap((indicator, i) => (isPerUnit(indicator) ? [{ indicator, reportColumn: i + 1 }] : []));
}

export function criterionTitle({ indicator, reportColumn }: CriterionColumn, profile: RulesProfile): string {
  return `Tiêu chí ${reportColumn} (TT01 #${indicator}): ${profile.perUnit[`${indicator}`].name} (${POINT_VALUES.join(', ')})`;
}

/** "Tiêu chí 6 (TT01 #5)": how messages name a criterion column. */
export const criterionShortTitle = ({ indicator, reportColumn }: CriterionColumn): string =>
  `Tiêu chí ${reportColumn} (TT01 #${indicator})`;

/** 0-based indices into the grid's rows and cells; null when the sheet lacks the column. */
export interface CriteriaLayout {
  headerIndex: number;
  name: number;
  criteria: Map<PerUnitIndicator, number>;
  dtbCcvc: number | null;
  notSent: number | null;
}

const HEADER_SEARCH_ROWS = 40;
const NAME = /^(ten )?(co quan, )?don vi$|^ten (co quan|don vi)/;
const DTB_CCVC = /^(dtb|diem trung binh) ccvc/;
const NOT_SENT = /^khong gui/;
const TT01_TAG = /tt ?01[^0-9]{0,4}([1-9])\b/;
const REPORT_COLUMN = /^tieu chi ([1-9])\b/;

/** The header row: the first one naming both the unit column and a criterion column. */
export function locateCriteriaColumns(grid: SheetGrid, profile: RulesProfile): CriteriaLayout | null {
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r++) {
    const folded = (grid.rows[r] ?? []).map((v) => (typeof v === 'string' ? foldText(v) : ''));
    const name = folded.findIndex((h) => NAME.test(h));
    const criteria = new Map<PerUnitIndicator, number>();
    folded.forEach((h, c) => {
      const indicator = headerIndicator(h, profile);
      if (indicator !== null && !criteria.has(indicator)) criteria.set(indicator, c);
    });
    if (name < 0 || criteria.size === 0) continue;
    const index = (re: RegExp): number | null => {
      const i = folded.findIndex((h) => re.test(h));
      return i < 0 ? null : i;
    };
    return { headerIndex: r, name, criteria, dtbCcvc: index(DTB_CCVC), notSent: index(NOT_SENT) };
  }
  return null;
}

function headerIndicator(folded: string, profile: RulesProfile): PerUnitIndicator | null {
  const tagged = TT01_TAG.exec(folded);
  if (tagged) {
    const n = Number(tagged[1]);
    return isPerUnit(n) ? n : null;
  }
  const column = REPORT_COLUMN.exec(folded);
  if (!column) return null;
  const indicator = profile.reportColumns[Number(column[1]) - 1];
  return indicator !== undefined && isPerUnit(indicator) ? indicator : null;
}

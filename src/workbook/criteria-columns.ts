/**
 * The columns of the `Tiêu chí bổ sung` input sheet: their titles, and how to find them again in a sheet
 * the user may have edited. A criterion column is identified by its TT 01 indicator ("(TT01 #5)"), which
 * does not depend on the profile, so a sheet kept from a run under another profile is still read right;
 * a bare "Tiêu chí 6" is read through the current profile's report columns.
 *
 * Two kinds of criterion column: the per-unit indicators (#5, #6, #8, #9: points 0/1/2, always typed or
 * derived), and the per-case ones real exports have no column for (#3, #4, #7, and #2 when the profile
 * does not score it as #1): a unit's average 0–2, used only when the case list cannot give it.
 */
import { PER_UNIT_INDICATORS, type PerCaseIndicator, type PerUnitIndicator, type RulesProfile } from '../domain/scoring';
import { foldText } from '../domain/text';
import type { SheetGrid } from './cells';
import { FIELD_LABELS, type CaseField } from './columns';
import { CRITERIA_SHEET } from './sheet-names';

export { CRITERIA_SHEET };

export const NOT_ENOUGH_INFO = 'Không đủ thông tin';
export const POINT_VALUES = [0, 1, 2] as const;
/** A per-case criterion typed for a unit is an average of case points: any number in this range. */
export const MAX_AVERAGE = 2;
export const MAX_DTB_CCVC = 10;

export const TITLES = {
  stt: 'STT',
  name: 'Tên đơn vị',
  level: 'Cấp',
  dtbCcvc: `ĐTB CCVC BP Một cửa (0–${MAX_DTB_CCVC})`,
  notSent: 'Không gửi kết quả',
  note: 'Ghi chú',
} as const;

/** Per-case indicators the sheet can take, i.e. those a case list may lack (#1 is always known). */
type EnterablePerCase = Exclude<PerCaseIndicator, 1>;
/** The indicators a `Tiêu chí bổ sung` column can hold. */
export type InputIndicator = EnterablePerCase | PerUnitIndicator;

/**
 * Per-case indicators the sheet takes: a short name, and the case column that makes typing unnecessary
 * (its label as the case reader recognises it).
 */
export const PER_CASE_INPUTS: Readonly<Record<EnterablePerCase, { name: string; field: CaseField }>> = {
  2: { name: 'Thời gian xử lý của từng cơ quan so với thời gian được phân bổ', field: 'stepLate' },
  3: { name: 'Số lần phải bổ sung hồ sơ', field: 'supplements' },
  4: { name: 'Số cơ quan phải liên hệ để hoàn thành hồ sơ', field: 'agenciesContacted' },
  7: { name: 'Thái độ của công chức khi hướng dẫn, tiếp nhận, giải quyết hồ sơ', field: 'complaint' },
};

/** An input indicator and the 1-based report column ("Tiêu chí n") it lands in under the profile. */
export type CriterionColumn =
  | { kind: 'perUnit'; indicator: PerUnitIndicator; reportColumn: number }
  | { kind: 'perCase'; indicator: EnterablePerCase; reportColumn: number };

const isPerUnit = (i: number): i is PerUnitIndicator => (PER_UNIT_INDICATORS as readonly number[]).includes(i);

/** Per-case indicators the profile may find missing in a case list: #2 only when it is not scored as #1. */
function enterablePerCase(profile: RulesProfile): EnterablePerCase[] {
  return profile.perCase['2'].withoutStepData === 'missing' ? [2, 3, 4, 7] : [3, 4, 7];
}

/** Every criterion column of the sheet under the profile, in report-column order. */
export function criterionColumns(profile: RulesProfile): CriterionColumn[] {
  const perCase: readonly number[] = enterablePerCase(profile);
  return profile.reportColumns.flatMap((indicator, i): CriterionColumn[] => {
    const reportColumn = i + 1;
    if (isPerUnit(indicator)) return [{ kind: 'perUnit', indicator, reportColumn }];
    if (perCase.includes(indicator)) return [{ kind: 'perCase', indicator: indicator as EnterablePerCase, reportColumn }];
    return [];
  });
}

/** The case column whose presence makes a per-case column unnecessary, e.g. «Số lần yêu cầu bổ sung». */
export const sourceColumnLabel = (indicator: EnterablePerCase): string => FIELD_LABELS[PER_CASE_INPUTS[indicator].field];

export function criterionTitle(c: CriterionColumn, profile: RulesProfile): string {
  if (c.kind === 'perCase') {
    const { name } = PER_CASE_INPUTS[c.indicator];
    return `${criterionShortTitle(c)}: ${name} — chỉ nhập khi danh sách hồ sơ không có cột «${sourceColumnLabel(c.indicator)}» (0–${MAX_AVERAGE})`;
  }
  return `${criterionShortTitle(c)}: ${profile.perUnit[`${c.indicator}`].name} (${POINT_VALUES.join(', ')})`;
}

/** "Tiêu chí 6 (TT01 #5)": how messages name a criterion column. */
export const criterionShortTitle = ({ indicator, reportColumn }: Pick<CriterionColumn, 'indicator' | 'reportColumn'>): string =>
  `Tiêu chí ${reportColumn} (TT01 #${indicator})`;

/** 0-based indices into the grid's rows and cells; null when the sheet lacks the column. */
interface CriteriaLayout {
  headerIndex: number;
  name: number;
  /** Criterion columns the profile takes; a column for another indicator (e.g. #2 scored as #1) is not listed. */
  criteria: Map<InputIndicator, number>;
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
  const inputs = new Set<number>(criterionColumns(profile).map((c) => c.indicator));
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r++) {
    const folded = (grid.rows[r] ?? []).map((v) => (typeof v === 'string' ? foldText(v) : ''));
    const name = folded.findIndex((h) => NAME.test(h));
    const criteria = new Map<InputIndicator, number>();
    folded.forEach((h, c) => {
      const indicator = headerIndicator(h, profile, inputs);
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

function headerIndicator(folded: string, profile: RulesProfile, inputs: ReadonlySet<number>): InputIndicator | null {
  const tagged = TT01_TAG.exec(folded);
  const column = tagged ? null : REPORT_COLUMN.exec(folded);
  const indicator = tagged ? Number(tagged[1]) : column ? profile.reportColumns[Number(column[1]) - 1] : undefined;
  return indicator !== undefined && inputs.has(indicator) ? (indicator as InputIndicator) : null;
}

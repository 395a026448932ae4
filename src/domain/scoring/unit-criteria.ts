/**
 * The nine criteria of one unit in the profile's report-column order, each with its value or why it has
 * none, from cases + `Tiêu chí bổ sung` or from a submitted table. Every value is rounded to the
 * profile's decimals here, so the total is the sum of the figures shown.
 *
 * A per-case criterion comes from the cases whenever they give it; a value entered for it is the fallback
 * for case lists without the source column (real one-stop exports have none for #3, #4, #7), never an
 * override. Lacking both, it blocks the unit (RULES.md §5). The notes name the input's entry sheet so that
 * the user knows where to go.
 */
import { roundHalfUp } from '../rounding';
import { indicatorAverage } from './accumulate';
import { deriveFromRatio } from './derive-indicator';
import { formatNumber } from './format';
import type { DerivationSource, PerCaseIndicator, PerUnitIndicator, RulesProfile, Tt01Indicator } from './profile-types';
import type { CriterionEntry, UnitFromCases, UnitFromGivenCriteria } from './unit-types';

export type ResolvedCriterion =
  /** `entryIgnored`: computed from the cases although a value was entered. */
  | { state: 'value'; value: number; note?: string; entryIgnored?: boolean }
  | { state: 'missing'; reason: string }
  | { state: 'excluded' };

const MAX_POINTS = 2;

const SOURCE_NAMES: Record<DerivationSource, string> = {
  feedbackOnTime: 'tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn',
  onlineFiling: 'tỷ lệ hồ sơ nộp trực tuyến',
};

export function criteriaFromCases(input: UnitFromCases, profile: RulesProfile): ResolvedCriterion[] {
  return profile.reportColumns.map((indicator) =>
    isPerCase(indicator) ? fromCases(input, indicator, profile) : fromUnitSources(input, indicator, profile),
  );
}

export function criteriaFromGiven(input: UnitFromGivenCriteria, profile: RulesProfile): ResolvedCriterion[] {
  return profile.reportColumns.map((_, column) => fromEntry(input.criteria[column], profile));
}

function isPerCase(indicator: Tt01Indicator): indicator is PerCaseIndicator {
  return indicator === 1 || indicator === 2 || indicator === 3 || indicator === 4 || indicator === 7;
}

function fromCases(input: UnitFromCases, indicator: PerCaseIndicator, profile: RulesProfile): ResolvedCriterion {
  const tally = input.accumulation;
  const average = indicatorAverage(tally, indicator);
  const entry = input.entered?.[indicator];
  const typed = entry !== undefined && entry !== null;
  if (average !== null) {
    const value = roundHalfUp(average, profile.decimals);
    if (!typed) return { state: 'value', value };
    return { state: 'value', value, note: `tính từ danh sách hồ sơ, không dùng giá trị nhập ở «${input.entrySheet}»`, entryIgnored: true };
  }
  const lacking = `${tally.evaluatedCases - tally.indicators[indicator].scoredCases}/${tally.evaluatedCases} hồ sơ thiếu dữ liệu`;
  if (!typed) return { state: 'missing', reason: `${lacking}, chưa nhập giá trị ở «${input.entrySheet}»` };
  const resolved = fromEntry(entry, profile);
  if (resolved.state === 'missing') return { state: 'missing', reason: `${lacking}; ${resolved.reason}` };
  if (resolved.state === 'value') return { ...resolved, note: `lấy theo giá trị nhập ở «${input.entrySheet}» (${lacking})` };
  return resolved;
}

function fromUnitSources(input: UnitFromCases, indicator: PerUnitIndicator, profile: RulesProfile): ResolvedCriterion {
  const entry = input.entered?.[indicator];
  if (entry !== undefined && entry !== null) return fromEntry(entry, profile);
  const rule = profile.perUnit[`${indicator}` as const];
  if (rule.source === 'entered') return { state: 'missing', reason: 'chưa nhập điểm' };
  const ratio = input.ratios?.[rule.derivedFrom];
  if (!ratio) return { state: 'missing', reason: `chưa nhập điểm, không có ${SOURCE_NAMES[rule.derivedFrom]}` };
  const derived = deriveFromRatio(ratio, rule, profile.decimals);
  if (!derived) return { state: 'missing', reason: `chưa nhập điểm, ${SOURCE_NAMES[rule.derivedFrom]} không xác định (mẫu số 0)` };
  const note = `tính từ ${SOURCE_NAMES[rule.derivedFrom]} ${formatNumber(derived.percent)}% (${ratio.part}/${ratio.whole})`;
  return { state: 'value', value: derived.points, note };
}

function fromEntry(entry: CriterionEntry | undefined, profile: RulesProfile): ResolvedCriterion {
  if (entry === undefined || entry === null) return { state: 'missing', reason: 'chưa có điểm' };
  if (typeof entry === 'object') return { state: 'missing', reason: `giá trị ${entry.invalid} không hợp lệ` };
  if (entry === 'notEnoughInfo') {
    return profile.missingData.notEnoughInfo === 'exclude'
      ? { state: 'excluded' }
      : { state: 'missing', reason: 'không đủ thông tin' };
  }
  if (!Number.isFinite(entry) || entry < 0 || entry > MAX_POINTS) {
    return { state: 'missing', reason: `điểm ${formatNumber(entry)} nằm ngoài khoảng 0–${MAX_POINTS}` };
  }
  return { state: 'value', value: roundHalfUp(entry, profile.decimals) };
}

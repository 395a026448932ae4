/**
 * ĐTB CCVC BP Một cửa (0–10): TT 01 Art. 15 scores each one-stop staff member on #1, #2, #3, #4 and #7;
 * the unit's figure is the mean over its staff. Informational, and the ranking tie-breaker.
 */
import { roundHalfUp } from '../rounding';
import { indicatorAverage, type CaseTally, type UnitAccumulation } from './accumulate';
import { formatNumber } from './format';
import { PER_CASE_INDICATORS, type RulesProfile } from './profile-types';

/** A handler's score: the sum of the five indicator averages over the handler's cases; null when data is missing. */
function handlerScore(tally: CaseTally): number | null {
  let score = 0;
  for (const i of PER_CASE_INDICATORS) {
    const average = indicatorAverage(tally, i);
    if (average === null) return null;
    score += average;
  }
  return score;
}

/**
 * Mean of the handlers' exact scores, rounded once at the end (rounding each handler first would let
 * rounding errors add up). Null when there is no handler or any handler's score cannot be computed.
 */
function dtbCcvcFromHandlers(handlers: ReadonlyMap<string, CaseTally>, decimals: number): number | null {
  if (handlers.size === 0) return null;
  let sum = 0;
  for (const tally of handlers.values()) {
    const score = handlerScore(tally);
    if (score === null) return null;
    sum += score;
  }
  return roundHalfUp(sum / handlers.size, decimals);
}

/** The TT 01 Art. 15 completion label of a ĐTB CCVC value. */
export function dtbCcvcBand(value: number, profile: RulesProfile): string {
  const { bands, otherwise } = profile.dtbCcvc;
  return bands.find((band) => value >= band.atLeast)?.label ?? otherwise;
}

const MAX_DTB_CCVC = 10;

/**
 * The unit's ĐTB CCVC: from its handlers when the case list names them, else the entered value.
 * Notes say which was used when it is not obvious.
 */
export function unitDtbCcvc(
  accumulation: UnitAccumulation | null,
  entered: number | null | undefined,
  profile: RulesProfile,
): { value: number | null; notes: string[] } {
  const notes: string[] = [];
  if (accumulation && accumulation.handlers.size > 0) {
    const derived = dtbCcvcFromHandlers(accumulation.handlers, profile.decimals);
    if (derived !== null) {
      const named = accumulation.evaluatedCases - accumulation.casesWithoutHandler;
      if (accumulation.casesWithoutHandler > 0) {
        notes.push(`ĐTB CCVC tính trên ${named}/${accumulation.evaluatedCases} hồ sơ có người xử lý`);
      }
      return { value: derived, notes };
    }
    notes.push('ĐTB CCVC: thiếu dữ liệu chấm điểm cán bộ, dùng giá trị nhập');
  }
  if (entered === undefined || entered === null) return { value: null, notes };
  if (!Number.isFinite(entered) || entered < 0 || entered > MAX_DTB_CCVC) {
    notes.push(`ĐTB CCVC ${formatNumber(entered)} nằm ngoài khoảng 0–${MAX_DTB_CCVC}, không dùng`);
    return { value: null, notes };
  }
  return { value: roundHalfUp(entered, profile.decimals), notes };
}

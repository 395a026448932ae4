/**
 * Each unit's figures for the previous period (issue 16, src/domain/previous-period.ts), from the same case
 * rows: the statuses recomputed for that period, totalled and scored by the functions a run uses, so they
 * equal a run for that period on the same rows — except for what the user typed. `Tiêu chí bổ sung` and
 * `Chỉ số 766 bổ sung` hold this period's entries: they are not reused, so a criterion or group only typed
 * there leaves the previous total empty, and the notes say which.
 */
import type { UnitTotals } from '../domain/aggregate';
import type { Period } from '../domain/cases';
import { formatVn } from '../domain/dates';
import type { UnitNationalIndex } from '../domain/national-index';
import { countsPerUnit, periodLabel, previousPeriod, whyNotCovered } from '../domain/previous-period';
import type { RulesProfile, UnitScore } from '../domain/scoring';
import { caseStatus } from '../domain/status';
import { CRITERIA_SHEET } from './criteria-columns';
import { NATIONAL_INDEX_INPUT_SHEET } from './national-index-columns';
import { scoreRunNationalIndex } from './national-index-units';
import { scoreRun } from './score-units';
import type { ScoreRun } from './score-workbook';

export interface PreviousUnit {
  totals: UnitTotals;
  score: UnitScore;
  nationalIndex: UnitNationalIndex;
}

export interface PreviousComparison {
  /** The previous period; its as-of date is its last day. */
  period: Period;
  /** «quý IV/2023», «tháng 2/2024», «năm 2023» or its dates. */
  label: string;
  /** In `run.units` order; null when the rows do not cover the previous period (then `note` says so). */
  units: PreviousUnit[] | null;
  /** Why there is no comparison, or null. */
  note: string | null;
  /** Why some previous 1187 totals are missing although this period's are there (criteria typed for this period), or null. */
  scoreNote: string | null;
  /** The same for the national index's groups typed in `Chỉ số 766 bổ sung`, or null. */
  indexNote: string | null;
}

/**
 * `scores` and `nationalIndex`: this period's, in `run.units` order — a previous total missing where this
 * period's is there was blocked by an entry that only this period has.
 */
export function comparePrevious(
  run: ScoreRun,
  profile: RulesProfile,
  scores: readonly UnitScore[],
  nationalIndex: readonly UnitNationalIndex[],
): PreviousComparison {
  const period = previousPeriod(run.period);
  const label = periodLabel(period);
  const why = whyNotCovered(run.cases, period);
  if (why !== null) {
    const note = `Dữ liệu không có đủ hồ sơ của kỳ trước (${label}) để so sánh: ${why}. Muốn so sánh, dùng danh sách hồ sơ giải quyết từ ${formatVn(period.from)} đến ${formatVn(run.period.to)}, có cả hồ sơ tiếp nhận trước ngày ${formatVn(period.from)}.`;
    return { period, label, units: null, note, scoreNote: null, indexNote: null };
  }
  const statuses = run.cases.map((c) => caseStatus(c, period, run.calendar));
  const counts = countsPerUnit(run.cases, statuses, run.caseUnit, run.units.length);
  const units = run.units.map((u, i) => ({ ...u, ...counts[i] }));
  const previousRun: ScoreRun = { ...run, period, statuses, units };
  const previousScores = scoreRun(previousRun, profile, null);
  const previousIndex = scoreRunNationalIndex(previousRun, profile, null);
  return {
    period,
    label,
    units: units.map((totals, i) => ({ totals, score: previousScores[i], nationalIndex: previousIndex[i] })),
    note: null,
    scoreNote: scoreNote(label, scores, previousScores),
    indexNote: indexNote(label, nationalIndex, previousIndex),
  };
}

/** The report columns missing in a previous score but not in this period's: those typed for this period. */
function scoreNote(label: string, current: readonly UnitScore[], previous: readonly UnitScore[]): string | null {
  const typedOnly = new Set<number>();
  let units = 0;
  previous.forEach((p, i) => {
    const now = current[i];
    const lacking = p.missing.filter((c) => !now.missing.includes(c));
    if (p.total !== null || lacking.length === 0) return;
    units++;
    for (const c of lacking) typedOnly.add(c);
  });
  if (units === 0) return null;
  const columns = [...typedOnly].sort((a, b) => a - b).join(', ');
  return `Kỳ trước (${label}): ${units} đơn vị chưa có tổng điểm, phân loại, xếp hạng 1187 — Tiêu chí ${columns} nhập ở sheet «${CRITERIA_SHEET}» là của kỳ này, không dùng cho kỳ trước; đơn vị đó chỉ so sánh số hồ sơ và tỷ lệ.`;
}

/** The groups lacking in a previous national index but known this period: those typed for this period. */
function indexNote(label: string, current: readonly UnitNationalIndex[], previous: readonly UnitNationalIndex[]): string | null {
  const typedOnly = new Set<string>();
  let units = 0;
  previous.forEach((p, i) => {
    const lacking = p.groups.filter((g, gi) => g.points === null && current[i].groups[gi].points !== null).map((g) => g.name);
    if (p.total !== null || lacking.length === 0) return;
    units++;
    for (const name of lacking) typedOnly.add(name);
  });
  if (units === 0) return null;
  return `Kỳ trước (${label}): ${units} đơn vị chưa có tổng điểm Chỉ số 766 — điểm nhóm ${[...typedOnly].join(', ')} nhập ở sheet «${NATIONAL_INDEX_INPUT_SHEET}» là của kỳ này, không dùng cho kỳ trước; chỉ so sánh điểm các nhóm tính được từ danh sách hồ sơ.`;
}

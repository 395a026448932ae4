/** What the results screen shows, computed from a JobResult. */
import type { UnitTotals } from '../domain/aggregate';
import type { DataIssue } from '../domain/issues';
import type { SheetWritePlan } from '../workbook/result-sheets';
import type { JobResult } from '../workbook/score-job';

/** One unit's Decision 1187 result, as JobResult.scores carries it. */
interface UnitScoreView {
  name: string;
  level: string;
  classification: string | null;
  total: number | null;
  rank: number | null;
  /** Report columns lacking data (the criteria numbers, e.g. [9]). */
  missing?: readonly number[];
}

/** The Decision 1187 scores of a run; tolerant of a result without them (older jobs, test doubles). */
export function scoresOf(result: JobResult): readonly UnitScoreView[] {
  return (result as { scores?: readonly UnitScoreView[] }).scores ?? [];
}

const CLASS_LABELS = ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu', 'Không xếp loại', 'Không đánh giá'] as const;
/** A unit with a criterion lacking data has no total and no class. */
export const NO_CLASS_LABEL = 'Chưa đủ dữ liệu';

export function classCounts(scores: readonly UnitScoreView[]): { label: string; count: number }[] {
  const counts = new Map<string, number>(CLASS_LABELS.map((l) => [l, 0]));
  let other = 0;
  for (const s of scores) {
    if (s.classification !== null && counts.has(s.classification)) counts.set(s.classification, counts.get(s.classification)! + 1);
    else other++;
  }
  const rows = [...counts].map(([label, count]) => ({ label, count }));
  return other > 0 ? [...rows, { label: NO_CLASS_LABEL, count: other }] : rows;
}

/** Units held back from a class by criteria lacking data, with the criteria (numbers) they lack, in the run's order. */
export function unitsLackingData(scores: readonly UnitScoreView[]): { name: string; missing: readonly number[] }[] {
  return scores.filter((s) => (s.missing?.length ?? 0) > 0).map((s) => ({ name: s.name, missing: s.missing ?? [] }));
}

interface ProgressRow {
  name: string;
  /** Tiến độ giải quyết (QĐ 766) and its maximum; points null when the unit handled no case. */
  points: number | null;
  max: number;
  /** Late and overdue cases, and the points they cost. */
  notOnTime: number;
  pointsLost: number | null;
  /** Cases overdue or falling due soon (`Hồ sơ sắp đến hạn`). */
  dueSoon: number;
}

/** Every unit's Tiến độ with its cases due soon, the units losing most first (a result without the index: none). */
export function progressRows(result: JobResult): ProgressRow[] {
  const index = (result as { nationalIndex?: JobResult['nationalIndex'] }).nationalIndex ?? [];
  return index
    .map((u, i) => {
      const group = u.groups.find((g) => g.id === 'tien-do');
      return {
        name: u.name,
        points: group?.points ?? null,
        max: group?.max ?? 0,
        notOnTime: u.progress?.notOnTime ?? 0,
        pointsLost: u.progress?.pointsLost ?? null,
        dueSoon: result.dueSoon?.perUnit[i] ?? 0,
      };
    })
    .sort((a, b) => (b.pointsLost ?? -1) - (a.pointsLost ?? -1) || b.dueSoon - a.dueSoon || a.name.localeCompare(b.name, 'vi'));
}

interface LateUnit {
  name: string;
  late: number;
  overdue: number;
}

/** Units with the most late (resolved late + overdue in progress) cases; none when nobody is late. */
export function topLateUnits(units: readonly UnitTotals[], limit = 5): LateUnit[] {
  return units
    .filter((u) => u.late + u.overdue > 0)
    .map((u) => ({ name: u.name, late: u.late, overdue: u.overdue }))
    .sort((a, b) => b.late + b.overdue - (a.late + a.overdue) || a.name.localeCompare(b.name, 'vi'))
    .slice(0, limit);
}

/**
 * Sheets the run made, in workbook order, without the hidden marker; then the sheet where criteria are
 * typed, whether kept from an earlier run or the user's own, since the results point the user to it.
 */
export function createdSheets(plan: SheetWritePlan, criteriaSheet: string): string[] {
  const names = plan.add.map((m) => m.name).filter((n) => n !== plan.marker);
  return names.includes(criteriaSheet) ? names : [...names, criteriaSheet];
}

/** The name a result sheet got: its own, or 'Tên (2)' when a user's sheet already had it. */
export function writtenName(plan: SheetWritePlan, wanted: string): string {
  return plan.renamed.find((r) => r.wanted === wanted)?.written ?? wanted;
}

/** Errors before warnings, otherwise in the order found (sheet order, row order). */
export function sortedIssues(issues: readonly DataIssue[]): DataIssue[] {
  return [...issues].sort((a, b) => Number(a.severity !== 'error') - Number(b.severity !== 'error'));
}

/**
 * Decision 1187 scores of a run's units: per-case criteria from the cases resolved in the period, per-unit
 * criteria from `Tiêu chí bổ sung`, and the rates the profile may derive a criterion from (RULES.md §5).
 */
import type { DataIssue } from '../domain/issues';
import {
  accumulate,
  criterionLabel,
  PER_UNIT_INDICATORS,
  scoreUnits,
  type DerivationSource,
  type PerUnitIndicator,
  type Ratio,
  type RulesProfile,
  type ScoringCase,
  type UnitScore,
  type UnitScoringInput,
} from '../domain/scoring';
import { cleanName } from '../domain/text';
import type { UnitTotals } from '../domain/aggregate';
import { CRITERIA_SHEET } from './criteria-columns';
import type { CriteriaEntries, CriteriaEntry } from './read-criteria';
import type { ScoreRun } from './score-workbook';

/** A score with the unit's district, which the ranking sheet groups communes by. */
export type RunUnitScore = UnitScore & { parent: string | null };

/** What each derivation rate is computed from; null when the case list cannot give it. */
export const RATIO_SOURCES: Record<DerivationSource, string | null> = {
  onlineFiling: 'số hồ sơ nộp trực tuyến ÷ số hồ sơ tiếp nhận mới trong kỳ',
  feedbackOnTime: null, // case lists carry no feedback or petition records
};

/** `criteria`: the entries of `Tiêu chí bổ sung`, or null when the workbook has no such sheet. */
export function scoreRun(run: ScoreRun, profile: RulesProfile, criteria: CriteriaEntries | null): RunUnitScore[] {
  const casesOf = new Map<string, ScoringCase[]>();
  run.cases.forEach((record, i) => {
    const key = cleanName(record.unit);
    let list = casesOf.get(key);
    if (!list) casesOf.set(key, (list = []));
    list.push({ record, status: run.statuses[i] });
  });
  const inputs = run.units.map((u) => unitInput(u, casesOf.get(u.name) ?? [], criteria?.get(u.name), profile));
  return scoreUnits(inputs, profile).map((score, i) => ({
    ...score,
    notes: rejectedNotes(score.notes, criteria?.get(score.name), profile),
    parent: run.units[i].parent,
  }));
}

function unitInput(unit: UnitTotals, cases: ScoringCase[], entry: CriteriaEntry | undefined, profile: RulesProfile): UnitScoringInput {
  const { name, level } = unit;
  if (entry?.notSent) return { kind: 'notSent', name, level };
  const entered = { ...entry?.entered };
  // NaN is an entry the engine refuses, so a rejected value blocks its criterion instead of letting it be derived.
  for (const indicator of rejectedIndicators(entry)) entered[indicator] = NaN;
  const ratios: Partial<Record<DerivationSource, Ratio>> = { onlineFiling: { part: unit.online, whole: unit.receivedInPeriod } };
  return { kind: 'cases', name, level, accumulation: accumulate(cases, profile), entered, ratios, dtbCcvc: entry?.dtbCcvc ?? null };
}

const rejectedIndicators = (entry: CriteriaEntry | undefined): PerUnitIndicator[] =>
  PER_UNIT_INDICATORS.filter((i) => entry?.rejected[i] !== undefined);

/** The engine's note on a refused entry would read "điểm NaN …"; say what was typed and where instead. */
function rejectedNotes(notes: string[], entry: CriteriaEntry | undefined, profile: RulesProfile): string[] {
  let out = notes;
  for (const indicator of rejectedIndicators(entry)) {
    const prefix = `${criterionLabel(profile.reportColumns.indexOf(indicator) + 1)}: `;
    const text = `${prefix}giá trị ${entry!.rejected[indicator]} không hợp lệ`;
    out = out.map((n) => (n.startsWith(prefix) ? text : n));
  }
  return out;
}

/**
 * One `Kiểm tra dữ liệu` line per criterion that keeps a unit from being totalled (RULES.md §5). A per-case
 * criterion points to the case sheet, a per-unit one to `Tiêu chí bổ sung`.
 */
export function missingCriteriaIssues(scores: readonly UnitScore[], profile: RulesProfile, caseSheet: string): DataIssue[] {
  const perUnit: readonly number[] = PER_UNIT_INDICATORS;
  return scores.flatMap((score) =>
    score.missing.map((column) => {
      const prefix = `${criterionLabel(column)}: `;
      const reason = score.notes.find((n) => n.startsWith(prefix))?.slice(prefix.length);
      return {
        sheet: perUnit.includes(profile.reportColumns[column - 1]) ? CRITERIA_SHEET : caseSheet,
        row: null,
        column: null,
        severity: 'warning' as const,
        message: `Đơn vị «${score.name}» thiếu Tiêu chí ${column}${reason ? ` (${reason})` : ''} — chưa tính tổng điểm, chưa xếp loại.`,
      };
    }),
  );
}

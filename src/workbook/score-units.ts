/**
 * Decision 1187 scores of a run's units: per-case criteria from the cases resolved in the period, per-unit
 * criteria from `Tiêu chí bổ sung`, and the rates the profile may derive a criterion from (RULES.md §5).
 */
import type { DataIssue } from '../domain/issues';
import {
  accumulate,
  criterionLabel,
  formatNumber,
  scoreUnits,
  type DerivationSource,
  type Ratio,
  type RulesProfile,
  type ScoringCase,
  type UnitScore,
  type UnitScoringInput,
} from '../domain/scoring';
import type { UnitTotals } from '../domain/aggregate';
import { CRITERIA_SHEET, criterionColumns, criterionShortTitle, NOT_ENOUGH_INFO, sourceColumnLabel, type InputIndicator } from './criteria-columns';
import type { CriteriaEntries, CriteriaEntry } from './read-criteria';
import type { ScoreRun } from './score-workbook';

/**
 * A score with the unit's district, which the ranking sheet groups communes by, and the `Kiểm tra dữ liệu`
 * lines about what was typed for it (a per-case value the cases made unnecessary).
 */
export type RunUnitScore = UnitScore & { parent: string | null; entryIssues: DataIssue[] };

/** What each derivation rate is computed from; null when the case list cannot give it. */
export const RATIO_SOURCES: Record<DerivationSource, string | null> = {
  onlineFiling: 'số hồ sơ nộp trực tuyến ÷ số hồ sơ tiếp nhận mới trong kỳ',
  feedbackOnTime: null, // case lists carry no feedback or petition records
};

/** `criteria`: the entries of `Tiêu chí bổ sung`, or null when the workbook has no such sheet. */
export function scoreRun(run: ScoreRun, profile: RulesProfile, criteria: CriteriaEntries | null): RunUnitScore[] {
  // Only cases resolved in the period are evaluated (RULES.md §5); grouped by the unit index the run keeps.
  const casesOf: ScoringCase[][] = run.units.map(() => []);
  const { cases, statuses, caseUnit } = run;
  for (let i = 0; i < cases.length; i++) {
    const status = statuses[i];
    const o = status.outcome;
    if (o === 'early' || o === 'onTime' || o === 'late') casesOf[caseUnit[i]].push({ record: cases[i], status });
  }
  // A blank channel reads as in person: without the column every case would look filed in person, and the
  // online-filing share (Tiêu chí 9) would be 0 in silence. Then the criterion must be typed instead.
  const channelKnown = run.tables.every((t) => t.mapping.channel !== undefined);
  const inputs = run.units.map((u, i) => unitInput(u, casesOf[i], criteria?.get(u.name), profile, channelKnown));
  return scoreUnits(inputs, profile).map((score, i) => ({
    ...score,
    parent: run.units[i].parent,
    entryIssues: ignoredEntryIssues(score, criteria?.get(score.name), profile),
  }));
}

function unitInput(unit: UnitTotals, cases: ScoringCase[], entry: CriteriaEntry | undefined, profile: RulesProfile, channelKnown: boolean): UnitScoringInput {
  const { name, level } = unit;
  if (entry?.notSent) return { kind: 'notSent', name, level };
  const ratios: Partial<Record<DerivationSource, Ratio>> = channelKnown ? { onlineFiling: { part: unit.online, whole: unit.receivedInPeriod } } : {};
  return { kind: 'cases', name, level, accumulation: accumulate(cases, profile), entrySheet: CRITERIA_SHEET, entered: { ...entry?.entered }, ratios, dtbCcvc: entry?.dtbCcvc ?? null };
}

/** A warning on each typed per-case value the cases made unnecessary, so the user sees it was not used. */
function ignoredEntryIssues(score: UnitScore, entry: CriteriaEntry | undefined, profile: RulesProfile): DataIssue[] {
  if (!entry) return [];
  return score.ignoredEntries.flatMap((reportColumn): DataIssue[] => {
    const indicator = profile.reportColumns[reportColumn - 1] as InputIndicator;
    const typed = entry.entered[indicator];
    const cell = entry.cells[indicator];
    const computed = score.criteria[reportColumn - 1];
    // An invalid value was reported when the sheet was read.
    if (typed === undefined || typed === null || typeof typed === 'object' || !cell || computed === null) return [];
    const shown = typed === 'notEnoughInfo' ? NOT_ENOUGH_INFO : formatNumber(typed);
    return [{
      ...cell,
      severity: 'warning',
      message: `«${score.name}», ${criterionShortTitle({ indicator, reportColumn })}: danh sách hồ sơ có đủ dữ liệu nên điểm tính từ hồ sơ (${formatNumber(computed)}); giá trị nhập «${shown}» không được dùng. Xóa giá trị này nếu không cần.`,
    }];
  });
}

/**
 * The `Kiểm tra dữ liệu` lines found while scoring: each typed value not used (`entryIssues`), and one line
 * per criterion that keeps a unit from being totalled (RULES.md §5). A missing per-case criterion points to
 * the case sheet and says where its value can be typed instead; a per-unit one points to `Tiêu chí bổ sung`.
 */
export function missingCriteriaIssues(
  scores: readonly (UnitScore & { entryIssues?: readonly DataIssue[] })[],
  profile: RulesProfile,
  caseSheet: string,
): DataIssue[] {
  const columns = criterionColumns(profile);
  return scores.flatMap((score) => [
    ...(score.entryIssues ?? []),
    ...score.missing.map((column): DataIssue => {
      const prefix = `${criterionLabel(column)}: `;
      const reason = score.notes.find((n) => n.startsWith(prefix))?.slice(prefix.length);
      const input = columns.find((c) => c.reportColumn === column);
      const blocked = `Đơn vị «${score.name}» thiếu Tiêu chí ${column}${reason ? ` (${reason})` : ''} — chưa tính tổng điểm, chưa xếp loại.`;
      if (input?.kind === 'perUnit') return { sheet: CRITERIA_SHEET, row: null, column: null, severity: 'warning', message: blocked };
      const hint = input
        ? ` Bổ sung cột «${sourceColumnLabel(input.indicator)}» trong danh sách hồ sơ (đủ cho mọi hồ sơ đã giải quyết của đơn vị), hoặc nhập điểm trung bình của đơn vị ở cột «${criterionShortTitle(input)}» của sheet «${CRITERIA_SHEET}».`
        : '';
      return { sheet: caseSheet, row: null, column: null, severity: 'warning', message: blocked + hint };
    }),
  ]);
}

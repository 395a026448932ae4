/** The result sheets of a run, in the order they are added to the workbook — shared by every front end. */
import type { DataIssue } from '../domain/issues';
import type { RulesProfile } from '../domain/scoring';
import { criteriaSheetModel, criteriaValidations } from './criteria-sheet';
import { CRITERIA_SHEET } from './criteria-columns';
import { dataCheckSheet, DATA_CHECK_SHEET } from './reports/data-check-sheet';
import { infoSheet, INFO_SHEET } from './reports/info-sheet';
import { rankingSheet, RANKING_SHEET } from './reports/ranking-sheet';
import type { ReportContext } from './reports/report-context';
import { unitSummarySheet, UNIT_SUMMARY_SHEET } from './reports/unit-summary-sheet';
import type { RunUnitScore } from './score-units';
import type { ScoreRun } from './score-workbook';
import type { SheetModel } from './sheet-model';
import { profileParameters } from './profile-parameters';

/** Result sheet names: a contract with users and other tools. */
export const RESULT_SHEETS = [UNIT_SUMMARY_SHEET, RANKING_SHEET, CRITERIA_SHEET, DATA_CHECK_SHEET, INFO_SHEET] as const;

/** Sheets we create for the user to fill in: read on every run, never replaced. */
export const INPUT_SHEETS: readonly string[] = [CRITERIA_SHEET];

export interface ResultInput {
  run: ScoreRun;
  scores: RunUnitScore[];
  /** The run's issues plus those found while scoring. */
  issues: DataIssue[];
  profile: RulesProfile;
  ctx: ReportContext;
  /** False when the workbook already has `Tiêu chí bổ sung` (the user's entries are kept as they are). */
  createCriteriaSheet: boolean;
}

export function buildResultSheets({ run, scores, issues, profile, ctx, createCriteriaSheet }: ResultInput): SheetModel[] {
  const sheets = [unitSummarySheet(run.units, run.keepUnitOrder, ctx), rankingSheet(scores, profile, ctx, run.keepUnitOrder)];
  if (createCriteriaSheet) {
    const criteria = criteriaSheetModel(run.units, profile, ctx);
    sheets.push({ ...criteria, validations: criteriaValidations(criteria, profile) });
  }
  const names = [...sheets.map((s) => s.name), DATA_CHECK_SHEET, INFO_SHEET];
  sheets.push(
    dataCheckSheet(issues, ctx),
    infoSheet(run, ctx, { profileParameters: profileParameters(profile), sheetsWritten: names, unitListUsed: run.keepUnitOrder }),
  );
  return sheets;
}

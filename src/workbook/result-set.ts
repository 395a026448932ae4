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
import { buildReportForms, REPORT_FORM_IDS } from './reports/report-forms';
import { InputError } from './input-error';
import { foldText } from '../domain/text';

/**
 * Result sheets the user may choose (`--sheets`, the task pane), by short id → sheet name. Sheet names are
 * a contract with users and other tools. `Tiêu chí bổ sung`, `Kiểm tra dữ liệu` and `Thông tin` are always
 * written: they hold the scoring inputs and explain every run.
 */
export const CHOOSABLE_SHEETS: Readonly<Record<string, string>> = {
  'tong-hop': UNIT_SUMMARY_SHEET,
  'xep-loai': RANKING_SHEET,
  ...REPORT_FORM_IDS,
};

/** "Biểu 1 - Lĩnh vực", "bieu 1 - linh vuc" and "BIEU-1" are one key. */
const key = (s: string): string => foldText(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const BY_KEY = new Map<string, string>(
  Object.entries(CHOOSABLE_SHEETS).flatMap(([id, name]): [string, string][] => [[key(id), name], [key(name), name]]),
);

/** Sheet names for the user's words (short ids or sheet names, any case, with or without diacritics). */
export function chooseSheets(words: readonly string[]): string[] {
  return words.map((word) => {
    const name = BY_KEY.get(key(word));
    if (name) return name;
    const known = Object.entries(CHOOSABLE_SHEETS).map(([id, sheet]) => `${id} («${sheet}»)`).join(', ');
    throw new InputError(`Không có sheet kết quả «${word}». Chọn trong: ${known}.`);
  });
}

/** Sheets we create for the user to fill in: read on every run, never replaced. */
export const INPUT_SHEETS: readonly string[] = [CRITERIA_SHEET];

export interface ResultInput {
  /** Sheet names chosen with chooseSheets; all choosable sheets when omitted. */
  chosen?: readonly string[];
  run: ScoreRun;
  scores: RunUnitScore[];
  /** The run's issues plus those found while scoring. */
  issues: DataIssue[];
  profile: RulesProfile;
  ctx: ReportContext;
  /** False when the workbook already has `Tiêu chí bổ sung` (the user's entries are kept as they are). */
  createCriteriaSheet: boolean;
}

export function buildResultSheets({ run, scores, issues, profile, ctx, createCriteriaSheet, chosen }: ResultInput): SheetModel[] {
  const wanted = chosen ?? Object.values(CHOOSABLE_SHEETS);
  const sheets: SheetModel[] = [];
  if (wanted.includes(UNIT_SUMMARY_SHEET)) sheets.push(unitSummarySheet(run.units, run.keepUnitOrder, ctx));
  if (wanted.includes(RANKING_SHEET)) sheets.push(rankingSheet(scores, profile, ctx, run.keepUnitOrder));
  sheets.push(...buildReportForms(run, ctx, wanted));
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

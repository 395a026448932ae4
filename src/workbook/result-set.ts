/** The result sheets of a run, in the order they are added to the workbook — shared by every front end. */
import { dueSoonSheet, DUE_SOON_SHEET } from './reports/due-soon-sheet';
import type { DataIssue } from '../domain/issues';
import { profileNotice, type RulesProfile } from '../domain/scoring';
import { criteriaSheetModel, criteriaValidations } from './criteria-sheet';
import { CRITERIA_SHEET } from './criteria-columns';
import { dataCheckSheet, DATA_CHECK_SHEET } from './reports/data-check-sheet';
import { infoSheet, INFO_SHEET } from './reports/info-sheet';
import { nationalIndexSheet, NATIONAL_INDEX_SHEET } from './reports/national-index-sheet';
import { rankingSheet, RANKING_SHEET } from './reports/ranking-sheet';
import type { ReportContext } from './reports/report-context';
import { unitSummarySheet, UNIT_SUMMARY_SHEET } from './reports/unit-summary-sheet';
import type { RunUnitScore } from './score-units';
import type { ScoreRun } from './score-workbook';
import type { SheetModel } from './sheet-model';
import { profileParameters } from './profile-parameters';
import { nationalIndexInputSheet } from './national-index-input-sheet';
import { NATIONAL_INDEX_INPUT_SHEET } from './national-index-columns';
import { nationalIndexParameters } from './national-index-parameters';
import type { RunNationalIndex } from './national-index-units';
import { buildReportForms, REPORT_FORM_IDS } from './reports/report-forms';
import { InputError } from './input-error';
import { foldText } from '../domain/text';

/**
 * Result sheets the user may choose (`--sheets`, the task pane), by short id → sheet name. Sheet names are
 * a contract with users and other tools. `Tiêu chí bổ sung`, `Chỉ số 766 bổ sung`, `Kiểm tra dữ liệu` and
 * `Thông tin` are always written: they hold the scoring inputs and explain every run.
 */
export const CHOOSABLE_SHEETS: Readonly<Record<string, string>> = {
  'tong-hop': UNIT_SUMMARY_SHEET,
  'xep-loai': RANKING_SHEET,
  'chi-so-766': NATIONAL_INDEX_SHEET,
  ...REPORT_FORM_IDS,
  'sap-den-han': DUE_SOON_SHEET,
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
export const INPUT_SHEETS: readonly string[] = [CRITERIA_SHEET, NATIONAL_INDEX_INPUT_SHEET];

export interface ResultInput {
  /** Sheet names chosen with chooseSheets; all choosable sheets when omitted. */
  chosen?: readonly string[];
  run: ScoreRun;
  scores: RunUnitScore[];
  /** The national index of QĐ 766, in `run.units` order. */
  nationalIndex: RunNationalIndex[];
  /** The run's issues plus those found while scoring. */
  issues: DataIssue[];
  profile: RulesProfile;
  ctx: ReportContext;
  /** False when the workbook already has `Tiêu chí bổ sung` (the user's entries are kept as they are). */
  createCriteriaSheet: boolean;
  /** False when the workbook already has `Chỉ số 766 bổ sung`. */
  createNationalIndexSheet: boolean;
  /** Working days after the as-of date that `Hồ sơ sắp đến hạn` looks ahead. */
  dueWithin: number;
}

export function buildResultSheets({
  run, scores, nationalIndex, issues, profile, ctx, createCriteriaSheet, createNationalIndexSheet, chosen, dueWithin,
}: ResultInput): SheetModel[] {
  const wanted = chosen ?? Object.values(CHOOSABLE_SHEETS);
  const sheets: SheetModel[] = [];
  if (wanted.includes(UNIT_SUMMARY_SHEET)) sheets.push(unitSummarySheet(run.units, run.keepUnitOrder, ctx));
  if (wanted.includes(RANKING_SHEET)) sheets.push(rankingSheet(scores, profile, ctx, run.keepUnitOrder));
  if (wanted.includes(NATIONAL_INDEX_SHEET)) sheets.push(nationalIndexSheet(nationalIndex, profile, ctx, run.keepUnitOrder));
  sheets.push(...buildReportForms(run, ctx, wanted));
  if (wanted.includes(DUE_SOON_SHEET)) sheets.push(dueSoonSheet(run, ctx, dueWithin, profile));
  if (createCriteriaSheet) {
    const criteria = criteriaSheetModel(run.units, profile, ctx);
    sheets.push({ ...criteria, validations: criteriaValidations(criteria, profile) });
  }
  if (createNationalIndexSheet) sheets.push(nationalIndexInputSheet(run.units, profile, ctx));
  const names = [...sheets.map((s) => s.name), DATA_CHECK_SHEET, INFO_SHEET];
  sheets.push(
    dataCheckSheet(issues, ctx),
    infoSheet(run, ctx, {
      profileParameters: [...profileParameters(profile), ...nationalIndexParameters(profile)],
      sheetsWritten: names,
      unitListUsed: run.keepUnitOrder,
      profileNotice: profileNotice(profile, run.period),
    }),
  );
  return sheets;
}

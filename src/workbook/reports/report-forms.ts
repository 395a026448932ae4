/**
 * The report forms a run can write (seed 000, 001, 004), by sheet name; result-set.ts lets the CLI's
 * `--sheets` and the task pane choose among them (all by default). Biểu 1–4 are the province's, or one
 * district's when a district is chosen (`--district`); the other forms are always the province's.
 */
import type { ScoreRun } from '../score-workbook';
import type { SheetModel } from '../sheet-model';
import type { DistrictChoice } from './district-choice';
import { FIELD_FORM_SHEET, fieldFormSheet, PROCEDURE_FORM_SHEET, procedureFormSheet, UNIT_FORM_SHEET, unitFormSheet } from './district-forms';
import { LATE_HANDLERS_SHEET, lateHandlersSheet } from './handler-table';
import { LATE_CASES_SHEET, lateCasesSheet } from './late-cases-sheet';
import { OVERDUE_LIST_SHEET, overdueListSheet } from './overdue-list-sheet';
import { PROVINCE_SUMMARY_SHEET, provinceSummarySheet } from './province-summary';
import { RATE_FORM_SHEET, rateFormSheet } from './rate-form-sheet';
import type { ReportContext } from './report-context';

/** `district`: read by Biểu 1–4 only; null (or omitted) for the province's forms. */
type ReportBuilder = (run: ScoreRun, ctx: ReportContext, district?: DistrictChoice | null) => SheetModel;

/** Sheet name → builder, in the order the sheets are written. */
export const REPORT_FORMS: Readonly<Record<string, ReportBuilder>> = {
  [PROVINCE_SUMMARY_SHEET]: provinceSummarySheet,
  [OVERDUE_LIST_SHEET]: overdueListSheet,
  [LATE_CASES_SHEET]: lateCasesSheet,
  [LATE_HANDLERS_SHEET]: lateHandlersSheet,
  [FIELD_FORM_SHEET]: fieldFormSheet,
  [UNIT_FORM_SHEET]: unitFormSheet,
  [PROCEDURE_FORM_SHEET]: procedureFormSheet,
  [RATE_FORM_SHEET]: rateFormSheet,
};

export const REPORT_FORM_NAMES: readonly string[] = Object.keys(REPORT_FORMS);

/** The forms a district choice applies to: Biểu 1–4. */
export const DISTRICT_FORM_NAMES: readonly string[] = [FIELD_FORM_SHEET, UNIT_FORM_SHEET, PROCEDURE_FORM_SHEET, RATE_FORM_SHEET];

/** Short names to type on a command line: `--sheets bieu-2,ds-qua-han`. */
export const REPORT_FORM_IDS: Readonly<Record<string, string>> = {
  'tinh-hinh-chung': PROVINCE_SUMMARY_SHEET,
  'ds-qua-han': OVERDUE_LIST_SHEET,
  'ds-tre-han': LATE_CASES_SHEET,
  'ds-can-bo': LATE_HANDLERS_SHEET,
  'bieu-1': FIELD_FORM_SHEET,
  'bieu-2': UNIT_FORM_SHEET,
  'bieu-3': PROCEDURE_FORM_SHEET,
  'bieu-4': RATE_FORM_SHEET,
};

/** The chosen forms (all when `names` is omitted: sheet names), in REPORT_FORMS order. */
export function buildReportForms(run: ScoreRun, ctx: ReportContext, names: readonly string[] = REPORT_FORM_NAMES): SheetModel[] {
  return REPORT_FORM_NAMES.filter((name) => names.includes(name)).map((name) => REPORT_FORMS[name](run, ctx));
}

/** The result sheets of a run, in the order they are added to the workbook — shared by every front end. */
import type { ScoreRun } from './score-workbook';
import type { SheetModel } from './sheet-model';
import { dataCheckSheet, DATA_CHECK_SHEET } from './reports/data-check-sheet';
import { infoSheet, INFO_SHEET } from './reports/info-sheet';
import type { ReportContext } from './reports/report-context';
import { unitSummarySheet, UNIT_SUMMARY_SHEET } from './reports/unit-summary-sheet';

export const RESULT_SHEETS = [UNIT_SUMMARY_SHEET, DATA_CHECK_SHEET, INFO_SHEET] as const;

/** `profileParameters`: the rules profile's settings worth stating in `Thông tin`, as label → value. */
export function buildResultSheets(run: ScoreRun, ctx: ReportContext, profileParameters: [string, string][]): SheetModel[] {
  return [
    unitSummarySheet(run.units, run.keepUnitOrder, ctx),
    dataCheckSheet(run.issues, ctx),
    infoSheet(run, ctx, { profileParameters, sheetsWritten: [...RESULT_SHEETS], unitListUsed: run.keepUnitOrder }),
  ];
}

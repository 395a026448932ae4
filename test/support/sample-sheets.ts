/** Every result sheet of the shipped sample (assets/mau-ho-so-tthc.xlsx), built as `tthc score` builds them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInProfile } from '../../src/domain/scoring';
import { nationalIndexIssues } from '../../src/workbook/national-index-units';
import { profileText } from '../../src/workbook/profile-parameters';
import type { ReportContext } from '../../src/workbook/reports/report-context';
import { buildResultSheets } from '../../src/workbook/result-set';
import { missingCriteriaIssues, scoreRun } from '../../src/workbook/score-units';
import { scoreRunNationalIndex } from '../../src/workbook/national-index-units';
import { scoreWorkbook } from '../../src/workbook/score-workbook';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { readWorkbook } from '../../src/xlsx/read-workbook';

export const SAMPLE_FILE = join(__dirname, '../../assets/mau-ho-so-tthc.xlsx');

export async function sampleSheets(): Promise<SheetModel[]> {
  const profile = builtInProfile('dienbien-1187');
  const run = scoreWorkbook(await readWorkbook(readFileSync(SAMPLE_FILE), 'mau-ho-so-tthc.xlsx'));
  const scores = scoreRun(run, profile, null);
  const nationalIndex = scoreRunNationalIndex(run, profile, null);
  const ctx: ReportContext = {
    period: run.period,
    calendarText: run.calendar.describe(),
    profileText: profileText(profile),
    computedAt: new Date(Date.UTC(2024, 3, 2, 3, 0)),
    version: '0.0.0-test',
  };
  const issues = [...run.issues, ...missingCriteriaIssues(scores, profile, run.table.sheet), ...nationalIndexIssues(nationalIndex, null)];
  return buildResultSheets({
    run, scores, nationalIndex, issues, profile, ctx, createCriteriaSheet: true, createNationalIndexSheet: true, dueWithin: 2,
  });
}

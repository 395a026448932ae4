/** «Biểu đồ» of the shipped sample, built as a run builds it, with a year of earlier cases for the monthly trend. */
import { readFileSync } from 'node:fs';
import type { CaseRecord } from '../../src/domain/cases';
import { dayFromYmd } from '../../src/domain/dates';
import { builtInProfile } from '../../src/domain/scoring';
import { scoreRunNationalIndex } from '../../src/workbook/national-index-units';
import { profileText } from '../../src/workbook/profile-parameters';
import { chartSheet } from '../../src/workbook/reports/chart-sheet';
import { scoreRun } from '../../src/workbook/score-units';
import { scoreWorkbook, type ScoreRun } from '../../src/workbook/score-workbook';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { caseRecord } from './case-record';
import { SAMPLE_FILE } from './sample-sheets';

export const at = (year: number, month: number, day: number): { day: number; minutes: null } => ({ day: dayFromYmd(year, month, day), minutes: null });

/** A resolved case: received on the 1st, due on the 10th, completed on `completedDay` of the same month. */
export const resolved = (year: number, month: number, completedDay: number): CaseRecord =>
  caseRecord({ received: at(year, month, 1), due: at(year, month, 10), completed: at(year, month, completedDay), status: 'done' });

/** Jan–Dec 2023: in month m, 10 cases of which m % 4 late (completed on the 20th). */
export function yearBefore(): CaseRecord[] {
  return Array.from({ length: 12 }, (_, i) => i + 1).flatMap((m) => Array.from({ length: 10 }, (_, k) => resolved(2023, m, k < m % 4 ? 20 : 5)));
}

export interface ChartSample {
  run: ScoreRun;
  model: SheetModel;
}

export async function chartSample(withTrend: boolean): Promise<ChartSample> {
  const profile = builtInProfile('dienbien-1187');
  const scored = scoreWorkbook(await readWorkbook(readFileSync(SAMPLE_FILE), 'mau-ho-so-tthc.xlsx'));
  const run = withTrend ? { ...scored, cases: [...yearBefore(), ...scored.cases] } : scored;
  const ctx = {
    period: run.period, calendarText: run.calendar.describe(), profileText: profileText(profile), computedAt: new Date(Date.UTC(2024, 3, 2, 3, 0)), version: '0.0.0-test',
  };
  const model = chartSheet({ run, scores: scoreRun(scored, profile, null), nationalIndex: scoreRunNationalIndex(scored, profile, null), profile, ctx });
  return { run, model };
}

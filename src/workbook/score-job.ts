/**
 * One scoring job on any host: read the sheets, score, build the result sheets and replace the ones an
 * earlier run made. The CLI and the task pane both call this, so they always write the same workbook.
 */
import type { DataIssue } from '../domain/issues';
import type { RulesProfile } from '../domain/scoring';
import { foldText } from '../domain/text';
import { CRITERIA_SHEET } from './criteria-columns';
import { jsonSummary, type JsonSummary } from './json-summary';
import { profileText } from './profile-parameters';
import { readCriteriaSheet } from './read-criteria';
import { missingCriteriaIssues, scoreRun, type RunUnitScore } from './score-units';
import { buildResultSheets, INPUT_SHEETS } from './result-set';
import { MARKER_SHEET, planSheetWrites, readMarker, type SheetWritePlan } from './result-sheets';
import type { ReportContext } from './reports/report-context';
import { UNIT_SUMMARY_SHEET } from './reports/unit-summary-sheet';
import { scoreWorkbook, type ScoreOptions, type ScoreRun } from './score-workbook';
import type { SheetGrid } from './cells';
import type { HostProgress, SheetInfo, WorkbookHost } from './workbook-host';

export interface JobOptions extends ScoreOptions {
  profile: RulesProfile;
  computedAt: Date;
  version: string;
  /** Result sheets to write (names from chooseSheets); all when omitted. */
  sheets?: readonly string[];
  /** Cancels the job between reads and before writing; a write once started runs to its end. */
  signal?: AbortSignal;
}

/** The workbook as read once: the task pane reads it to show the detected table, then runs on it. */
export interface InputWorkbook {
  infos: SheetInfo[];
  grids: SheetGrid[];
}

export interface JobResult {
  run: ScoreRun;
  /** Where the user types the criteria the cases cannot give: the workbook's own sheet or the one created. */
  criteriaSheet: string;
  scores: RunUnitScore[];
  /** Everything found wrong or suspicious, in the data and in the criteria entered. */
  issues: DataIssue[];
  summary: JsonSummary;
  plan: SheetWritePlan;
}

export type JobProgress = HostProgress | { phase: 'score' };

/** Reads every sheet except the pure results an earlier run made; our input sheets hold what the user typed. */
export async function readInputSheets(
  host: WorkbookHost,
  onProgress?: (p: JobProgress) => void,
  signal?: AbortSignal,
): Promise<InputWorkbook> {
  const infos = await host.listSheets();
  const markerGrid = infos.some((s) => s.name === MARKER_SHEET) ? await host.readSheet(MARKER_SHEET) : null;
  const ours = new Set(markerGrid ? readMarker([markerGrid]) : []);
  const grids: SheetGrid[] = [];
  for (const info of infos) {
    signal?.throwIfAborted();
    const input = INPUT_SHEETS.includes(info.name) || (info.name !== MARKER_SHEET && !ours.has(info.name));
    if (input) grids.push(await host.readSheet(info.name, onProgress));
  }
  if (markerGrid) grids.push(markerGrid);
  return { infos, grids };
}

export async function runScoreJob(
  host: WorkbookHost,
  options: JobOptions,
  onProgress?: (p: JobProgress) => void,
  input?: InputWorkbook,
): Promise<JobResult> {
  const { infos, grids } = input ?? (await readInputSheets(host, onProgress, options.signal));
  onProgress?.({ phase: 'score' });
  const run = scoreWorkbook(grids, options);
  const { profile } = options;
  const criteriaGrid = grids.find((g) => foldText(g.name) === foldText(CRITERIA_SHEET));
  const criteria = criteriaGrid ? readCriteriaSheet(criteriaGrid, profile, run.units.map((u) => u.name)) : null;
  const scores = scoreRun(run, profile, criteria?.entries ?? null);
  const issues = [...run.issues, ...(criteria?.issues ?? []), ...missingCriteriaIssues(scores, profile, run.table.sheet)];
  const ctx: ReportContext = {
    period: run.period,
    calendarText: run.calendar.describe(),
    profileText: profileText(profile),
    computedAt: options.computedAt,
    version: options.version,
  };
  const models = buildResultSheets({ run, scores, issues, profile, ctx, createCriteriaSheet: !criteriaGrid, chosen: options.sheets });
  const plan = planSheetWrites(infos.map((s) => s.name), readMarker(grids), models);
  options.signal?.throwIfAborted();
  await host.applyChanges({ remove: plan.remove, add: plan.add, veryHidden: [MARKER_SHEET], activate: UNIT_SUMMARY_SHEET }, onProgress);
  return { run, criteriaSheet: criteriaGrid?.name ?? CRITERIA_SHEET, scores, issues, summary: jsonSummary(run, scores, issues), plan };
}

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
import { isMarker, planSheetWrites, readMarker, type Marker, type SheetWritePlan } from './result-sheets';
import type { ReportContext } from './reports/report-context';
import { UNIT_SUMMARY_SHEET } from './reports/unit-summary-sheet';
import { dayInVietnam, scoreWorkbook, type ScoreOptions, type ScoreRun } from './score-workbook';
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
  /** Every sheet but the marker and the pure results an earlier run made. */
  grids: SheetGrid[];
  /** What an earlier run recorded, or null. */
  marker: Marker | null;
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
  // The marker is a very hidden sheet; those are few and small, so each is read to find it.
  const hidden = new Map<string, SheetGrid>();
  for (const info of infos) if (info.visibility === 'veryHidden') hidden.set(info.name, await host.readSheet(info.name));
  const markerGrid = [...hidden.values()].find(isMarker) ?? null;
  const marker = markerGrid ? readMarker(markerGrid) : null;
  const ours = new Set(marker?.sheets ?? []);
  const grids: SheetGrid[] = [];
  for (const info of infos) {
    signal?.throwIfAborted();
    if (info.name === marker?.name || (ours.has(info.name) && !INPUT_SHEETS.includes(info.name))) continue;
    grids.push(hidden.get(info.name) ?? (await host.readSheet(info.name, onProgress)));
  }
  return { infos, grids, marker };
}

export async function runScoreJob(
  host: WorkbookHost,
  options: JobOptions,
  onProgress?: (p: JobProgress) => void,
  input?: InputWorkbook,
): Promise<JobResult> {
  const { infos, grids, marker } = input ?? (await readInputSheets(host, onProgress, options.signal));
  onProgress?.({ phase: 'score' });
  const run = scoreWorkbook(grids, { ...options, today: options.today ?? dayInVietnam(options.computedAt) });
  const { profile } = options;
  const criteriaGrid = grids.find((g) => foldText(g.name) === foldText(CRITERIA_SHEET));
  const criteria = criteriaGrid ? readCriteriaSheet(criteriaGrid, profile, run.units.map((u) => u.name)) : null;
  const scores = scoreRun(run, profile, criteria?.entries ?? null);
  const dateNotice = host.dateSystemNotice?.() ?? null;
  const issues = [
    ...(dateNotice ? [{ sheet: run.table.sheet, row: null, column: null, severity: 'warning' as const, message: dateNotice }] : []),
    ...run.issues,
    ...(criteria?.issues ?? []),
    ...missingCriteriaIssues(scores, profile, run.table.sheet),
  ];
  const ctx: ReportContext = {
    period: run.period,
    calendarText: run.calendar.describe(),
    profileText: profileText(profile),
    computedAt: options.computedAt,
    version: options.version,
  };
  const models = buildResultSheets({ run, scores, issues, profile, ctx, createCriteriaSheet: !criteriaGrid, chosen: options.sheets });
  const plan = planSheetWrites(infos.map((s) => s.name), marker, models);
  options.signal?.throwIfAborted();
  await host.applyChanges({ remove: plan.remove, add: plan.add, veryHidden: [plan.marker], activate: UNIT_SUMMARY_SHEET }, onProgress);
  return { run, criteriaSheet: criteriaGrid?.name ?? CRITERIA_SHEET, scores, issues, summary: jsonSummary(run, scores, issues), plan };
}

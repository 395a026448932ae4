/**
 * One scoring job on any host: read the sheets, score, build the result sheets and replace the ones an
 * earlier run made. The CLI and the task pane both call this, so they always write the same workbook.
 */
import type { DayNumber } from '../domain/dates';
import { DEFAULT_DUE_WITHIN, dueSoonCounts, dueSoonLimit } from '../domain/due-soon';
import type { DataIssue } from '../domain/issues';
import { profileNotice, type RulesProfile } from '../domain/scoring';
import { foldText } from '../domain/text';
import { CRITERIA_SHEET } from './criteria-columns';
import { jsonSummary, type JsonSummary } from './json-summary';
import { comparePrevious, type PreviousComparison } from './previous-period';
import type { ReportContext } from './reports/report-context';
import { profileText } from './profile-parameters';
import { readCriteriaSheet } from './read-criteria';
import { missingCriteriaIssues, scoreRun, type RunUnitScore } from './score-units';
import { NATIONAL_INDEX_INPUT_SHEET } from './national-index-columns';
import { nationalIndexIssues, scoreRunNationalIndex, type RunNationalIndex } from './national-index-units';
import { readNationalIndexSheet } from './read-national-index';
import { INPUT_SHEETS, resultSheetsOnDemand } from './result-set';
import { chooseDistrict, type DistrictChoice } from './reports/district-choice';
import { isMarker, planSheetWrites, readMarker, type Marker, type SheetWritePlan } from './result-sheets';
import { UNIT_SUMMARY_SHEET } from './reports/unit-summary-sheet';
import { NATIONAL_INDEX_SHEET, REPORT_INFO_SHEET } from './sheet-names';
import { readReportInfoSheet } from './report-info/read-report-info';
import { EMPTY_REPORT_INFO, type ReportInfo } from './report-info/report-info';
import { dayInVietnam, scoreWorkbook, type ScoreOptions, type ScoreRun } from './score-workbook';
import { readStreamed } from './streamed-inputs';
import type { SheetGrid } from './cells';
import type { HostProgress, SheetInfo, WorkbookHost } from './workbook-host';

export interface JobOptions extends ScoreOptions {
  profile: RulesProfile;
  computedAt: Date;
  version: string;
  /** Result sheets to write (names from chooseSheets); all when omitted. */
  sheets?: readonly string[];
  /** Working days after the as-of date that `Hồ sơ sắp đến hạn` looks ahead; DEFAULT_DUE_WITHIN (2) when omitted. */
  dueWithin?: number;
  /** Cancels the job between reads and before writing; a write once started runs to its end. */
  signal?: AbortSignal;
  /** The task pane's «Thông tin văn bản»: written into `Thông tin báo cáo` over what it holds. */
  reportInfo?: Partial<ReportInfo>;
  /**
   * `--district`, the pane's «Biểu 1–4 cho huyện»: Biểu 1–4 for this district and its communes, every other
   * sheet province-wide; the province's Biểu 1–4 when omitted. An unknown name stops the job before it writes.
   */
  district?: string;
  /** Lets a front end paint the progress just reported (a browser paints between tasks) before scoring blocks it. */
  yieldToUi?: () => Promise<void>;
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
  /** The national index of QĐ 766 per unit, in `run.units` order (like `scores`). */
  nationalIndex: RunNationalIndex[];
  /** Everything found wrong or suspicious, in the data and in the criteria entered. */
  issues: DataIssue[];
  summary: JsonSummary;
  plan: SheetWritePlan;
  /** The period lies outside the dates the profile's national basis was in force (RULES §5); else null. */
  profileNotice: string | null;
  /** Each unit's figures for the previous period of the same length, or why the rows cannot give them. */
  previous: PreviousComparison;
  /** The district Biểu 1–4 were made for (`district`), or null for the province's. */
  district: DistrictChoice | null;
  /** Cases overdue or falling due by `limit` (`Hồ sơ sắp đến hạn`), per unit in `run.units` order. */
  dueSoon: { within: number; limit: DayNumber; perUnit: number[] };
}

export type JobProgress = HostProgress | { phase: 'score' };

/**
 * Reads every sheet except the pure results an earlier run made; our input sheets hold what the user typed.
 * `readVisible` reads the visible ones another way (streamed-inputs.ts: their first rows only).
 */
export async function readInputSheets(
  host: WorkbookHost,
  onProgress?: (p: JobProgress) => void,
  signal?: AbortSignal,
  readVisible: (name: string) => Promise<SheetGrid> = (name) => host.readSheet(name, onProgress),
): Promise<InputWorkbook> {
  const infos = await host.listSheets();
  // The marker is a hidden sheet (very hidden as we write it, hidden after a LibreOffice round trip); hidden
  // sheets are few, so each is read first to find it, and kept for the loop below.
  const hidden = new Map<string, SheetGrid>();
  for (const info of infos) if (info.visibility !== 'visible') hidden.set(info.name, await host.readSheet(info.name, onProgress));
  const markerGrid = [...hidden.values()].find(isMarker) ?? null;
  const marker = markerGrid ? readMarker(markerGrid) : null;
  const ours = new Set(marker?.sheets ?? []);
  const grids: SheetGrid[] = [];
  for (const info of infos) {
    signal?.throwIfAborted();
    if (info.name === marker?.name || (ours.has(info.name) && !INPUT_SHEETS.includes(info.name))) continue;
    grids.push(hidden.get(info.name) ?? (await readVisible(info.name)));
  }
  return { infos, grids, marker };
}

/** What the job needs from the sheets read: the run and the user's entries, not the grids. */
interface ReadInputs {
  infos: SheetInfo[];
  marker: Marker | null;
  run: ScoreRun;
  /** The workbook's own `Tiêu chí bổ sung` (its name as written), or null. */
  criteriaSheet: string | null;
  criteria: ReturnType<typeof readCriteriaSheet> | null;
  /** The workbook's own `Chỉ số 766 bổ sung`, or null. */
  indexSheet: string | null;
  indexEntries: ReturnType<typeof readNationalIndexSheet> | null;
  /** The workbook's own `Thông tin báo cáo`, or null. */
  infoSheet: string | null;
  reportInfo: ReturnType<typeof readReportInfoSheet> | null;
}

/**
 * Reads (unless `input` is given) and scores. The grids are not returned: once the cases and the input
 * sheets are read they are garbage (~100 MB at 200 000 cases) before the result sheets are built.
 */
async function readAndScore(
  host: WorkbookHost,
  options: JobOptions,
  onProgress: ((p: JobProgress) => void) | undefined,
  input: InputWorkbook | undefined,
): Promise<ReadInputs> {
  const { signal } = options;
  const streamed = input ? null : await readStreamed(host, options, (readVisible) => readInputSheets(host, onProgress, signal, readVisible), signal, onProgress);
  const { infos, grids, marker } = streamed ?? input ?? (await readInputSheets(host, onProgress, signal));
  onProgress?.({ phase: 'score' });
  await options.yieldToUi?.();
  signal?.throwIfAborted();
  const run = scoreWorkbook(grids, { ...options, today: options.today ?? dayInVietnam(options.computedAt) }, streamed?.ahead);
  const unitNames = run.units.map((u) => u.name);
  const criteriaGrid = grids.find((g) => foldText(g.name) === foldText(CRITERIA_SHEET));
  const criteria = criteriaGrid ? readCriteriaSheet(criteriaGrid, options.profile, unitNames) : null;
  const indexGrid = grids.find((g) => foldText(g.name) === foldText(NATIONAL_INDEX_INPUT_SHEET));
  const indexEntries = indexGrid ? readNationalIndexSheet(indexGrid, options.profile, unitNames) : null;
  const infoGrid = grids.find((g) => foldText(g.name) === foldText(REPORT_INFO_SHEET));
  const reportInfo = infoGrid ? readReportInfoSheet(infoGrid) : null;
  return {
    infos, marker, run, criteriaSheet: criteriaGrid?.name ?? null, criteria, indexSheet: indexGrid?.name ?? null, indexEntries, infoSheet: infoGrid?.name ?? null, reportInfo,
  };
}

export async function runScoreJob(
  host: WorkbookHost,
  options: JobOptions,
  onProgress?: (p: JobProgress) => void,
  input?: InputWorkbook,
): Promise<JobResult> {
  const { infos, marker, run, criteriaSheet, criteria, indexSheet, indexEntries, infoSheet, reportInfo } = await readAndScore(host, options, onProgress, input);
  const { profile } = options;
  const scores = scoreRun(run, profile, criteria?.entries ?? null);
  const nationalIndex = scoreRunNationalIndex(run, profile, indexEntries?.entries ?? null);
  const district = options.district === undefined ? null : chooseDistrict(run, options.district);
  const dateNotice = host.dateSystemNotice?.() ?? null;
  const issues = [
    ...(dateNotice ? [{ sheet: run.table.sheet, row: null, column: null, severity: 'warning' as const, message: dateNotice }] : []),
    ...run.issues,
    ...(criteria?.issues ?? []),
    ...missingCriteriaIssues(scores, profile, run.table.sheet),
    ...(indexEntries?.issues ?? []),
    ...nationalIndexIssues(nationalIndex, indexEntries?.entries ?? null),
    ...(reportInfo?.issues ?? []),
    ...(district?.issues ?? []),
  ];
  const paneInfo = options.reportInfo ?? {};
  const frameInfo: ReportInfo = { ...(reportInfo?.info ?? EMPTY_REPORT_INFO), ...paneInfo };
  const previous = comparePrevious(run, profile, scores, nationalIndex);
  // The sheets that compare (previous-period.ts) read it from their context.
  const ctx: ReportContext = {
    period: run.period,
    calendarText: run.calendar.describe(),
    profileText: profileText(profile),
    computedAt: options.computedAt,
    version: options.version,
    previous,
  };
  const dueWithin = options.dueWithin ?? DEFAULT_DUE_WITHIN;
  // Built as each is written (a file) or used (the task pane): see resultSheetsOnDemand.
  const models = resultSheetsOnDemand({
    run, scores, nationalIndex, issues, profile, ctx, createCriteriaSheet: criteriaSheet === null, createNationalIndexSheet: indexSheet === null, chosen: options.sheets,
    dueWithin,
    reportInfo: frameInfo,
    writeReportInfoSheet: infoSheet === null ? 'create' : Object.keys(paneInfo).length > 0 ? 'replace' : false,
    district,
  });
  const plan = planSheetWrites(infos.map((s) => s.name), marker, models);
  options.signal?.throwIfAborted();
  await host.applyChanges({ remove: plan.remove, add: plan.add, veryHidden: [plan.marker], activate: UNIT_SUMMARY_SHEET }, onProgress);
  const notice = profileNotice(profile, run.period, NATIONAL_INDEX_SHEET);
  const summary = jsonSummary(run, scores, issues, nationalIndex, notice, previous);
  const limit = dueSoonLimit(run.period.asOf, dueWithin, run.calendar);
  const dueSoon = { within: dueWithin, limit, perUnit: dueSoonCounts(run.cases, run.statuses, run.caseUnit, run.units.length, run.period.asOf, limit) };
  return { run, criteriaSheet: criteriaSheet ?? CRITERIA_SHEET, scores, nationalIndex, issues, summary, plan, profileNotice: notice, previous, district, dueSoon };
}

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
import { REPORT_FORM_IDS, REPORT_FORM_NAMES, REPORT_FORMS } from './reports/report-forms';
import { InputError } from './input-error';
import { chartSheet } from './reports/chart-sheet';
import { CHART_SHEET, INPUT_SHEET_NAMES, REPORT_INFO_SHEET } from './sheet-names';
import { foldText } from '../domain/text';
import { EMPTY_REPORT_INFO, type ReportInfo } from './report-info/report-info';
import { reportInfoSheetModel } from './report-info/report-info-sheet';
import { frameSheet } from './reports/document-frame';
import { framePlacements } from './reports/frame-placements';
import { withPageBreaks } from './reports/page-breaks';
import type { DistrictChoice } from './reports/district-choice';

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
  'bieu-do': CHART_SHEET,
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
export const INPUT_SHEETS: readonly string[] = INPUT_SHEET_NAMES;

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
  /** What the frames of the documents to sign print (`Thông tin báo cáo` and the pane's form); «…» when omitted. */
  reportInfo?: ReportInfo;
  /**
   * Write `Thông tin báo cáo` with `reportInfo`: 'create' when the workbook has none, 'replace' when the
   * pane's form changed it (then it is replaced like a result), false (or omitted) to leave it alone.
   */
  writeReportInfoSheet?: 'create' | 'replace' | false;
  /**
   * `--district`, the pane's «Biểu 1–4 cho huyện» (chooseDistrict): Biểu 1–4 for that district and its communes,
   * under their usual names so a re-run replaces them; every other sheet stays province-wide. Null (or
   * omitted): the province's Biểu 1–4.
   */
  district?: DistrictChoice | null;
}

/** All the result sheets of a run, built now (`resultSheetsOnDemand` builds each only when it is used). */
export function buildResultSheets(input: ResultInput): SheetModel[] {
  return resultSheetSources(input).map((s) => s.build());
}

/**
 * The result sheets of a run as models whose cells are built on first use. The package writer asks each
 * for a fresh copy (`buildModel`, not kept) while writing it, so a host writing a file holds one sheet's
 * model at a time instead of all of them (~100 MB at 200 000 cases); any other use (the task pane, a
 * spread copy) builds the model once and keeps it, as a plain model would be.
 */
export function resultSheetsOnDemand(input: ResultInput): SheetModel[] {
  return resultSheetSources(input).map(onDemand);
}

/** A result sheet before it is built: its name and kind are known without building it. */
interface SheetSource {
  name: string;
  kind: SheetModel['kind'];
  build: () => SheetModel;
}

const MODEL_KEYS = ['rows', 'widths', 'heights', 'merges', 'freeze', 'print', 'validations', 'charts'] as const satisfies readonly (keyof SheetModel)[];

function onDemand(source: SheetSource): SheetModel {
  let kept: SheetModel | null = null;
  const model = (): SheetModel => (kept ??= source.build());
  const lazy = { name: source.name, kind: source.kind } as SheetModel;
  for (const key of MODEL_KEYS) Object.defineProperty(lazy, key, { enumerable: true, get: () => model()[key] });
  // Read by the package writer (src/xlsx/package-writer.ts): the model, built afresh and not kept.
  Object.defineProperty(lazy, 'buildModel', { enumerable: false, value: (): SheetModel => kept ?? source.build() });
  return lazy;
}

function resultSheetSources(input: ResultInput): SheetSource[] {
  const sources = unframedSources(input);
  // The documents to sign get their frame (RULES.md §8) around what their builder made, then their pages.
  const placements = framePlacements(sources.map((s) => s.name));
  return sources.map((s) => {
    const placement = placements.get(s.name);
    return placement ? { ...s, build: () => withPageBreaks(frameSheet(s.build(), input.reportInfo ?? EMPTY_REPORT_INFO, placement)) } : s;
  });
}

function unframedSources({
  run, scores, nationalIndex, issues, profile, ctx, createCriteriaSheet, createNationalIndexSheet, chosen, dueWithin, reportInfo, writeReportInfoSheet, district = null,
}: ResultInput): SheetSource[] {
  const wanted = chosen ?? Object.values(CHOOSABLE_SHEETS);
  const sheets: SheetSource[] = [];
  const add = (name: string, kind: SheetModel['kind'], build: () => SheetModel): void => {
    sheets.push({
      name,
      kind,
      build: () => {
        const model = build();
        // A programming error: a builder registered under another sheet's name or kind.
        if (model.name !== name || model.kind !== kind) throw new Error(`Result sheet «${model.name}» (${model.kind}) built for «${name}» (${kind})`);
        return model;
      },
    });
  };
  if (wanted.includes(UNIT_SUMMARY_SHEET)) add(UNIT_SUMMARY_SHEET, 'result', () => unitSummarySheet(run.units, run.keepUnitOrder, ctx));
  if (wanted.includes(RANKING_SHEET)) add(RANKING_SHEET, 'result', () => rankingSheet(scores, profile, ctx, run.keepUnitOrder));
  if (wanted.includes(NATIONAL_INDEX_SHEET)) add(NATIONAL_INDEX_SHEET, 'result', () => nationalIndexSheet(nationalIndex, profile, ctx, run.keepUnitOrder));
  for (const name of REPORT_FORM_NAMES.filter((n) => wanted.includes(n))) add(name, 'result', () => REPORT_FORMS[name](run, ctx, district));
  if (wanted.includes(DUE_SOON_SHEET)) add(DUE_SOON_SHEET, 'result', () => dueSoonSheet(run, ctx, dueWithin, profile));
  if (wanted.includes(CHART_SHEET)) add(CHART_SHEET, 'result', () => chartSheet({ run, scores, nationalIndex, profile, ctx }));
  if (createCriteriaSheet) {
    add(CRITERIA_SHEET, 'input', () => {
      const criteria = criteriaSheetModel(run.units, profile, ctx);
      return { ...criteria, validations: criteriaValidations(criteria, profile) };
    });
  }
  if (createNationalIndexSheet) add(NATIONAL_INDEX_INPUT_SHEET, 'input', () => nationalIndexInputSheet(run.units, profile, ctx));
  if (writeReportInfoSheet) {
    const kind = writeReportInfoSheet === 'create' ? 'input' : 'result';
    add(REPORT_INFO_SHEET, kind, () => ({ ...reportInfoSheetModel(ctx, reportInfo ?? EMPTY_REPORT_INFO), kind }));
  }
  const names = [...sheets.map((s) => s.name), DATA_CHECK_SHEET, INFO_SHEET];
  add(DATA_CHECK_SHEET, 'result', () => dataCheckSheet(issues, ctx, scores));
  add(INFO_SHEET, 'result', () =>
    infoSheet(run, ctx, {
      profileParameters: [...profileParameters(profile), ...nationalIndexParameters(profile)],
      sheetsWritten: names,
      district: district?.name ?? null,
      unitListUsed: run.keepUnitOrder,
      profileNotice: profileNotice(profile, run.period, NATIONAL_INDEX_SHEET),
    }));
  return sheets;
}

/**
 * The frame's one-line texts (the national motto, the place-date line, the signature hints and names) fit
 * the merged cells they are put in on every signable sheet of the sample: a text wider than its merged
 * cell prints clipped (issue 14: «ỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NA» on `Tình hình chung`).
 */
import { readFileSync } from 'node:fs';
import { dayFromYmd } from '../../../src/domain/dates';
import { builtInProfile } from '../../../src/domain/scoring';
import { nationalIndexIssues, scoreRunNationalIndex } from '../../../src/workbook/national-index-units';
import { profileText } from '../../../src/workbook/profile-parameters';
import { EMPTY_REPORT_INFO, type ReportInfo } from '../../../src/workbook/report-info/report-info';
import { frameSheet } from '../../../src/workbook/reports/document-frame';
import { framePlacements } from '../../../src/workbook/reports/frame-placements';
import { MOTTO, MOTTO_LINE_2 } from '../../../src/workbook/reports/frame-texts';
import { spanPoints, textPoints } from '../../../src/workbook/reports/print-scale';
import { buildResultSheets } from '../../../src/workbook/result-set';
import { missingCriteriaIssues, scoreRun } from '../../../src/workbook/score-units';
import { scoreWorkbook } from '../../../src/workbook/score-workbook';
import type { SheetModel } from '../../../src/workbook/sheet-model';
import { readWorkbook } from '../../../src/xlsx/read-workbook';
import { SAMPLE_FILE, sampleSheets } from '../../support/sample-sheets';

/** A filled «Thông tin báo cáo»: its place and names print longer than the «…» left for the hand. */
const FILLED: ReportInfo = {
  parentAgency: 'UBND tỉnh Điện Biên',
  agency: 'Văn phòng UBND tỉnh',
  place: 'Điện Biên Phủ',
  number: '367/BC-VPUB',
  date: dayFromYmd(2024, 12, 19),
  preparer: 'Nguyễn Thị Thanh Hương',
  signerTitle: 'KT. Chánh Văn phòng\nPhó Chánh Văn phòng',
  signer: 'Hoàng Văn Thượng',
};

/** The sample's sheets as `tthc score` builds them, framed with `info`. */
async function sampleWith(info: ReportInfo): Promise<SheetModel[]> {
  const profile = builtInProfile('dienbien-1187');
  const run = scoreWorkbook(await readWorkbook(readFileSync(SAMPLE_FILE), 'mau-ho-so-tthc.xlsx'));
  const scores = scoreRun(run, profile, null);
  const nationalIndex = scoreRunNationalIndex(run, profile, null);
  const ctx = { period: run.period, calendarText: run.calendar.describe(), profileText: profileText(profile), computedAt: new Date(Date.UTC(2024, 3, 2)), version: 'test' };
  const issues = [...run.issues, ...missingCriteriaIssues(scores, profile, run.table.sheet), ...nationalIndexIssues(nationalIndex, null)];
  return buildResultSheets({ run, scores, nationalIndex, issues, profile, ctx, createCriteriaSheet: false, createNationalIndexSheet: false, dueWithin: 2, reportInfo: info });
}

/** Room a text leaves at its cell's edges (document-frame.ts). */
const PADDING = 4;

/** Every unwrapped text of the frame's top two rows and its last eight (place-date line to the names) that is wider than its cell. */
function clipped(model: SheetModel): string[] {
  const n = model.rows.length;
  const frameRows = [0, 1, ...Array.from({ length: 8 }, (_, i) => n - 8 + i)];
  return frameRows.flatMap((r) =>
    model.rows[r].flatMap((c, col) => {
      if (typeof c?.value !== 'string' || c.style?.wrap) return [];
      const merge = model.merges.find((m) => m.top === r + 1 && m.left === col + 1);
      const room = spanPoints(model.widths.slice(col, merge ? merge.right : col + 1));
      const needs = textPoints(c.value, c.style?.size, c.style?.bold) + PADDING;
      return needs > room ? [`row ${r + 1}: «${c.value}» needs ${needs.toFixed(0)} pt, has ${room.toFixed(0)}`] : [];
    }),
  );
}

describe.each([
  ['left blank', sampleSheets],
  ['filled in', () => sampleWith(FILLED)],
])('with «Thông tin báo cáo» %s', (_, build) => {
  let signable: SheetModel[];
  beforeAll(async () => {
    const sheets = await build();
    const placements = framePlacements(sheets.map((s) => s.name));
    signable = sheets.filter((s) => placements.has(s.name));
  });

  it('frames the ten signable sheets of the sample', () => {
    expect(signable).toHaveLength(10);
  });

  it('gives every one-line frame text a cell wide enough on every signable sheet', () => {
    expect(signable.map((s) => [s.name, clipped(s)])).toEqual(signable.map((s) => [s.name, []]));
  });

  it('puts the motto in its block whole on the stand-alone forms', () => {
    const standalone = signable.filter((s) => s.rows[0].some((c) => c?.value === MOTTO));
    expect(standalone.map((s) => s.name).sort()).toEqual(['Chỉ số 766', 'Tình hình chung']);
    for (const s of standalone) expect(s.rows[1].some((c) => c?.value === MOTTO_LINE_2)).toBe(true);
  });
});

describe('the split between the agency block and the motto block', () => {
  const table = (widths: number[]): SheetModel => ({
    name: 'Mẫu', rows: [widths.map((_, i) => ({ value: `Cột ${i + 1}` }))], widths, merges: [], print: { orientation: 'portrait', fitToWidth: true }, kind: 'result',
  });
  const mottoBlock = (model: SheetModel): { left: number; right: number } => {
    const framed = frameSheet(model, EMPTY_REPORT_INFO, { kind: 'standalone' });
    const col = framed.rows[0].findIndex((c) => c?.value === MOTTO) + 1;
    return framed.merges.find((m) => m.top === 1 && m.left === col)!;
  };

  it('stays at about 40 % of the width where the motto fits right of it', () => {
    // 40 % of 100 is reached after A–C (50); D–G, 50 units = 278 pt, hold the motto's 265 (estimate and padding).
    expect(mottoBlock(table([6, 14, 30, 10, 10, 10, 20]))).toMatchObject({ left: 4, right: 7 });
  });

  it('moves left when the motto would be clipped, if the agency block keeps room for its lines', () => {
    // After A–C (56 of 96) the motto would have D–G, 40 units = 225 pt: it moves to C–G (70 units);
    // A–B (26 units = 144 pt) still hold the 112 pt of «………………………» in bold 12 pt.
    expect(mottoBlock(table([6, 20, 30, 10, 10, 10, 10]))).toMatchObject({ left: 3, right: 7 });
    // With A–B only 16 units (92 pt) the agency block's line would be clipped instead: the split stays.
    expect(mottoBlock(table([6, 10, 30, 10, 10, 10, 10]))).toMatchObject({ left: 4, right: 7 });
  });
});

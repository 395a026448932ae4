/**
 * One district's Biểu 1–4 (`--district`, seed 004) from the shipped sample as LibreOffice prints them:
 * legible (≥ 9 pt) and on the pages the model's page ends lay out.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { builtInProfile } from '../../src/domain/scoring';
import { scoreRunNationalIndex } from '../../src/workbook/national-index-units';
import { chooseDistrict } from '../../src/workbook/reports/district-choice';
import { withPageBreaks } from '../../src/workbook/reports/page-breaks';
import { MIN_PRINTED_POINTS, smallestPrintedPoints } from '../../src/workbook/reports/print-scale';
import { buildResultSheets, chooseSheets } from '../../src/workbook/result-set';
import { scoreRun } from '../../src/workbook/score-units';
import { scoreWorkbook } from '../../src/workbook/score-workbook';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { newWorkbook } from '../../src/xlsx/new-workbook';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { convertWithLibreOffice } from '../support/libreoffice';
import { SAMPLE_FILE } from '../support/sample-sheets';
import { contextOf } from './report-fixtures';

/**
 * Mường Chà: the district and its four communes, 290 cases. Biểu 4 fits one page («Không phát sinh hồ sơ»
 * on one line: NOTE_WIDTH). Biểu 2 does not: its two-line column titles (60 pt), the NĐ 30 frame and the
 * signature block (≈ 230 pt) and the two note lines (43 pt) leave ≈ 505 pt of rows against a page of ≈ 468.
 */
const EXPECTED: Record<string, number> = {
  'Biểu 1 - Lĩnh vực': 2,
  'Biểu 2 - Đơn vị': 2,
  'Biểu 3 - Thủ tục': 3,
  'Biểu 4 - Tỷ lệ': 1,
};

let sheets: SheetModel[];
beforeAll(async () => {
  const run = scoreWorkbook(await readWorkbook(readFileSync(SAMPLE_FILE), 'mau-ho-so-tthc.xlsx'));
  const profile = builtInProfile('dienbien-1187');
  sheets = buildResultSheets({
    run, scores: scoreRun(run, profile, null), nationalIndex: scoreRunNationalIndex(run, profile, null), issues: [], profile, ctx: contextOf(run),
    createCriteriaSheet: false, createNationalIndexSheet: false, dueWithin: 2, district: chooseDistrict(run, 'Mường Chà'),
    chosen: chooseSheets(['bieu-1', 'bieu-2', 'bieu-3', 'bieu-4']),
  });
});

describe('Mường Chà’s Biểu 1–4 printed by LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tthc-district-print-'));

  it.each(Object.entries(EXPECTED))('%s: %d page(s), nothing below 9 pt', async (name, pages) => {
    const model = withPageBreaks(sheets.find((s) => s.name === name)!);
    expect(smallestPrintedPoints(model)).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
    expect((model.print.rowBreaks ?? []).length + 1).toBe(pages);
    const file = path.join(dir, `${Object.keys(EXPECTED).indexOf(name)}.xlsx`);
    writeFileSync(file, await newWorkbook([model]));
    const text = execFileSync('pdftotext', ['-layout', convertWithLibreOffice(file, 'pdf', dir), '-'], { encoding: 'utf8' });
    expect(text.split('\f').filter((page) => page.trim())).toHaveLength(pages);
  });
});

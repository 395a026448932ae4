/**
 * The report forms as a set: choosing them by name, and each written into a real .xlsx (an ExcelJS-made
 * input edited with editPackage), read back with ExcelJS and printed to PDF by LibreOffice.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { InputError } from '../../src/workbook/input-error';
import { buildReportForms, REPORT_FORM_IDS, REPORT_FORM_NAMES, REPORT_FORMS } from '../../src/workbook/reports/report-forms';
import { chooseSheets } from '../../src/workbook/result-set';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { editPackage } from '../../src/xlsx/package-writer';
import { smallestPrintedPoints } from '../../src/workbook/reports/print-scale';
import { convertWithLibreOffice } from '../support/libreoffice';
import { contextOf, seed004Run } from './report-fixtures';

const run = seed004Run();
const ctx = contextOf(run);
const models = buildReportForms(run, ctx);

const SHEETS = ['Tình hình chung', 'DS quá hạn theo đơn vị', 'DS hồ sơ trễ hạn', 'DS cán bộ trễ hạn', 'Biểu 1 - Lĩnh vực', 'Biểu 2 - Đơn vị', 'Biểu 3 - Thủ tục', 'Biểu 4 - Tỷ lệ'];

describe('REPORT_FORMS and buildReportForms', () => {
  it('names eight sheets, valid in Excel, and builds all of them by default in that order', () => {
    expect(REPORT_FORM_NAMES).toEqual(SHEETS);
    expect(Object.keys(REPORT_FORMS)).toEqual(SHEETS);
    for (const name of SHEETS) expect(name.length).toBeLessThanOrEqual(31);
    expect(models.map((m) => m.name)).toEqual(SHEETS);
    expect(models.every((m) => m.kind === 'result')).toBe(true);
  });

  it('finds a sheet by name or short id, without regard to case or diacritics', () => {
    expect(chooseSheets(['Biểu 2 - Đơn vị', 'bieu 2 - don vi', 'BIEU-2', 'Biểu 2'])).toEqual(Array(4).fill('Biểu 2 - Đơn vị'));
    expect(chooseSheets(['ds-qua-han', 'ds tre han', 'Tình hình chung', 'ds-can-bo'])).toEqual(['DS quá hạn theo đơn vị', 'DS hồ sơ trễ hạn', 'Tình hình chung', 'DS cán bộ trễ hạn']);
    expect(chooseSheets(['tong-hop', 'Xếp loại 1187'])).toEqual(['Tổng hợp theo đơn vị', 'Xếp loại 1187']);
    expect(Object.values(REPORT_FORM_IDS).sort()).toEqual([...SHEETS].sort());
  });

  it('builds the chosen forms once each, in the standard order', () => {
    const chosen = buildReportForms(run, ctx, chooseSheets(['bieu-4', 'DS quá hạn theo đơn vị', 'ds qua han', 'Biểu 4 - Tỷ lệ']));
    expect(chosen.map((m) => m.name)).toEqual(['DS quá hạn theo đơn vị', 'Biểu 4 - Tỷ lệ']);
    expect(buildReportForms(run, ctx, [])).toEqual([]);
  });

  it('stops on an unknown name with a Vietnamese message listing the sheets', () => {
    expect(() => chooseSheets(['bieu-9'])).toThrow(InputError);
    expect(() => chooseSheets(['bieu-9'])).toThrow(/^Không có sheet kết quả «bieu-9»\. Chọn trong: tong-hop \(«Tổng hợp theo đơn vị»\), xep-loai/);
  });
});

/** Tình hình chung is a narrow table of indicators: portrait, as the letter it goes into. */
const orientationOf = (name: string): string => (name === 'Tình hình chung' ? 'portrait' : 'landscape');

describe('print setup of every form', () => {
  it.each(models.map((m) => [m.name, m] as const))('%s: A4, one page wide with nothing printed below 9 pt, header repeated and frozen', (name, model) => {
    expect([model.print.paper, model.print.orientation, model.print.fitToWidth]).toEqual(['A4', orientationOf(name), true]);
    const { from, to } = model.print.repeatRows!;
    expect(model.freeze).toEqual({ rows: to, cols: expect.any(Number) });
    expect(model.rows[from - 1][0]?.style?.bold).toBe(true); // the first header row
    // Fitting to one page shrinks the print, within NĐ 30's widest side margins (55 mm).
    expect(smallestPrintedPoints(model)).toBeGreaterThanOrEqual(9);
    // Every cell lies within the sheet's columns.
    expect(Math.max(...model.rows.map((r) => r.length))).toBeLessThanOrEqual(model.widths.length);
  });
});

describe('each form in a real .xlsx', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tthc-forms-'));
  let input: Buffer;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    // A4 landscape too, so that every page of the PDF has the size the forms ask for.
    const ws = wb.addWorksheet('Dữ liệu', { pageSetup: { paperSize: 9, orientation: 'landscape' } });
    ws.addRow(['Mã hồ sơ', 'Đơn vị giải quyết']);
    ws.addRow(['000.00.H18-200102-00001', 'UBND huyện Tuần Giáo']);
    input = Buffer.from(await wb.xlsx.writeBuffer());
  });

  /** The model's cells that carry a value, as ExcelJS should read them back ('' header fillers left out). */
  const expectedCells = (model: SheetModel): [number, number, unknown][] =>
    model.rows.flatMap((row, r) =>
      row.flatMap((c, k): [number, number, unknown][] => (c && c.value !== null && c.value !== '' ? [[r + 1, k + 1, c.value]] : [])),
    );

  it.each(SHEETS.map((name, i) => [name, i] as const))('%s: reads back cell for cell with its print setup, and prints to PDF', async (name, i) => {
    const model = models[i];
    const file = path.join(dir, `bieu-${i}.xlsx`);
    writeFileSync(file, await editPackage(input, { remove: [], add: [model], activeSheet: name }));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Dữ liệu', name]);
    const ws = wb.getWorksheet(name)!;
    const cells = expectedCells(model);
    expect(cells.length).toBeGreaterThan(20);
    for (const [r, c, v] of cells) expect([r, c, ws.getCell(r, c).value]).toEqual([r, c, v]);
    expect(ws.pageSetup).toMatchObject({ orientation: orientationOf(name), paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const { from, to } = model.print.repeatRows!;
    expect(ws.pageSetup.printTitlesRow).toBe(`${from}:${to}`);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: model.freeze!.rows, xSplit: model.freeze!.cols });

    const pdf = readFileSync(convertWithLibreOffice(file, 'pdf', dir));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // LibreOffice writes page dictionaries in plain text: A4 landscape is 842 × 595 points (the input sheet's pages too).
    const boxes = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page\b[^>]*?\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThan(0);
    expect(new Set(boxes.map(String))).toEqual(new Set(['842,595', orientationOf(name) === 'portrait' ? '595,842' : '842,595']));
  });
});

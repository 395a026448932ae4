/**
 * The result sheets of the shipped sample as they print: legible (nothing below 9 pt after fit-to-width),
 * on the paper chosen for them, and — each written alone into a .xlsx and printed to PDF by LibreOffice —
 * on the pages laid out by the model's page ends, none holding only a header.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { withPageBreaks } from '../../src/workbook/reports/page-breaks';
import { MIN_PRINTED_POINTS, smallestPrintedPoints } from '../../src/workbook/reports/print-scale';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { newWorkbook } from '../../src/xlsx/new-workbook';
import { convertWithLibreOffice } from '../support/libreoffice';
import { sampleSheets } from '../support/sample-sheets';

/**
 * Sheet → [paper, orientation, pages] for the sample (Q1/2024, 25 units, 1 980 cases), printed with
 * Liberation Serif 2 (Times New Roman's metric twin, with Vietnamese glyphs). Issue 14 hoped for 4 and 1:
 * - `DS hồ sơ trễ hạn`: 86 cases under 3 level headings. At ≥ 9 pt its columns total at most 137 units on
 *   A4 landscape (print-scale.ts); there, codes and procedure names of 60–108 characters take two or three
 *   lines (30–45 pt a row), and a page holds 498 pt of rows, 45 of them the repeated header: ~14 cases. Four
 *   pages would need one-line rows, i.e. a procedure column of ~85 units: A3.
 * - `Biểu 2 - Đơn vị`: the province's 25 units, header and total make 493 pt of table alone, 814 pt with
 *   the frame, against 494 pt on an A4 page. Even one district's form (Mường Chà and 4 communes) is
 *   518 pt: its notes and the wrapped «Không phát sinh hồ sơ» would have to shrink by 24 pt.
 */
const EXPECTED: Record<string, [string, string, number]> = {
  'Tổng hợp theo đơn vị': ['A3', 'landscape', 2],
  'Xếp loại 1187': ['A4', 'landscape', 3],
  'Tình hình chung': ['A4', 'portrait', 1],
  'DS quá hạn theo đơn vị': ['A4', 'landscape', 3],
  'DS hồ sơ trễ hạn': ['A4', 'landscape', 8],
  'DS cán bộ trễ hạn': ['A4', 'landscape', 3],
  'Biểu 1 - Lĩnh vực': ['A4', 'landscape', 3],
  'Biểu 2 - Đơn vị': ['A4', 'landscape', 2],
  'Biểu 3 - Thủ tục': ['A4', 'landscape', 12],
  'Biểu 4 - Tỷ lệ': ['A4', 'landscape', 2],
};
/** Internal sheets and the input sheets, printed less often: legible too. */
const INTERNAL = ['Chỉ số 766', 'Hồ sơ sắp đến hạn', 'Kiểm tra dữ liệu', 'Thông tin', 'Tiêu chí bổ sung', 'Chỉ số 766 bổ sung'];

let sheets: SheetModel[];
beforeAll(async () => {
  sheets = await sampleSheets();
});
const sheet = (name: string): SheetModel => sheets.find((s) => s.name === name)!;

it.each([...Object.keys(EXPECTED), ...INTERNAL])('%s prints nothing below 9 pt', (name) => {
  expect(smallestPrintedPoints(sheet(name))).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
});

/** Characters of 11-pt text a unit of column width holds (sheet-builder.ts estimates the same). */
const CHARS_PER_UNIT = 1.15;

it.each(['Tiêu chí bổ sung', 'Chỉ số 766 bổ sung'])('%s: no text runs past its cell, widening what fit-to-width shrinks', (name) => {
  const model = sheet(name);
  const overflowing = model.rows.flatMap((row, r) =>
    row.flatMap((c, col) => {
      if (typeof c?.value !== 'string' || c.style?.wrap) return [];
      const merge = model.merges.find((m) => m.top === r + 1 && m.left === col + 1);
      const width = model.widths.slice(col, merge ? merge.right : col + 1).reduce((a, b) => a + b, 0);
      return c.value.length > width * CHARS_PER_UNIT * (11 / (c.style?.size ?? 11)) ? [`${r + 1}:${c.value.slice(0, 30)}`] : [];
    }),
  );
  expect(overflowing).toEqual([]);
});

const texts = (model: SheetModel): string[] => model.rows.flatMap((r) => r.flatMap((c) => (typeof c?.value === 'string' ? [c.value] : [])));

it('keeps the run’s rules, calendar and time off the signed sheets, in `Thông tin`', () => {
  for (const name of Object.keys(EXPECTED)) expect([name, texts(sheet(name)).filter((t) => /Tính lúc|^Quy tắc:|TTHC Scorecard/.test(t))]).toEqual([name, []]);
  const info = texts(sheet('Thông tin'));
  expect(info).toContain('TTHC Scorecard 0.0.0-test');
  expect(info).toContain('Cột Tiêu chí 1–9 (chỉ tiêu TT 01)');
  expect(info).toContainEqual(expect.stringMatching(/^dienbien-1187 — /));
});

it('says in `Thông tin` that numbers stay numbers and their decimal comma follows the reader’s Windows settings', () => {
  const rows = sheet('Thông tin').rows.map((r) => r.map((c) => c?.value));
  const line = rows.find((r) => r[0] === 'Dấu thập phân');
  expect(line?.[1]).toMatch(/^Số liệu được ghi là số .* theo cài đặt vùng \(Region\) của Windows trên máy người mở tệp/);
});

describe('printed by LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tthc-print-'));

  it.each(Object.entries(EXPECTED))('%s: %j', async (name, [paper, orientation, pages]) => {
    const model = withPageBreaks(sheet(name));
    expect([model.print.paper, model.print.orientation]).toEqual([paper, orientation]);
    // One page more than manual page ends: LibreOffice adds none of its own.
    expect((model.print.rowBreaks ?? []).length + 1).toBe(pages);
    const file = path.join(dir, `${Object.keys(EXPECTED).indexOf(name)}.xlsx`);
    writeFileSync(file, await newWorkbook([model]));
    const pdf = convertWithLibreOffice(file, 'pdf', dir);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const printed = text.split('\f').filter((page) => page.trim());
    expect(printed).toHaveLength(pages);
    // Every page after the first holds more than the repeated header: a row numbered in the STT column.
    for (const page of printed.slice(1)) expect(page).toMatch(/^\s*\d+(\.\d+)?\s+\S/m);
  });
});

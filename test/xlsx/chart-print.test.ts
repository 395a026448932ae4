/**
 * «Biểu đồ» of the sample (with a year of earlier cases for the trend) opened and printed by LibreOffice:
 * one page per section, and the charts' Vietnamese titles and axis titles drawn on them (pdftotext).
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { newWorkbook } from '../../src/xlsx/new-workbook';
import { chartSample } from '../support/chart-sample';
import { convertWithLibreOffice } from '../support/libreoffice';

function pdfText(pdf: string, page: number): string {
  const r = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.replace(/\s+/g, ' ');
}

const pageCount = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)![1]);

describe('«Biểu đồ» printed by LibreOffice', () => {
  it('prints each chart on its own A4 page with its title and axis title', async () => {
    const { model } = await chartSample(true);
    const dir = mkdtempSync(path.join(tmpdir(), 'tthc-charts-'));
    const file = path.join(dir, 'bieu-do.xlsx');
    writeFileSync(file, await newWorkbook([model]));
    const pdf = convertWithLibreOffice(file, 'pdf', dir);
    const charts = model.charts!;
    expect(charts).toHaveLength(8);
    expect(pageCount(pdf)).toBe(charts.length);
    // A4 landscape: 842 × 595 pt.
    expect(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts/);
    charts.forEach((chart, i) => {
      const page = pdfText(pdf, i + 1);
      expect(page).toContain(chart.title);
      // Only the chart writes these words (the tables' headings are in capitals, their columns say «Đơn vị», «Tháng»).
      if (chart.kind !== 'stackedColumn') expect(page).toContain(chart.categoryAxisTitle);
    });
    expect(pdfText(pdf, 1)).toContain('BIỂU ĐỒ KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH');
    expect(pdfText(pdf, 4)).toContain('Chưa xếp loại');
    expect(pdfText(pdf, 8)).toContain('Tháng 1/2023');
  });
});

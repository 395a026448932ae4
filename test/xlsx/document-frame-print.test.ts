/**
 * Framed report sheets in a real .xlsx: the print parts validate against ECMA-376, and LibreOffice prints
 * the frame's texts, with page numbers from page 2 only.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { dayFromYmd } from '../../src/domain/dates';
import type { ReportInfo } from '../../src/workbook/report-info/report-info';
import { frameSheet } from '../../src/workbook/reports/document-frame';
import { framePlacements } from '../../src/workbook/reports/frame-placements';
import { withPageBreaks } from '../../src/workbook/reports/page-breaks';
import { REPORT_FORM_NAMES, REPORT_FORMS } from '../../src/workbook/reports/report-forms';
import { LATE_CASES_SHEET } from '../../src/workbook/sheet-names';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { newWorkbook } from '../../src/xlsx/new-workbook';
import { worksheetXmlParts } from '../../src/xlsx/sheet-xml';
import { convertWithLibreOffice } from '../support/libreoffice';
import { validatePackage } from '../support/ooxml-validate';
import { contextOf, seed000Run } from '../workbook/report-fixtures';

const INFO: ReportInfo = {
  parentAgency: 'UBND tỉnh Điện Biên',
  agency: 'Văn phòng UBND tỉnh',
  place: 'Điện Biên',
  number: '834/BC-VPUB',
  date: dayFromYmd(2023, 9, 6),
  preparer: 'Nguyễn Văn A',
  signerTitle: 'Chánh Văn phòng',
  signer: 'Lê Thanh Bình',
};

function framedForms(): SheetModel[] {
  const run = seed000Run();
  const ctx = contextOf(run);
  const placements = framePlacements(REPORT_FORM_NAMES);
  // As a run writes them: framed, then laid out in pages.
  return REPORT_FORM_NAMES.map((name) => withPageBreaks(frameSheet(REPORT_FORMS[name](run, ctx), INFO, placements.get(name)!)));
}

/** Text of pages `from`..`to` of a PDF (pdftotext, layout kept). */
function pdfText(pdf: string, from?: number, to?: number): string {
  const pages = from === undefined ? [] : ['-f', String(from), '-l', String(to ?? from)];
  const r = spawnSync('pdftotext', ['-layout', ...pages, pdf, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

const pageCount = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)![1]);
const firstLine = (text: string): string => text.split('\n').find((l) => l.trim() !== '')!.trim();

describe('framed report sheets', () => {
  const models = framedForms();

  it('write print options, NĐ 30 margins in inches and a first-page-different header in schema order', () => {
    const xml = Buffer.concat([...worksheetXmlParts(models[0], { xf: () => 0, date1904: false, tabSelected: false })]).toString('utf8');
    // 30 mm = 1.1811 in, 15 mm = 0.5906 in, 20 mm = 0.7874 in, 10 mm = 0.3937 in.
    expect(xml).toContain('<printOptions horizontalCentered="1"/><pageMargins left="1.1811" right="0.5906" top="0.7874" bottom="0.7874" header="0.3937" footer="0.3937"/><pageSetup ');
    expect(xml).toContain('<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;13&amp;P</oddHeader></headerFooter></worksheet>');
  });

  it('validate against ECMA-376 in a whole package', async () => {
    const verdicts = validatePackage(await newWorkbook(models));
    expect(Object.keys(verdicts).filter((p) => p.startsWith('xl/worksheets/')).length).toBe(models.length);
    expect(Object.entries(verdicts).filter(([, v]) => v !== 'valid')).toEqual([]);
  });

  it('print with LibreOffice the frame of each sheet: agencies, motto or label, «Kèm theo» line, place-date and signatures', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tthc-frame-'));
    const file = path.join(dir, 'khung.xlsx');
    writeFileSync(file, await newWorkbook(models));
    const text = pdfText(convertWithLibreOffice(file, 'pdf', dir)).replace(/[ \t]+/g, ' ');
    const count = (s: string): number => text.split(s).length - 1;
    expect(count('UBND TỈNH ĐIỆN BIÊN')).toBe(models.length);
    expect(count('VĂN PHÒNG UBND TỈNH')).toBe(models.length);
    expect(count('Điện Biên, ngày 06 tháng 9 năm 2023')).toBe(models.length);
    expect(count('NGƯỜI LẬP BIỂU')).toBe(models.length);
    expect(count('CHÁNH VĂN PHÒNG')).toBe(models.length);
    expect(count('Lê Thanh Bình')).toBe(models.length);
    // Tình hình chung stands alone; the lists are numbered appendices; Biểu 1–4 are appendices with their own label.
    expect(count('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(1);
    expect(count('Độc lập - Tự do - Hạnh phúc')).toBe(1);
    for (const label of ['PHỤ LỤC 01', 'PHỤ LỤC 02', 'PHỤ LỤC 03', 'BIỂU 1', 'BIỂU 2', 'BIỂU 3', 'BIỂU 4']) expect([label, count(label)]).toEqual([label, 1]);
    expect(count('(Kèm theo Báo cáo số 834/BC-VPUB ngày 06 tháng 9 năm 2023 của Văn phòng UBND tỉnh)')).toBe(models.length - 1);
  }, 120_000);

  it('number the pages of a long list from page 2, at the top, and not page 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tthc-frame-pages-'));
    const file = path.join(dir, 'tre-han.xlsx');
    writeFileSync(file, await newWorkbook(models.filter((m) => m.name === LATE_CASES_SHEET)));
    const pdf = convertWithLibreOffice(file, 'pdf', dir);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(firstLine(pdfText(pdf, 1))).toBe('UBND TỈNH ĐIỆN BIÊN');
    for (let page = 2; page <= pages; page++) expect([page, firstLine(pdfText(pdf, page))]).toEqual([page, String(page)]);
    // The place-date line and the signatures are kept on one page, the last, with the list's last row.
    const last = pdfText(pdf, pages);
    for (const text of ['Điện Biên, ngày 06 tháng 9 năm 2023', 'NGƯỜI LẬP BIỂU', 'Nguyễn Văn A', 'Lê Thanh Bình']) expect([text, last.includes(text)]).toEqual([text, true]);
  }, 120_000);
});

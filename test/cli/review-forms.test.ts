/**
 * `tthc review` on a district's workbook holding its case rows, Biểu 1 and Biểu 3 (headers merged as
 * Excel merges them): each field and procedure row is recomputed from the cases, and the one wrong figure
 * of each table reaches the console, the consolidated workbook and the JSON with its cell.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import type { ReviewJson } from '../../src/workbook/review/review-json';
import { BIEU2_MERGES, workbookOf } from '../workbook/review-fixtures';
import { BUNG_LAO, bieu1, bieu3, cases, DAT_DAI, KHAI_SINH } from '../workbook/review/form-fixtures';

let dir: string;
beforeAll(() => void (dir = mkdtempSync(path.join(tmpdir(), 'tthc-review-forms-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tthc review: Biểu 1 and Biểu 3 recomputed from the case rows', () => {
  it('reports the wrong field figure and the wrong procedure figure, each with its cell', async () => {
    const file = path.join(dir, 'huyen-muong-ang.xlsx');
    // Đất đai's overdue typed 2 (1 is right), Búng Lao's withdrawn case left blank (1 is right). Biểu 1 and 3
    // share Biểu 2's header layout; Biểu 3's unit and field headings are merged across the table.
    const merges = { 'Biểu 1': BIEU2_MERGES, 'Biểu 3': [...BIEU2_MERGES, 'B7:N7', 'B8:N8', 'B16:N16', 'B17:N17'] };
    writeFileSync(file, await workbookOf([...cases(), bieu1(2), bieu3(0)], merges));
    const out = path.join(dir, 'tong-hop.xlsx');
    const json = path.join(dir, 'ra-soat.json');
    const lines: string[] = [];
    expect(await main(['review', file, '--out', out, '--json', json], (s) => lines.push(s), (s) => lines.push(`stderr: ${s}`))).toBe(0);
    expect(lines).toEqual(['huyen-muong-ang.xlsx: Có sai lệch (2) — đã đối chiếu 2 bảng, 12 dòng số liệu («Biểu 1», «Biểu 3»)', `Đã ghi ${out} và ${json}.`]);

    const summary = JSON.parse(readFileSync(json, 'utf8')) as ReviewJson;
    expect(summary.files[0]).toMatchObject({
      state: 'disagreements',
      basis: 'cases',
      errors: 2,
      warnings: 0,
      compared: 'Đã đối chiếu 2 bảng, 12 dòng số liệu: «Biểu 1» (biểu số liệu, 3 dòng lĩnh vực, 6 dòng số liệu); «Biểu 3» (biểu số liệu, 5 dòng thủ tục, 6 dòng số liệu)',
    });
    expect(summary.disagreements.map((d) => [d.unit, d.item, d.submitted, d.recomputed, d.sheet, d.row, d.column])).toEqual([
      [`Lĩnh vực «${DAT_DAI}»`, 'Đang giải quyết quá hạn', 2, 1, 'Biểu 1', 8, 'L'],
      [BUNG_LAO, `Hồ sơ rút (thủ tục «${KHAI_SINH}»)`, 0, 1, 'Biểu 3', 18, 'M'],
    ]);
    // Only the units are units: no field or procedure among them, and Búng Lao's verdict counts its procedure.
    expect(summary.units.map((u) => [u.name, u.compared, u.verdict])).toEqual([
      ['UBND huyện Mường Ảng', true, 'Khớp số liệu'],
      ['UBND xã Ẳng Tở', true, 'Khớp số liệu'],
      [BUNG_LAO, true, `Có 1 sai lệch: Hồ sơ rút (thủ tục «${KHAI_SINH}»)`],
    ]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cells: string[] = [];
    wb.getWorksheet('Đối chiếu')!.eachRow((row) => cells.push(...(row.values as ExcelJS.CellValue[]).slice(1).map(String)));
    expect(cells).toEqual(expect.arrayContaining([`Lĩnh vực «${DAT_DAI}»`, "'Biểu 1'!L8", "'Biểu 3'!M18"]));
  });
});

/**
 * The workbook `tthc review` writes is built without a spreadsheet library: a minimal package made in code
 * (src/xlsx/new-workbook.ts) that the package writer fills. Every part validates against the ECMA-376
 * schemas (xmllint, offline), ExcelJS reads it back cell for cell as our reader does, and ExcelJS is a
 * development dependency only.
 */
import { trimmed } from '../support/grids';
import { validatePackage as validateAll, validatePart as validate } from '../support/ooxml-validate';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import type { CellValue } from '../../src/workbook/cells';
import { PLACEHOLDER, emptyPackage, emptyPackageParts } from '../../src/xlsx/new-workbook';
import { readWorkbook } from '../../src/xlsx/read-workbook';

const ROOT = path.join(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'assets/mau-ho-so-tthc.xlsx');
const dir = mkdtempSync(path.join(tmpdir(), 'new-workbook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A cell as ExcelJS reads it, in the reader's terms (a formula's result, rich text joined). */
function plain(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return plain(v.result);
  if ('error' in v) return { error: String(v.error) };
  return JSON.stringify(v);
}


describe('the empty package', () => {
  it('every part validates against ECMA-376', () => {
    for (const [part, xml] of emptyPackageParts()) expect([part, validate(part, xml)]).toEqual([part, 'valid']);
  });

  it('opens as a one-sheet workbook in our reader and in ExcelJS', async () => {
    const buf = await emptyPackage();
    expect((await readWorkbook(buf, 'trong.xlsx')).map((g) => [g.name, g.rows])).toEqual([[PLACEHOLDER, []]]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([PLACEHOLDER]);
  });
});

describe('tthc review\'s consolidated workbook', () => {
  let out: Buffer;
  beforeAll(async () => {
    const file = path.join(dir, 'tong-hop.xlsx');
    const code = await main(['review', SAMPLE, '--out', file], () => undefined, () => undefined);
    expect(code).toBe(0);
    out = readFileSync(file);
  });

  it('holds only our sheets, the marker very hidden, and every part validates', async () => {
    const grids = await readWorkbook(out, 'tong-hop.xlsx');
    expect(grids.map((g) => [g.name, g.visibility])).toEqual([
      ['Tình trạng tệp', 'visible'], ['Xếp hạng tổng hợp', 'visible'], ['Đối chiếu', 'visible'], ['TTHC_Scorecard', 'veryHidden'],
    ]);
    const verdicts = validateAll(out);
    expect(Object.keys(verdicts)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/styles.xml']));
    for (const [part, verdict] of Object.entries(verdicts)) expect([part, verdict]).toEqual([part, 'valid']);
  });

  it('ExcelJS reads every cell as our reader does', async () => {
    const ours = await readWorkbook(out, 'tong-hop.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(ours.map((g) => g.name));
    let cells = 0;
    for (const grid of ours) {
      // A merged area's value is in its top-left cell only, as our reader (and Excel) report it.
      const theirs: CellValue[][] = [];
      wb.getWorksheet(grid.name)!.eachRow((row, r) => {
        while (theirs.length < r) theirs.push([]);
        row.eachCell((cell, c) => {
          if (cell.isMerged && cell.master.address !== cell.address) return;
          while (theirs[r - 1].length < c) theirs[r - 1].push(null);
          theirs[r - 1][c - 1] = plain(cell.value);
        });
      });
      expect([grid.name, trimmed(theirs)]).toEqual([grid.name, trimmed(grid.rows)]);
      cells += grid.rows.reduce((n, row) => n + row.filter((v) => v !== null).length, 0);
    }
    expect(cells).toBeGreaterThan(50);
  });
});

describe('ExcelJS is not a run-time dependency', () => {
  it('package.json lists it among the development dependencies only', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.dependencies.exceljs).toBeUndefined();
    expect(pkg.devDependencies.exceljs).toBeDefined();
  });

  it('no source file imports it', () => {
    const importing: string[] = [];
    const walk = (d: string): void => {
      for (const name of readdirSync(d)) {
        const p = path.join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(name) && /from ['"]exceljs['"]|require\(['"]exceljs['"]\)/.test(readFileSync(p, 'utf8'))) importing.push(p);
      }
    };
    walk(path.join(ROOT, 'src'));
    expect(importing).toEqual([]);
  });
});

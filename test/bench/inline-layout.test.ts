/** The bench's two layouts hold the same cases: only the way the file stores them differs. */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseIsoDay } from '../../src/domain/dates';
import { scoreWorkbook } from '../../src/workbook/score-workbook';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { ZipReader } from '../../src/xlsx/zip';
import { CASE_SHEET, generateWorkbook, HEADER, YEAR_FROM, YEAR_TO } from '../../bench/generate';

const dir = mkdtempSync(join(tmpdir(), 'bench-layouts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the inline layout: 14 columns, inline strings, the same cases and scores as the shared layout', async () => {
  const shared = join(dir, 'shared.xlsx');
  const inline = join(dir, 'inline.xlsx');
  await generateWorkbook(shared, 600, 7, 'shared');
  await generateWorkbook(inline, 600, 7, 'inline');

  const zip = new ZipReader(readFileSync(inline));
  expect(zip.has('xl/sharedStrings.xml')).toBe(false);
  expect(zip.text('xl/worksheets/sheet1.xml')).toContain('<c r="B2" t="inlineStr"><is><t>');

  const [sharedGrids, inlineGrids] = await Promise.all([shared, inline].map((f) => readFileSync(f)).map((b, i) => readWorkbook(b, `${i}.xlsx`)));
  const inlineCases = inlineGrids.find((g) => g.name === CASE_SHEET)!;
  expect(inlineCases.rows[0]).toEqual([...HEADER.slice(0, 5), 'Địa chỉ', 'Số điện thoại', ...HEADER.slice(5)]);
  expect(inlineCases.rows).toHaveLength(601);
  expect(String(inlineCases.rows[1][5])).toMatch(/^Bản .+, tỉnh Điện Biên$/);
  expect(String(inlineCases.rows[1][6])).toMatch(/^09\d{8}$/);

  const period = { from: parseIsoDay(YEAR_FROM)!, to: parseIsoDay(YEAR_TO)! };
  const [a, b] = [sharedGrids, inlineGrids].map((grids) => scoreWorkbook(grids, { ...period, today: period.to }));
  expect(b.cases.map((c) => c.code)).toEqual(a.cases.map((c) => c.code));
  expect(b.units).toEqual(a.units);
  expect(b.cases.length).toBeGreaterThan(590); // a spoiled row or two at most
});

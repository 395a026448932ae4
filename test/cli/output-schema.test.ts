/**
 * Every part `tthc score` writes validates against ECMA-376 (Excel is stricter than LibreOffice): the
 * sample workbook scored with every result sheet, the national index and its input sheet (with data
 * validation) and the due-soon list included, then scored again (parts replaced, marker rewritten).
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { ZipReader } from '../../src/xlsx/zip';
import { validatePackage } from '../support/ooxml-validate';

const dir = mkdtempSync(path.join(tmpdir(), 'output-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAMPLE = path.join(__dirname, '../../assets/mau-ho-so-tthc.xlsx');

/** The parts a run wrote or changed: not byte-identical to the input's. */
function written(input: Buffer, output: Buffer): (part: string) => boolean {
  const before = new ZipReader(input);
  const names = new Set(before.list.map((e) => e.name));
  return (part) => !names.has(part) || before.text(part) !== new ZipReader(output).text(part);
}

it('every part written, on a first run and on a re-run, validates', async () => {
  const first = path.join(dir, 'lan-1.xlsx');
  const second = path.join(dir, 'lan-2.xlsx');
  const quiet = (): void => undefined;
  expect(await main(['score', SAMPLE, '--out', first, '--as-of', '2024-03-29'], quiet, quiet)).toBe(0);
  expect(await main(['score', first, '--out', second], quiet, quiet)).toBe(0);
  for (const [input, output] of [[SAMPLE, first], [first, second]]) {
    const [a, b] = [readFileSync(input), readFileSync(output)];
    const verdicts = validatePackage(b, written(a, b));
    expect(Object.keys(verdicts).length).toBeGreaterThan(10);
    for (const [part, verdict] of Object.entries(verdicts)) expect([part, verdict]).toEqual([part, 'valid']);
  }
});

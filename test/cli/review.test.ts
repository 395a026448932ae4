/**
 * `tthc review` on a folder of real files: a good workbook, a truncated one, a CSV renamed .xlsx. One bad
 * file never stops the batch: the consolidated workbook says why each could not be read, the command
 * succeeds (exit code 0 through main) and prints a warning line.
 *
 * Run from the TypeScript sources, the command reviews in this thread (no compiled worker beside it); the
 * worker-thread pool is tested with the compiled worker that `npm test` builds into build/cli first.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { builtInProfile } from '../../src/domain/scoring';
import { main } from '../../src/cli/main';
import { reviewAll } from '../../src/cli/review-pool';
import { expandInputs } from '../../src/cli/review-inputs';
import { fileState } from '../../src/workbook/review/batch';
import type { ReviewJson } from '../../src/workbook/review/review-json';
import { convertWithLibreOffice } from '../support/libreoffice';
import { BIEU2_MERGES, BIEU2_SHEET, seed000Grid, seed002Grid, seed004Grids, workbookOf } from '../workbook/review-fixtures';

const SAMPLE = path.join(__dirname, '../../assets/mau-ho-so-tthc.xlsx');
const COMPILED_WORKER = path.join(__dirname, '../../build/cli/review-worker.js');

const made: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folderOfThree(): string {
  const dir = tempDir('tthc-review-');
  copyFileSync(SAMPLE, path.join(dir, 'so-tu-phap.xlsx'));
  writeFileSync(path.join(dir, 'bi-cat.xlsx'), readFileSync(SAMPLE).subarray(0, 4000)); // a truncated zip
  writeFileSync(path.join(dir, 'bang-tinh.xlsx'), readFileSync(path.join(__dirname, '../fixtures/tuangiao-2020q1-units.csv')));
  writeFileSync(path.join(dir, '~$so-tu-phap.xlsx'), 'Office lock file');
  return dir;
}

/** Through the `tthc` command's own entry point: the exit code is part of what is tested. */
async function run(inputs: string[], out: string, json: string) {
  const lines: string[] = [];
  const code = await main(['review', ...inputs, '--out', out, '--json', json], (s) => lines.push(s), (s) => lines.push(`stderr: ${s}`));
  expect(code).toBe(0);
  return lines;
}

async function sheetRows(file: string, sheet: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

describe('tthc review', () => {
  it('reviews a folder: one file scored, two clear error rows, a warning line, and the batch succeeds', async () => {
    const dir = folderOfThree();
    const out = path.join(dir, 'tong-hop.xlsx'); // inside the folder: a re-run must not review it
    const json = path.join(dir, 'ra-soat.json');
    const lines = await run([dir], out, json);
    expect(lines).toEqual([
      expect.stringMatching(/^bang-tinh\.xlsx: Không đọc được: Tệp «bang-tinh\.xlsx» không phải bảng tính \.xlsx/),
      expect.stringMatching(/^bi-cat\.xlsx: Không đọc được tệp «bi-cat\.xlsx»: tệp \.xlsx bị hỏng/),
      // Case rows and no submitted table: nothing was compared, so nothing is declared in agreement.
      'so-tu-phap.xlsx: Không có bảng số liệu để đối chiếu',
      'Cảnh báo: 2 tệp không đọc được',
      'Cảnh báo: 1 tệp không có bảng số liệu để đối chiếu (không có kết luận theo đơn vị cho các tệp này)',
      `Đã ghi ${out} và ${json}.`,
    ]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Tình trạng tệp', 'visible'], ['Xếp hạng tổng hợp', 'visible'], ['Đối chiếu', 'visible'], ['TTHC_Scorecard', 'veryHidden'],
    ]);
    const status = (await sheetRows(out, 'Tình trạng tệp')).filter((r) => /\.xlsx$/.test(r[1]));
    expect(status.map((r) => [r[1], r[2].replace(/:.*/s, '')])).toEqual([
      ['bang-tinh.xlsx', 'Không đọc được'],
      ['bi-cat.xlsx', 'Không đọc được tệp «bi-cat.xlsx»'],
      ['so-tu-phap.xlsx', 'Không có bảng số liệu để đối chiếu'],
    ]);
    expect(status[2][3]).toMatch(/^Tính lại từ \d+ dòng hồ sơ \(sheet «Danh sách hồ sơ»\)/);
    const ranking = await sheetRows(out, 'Xếp hạng tổng hợp');
    // Its units are still recomputed and ranked, from its case rows.
    expect(ranking.filter((r) => r[2] === 'so-tu-phap.xlsx')).toHaveLength(25);
    const reconciliation = (await sheetRows(out, 'Đối chiếu')).map((r) => r[0]);
    expect(reconciliation).toContain('Tệp «so-tu-phap.xlsx»: Không có bảng số liệu để đối chiếu — không có kết luận theo đơn vị.');
    expect(reconciliation.slice(reconciliation.indexOf('KẾT LUẬN THEO ĐƠN VỊ') + 2)).toEqual([]);

    const summary = JSON.parse(readFileSync(json, 'utf8')) as ReviewJson;
    expect(summary.files.map((f) => [f.file, f.state, f.disagreements, f.error !== undefined])).toEqual([
      ['bang-tinh.xlsx', 'unreadable', 0, true],
      ['bi-cat.xlsx', 'unreadable', 0, true],
      ['so-tu-phap.xlsx', 'nothing-to-compare', 0, false],
    ]);
    expect(summary.files[2]).toMatchObject({ compared: 'Không có bảng số liệu để đối chiếu', tables: [] });
    expect(summary.units).toHaveLength(25);
    expect(summary.units.every((u) => u.verdict === '' && !u.compared)).toBe(true);
    expect(summary.disagreements).toEqual([]);

    // A re-run into the same folder reviews the same three files, not its own output.
    const again = await run([dir], out, json);
    expect(again.filter((l) => l.includes('.xlsx:'))).toHaveLength(3);
    // A real spreadsheet program opens the consolidated workbook.
    expect(existsSync(convertWithLibreOffice(out, 'pdf', dir))).toBe(true);
  });

  it('reviews on a pool of worker threads with the same outcome as in one thread', async () => {
    expect(existsSync(COMPILED_WORKER)).toBe(true); // built by `npm run build:cli`, which `npm test` runs first
    const dir = folderOfThree();
    const submitted = path.join(dir, 'nop');
    mkdirSync(submitted);
    writeFileSync(path.join(submitted, 'huyen-tuan-giao.xlsx'), await workbookOf(seed004Grids(), { [BIEU2_SHEET]: BIEU2_MERGES }));
    writeFileSync(path.join(submitted, 'van-phong-ubnd.xlsx'), await workbookOf([seed002Grid(), seed000Grid()]));
    const files = await expandInputs([dir, submitted]);
    expect(files.map((f) => f.file)).toEqual(['bang-tinh.xlsx', 'bi-cat.xlsx', 'so-tu-phap.xlsx', 'huyen-tuan-giao.xlsx', 'van-phong-ubnd.xlsx']);
    const profile = builtInProfile('dienbien-1187');
    const pooled = await reviewAll(files, profile, COMPILED_WORKER);
    const inThread = await reviewAll(files, profile, null);
    expect(pooled).toEqual(inThread);
    // Seed 004: Chiềng Đông in Biểu 2 and 4; seed 002 + 000: Điện Biên's total and six hand-rounded rates.
    expect(pooled.map((o) => [fileState(o), o.review?.disagreements.length ?? null])).toEqual([
      ['unreadable', null], ['unreadable', null], ['nothing-to-compare', 0], ['disagreements', 2], ['disagreements', 7],
    ]);
  });

  it('a worker that dies costs only the file it was on; a new worker takes the rest', async () => {
    const dir = tempDir('tthc-pool-');
    const stub = path.join(dir, 'stub-worker.js');
    writeFileSync(stub, `const { parentPort } = require('worker_threads');
parentPort.on('message', (t) => { if (t.file === 'b.xlsx') process.exit(7); parentPort.postMessage({ file: t.file, review: null, error: 'stub' }); });`);
    const tasks = ['a.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx'].map((file) => ({ path: path.join(dir, file), file }));
    const outcomes = await reviewAll(tasks, builtInProfile('dienbien-1187'), stub);
    expect(outcomes.map((o) => [o.file, o.error])).toEqual([
      ['a.xlsx', 'stub'], ['b.xlsx', 'lỗi khi xử lý tệp (luồng xử lý dừng với mã 7).'], ['c.xlsx', 'stub'], ['d.xlsx', 'stub'],
    ]);
  });
});

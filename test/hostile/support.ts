/**
 * Hostile inputs through the real command: files written with ExcelJS (or raw bytes for broken ones) into
 * a temp directory, `main()` of src/cli run in-process, and after every run the four promises checked —
 * no crash (exit 0 or 2, never 3), a Vietnamese message naming where, the input unchanged to the byte, and
 * no partial output (the --out file and the temporary file only exist after a success).
 */
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

export interface Issue {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}

export interface Outcome {
  code: number;
  out: string;
  err: string;
  /** The JSON summary's issues (empty when the run failed). */
  issues: Issue[];
  summary: { units: { name: string; total: number; [k: string]: unknown }[]; issues: Issue[] } | null;
  output: string;
}

export function tempDir(prefix: string): { file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `tthc-hostile-${prefix}-`));
  return { file: (name) => path.join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

/**
 * Runs `tthc score <input> --out <dir>/<name>-ket-qua.xlsx --json …` and checks what every run must keep:
 * exit code 0 or 2, the input unchanged, output present exactly when the run succeeded, no temp file left.
 */
export async function score(input: string, ...extra: string[]): Promise<Outcome> {
  const dir = path.dirname(input);
  const base = path.basename(input).replace(/\.[^.]*$/, '');
  const output = path.join(dir, `${base}-ket-qua.xlsx`);
  const json = path.join(dir, `${base}-tom-tat.json`);
  rmSync(output, { force: true });
  rmSync(json, { force: true });
  const before = existsSync(input) ? sha(input) : null;
  const outLines: string[] = [];
  const errLines: string[] = [];
  const code = await main(['score', input, '--out', output, '--json', json, ...extra], (s) => outLines.push(s), (s) => errLines.push(s));
  const err = errLines.join('\n');
  if (code !== 0 && code !== 2) throw new Error(`exit code ${code} (a crash, not a message): ${err}`);
  if (before !== null) expect(sha(input)).toBe(before);
  expect(existsSync(output)).toBe(code === 0);
  expect(existsSync(json)).toBe(code === 0);
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  if (code === 2) expect(err).toMatch(/^Lỗi: /);
  const summary = code === 0 ? JSON.parse(readFileSync(json, 'utf8')) : null;
  return { code, out: outLines.join('\n'), err, issues: summary?.issues ?? [], summary, output };
}

export const HEADER = ['Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Hình thức nộp'];

/** Three good cases of Q1/2024 (header on row 1): enough for a run to succeed around the hostile rows. */
export const GOOD_ROWS: ExcelJS.CellValue[][] = [
  ['HS-1', 'Sở Tư pháp', '02/01/2024 08:00:00', '05/01/2024', '04/01/2024 09:00:00', 'Đã trả kết quả', 'Trực tuyến'],
  ['HS-2', 'Sở Tư pháp', '03/01/2024 08:00:00', '08/01/2024', '08/01/2024 16:00:00', 'Đã trả kết quả', 'Trực tiếp'],
  ['HS-3', 'UBND xã Thanh Minh', '01/03/2024 08:00:00', '22/03/2024', null, 'Đang xử lý', 'Trực tiếp'],
];

/** A workbook with one case sheet: HEADER on row 1, then the rows; `edit` may add sheets or change cells. */
export async function writeCases(
  file: string,
  rows: ExcelJS.CellValue[][],
  edit?: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void,
  options: { sheet?: string; header?: string[] } = {},
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(options.sheet ?? 'Danh sách hồ sơ');
  ws.addRow(options.header ?? HEADER);
  for (const r of rows) ws.addRow(r);
  edit?.(wb, ws);
  await wb.xlsx.writeFile(file);
}

/** The issue reported at (sheet, row, column), for assertions that name the place. */
export function issueAt(issues: Issue[], sheet: string, row: number | null, column: string | null): Issue | undefined {
  return issues.find((i) => i.sheet === sheet && i.row === row && i.column === column);
}

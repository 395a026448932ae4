/**
 * @jest-environment node
 *
 * The task pane end to end, in a real headless Chromium: the webpack build of src/taskpane is served from
 * 127.0.0.1, office.js is replaced by a simulated Office host (test/e2e/office-sim.ts: a FakeExcel seeded
 * with assets/mau-ho-so-tthc.xlsx as the project's reader reads it), and the test clicks through the four
 * steps like a user, then reviews twice in the «Đối chiếu» tab. What the simulated Excel received is
 * compared with what the `tthc` CLI computes for the same file.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (.ci/run installs it); playwright-core never downloads one.
 */
import { execFile } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import { dayFromYmd, excelSerialFromDay, fromJsDate } from '../../src/domain/dates';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import type { JsonSummary } from '../../src/workbook/json-summary';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { colNumber } from '../office/fake-excel';
import type { SimConfig, SimSheet } from './office-sim';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'assets/mau-ho-so-tthc.xlsx');
const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SCREENSHOT = path.join(ROOT, 'test-artifacts/taskpane-results.png');
const REVIEW_SCREENSHOT = path.join(ROOT, 'test-artifacts/taskpane-review.png');
const WELCOME_SCREENSHOT = path.join(ROOT, 'test-artifacts/taskpane-welcome.png');
const DARK_SCREENSHOT = path.join(ROOT, 'test-artifacts/taskpane-dark-period.png');
const MANUAL_SCREENSHOT = path.join(ROOT, 'test-artifacts/taskpane-manual-table.png');
/** The narrowest task pane Excel gives an add-in. */
const PANE_WIDTH = 320;
const DOCUMENT_URL = 'https://contoso.sharepoint.com/sites/vpubnd/Shared%20Documents/H%E1%BB%93%20s%C6%A1%20qu%C3%BD%20I.xlsx?web=1';
const CASE_SHEET = 'Danh sách hồ sơ';
const UNIT_SUMMARY = 'Tổng hợp theo đơn vị';
const RANKING = 'Xếp loại 1187';
const DATA_CHECK = 'Kiểm tra dữ liệu';
const INFO = 'Thông tin';
const MARKER = 'TTHC_Scorecard';
const REVIEW = 'Đối chiếu';
/** Long enough for a slow CI machine; every wait below ends as soon as its text or state appears. */
const STEP_TIMEOUT = 120_000;

jest.setTimeout(180_000);

type Value = string | number | boolean;

/** A cell as Office.js hands it over: '' when empty, dates as 1900-system serials, errors as their text. */
function officeValue(v: CellValue): Value {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const d = fromJsDate(v);
    if (!d) throw new Error('Invalid Date in the sample');
    return excelSerialFromDay(d.day) + (d.minutes ?? 0) / 1440;
  }
  if (typeof v === 'object') return v.error;
  return v;
}

/** A count as the pane shows it: thousands grouped with a no-break space. */
const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

const OFFICE_VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

function simSheet(grid: SheetGrid): SimSheet {
  if (grid.originRow !== 1 || grid.originCol !== 1) throw new Error(`${grid.name}: the reader's grids start at A1`);
  return { name: grid.name, rows: grid.rows.map((r) => Array.from(r, officeValue)), visibility: OFFICE_VISIBILITY[grid.visibility] };
}

/** Rows without trailing empty cells and without trailing empty rows: equal sheets compare equal. */
function trimmed(rows: Value[][]): Value[][] {
  const out = rows.map((r) => {
    const row = r.map((v) => (v === undefined || v === null ? '' : v));
    while (row.length && row[row.length - 1] === '') row.pop();
    return row;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** The simulated workbook as plain data (page side): names, visibility, the active sheet and selection, cell values. */
interface BookState {
  sheets: { name: string; visibility: string; rows: Value[][]; merges: string[] }[];
  active: string;
  selection: string;
  saved: Record<string, unknown>;
  failedRuns: string[];
}

async function bookState(page: Page, withRows: string[] = []): Promise<BookState> {
  return page.evaluate((names) => {
    const sim = window.__sim!;
    return {
      sheets: sim.book.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        rows: names.includes(s.name) ? Array.from(s.cells, (row) => Array.from(row ?? [], (v) => (v === undefined ? '' : v))) : [],
        merges: [...s.merges],
      })),
      active: sim.book.active.name,
      selection: sim.book.active.selection,
      saved: sim.saved,
      failedRuns: sim.failedRuns,
    };
  }, withRows);
}

async function waitForActive(page: Page, sheet: string, selection?: string): Promise<void> {
  await page.waitForFunction(
    ([s, a]) => window.__sim!.book.active.name === s && (a === null || window.__sim!.book.active.selection === a),
    [sheet, selection ?? null] as const,
    { timeout: 10_000 },
  );
}

function serve(dir: string): Promise<http.Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.xml': 'application/xml' };
  const server = http.createServer((req, res) => {
    const file = path.normalize(path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(dir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file).then(
      (body) => res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

let tmp: string;
let server: http.Server | undefined;
let browser: Browser | undefined;
let page: Page;
let origin: string;
let seeded: SimSheet[];
let summary: JsonSummary;
/** Sheet names and visibility of the CLI's output workbook for the same sample. */
let cliSheets: { name: string; visibility: string }[];
let cliUnitSummary: Value[][];
const blocked: string[] = [];
const pageErrors: string[] = [];
let simScript: string;
let reachedResults = false;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the task pane end-to-end test needs Debian's chromium package ` +
        '(`apt-get install chromium`, as .ci/run does). playwright-core downloads no browser.',
    );
  }
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tthc-e2e-'));
  const dist = path.join(tmp, 'dist');

  // The pane as `npm run build:dev` builds it (localhost URLs, no ADDIN_PUBLIC_URL), into a temp dir.
  const webpack = promisify(execFile)(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'development', '--output-path', dist, '--stats', 'errors-warnings'], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  }).catch((e: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`webpack build failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  });
  const sim = build({ entryPoints: [path.join(__dirname, 'office-sim.ts')], bundle: true, format: 'iife', write: false, platform: 'browser', target: 'es2020', logLevel: 'silent' });
  const grids = fs.readFile(SAMPLE).then((buf) => readWorkbook(buf, path.basename(SAMPLE)));

  // The same file through the CLI: its JSON summary and output workbook are what the pane must match.
  const cli = (async () => {
    const out = path.join(tmp, 'cli.xlsx');
    const json = path.join(tmp, 'cli.json');
    const messages: string[] = [];
    const code = await main(['score', SAMPLE, '--out', out, '--json', json], (s) => messages.push(s), (s) => messages.push(s));
    if (code !== 0) throw new Error(`tthc score exited with ${code}:\n${messages.join('\n')}`);
    summary = JSON.parse(await fs.readFile(json, 'utf8'));
    const written = await readWorkbook(await fs.readFile(out), 'cli.xlsx');
    cliSheets = written.map((g) => ({ name: g.name, visibility: OFFICE_VISIBILITY[g.visibility] }));
    cliUnitSummary = simSheet(written.find((g) => g.name === UNIT_SUMMARY)!).rows;
  })();

  const [, simBuild, read] = await Promise.all([webpack, sim, grids, cli]);
  seeded = read.map(simSheet);
  server = await serve(dist);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  simScript = simBuild.outputFiles[0].text;
  page = await openPane({ sheets: seeded, apiVersion: 1.9, documentUrl: DOCUMENT_URL }, 'vi-VN');
}, 180_000);

/** A fresh browser context (empty localStorage: a first run) on the simulated Excel holding `config`. */
async function openPane(config: SimConfig, locale: string): Promise<Page> {
  const context = await browser!.newContext({ viewport: { width: PANE_WIDTH, height: 900 }, locale, timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(`console.error: ${m.text()}`));
  await page.addInitScript((c) => {
    window.__simConfig = c;
    // Every step caption and progress text the pane showed, however briefly (the run step passes quickly).
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    new MutationObserver(() => {
      document.querySelectorAll('main > header h2, [aria-live="polite"]').forEach((el) => {
        const text = el.textContent ?? '';
        if (text && !seen.includes(text)) seen.push(text);
      });
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, config);
  // The machine is offline and the pane must need nothing but its own files and office.js.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: simScript });
    if (url.startsWith(`${origin}/`)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return page;
}

/** The welcome of a first run: the open file's name, what is read and written, the undo warning; «Bắt đầu» closes it. */
async function passWelcome(page: Page, fileName: string, screenshot?: string): Promise<void> {
  const heading = page.getByRole('heading', { name: 'Giới thiệu' });
  await heading.waitFor({ timeout: STEP_TIMEOUT });
  await page.getByText(`Tệp đang mở: ${fileName}`).waitFor();
  await page.getByText('Kết quả ghi thêm vào tệp đang mở; không hoàn tác bằng Ctrl+Z — nên lưu bản sao trước.').first().waitFor();
  expect(await page.getByRole('link', { name: 'Hướng dẫn' }).getAttribute('href')).toBe('huong-dan.html');
  if (screenshot) {
    await fs.mkdir(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
  }
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await heading.waitFor({ state: 'detached' });
  // The focus lands on the step's heading.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Bước 1/4 · Dữ liệu');
}

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

const requireResults = () => {
  if (!reachedResults) throw new Error('the first test did not reach the results step; see its failure');
};

it('goes data → period → run → results on the sample workbook and shows what the CLI computes', async () => {
  await page.goto(`${origin}/taskpane.html`);
  await passWelcome(page, 'Hồ sơ quý I.xlsx', WELCOME_SCREENSHOT);

  // Step 1: the case sheet and the mapping summary.
  await page.getByText('Bước 1/4 · Dữ liệu').waitFor({ timeout: STEP_TIMEOUT });
  const found = page.getByText(`Đã tìm thấy bảng hồ sơ ở sheet «${CASE_SHEET}»`);
  // «Đọc lại tệp» is also the only button left when reading fails: stop there with what the pane says.
  await found.or(page.getByRole('button', { name: 'Đọc lại tệp' })).first().waitFor({ timeout: STEP_TIMEOUT });
  if (!(await found.isVisible())) throw new Error(`the data step shows no case table:\n${await page.locator('main').innerText()}`);
  expect(await found.textContent()).toMatch(/dòng tiêu đề \d+ — \d+\/\d+ cột \(đủ cột bắt buộc\)\.$/);
  await page.getByText(/^[\d\u00a0]+ dòng dữ liệu/).waitFor();
  expect(await page.getByRole('combobox', { name: 'Sheet chứa hồ sơ' }).textContent()).toContain(CASE_SHEET);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // Step 2: the default period is the quarter holding the receipt dates, Q1/2024.
  await page.getByText('Bước 2/4 · Kỳ báo cáo').waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bước 2/4 · Kỳ báo cáo');
  expect(await page.getByRole('combobox', { name: 'Quý' }).textContent()).toContain('Quý I');
  expect(await page.getByRole('combobox', { name: 'Năm' }).textContent()).toContain('2024');
  await page.getByText('Quý I/2024: từ 01/01/2024 đến 31/03/2024').waitFor();
  await page.getByRole('button', { name: 'Chấm điểm' }).click();

  // Step 3 runs by itself; step 4 appears when the sheets are written.
  const success = page.getByText('Đã chấm điểm xong', { exact: true });
  // A failed run shows its message and «Thử lại» instead.
  await success.or(page.getByRole('button', { name: 'Thử lại' })).first().waitFor({ timeout: STEP_TIMEOUT });
  if (!(await success.isVisible())) throw new Error(`the run failed:\n${await page.locator('main').innerText()}`);
  reachedResults = true;
  await page.getByText('Bước 4/4 · Kết quả').waitFor();
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  const steps = seen.filter((t) => t.startsWith('Bước '));
  expect(steps).toEqual(['Bước 1/4 · Dữ liệu', 'Bước 2/4 · Kỳ báo cáo', 'Bước 3/4 · Chấm điểm', 'Bước 4/4 · Kết quả']);
  // Progress while reading the workbook and while writing the result sheets.
  expect(seen).toContainEqual(expect.stringMatching(new RegExp(`^Đang đọc sheet «${CASE_SHEET}»: [\\d\u00a0]+/[\\d\u00a0]+ dòng$`)));
  // Small sheets share one batch, so not every sheet's name is shown; some are.
  // Writing says which sheet of how many.
  expect(seen).toContainEqual(expect.stringMatching(/^Đang ghi sheet \d+\/\d+ «.+»: [\d\u00a0]+\/[\d\u00a0]+ dòng$/));
  // The result is announced and the focus is on the results' heading.
  expect(await page.getByTestId('announcer').textContent()).toMatch(new RegExp(`^Đã chấm điểm xong: [\\d\u00a0]+ hồ sơ, ${summary.units.length} đơn vị\\.$`));
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bước 4/4 · Kết quả');
  const done = await page.getByText(/Kỳ 01\/01\/2024 – 31\/03\/2024, tính đến 31\/03\/2024: [\d\u00a0]+ hồ sơ,/).textContent();
  expect(done).toContain(`${summary.units.length} đơn vị.`);
  expect(summary.period).toEqual({ from: '2024-01-01', to: '2024-03-31', asOf: '2024-03-31', source: 'receipts' });
  // The sheets read and the period used, in the words the CLI prints (the pane's run was given the period).
  const [read] = summary.input.sheets;
  await page.getByText(`Đã đọc ${read.rows} dòng hồ sơ từ sheet «${read.sheet}»; ${read.skipped} dòng bị bỏ qua. Kỳ báo cáo: quý I/2024 (01/01/2024 – 31/03/2024), tính đến 31/03/2024 — do người dùng chọn.`).waitFor();

  // Classes: every class with the number of units the CLI classified so.
  const classes = await page.locator('section[aria-label="Xếp loại"] > ul:first-of-type > li').evaluateAll((items) =>
    items.map((li) => [li.querySelector('span')?.textContent ?? '', li.lastElementChild?.textContent ?? '']),
  );
  const expectedClasses = ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu', 'Không xếp loại', 'Không đánh giá'].map((label) => [
    label,
    String(summary.units.filter((u) => u.classification === label).length),
  ]);
  const unclassified = summary.units.filter((u) => u.classification === null).length;
  if (unclassified > 0) expectedClasses.push(['Chưa đủ dữ liệu', String(unclassified)]);
  expect(classes).toEqual(expectedClasses);
  expect(Number(classes[0][1])).toBeGreaterThan(0); // the sample has «Xuất sắc» units
  // Each unit lacking data is named, a link to its row in «Tiêu chí bổ sung».
  const lacking = page.getByRole('list', { name: /^Đơn vị thiếu tiêu chí/ });
  const lackingNames = await lacking.getByRole('button').allTextContents();
  expect(lackingNames).toEqual(summary.units.filter((u) => u.classification === null).map((u) => u.name));

  // The units with most late + overdue cases, as the CLI counted them.
  const lateRows = await page
    .getByRole('table', { name: 'Đơn vị nhiều hồ sơ trễ nhất' })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
  const expectedLate = summary.units
    .filter((u) => u.late + u.overdue > 0)
    .sort((a, b) => b.late + b.overdue - (a.late + a.overdue) || a.name.localeCompare(b.name, 'vi'))
    .slice(0, 5)
    .map((u) => [u.name, count(u.late), count(u.overdue)]);
  expect(expectedLate.length).toBeGreaterThan(0);
  expect(lateRows).toEqual(expectedLate);

  // One button per result sheet: those the CLI added to the same file, but the hidden marker; then the
  // sample's own «Tiêu chí bổ sung», where the results tell the user to type missing criteria.
  const sheetButtons = await page.locator('section[aria-label="Sheet kết quả"] button').allTextContents();
  expect(sheetButtons).toEqual(expect.arrayContaining([UNIT_SUMMARY, RANKING, DATA_CHECK, INFO]));
  const added = cliSheets.map((s) => s.name).filter((n) => n !== MARKER && !seeded.some((s) => s.name === n));
  expect(sheetButtons).toEqual([...added, 'Tiêu chí bổ sung']);

  // The data issues the CLI found, each one a button that selects its cell.
  const issueButtons = page.locator('section[aria-label="Kiểm tra dữ liệu"] button[title="Chọn ô này trong Excel"]');
  await issueButtons.first().waitFor();
  expect(await issueButtons.count()).toBe(summary.issues.filter((i) => i.row !== null).length);
  expect(await page.locator('section[aria-label="Kiểm tra dữ liệu"] li').count()).toBe(summary.issues.length);
  expect(await page.locator('section[aria-label="Kiểm tra dữ liệu"] h2').textContent()).toMatch(new RegExp(`^Kiểm tra dữ liệu \\(${count(summary.issues.length)}[,)]`));

  // The issue list is one tab stop: from its first issue, Tab reaches «Chạy lại».
  await issueButtons.first().focus();
  await page.keyboard.press('ArrowDown');
  expect(await issueButtons.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Chạy lại');

  await fs.mkdir(path.dirname(SCREENSHOT), { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
});

it('selects the cell of a clicked data issue and activates a clicked result sheet in Excel', async () => {
  requireResults();
  // The run leaves the user on the unit summary.
  expect((await bookState(page)).active).toBe(UNIT_SUMMARY);

  const issue = page.locator('section[aria-label="Kiểm tra dữ liệu"] button[title="Chọn ô này trong Excel"]', { hasText: /, cột [A-Z]+/ }).first();
  // The first span holds the badge and the place («Sheet «…», dòng 154, cột G»), the second the message.
  const place = /Sheet «(.+?)», dòng (\d+), cột ([A-Z]+)$/.exec((await issue.locator('span').first().textContent()) ?? '');
  expect(place).not.toBeNull();
  const [, sheet, row, column] = place!;
  expect(summary.issues).toContainEqual(expect.objectContaining({ sheet, row: Number(row), column }));
  await issue.click();
  await waitForActive(page, sheet, `${column}${row}`);

  // A unit lacking data: its name's cell in «Tiêu chí bổ sung», found in the sheet as it is now.
  const lackingUnit = page.getByRole('list', { name: /^Đơn vị thiếu tiêu chí/ }).getByRole('button').first();
  const unitName = (await lackingUnit.textContent())!;
  await lackingUnit.click();
  await waitForActive(page, 'Tiêu chí bổ sung');
  const selected = await page.evaluate(() => {
    const sheet = window.__sim!.book.active;
    const m = /^([A-Z]+)(\d+)$/.exec(sheet.selection)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return sheet.cells[Number(m[2]) - 1]?.[col - 1];
  });
  expect(selected).toBe(unitName);

  await page.locator('section[aria-label="Sheet kết quả"]').getByRole('button', { name: RANKING, exact: true }).click();
  await waitForActive(page, RANKING);
  await page.locator('section[aria-label="Sheet kết quả"]').getByRole('button', { name: DATA_CHECK, exact: true }).click();
  await waitForActive(page, DATA_CHECK);
  expect(await page.getByText(/^Không (mở|chọn) được/).count()).toBe(0); // no navigation error shown
});

it('wrote the same sheets as the CLI: names, the very hidden marker, the unit summary’s values', async () => {
  requireResults();
  const state = await bookState(page, [UNIT_SUMMARY, MARKER]);
  expect(state.failedRuns).toEqual([]);
  expect(state.sheets.map(({ name, visibility }) => ({ name, visibility }))).toEqual(cliSheets);
  expect(state.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([UNIT_SUMMARY, RANKING, DATA_CHECK, INFO, MARKER]));
  expect(state.sheets.find((s) => s.name === MARKER)!.visibility).toBe('VeryHidden');
  expect(state.sheets.filter((s) => s.name.startsWith('TTHC_tam_'))).toEqual([]); // no temporary sheet left

  const marker = state.sheets.find((s) => s.name === MARKER)!.rows;
  expect(marker.slice(1).map((r) => r[0])).toEqual(expect.arrayContaining([UNIT_SUMMARY, RANKING, DATA_CHECK, INFO]));

  const rows = state.sheets.find((s) => s.name === UNIT_SUMMARY)!.rows;
  expect(rows[0][0]).toBe('TỔNG HỢP KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH THEO CƠ QUAN, ĐƠN VỊ');
  const total = rows.find((r) => r[1] === 'TỔNG CỘNG TOÀN TỈNH');
  expect(total).toBeDefined();
  const sum = (k: 'total' | 'resolved' | 'late' | 'overdue') => summary.units.reduce((n, u) => n + u[k], 0);
  // Columns: A STT, B name, C level, D total, …, J resolved, M late, Q overdue.
  expect(total![3]).toBe(sum('total'));
  expect(total![9]).toBe(sum('resolved'));
  expect(total![12]).toBe(sum('late'));
  expect(total![16]).toBe(sum('overdue'));
  for (const unit of summary.units) {
    const row = rows.find((r) => r[1] === unit.name);
    expect([unit.name, row?.[3]]).toEqual([unit.name, unit.total]);
  }
  // Cell for cell as the CLI wrote it, but for the line stating when it was computed (row 3). ExcelJS reads
  // a merged area's value in each of its cells; Excel (and the fake) keep it in the top-left one only.
  const summarySheet = state.sheets.find((s) => s.name === UNIT_SUMMARY)!;
  const cli = cliUnitSummary.map((r) => [...r]);
  for (const merge of summarySheet.merges) {
    const [from, to] = merge.split(':').map((ref) => /^([A-Z]+)(\d+)$/.exec(ref)!);
    const [left, right] = [colNumber(from[1]), colNumber(to[1])];
    for (let r = Number(from[2]); r <= Number(to[2]); r++) {
      for (let c = left; c <= right; c++) if ((r !== Number(from[2]) || c !== left) && cli[r - 1]) cli[r - 1][c - 1] = '';
    }
  }
  const withoutTime = (grid: Value[][]) => trimmed(grid).filter((_, i) => i !== 2);
  expect(summarySheet.merges.length).toBeGreaterThan(0);
  expect(withoutTime(rows)).toEqual(withoutTime(cli));

  // The choices are in the document settings for the next time the file is opened.
  expect(state.saved['tthcScorecard.choices']).toMatchObject({ version: 1, sheet: CASE_SHEET, period: { kind: 'quarter', quarter: 1, year: 2024 } });
});

it('reviews in its own tab, reached by keyboard, and a second review replaces the first «Đối chiếu»', async () => {
  requireResults();
  const scoreTab = page.getByRole('tab', { name: 'Chấm điểm' });
  const reviewTab = page.getByRole('tab', { name: 'Đối chiếu' });
  expect(await scoreTab.getAttribute('aria-selected')).toBe('true');
  await scoreTab.focus();
  await page.keyboard.press('ArrowRight');
  expect(await reviewTab.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  expect(await reviewTab.getAttribute('aria-selected')).toBe('true');
  // Explained before anything is written.
  await page.getByText(/Kết quả ghi vào sheet «Đối chiếu» thêm vào cuối tệp/).waitFor();
  expect((await bookState(page)).sheets.map((s) => s.name)).not.toContain(REVIEW);

  const opened = page.getByRole('button', { name: `Mở sheet «${REVIEW}»` });
  const failed = page.getByRole('button', { name: 'Thử lại' });
  for (const start of ['Bắt đầu đối chiếu', 'Đối chiếu lại']) {
    await page.getByRole('button', { name: start }).click();
    await opened.or(failed).first().waitFor({ timeout: STEP_TIMEOUT });
    if (await failed.isVisible()) throw new Error(`the review failed:\n${await page.locator('main').innerText()}`);
    // The outcome is in the live status region.
    await page.getByRole('status').filter({ hasText: `Kết quả ở sheet «${REVIEW}».` }).waitFor();
    await waitForActive(page, REVIEW);
  }
  // The sample holds case rows and no table a unit submitted: nothing is compared, no unit is said to agree.
  await page.getByRole('status').filter({ hasText: 'Không có bảng số liệu để đối chiếu' }).waitFor();
  expect(await page.getByRole('region', { name: 'Kết luận theo đơn vị' }).count()).toBe(0);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: REVIEW_SCREENSHOT, fullPage: true });

  const state = await bookState(page, [MARKER]);
  expect(state.failedRuns).toEqual([]);
  expect(state.sheets.filter((s) => s.name.startsWith(REVIEW)).map((s) => s.name)).toEqual([REVIEW]);
  // The review's marker keeps every sheet the score made, so the next score replaces them.
  const marker = state.sheets.find((s) => s.name === MARKER)!.rows.slice(1).map((r) => r[0]);
  const scored = cliSheets.map((s) => s.name).filter((n) => n !== MARKER && !seeded.some((s) => s.name === n));
  expect(marker).toEqual(expect.arrayContaining([...scored, REVIEW]));
  expect(state.sheets.filter((s) => s.name.startsWith('TTHC_tam_'))).toEqual([]);
});

it('left the source sheets exactly as they were', async () => {
  requireResults();
  const state = await bookState(page, seeded.map((s) => s.name));
  for (const source of seeded) {
    const now = state.sheets.find((s) => s.name === source.name);
    expect(now).toBeDefined();
    expect([source.name, now!.visibility]).toEqual([source.name, source.visibility]);
    expect(trimmed(now!.rows)).toEqual(trimmed(source.rows));
  }
  expect(state.sheets.slice(0, seeded.length).map((s) => s.name)).toEqual(seeded.map((s) => s.name));
});

it('in a dark Office under an en-US browser: dark pane, dates typed and shown dd/mm/yyyy, errors announced', async () => {
  requireResults();
  const dark = await openPane({ sheets: seeded, apiVersion: 1.9, theme: { bodyBackgroundColor: '#262626' } }, 'en-US');
  try {
    await dark.goto(`${origin}/taskpane.html`);
    await passWelcome(dark, 'tệp mới, chưa lưu');
    // The page and the pane take the theme's dark background (webDarkTheme's colorNeutralBackground1, #292929).
    const background = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(41, 41, 41)');
    const mainColor = await dark.evaluate(() => getComputedStyle(document.querySelector('main')!).color);
    const [r, g, b] = mainColor.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeGreaterThan(600); // light text on it

    await dark.getByRole('button', { name: 'Tiếp tục' }).click({ timeout: STEP_TIMEOUT });
    await dark.getByText('Bước 2/4 · Kỳ báo cáo').waitFor();
    await dark.getByRole('radio', { name: 'Tùy chọn' }).check();
    const from = dark.getByLabel('Từ ngày');
    const to = dark.getByLabel('Đến ngày');
    // Under en-US a native date input would show 01/31/2024-style dates; these are day first.
    expect([await from.inputValue(), await to.inputValue(), await dark.getByLabel(/^Ngày tính đến/).inputValue()]).toEqual(['01/01/2024', '31/03/2024', '31/03/2024']);
    await from.fill('02/03/2024');
    await dark.getByText('02/03/2024 – 31/03/2024: từ 02/03/2024 đến 31/03/2024').waitFor();
    await to.fill('31/02/2024');
    await dark.getByText('Không có ngày 31/02/2024: kiểm tra ngày và tháng (ngày trước, tháng sau).').waitFor();
    expect(await dark.getByRole('button', { name: 'Chấm điểm' }).getAttribute('aria-disabled')).toBe('true');
    await dark.mouse.move(0, 0);
    await dark.screenshot({ path: DARK_SCREENSHOT, fullPage: true });

    // A failure is said in an alert: the case sheet vanishes before the run reads it.
    await to.fill('31/03/2024');
    await dark.evaluate(() => {
      const book = window.__sim!.book;
      book.sheets.splice(book.sheets.findIndex((s) => s.name === 'Danh sách hồ sơ'), 1);
    });
    await dark.getByRole('button', { name: 'Chấm điểm' }).click();
    const alert = dark.getByRole('alert');
    await alert.waitFor({ timeout: STEP_TIMEOUT });
    expect(await alert.textContent()).toMatch(/Danh sách hồ sơ/);
  } finally {
    await dark.context().close();
  }
});

/** A case list whose headers the detection cannot place: the user says where the table is. */
function manualSheet(): SimSheet {
  const date = (y: number, m: number, d: number): number => excelSerialFromDay(dayFromYmd(y, m, d));
  return {
    name: 'Theo dõi',
    visibility: 'Visible',
    rows: [
      ['Bảng theo dõi của bộ phận một cửa'],
      [],
      ['Cột A', 'Cột B', 'Ngày 1', 'Ngày 2', 'Ngày 3'],
      ['HS-1', 'Sở Tư pháp', date(2024, 1, 2), date(2024, 1, 10), date(2024, 1, 9)], // resolved before its due day
      ['HS-2', 'Sở Tư pháp', date(2024, 1, 3), date(2024, 1, 10), date(2024, 1, 15)], // resolved late
      ['HS-3', 'Sở Tư pháp', date(2024, 2, 5), date(2024, 2, 20), ''], // unresolved, due passed by 31/03: overdue
      ['HS-4', 'Sở Y tế', date(2024, 3, 6), date(2024, 4, 20), ''], // unresolved, within its deadline
    ],
  };
}

it('no table detected: the user picks the sheet, the header row and the columns, and the run reads them', async () => {
  const manual = await openPane({ sheets: [{ name: 'Ghi chú', visibility: 'Visible', rows: [['Ghi chú của văn phòng']] }, manualSheet()], apiVersion: 1.9 }, 'vi-VN');
  const combo = (name: string) => manual.getByRole('combobox', { name: new RegExp(`^${name}`) });
  const choose = async (field: string, option: string) => {
    await combo(field).click();
    await manual.getByRole('option', { name: option, exact: true }).click();
  };
  try {
    await manual.goto(`${origin}/taskpane.html`);
    await passWelcome(manual, 'tệp mới, chưa lưu');
    await manual.getByText('Không tìm thấy bảng hồ sơ').waitFor({ timeout: STEP_TIMEOUT });
    await manual.getByRole('button', { name: 'Chọn bảng thủ công' }).click();
    await choose('Sheet chứa hồ sơ', 'Theo dõi');
    await manual.getByRole('spinbutton', { name: /Dòng tiêu đề/ }).fill('3');
    await manual.getByText('A: Cột A · B: Cột B · C: Ngày 1 · D: Ngày 2 · E: Ngày 3').waitFor();
    const next = manual.getByRole('button', { name: 'Tiếp tục' });
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    await choose('Mã hồ sơ', 'Cột A (cột A)');
    await choose('Đơn vị giải quyết', 'Cột B (cột B)');
    await choose('Ngày tiếp nhận', 'Ngày 1 (cột C)');
    await choose('Hạn xử lý', 'Ngày 2 (cột D)');
    await choose('Ngày trả kết quả', 'Ngày 3 (cột E)');
    expect(await next.getAttribute('aria-disabled')).toBeNull();
    await manual.mouse.move(0, 0);
    await manual.evaluate(() => window.scrollTo(0, 0));
    await manual.screenshot({ path: MANUAL_SCREENSHOT, fullPage: true });
    await next.click();

    await manual.getByText('Bước 2/4 · Kỳ báo cáo').waitFor();
    await manual.getByText('Quý I/2024: từ 01/01/2024 đến 31/03/2024').waitFor();
    await manual.getByRole('button', { name: 'Chấm điểm' }).click();
    const success = manual.getByText('Đã chấm điểm xong', { exact: true });
    await success.or(manual.getByRole('button', { name: 'Thử lại' })).first().waitFor({ timeout: STEP_TIMEOUT });
    if (!(await success.isVisible())) throw new Error(`the run failed:\n${await manual.locator('main').innerText()}`);
    await manual.getByText('Đọc bảng hồ sơ ở sheet «Theo dõi» từ dòng tiêu đề 3 theo lựa chọn của người dùng.').first().waitFor();

    const state = await bookState(manual, [UNIT_SUMMARY]);
    expect(state.failedRuns).toEqual([]);
    const rows = state.sheets.find((s) => s.name === UNIT_SUMMARY)!.rows;
    // Columns: B name, D total, J resolved, M late, Q overdue; counted by hand from the four cases above.
    const counts = (unit: string) => {
      const row = rows.find((r) => r[1] === unit)!;
      return [row[3], row[9], row[12], row[16]];
    };
    expect(counts('Sở Tư pháp')).toEqual([3, 2, 1, 1]);
    expect(counts('Sở Y tế')).toEqual([1, 0, 0, 0]);
    // Saved with the header row, so the file reopens on the same manual choice.
    expect(state.saved['tthcScorecard.choices']).toMatchObject({ sheet: 'Theo dõi', headerRow: 3, columns: { unit: { header: 'Cột B', index: 1 } } });
  } finally {
    await manual.context().close();
  }
});

it('needed nothing from the network but office.js, and logged no errors', () => {
  requireResults();
  expect(blocked).toEqual([]);
  expect(pageErrors).toEqual([]);
});

/**
 * @jest-environment node
 *
 * The production task pane (`npm run build`) in headless Chromium, posing as the engines Office uses where the
 * bundle cannot run: Internet Explorer 11 (Trident) and Microsoft Edge Legacy (EdgeHTML), by their user agents.
 * The page's own script must show the Vietnamese message and keep the app from starting; with office.js
 * blocked (as on some government networks) it must say so. A modern user agent is the control: there the
 * app starts. Screenshots at 320 px go to test-artifacts/.
 *
 * Needs Debian's Chromium at /usr/bin/chromium; playwright-core never downloads one.
 */
import { existsSync, promises as fs } from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import packageJson from '../../package.json';
import { buildAddin } from '../build/webpack-build';

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

const UA = {
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
  edgeHtml:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
  webView2:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
};

/**
 * Stands in for office.js: counts Office.onReady calls and answers as a page opened outside Office would
 * (host null), so a pane that starts renders its «chạy trong Excel» notice.
 */
const OFFICE_STUB = `window.__onReadyCalls = 0;
window.Office = {
  HostType: { Excel: 'Excel' },
  onReady: function (callback) {
    window.__onReadyCalls++;
    var info = { host: null, platform: null };
    setTimeout(function () { callback(info); }, 0);
    return Promise.resolve(info);
  },
};`;

jest.setTimeout(240_000);

let tmp: string;
let server: http.Server | undefined;
let browser: Browser | undefined;
let origin: string;

function serve(dir: string): Promise<http.Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
  const s = http.createServer((req, res) => {
    const file = path.normalize(path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(dir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file).then(
      (body) => res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve, reject) => {
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: this test needs Debian's chromium package (\`apt-get install chromium\`).`);
  }
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tthc-old-engine-'));
  const dist = path.join(tmp, 'dist');
  await buildAddin('production', dist);
  server = await serve(dist);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await fs.mkdir(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  errors: string[];
  /** Our own scripts the browser received (path → HTTP status). */
  served: Map<string, number>;
}

/** Opens the pane at 320 px with a user agent; office.js is the stub, or fails to load when `officeBlocked`. */
async function open(userAgent: string, officeBlocked = false): Promise<Opened> {
  const context = await browser!.newContext({ userAgent, viewport: { width: 320, height: 640 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const errors: string[] = [];
  const served = new Map<string, number>();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => r.url().startsWith(origin) && r.url().endsWith('.js') && served.set(new URL(r.url()).pathname, r.status()));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      return officeBlocked
        ? route.abort('connectionrefused')
        : route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: OFFICE_STUB });
    }
    return url.startsWith(`${origin}/`) ? route.continue() : route.abort();
  });
  await page.goto(`${origin}/taskpane.html`, { waitUntil: 'load' });
  return { page, errors, served };
}

/** After the load event the deferred bundles have run; a started app would have called Office.onReady. */
async function onReadyCalls(page: Page): Promise<number | undefined> {
  return page.evaluate(() => (window as unknown as { __onReadyCalls?: number }).__onReadyCalls);
}

function expectBundlesServed(served: Map<string, number>) {
  const bundles = [...served.keys()].filter((p) => /^\/(taskpane|vendors)\.[0-9a-f]+\.js$/.test(p));
  expect(bundles).toHaveLength(2);
  for (const b of bundles) expect(served.get(b)).toBe(200);
}

it('starts the app in a modern engine (the control: the checks below can fail)', async () => {
  const { page, errors, served } = await open(UA.webView2);
  await page.getByText('TTHC Scorecard chạy trong Excel.', { exact: false }).waitFor();
  expect(await onReadyCalls(page)).toBe(1);
  expect(await page.getByText('Đang tải…').count()).toBe(0);
  expect(await page.locator('html').getAttribute('data-stopped')).toBeNull();
  expect(await page.locator('#old-engine').isVisible()).toBe(false);
  expectBundlesServed(served);
  expect(errors).toEqual([]);
  await page.context().close();
});

it.each([
  ['Internet Explorer 11', UA.ie11, 'old-engine-ie11.png', false],
  ['Microsoft Edge cũ (EdgeHTML)', UA.edgeHtml, 'old-engine-edgehtml.png', true],
])('turns %s away in Vietnamese, with what to use instead, and does not start', async (engine, userAgent, shot, webView2Hint) => {
  const { page, errors, served } = await open(userAgent);
  const notice = page.locator('#old-engine');
  expect(await notice.isVisible()).toBe(true);
  expect(await notice.getAttribute('role')).toBe('alert');
  const text = await notice.innerText();
  expect(text).toContain('Phiên bản Excel này chưa chạy được Chấm điểm TTHC');
  expect(text).toContain(`Excel đang mở ngăn tác vụ bằng ${engine}, quá cũ cho add-in này.`);
  expect(text).toContain('Microsoft 365 hoặc Office 2021 trở lên');
  expect(text).toContain('Excel trên web');
  expect(text).toContain('tthc score ho-so.xlsx --out ket-qua.xlsx');
  expect(await page.locator('#webview2-hint').isVisible()).toBe(webView2Hint);
  expect(await page.locator('html').getAttribute('data-stopped')).toBe('old-engine');
  expect(await page.getByText('Đang tải…').count()).toBe(0);
  // The bundles loaded and ran (Chromium can run them), yet the app did not start.
  expectBundlesServed(served);
  expect(await onReadyCalls(page)).toBe(0);
  expect(await page.locator('#container').innerText()).toBe('');
  expect(errors).toEqual([]);
  await page.screenshot({ path: path.join(ARTIFACTS, shot), fullPage: true });
  await page.context().close();
});

it('links the message to the help page, which names the version and offers the sample workbook', async () => {
  const { page } = await open(UA.ie11);
  const [help] = await Promise.all([page.context().waitForEvent('page'), page.locator('#old-engine').getByRole('link', { name: 'Xem hướng dẫn sử dụng' }).click()]);
  await help.waitForLoadState('load');
  expect(new URL(help.url()).pathname).toBe('/huong-dan.html');
  expect(await help.title()).toBe('Chấm điểm TTHC — hướng dẫn sử dụng');
  expect(await help.locator('#version').innerText()).toBe(packageJson.version);
  const sample = help.getByRole('link', { name: 'Tải tệp mẫu mau-ho-so-tthc.xlsx' });
  const response = await help.request.get(new URL((await sample.getAttribute('href'))!, help.url()).href);
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
  await help.setViewportSize({ width: 320, height: 640 });
  await help.screenshot({ path: path.join(ARTIFACTS, 'help-page.png'), fullPage: true });
  await page.context().close();
});

it('says office.js could not load (a blocked CDN) and does not start', async () => {
  const { page, errors, served } = await open(UA.webView2, true);
  const notice = page.locator('#office-missing');
  expect(await notice.isVisible()).toBe(true);
  const text = await notice.innerText();
  expect(text).toContain('Không tải được Office.js');
  expect(text).toContain('mạng của cơ quan có thể đang chặn địa chỉ này');
  expect(text).toContain('https://appsforoffice.microsoft.com');
  expect(await page.locator('html').getAttribute('data-stopped')).toBe('office-missing');
  expect(await page.locator('#old-engine').isVisible()).toBe(false);
  expect(await page.getByText('Đang tải…').count()).toBe(0);
  expectBundlesServed(served);
  // Without the page's check the bundle would throw «Office is not defined».
  expect(errors).toEqual([]);
  await page.screenshot({ path: path.join(ARTIFACTS, 'office-js-blocked.png'), fullPage: true });
  await page.context().close();
});

/**
 * What `npm run build` ships in dist/: no source maps, no code that compiles code at run time (a strict
 * Content-Security-Policy blocks `eval` and `new Function`), a taskpane page whose own script is ES5, the help
 * page with the version and the sample workbook it offers, and a manifest whose every URL is a file of dist/.
 */
import { existsSync, promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'acorn';
import packageJson from '../../package.json';
import * as sheetNames from '../../src/workbook/sheet-names';
import { inlineScripts } from './inline-scripts';
import { buildAddin, TEST_PUBLIC_URL } from './webpack-build';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../..');
let dist: string;
let files: string[];
const read = (name: string) => readFileSync(path.join(dist, name), 'utf8');

beforeAll(async () => {
  dist = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'tthc-build-')), 'dist');
  await buildAddin('production', dist);
  files = (await fs.readdir(dist, { recursive: true })).map(String);
}, 240_000);

afterAll(async () => {
  if (dist) await fs.rm(path.dirname(dist), { recursive: true, force: true });
});

/** `eval(…)`, `new Function(…)` and `Function("…")` (which compiles its string argument without `new`). */
const RUNTIME_CODE = /\bnew\s+Function\s*\(|(^|[^\w$.])eval\s*\(|(^|[^\w$.])Function\s*\(\s*["'`]/;

describe('the production build', () => {
  it('has bundles and no source maps', () => {
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const f of scripts) expect(read(f)).not.toContain('sourceMappingURL');
  });

  it('compiles no code at run time (no eval, no new Function)', () => {
    // The pattern finds what webpack's runtime shipped before (target es2020 removed it) and ajv's compiler.
    expect('try{return this||new Function("return this")()}').toMatch(RUNTIME_CODE);
    expect('l=Function("a","return a")').toMatch(RUNTIME_CODE);
    expect('x=eval(s)').toMatch(RUNTIME_CODE);
    expect('e.evaluate(s);retrieval(x)').not.toMatch(RUNTIME_CODE);
    for (const f of files.filter((name) => name.endsWith('.js'))) {
      const found = RUNTIME_CODE.exec(read(f));
      expect(found && `${f}: …${read(f).slice(Math.max(0, found.index - 60), found.index + 60)}…`).toBeNull();
    }
  });

  it('serves taskpane.html with its bundles and an ES5 script of its own', () => {
    const page = read('taskpane.html');
    const bundles = Array.from(page.matchAll(/<script defer src="?([^" >]+)"?>/g), (m) => m[1]);
    expect(bundles.length).toBeGreaterThanOrEqual(2);
    for (const b of bundles) expect(files).toContain(b);
    const own = inlineScripts(page);
    expect(own).toHaveLength(1);
    expect(() => parse(own[0], { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it('has the help page, with the version of package.json and the sample workbook it links to', () => {
    const help = read('huong-dan.html');
    expect(help).toContain(`phiên bản <span id=version>${packageJson.version}</span>`);
    expect(help).toContain('href=assets/mau-ho-so-tthc.xlsx');
    expect(readFileSync(path.join(dist, 'assets/mau-ho-so-tthc.xlsx'))).toEqual(readFileSync(path.join(ROOT, 'assets/mau-ho-so-tthc.xlsx')));
    expect(help).toContain('Kết quả ghi thêm vào tệp đang mở; không hoàn tác bằng Ctrl+Z — nên lưu bản sao trước.');
    expect(help).toMatch(/<h2>Quyền riêng tư<\/h2><p>Không dữ liệu nào rời khỏi tệp/);
    expect(help).not.toMatch(/<script/);
  });

  it('names in the help page every sheet a score writes, as the product names them', () => {
    const help = read('huong-dan.html');
    const written = [
      sheetNames.UNIT_SUMMARY_SHEET,
      sheetNames.RANKING_SHEET,
      sheetNames.NATIONAL_INDEX_SHEET,
      sheetNames.PROVINCE_SUMMARY_SHEET,
      sheetNames.OVERDUE_LIST_SHEET,
      sheetNames.LATE_CASES_SHEET,
      sheetNames.FIELD_FORM_SHEET,
      sheetNames.UNIT_FORM_SHEET,
      sheetNames.PROCEDURE_FORM_SHEET,
      sheetNames.RATE_FORM_SHEET,
      sheetNames.DUE_SOON_SHEET,
      sheetNames.DATA_CHECK_SHEET,
      sheetNames.INFO_SHEET,
      sheetNames.CRITERIA_SHEET,
      sheetNames.NATIONAL_INDEX_INPUT_SHEET,
      sheetNames.MARKER_SHEET,
      sheetNames.RECONCILIATION_SHEET,
    ];
    expect(written.filter((name) => !help.includes(name))).toEqual([]);
  });

  it('ships a manifest whose every URL is a file of dist/, the help page included', () => {
    const manifest = read('manifest.xml');
    const urls = Array.from(manifest.matchAll(/"(https:\/\/[^"]+)"/g), (m) => m[1]);
    expect(urls).toContain(`${TEST_PUBLIC_URL}huong-dan.html`);
    for (const url of urls) {
      expect(url.startsWith(TEST_PUBLIC_URL)).toBe(true);
      expect(existsSync(path.join(dist, url.slice(TEST_PUBLIC_URL.length)))).toBe(true);
    }
    expect(manifest).toContain(`<Version>${packageJson.version}.0</Version>`);
  });
});

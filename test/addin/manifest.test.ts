/**
 * The add-in manifest, offline: validation against Microsoft's XSDs with xmllint, the cross-references the
 * schema cannot see (resids, icon files and sizes, task pane URL), and the production URL rewrite that
 * webpack.config.js applies. `npm run validate` (Microsoft's online validator) is not needed for these.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import packageJson from '../../package.json';
import { checkPublicUrl, rewriteManifestUrls } from '../../scripts/manifest-urls';

const ROOT = path.resolve(__dirname, '../..');
const SCHEMA = 'test/fixtures/manifest-schema/OfficeAppManifestV1_1.xsd';
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const DEV_URL = 'https://localhost:3000/';
const PUBLIC_URL = 'https://tthc.example.gov.vn/addin/';
/** Every ribbon icon size the XSD allows: 16, 32 and 80 required, 20, 24, 40, 48 and 64 optional. */
const RIBBON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const HELP_PAGE = 'huong-dan.html';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

const tmp = mkdtempSync(path.join(tmpdir(), 'tthc-manifest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs xmllint from the project root on a file (relative to it) or on XML written to a temporary file. */
function xmllint(file: string) {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { cwd: ROOT, encoding: 'utf8' });
  if (run.error) throw new Error(`cannot run xmllint (Debian/Ubuntu: apt-get install libxml2-utils): ${run.error.message}`);
  return { status: run.status, output: run.stderr };
}

function xmllintText(xml: string, name: string) {
  const file = path.join(tmp, name);
  writeFileSync(file, xml);
  return xmllint(file);
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
const byTag = (scope: Document | Element, ns: string, name: string) => Array.from(scope.getElementsByTagNameNS(ns, name));
/** The single element `name` below scope, at any depth. */
const one = (scope: Document | Element, ns: string, name: string) => {
  const found = byTag(scope, ns, name);
  expect(found).toHaveLength(1);
  return found[0];
};

/** The direct child `name` of a VersionOverrides element (`one` would also find the ones nested deeper). */
const child = (parent: Element, name: string) =>
  Array.from(parent.childNodes).find((n): n is Element => n.nodeType === n.ELEMENT_NODE && n.localName === name)!;

const doc = parse(MANIFEST);

/** id → DefaultValue of every resource, per list (Images, Urls, ShortStrings, LongStrings). */
const resources = new Map(
  ['Images', 'Urls', 'ShortStrings', 'LongStrings'].map((list) => [
    list,
    new Map(
      Array.from(one(doc, NS.bt, list).childNodes)
        .filter((n): n is Element => n.nodeType === n.ELEMENT_NODE)
        .map((e) => [e.getAttribute('id') ?? '', e.getAttribute('DefaultValue') ?? '']),
    ),
  ]),
);

/** Which resource list an element that carries `resid` refers into, by the element's name. */
const LIST_OF: Record<string, string> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Title: 'ShortStrings',
  Label: 'ShortStrings',
  Description: 'LongStrings',
};

const references = Array.from(doc.getElementsByTagName('*')).filter((e) => e.hasAttribute('resid'));

function resource(element: Element): string {
  const value = resources.get(LIST_OF[element.localName ?? ''])?.get(element.getAttribute('resid') ?? '');
  if (value === undefined) throw new Error(`<${element.tagName} resid="${element.getAttribute('resid')}"> is not defined`);
  return value;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string) {
  const png = readFileSync(file);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const assetFile = (url: string) => {
  expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
  return path.join(ROOT, url.slice(DEV_URL.length));
};

describe('manifest.xml against the official XSD', () => {
  it('validates (xmllint exit 0)', () => {
    const { status, output } = xmllint('manifest.xml');
    expect(output.trim()).toBe('manifest.xml validates');
    expect(status).toBe(0);
  });

  // Proves the check can fail: each break must be rejected (exit 3) for the reason given.
  it.each([
    ['without <Id>', (xml: string) => xml.replace(/<Id>[^<]*<\/Id>/, ''), /Expected is \( \{[^}]+\}Id \)/],
    [
      'with a misspelt action type',
      (xml: string) => xml.replace('xsi:type="ShowTaskpane"', 'xsi:type="ShowTaskPane"'),
      /'\{[^}]+\}ShowTaskPane' of the xsi:type attribute does not resolve/,
    ],
    [
      'with Permissions before DefaultSettings',
      (xml: string) =>
        xml.replace(/(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)(\s*)(<Permissions>[^<]*<\/Permissions>)/, '$3$2$1'),
      /\}Permissions': This element is not expected/,
    ],
    [
      'with a resid over 32 characters',
      (xml: string) => xml.replace(/"Group\.Label"/g, `"${'G'.repeat(33)}"`),
      /exceeds the allowed maximum length of '32'/,
    ],
  ])('rejects a manifest %s', (_name, breakIt, reason) => {
    const broken = breakIt(MANIFEST);
    expect(broken).not.toBe(MANIFEST);
    const { status, output } = xmllintText(broken, 'broken.xml');
    expect(output).toMatch(reason);
    expect(status).toBe(3);
  });
});

describe('manifest.xml content', () => {
  it('is an Excel (Workbook) add-in needing ExcelApi 1.7, in Vietnamese by default', () => {
    expect(one(doc, NS.app, 'OfficeApp').getAttributeNS(NS.xsi, 'type')).toBe('TaskPaneApp');
    expect(one(doc, NS.app, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(one(doc, NS.app, 'DefaultLocale').textContent).toBe('vi-VN');
    const name = one(doc, NS.app, 'DisplayName');
    expect(name.getAttribute('DefaultValue')).toBe('Chấm điểm TTHC');
    expect(byTag(name, NS.app, 'Override').map((o) => [o.getAttribute('Locale'), o.getAttribute('Value')])).toEqual([
      ['en-US', 'TTHC Scorecard'],
    ]);
    expect(byTag(doc, NS.app, 'Host').map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(byTag(doc, NS.ov, 'Host').map((h) => h.getAttributeNS(NS.xsi, 'type'))).toEqual(['Workbook']);
    const sets = byTag(one(doc, NS.app, 'Requirements'), NS.app, 'Set');
    expect(sets.map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['ExcelApi', '1.7']]);
    expect(one(doc, NS.app, 'Permissions').textContent).toBe('ReadWriteDocument');
    expect(one(one(doc, NS.app, 'DefaultSettings'), NS.app, 'SourceLocation').getAttribute('DefaultValue')).toBe(
      `${DEV_URL}taskpane.html`,
    );
  });

  it('has a «Chấm điểm» button in a «Chấm điểm TTHC» group on the Home tab that opens the task pane', () => {
    const tab = one(doc, NS.ov, 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const group = one(tab, NS.ov, 'Group');
    expect(resource(child(group, 'Label'))).toBe('Chấm điểm TTHC');
    const button = one(group, NS.ov, 'Control');
    expect(button.getAttributeNS(NS.xsi, 'type')).toBe('Button');
    expect(resource(child(button, 'Label'))).toBe('Chấm điểm');
    expect(resource(one(one(button, NS.ov, 'Supertip'), NS.ov, 'Description'))).toMatch(/ngăn tác vụ/);
    const action = one(button, NS.ov, 'Action');
    expect(action.getAttributeNS(NS.xsi, 'type')).toBe('ShowTaskpane');
    expect(one(action, NS.ov, 'TaskpaneId').textContent).toBe('ButtonId1');
    expect(resource(one(action, NS.ov, 'SourceLocation'))).toBe(`${DEV_URL}taskpane.html`);
    expect(resource(one(doc, NS.ov, 'FunctionFile'))).toBe(`${DEV_URL}taskpane.html`);
  });

  it('defines every resid it uses, in the right list, within 32 characters, and uses every resource', () => {
    expect(references.length).toBeGreaterThan(0);
    for (const ref of references) {
      expect(ref.getAttribute('resid')!.length).toBeLessThanOrEqual(32);
      expect(() => resource(ref)).not.toThrow();
    }
    const used = new Set(references.map((r) => r.getAttribute('resid')));
    const defined = Array.from(resources.values()).flatMap((list) => Array.from(list.keys()));
    expect(new Set(defined).size).toBe(defined.length);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
  });

  it('has the version of package.json, with a fourth part', () => {
    expect(packageJson.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(one(doc, NS.app, 'Version').textContent).toBe(`${packageJson.version}.0`);
  });

  it('points SupportUrl and the getting-started «learn more» link at the help page', () => {
    expect(one(doc, NS.app, 'SupportUrl').getAttribute('DefaultValue')).toBe(`${DEV_URL}${HELP_PAGE}`);
    expect(resource(one(doc, NS.ov, 'LearnMoreUrl'))).toBe(`${DEV_URL}${HELP_PAGE}`);
    expect(existsSync(path.join(ROOT, 'src/help', HELP_PAGE))).toBe(true);
  });

  it('gives the ribbon group and button every icon size the schema allows', () => {
    const icons = byTag(one(doc, NS.ov, 'OfficeTab'), NS.ov, 'Icon');
    expect(icons).toHaveLength(2);
    for (const icon of icons) expect(byTag(icon, NS.bt, 'Image').map((i) => Number(i.getAttribute('size')))).toEqual(RIBBON_SIZES);
  });

  it('points at icon files that exist with the pixel size the manifest says', () => {
    const icons: [url: string, size: number][] = [
      [one(doc, NS.app, 'IconUrl').getAttribute('DefaultValue')!, 32],
      [one(doc, NS.app, 'HighResolutionIconUrl').getAttribute('DefaultValue')!, 64],
      ...references
        .filter((r) => r.localName === 'Image')
        .map((r): [string, number] => [resource(r), Number(r.getAttribute('size'))]),
    ];
    expect(icons.map(([, size]) => size)).toEqual(expect.arrayContaining(RIBBON_SIZES));
    for (const [url, size] of icons) {
      const file = assetFile(url);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});

describe('production manifest URLs', () => {
  const production = rewriteManifestUrls(MANIFEST, PUBLIC_URL);

  it('points every URL at ADDIN_PUBLIC_URL and still validates', () => {
    expect(production).not.toMatch(/localhost/);
    const prod = parse(production);
    expect(one(one(prod, NS.app, 'DefaultSettings'), NS.app, 'SourceLocation').getAttribute('DefaultValue')).toBe(
      `${PUBLIC_URL}taskpane.html`,
    );
    // AppDomain is an origin, without a path or trailing slash.
    expect(one(prod, NS.app, 'AppDomain').textContent).toBe('https://tthc.example.gov.vn');
    const urls = production.match(/https:\/\/[^"<\s]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url === 'https://tthc.example.gov.vn' || url.startsWith(PUBLIC_URL)).toBe(true);
    const { status, output } = xmllintText(production, 'manifest.prod.xml');
    expect(output).toContain('validates');
    expect(status).toBe(0);
  });

  it.each([
    undefined,
    '',
    'tthc.example.gov.vn/addin/',
    'http://tthc.example.gov.vn/addin/',
    'https://tthc.example.gov.vn/addin',
    'https://tthc.example.gov.vn/?v=1',
    'https://tthc.example.gov.vn/addin/?',
  ])('refuses ADDIN_PUBLIC_URL=%p with a message naming the variable', (value) => {
    expect(() => checkPublicUrl(value)).toThrow(/ADDIN_PUBLIC_URL/);
  });

  describe('webpack.config.js', () => {
    type Pattern = { from: string; transform?: (content: Buffer) => Buffer | string };
    type Config = { plugins: { patterns?: Pattern[]; userOptions?: { filename?: string } }[] };
    // webpack.config.js is CommonJS outside the TypeScript project: required, with its type stated here.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig: (env: object, options: { mode: string }) => Promise<Config> = require('../../webpack.config.js');
    const saved = process.env.ADDIN_PUBLIC_URL;
    afterEach(() => {
      if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = saved;
    });

    const copiedManifest = async (mode: string) => {
      const config = await makeConfig({ WEBPACK_BUILD: true }, { mode });
      const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === 'manifest.xml');
      return String(pattern!.transform!(Buffer.from(MANIFEST)));
    };

    it('fails a production build when ADDIN_PUBLIC_URL is missing', async () => {
      delete process.env.ADDIN_PUBLIC_URL;
      await expect(makeConfig({ WEBPACK_BUILD: true }, { mode: 'production' })).rejects.toThrow('ADDIN_PUBLIC_URL is not set');
    });

    it('builds every page the manifest points at', async () => {
      process.env.ADDIN_PUBLIC_URL = PUBLIC_URL;
      const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: 'production' });
      const pages = config.plugins.flatMap((p) => p.userOptions?.filename ?? []);
      const named = new Set(Array.from(MANIFEST.matchAll(/https:\/\/localhost:3000\/([\w-]+\.html)/g), (m) => m[1]));
      expect([...named].sort()).toEqual([HELP_PAGE, 'taskpane.html']);
      expect(pages.sort()).toEqual([...named].sort());
    });

    it('copies the rewritten manifest in production and the dev-server one in development', async () => {
      process.env.ADDIN_PUBLIC_URL = PUBLIC_URL;
      expect(await copiedManifest('production')).toBe(production);
      expect(await copiedManifest('development')).toBe(MANIFEST);
    });
  });
});

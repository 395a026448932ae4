import { execFile } from 'child_process';
import { randomUUID } from 'crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { promisify } from 'util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import { FileFormatError } from '../../src/workbook/errors';
import type { ModelCell, SheetModel } from '../../src/workbook/sheet-model';
import { editPackage, listSheets } from '../../src/xlsx/package-writer';
import { MAX_CELL_TEXT, dateSerial } from '../../src/xlsx/sheet-xml';
import { ZipReader } from '../../src/xlsx/zip';
import { writeOutputs } from '../../src/cli/atomic-write';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'package-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs LibreOffice with its own profile so parallel runs do not clash. */
async function soffice(args: string[]): Promise<void> {
  const profile = join(tmpdir(), `lo-${randomUUID()}`);
  try {
    await run('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, ...args], { timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function entries(buf: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('nodebuffer'));
  return out;
}

async function part(buf: Buffer, name: string): Promise<string> {
  const data = (await entries(buf)).get(name);
  if (!data) throw new Error(`no ${name}`);
  return data.toString('utf8');
}

/** Zip entry of each sheet, by sheet name (parsed independently of the code under test). */
async function sheetParts(buf: Buffer): Promise<Map<string, string>> {
  const wb = await part(buf, 'xl/workbook.xml');
  const rels = await part(buf, 'xl/_rels/workbook.xml.rels');
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${m[2]}"`).exec(rels)!;
    out.set(m[1].replace(/&apos;/g, "'"), `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`);
  }
  return out;
}

function parseStrict(xml: string): ReturnType<DOMParser['parseFromString']> {
  // A byte-order mark is legal at the start of a part (the Open XML SDK writes one); xmldom wants it gone.
  return new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml');
}

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

// ---------------------------------------------------------------------------------------------- fixtures

const MAY_DAY = new Date(Date.UTC(2024, 4, 1));
const UPDATED = new Date(Date.UTC(2024, 2, 15));
const COMBINING = 'Tổng hợp'.normalize('NFD'); // base letters + combining marks
const HUGE = 'á'.repeat(1_000_000);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
) as unknown as ExcelJS.Buffer;

/** Data sheet (formula, date, merge), hidden sheet, an old result sheet (active, with a formula) and notes. */
async function excelJsInput(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet('Dữ liệu');
  data.addRow(['Mã hồ sơ', 'Số ngày']);
  data.addRow(['H001', 10]);
  data.addRow(['H002', 20]);
  data.getCell('B4').value = { formula: 'SUM(B2:B3)', result: 30 };
  data.getCell('C2').value = MAY_DAY;
  data.getCell('C2').numFmt = 'dd/mm/yyyy';
  data.getCell('A5').value = 'gộp';
  data.mergeCells('A5:B5');
  wb.addWorksheet('Ẩn', { state: 'hidden' }).getCell('A1').value = 'bí mật';
  const old = wb.addWorksheet('Cũ');
  old.getCell('A1').value = { formula: '1+1', result: 2 };
  old.pageSetup.printTitlesRow = '1:2';
  old.getCell('B1').note = 'ghi chú của ô';
  const image = wb.addImage({ buffer: PNG, extension: 'png' });
  old.addImage(image, 'C3:D4');
  data.addImage(image, 'E3:F4');
  const notes = wb.addWorksheet('Ghi chú');
  notes.getCell('A1').value = 'ghi chú';
  notes.pageSetup.printTitlesRow = '1:1';
  wb.definedNames.add("'Dữ liệu'!$A$1:$B$3", 'Vung');
  wb.definedNames.add("'Cũ'!$A$1", 'TroCu');
  wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 2, activeTab: 2, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook written by LibreOffice from a UTF-8 CSV. */
async function libreOfficeInput(): Promise<Buffer> {
  const csv = join(dir, 'lo-input.csv');
  writeFileSync(csv, 'Mã hồ sơ,Đơn vị,Số ngày\nH001,Phường Bến Nghé,3\nH002,Xã Tân Thông Hội,5\n');
  await soffice(['--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', dir, csv]);
  return readFileSync(join(dir, 'lo-input.xlsx'));
}

/** The same workbook with workbook.xml and styles.xml using an `x:` prefix, as the Open XML SDK writes. */
async function prefixed(buf: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  for (const name of ['xl/workbook.xml', 'xl/styles.xml']) {
    const xml = await zip.file(name)!.async('string');
    zip.file(
      name,
      xml
        .replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')
        .replace(/<(\/?)([A-Za-z]\w*)(?=[\s/>])/g, '<$1x:$2'),
    );
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

const bold: ModelCell['style'] = { bold: true, border: true, wrap: true, align: 'center', fill: 'D9E1F2' };
const c = (value: ModelCell['value'], style?: ModelCell['style']): ModelCell => ({ value, style });

const SUMMARY = 'Tổng hợp theo đơn vị';
const DETAIL = "Đơn vị's chi tiết";
const META = '_tthc_meta';

function summary(): SheetModel {
  return {
    name: SUMMARY,
    kind: 'result',
    rows: [
      [c('BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT HỒ SƠ', { bold: true, size: 14, align: 'center' })],
      [c('Kỳ báo cáo: quý I/2024', { italic: true, align: 'center' })],
      [],
      [],
      [c('STT', bold), c('Đơn vị', bold), c('Kết quả', bold), c(null, bold), c(null, bold)],
      [c(null, bold), c(null, bold), c('Số hồ sơ', bold), c('Tỷ lệ đúng hạn', bold), c('Ngày cập nhật', bold)],
      [c(1), c('Phường Bến Nghé', { border: true }), c(120, { numFmt: '#,##0' }), c(0.95, { numFmt: '0.00%' }), c(UPDATED)],
      [c(2), c('Xã Tân Thông Hội & <Củ Chi> "A"', { border: true }), c(7), c(0.5, { numFmt: '0.00%' }), c(UPDATED)],
      [c(true), c({ error: '#N/A' }), c({ error: '#SPILL!' }), c(Number.NaN), null, c('_x0041_ giữ nguyên')],
      [c(HUGE), c(`a\u0000b\u0007c\u001Fd\uFFFEe\uD800f`), c(COMBINING), c('dòng 1\ndòng 2', { wrap: true })],
    ],
    widths: [6, 30, 12, 14, 14],
    heights: [30, null, null, 12, 33],
    merges: [
      { top: 1, left: 1, bottom: 1, right: 5 },
      { top: 2, left: 1, bottom: 2, right: 5 },
      { top: 5, left: 1, bottom: 6, right: 1 },
      { top: 5, left: 2, bottom: 6, right: 2 },
      { top: 5, left: 3, bottom: 5, right: 5 },
    ],
    freeze: { rows: 6, cols: 2 },
    print: { orientation: 'landscape', fitToWidth: true, repeatRows: { from: 5, to: 6 } },
  };
}

function detail(): SheetModel {
  return {
    name: DETAIL,
    kind: 'result',
    rows: [
      [c('Mã hồ sơ', { bold: true, color: 'C00000' }), c('Điểm', { bold: true })],
      [c('H001'), c(9.5, { numFmt: '#,##0.0' })],
      [c('H002'), c(7.25, { numFmt: '#,##0.0' })],
    ],
    widths: [20, 10],
    merges: [],
    freeze: { rows: 1, cols: 0 },
    print: { orientation: 'portrait', fitToWidth: false, repeatRows: { from: 1, to: 1 } },
  };
}

function meta(): SheetModel {
  return { name: META, kind: 'result', rows: [[c('version'), c(1)]], widths: [], merges: [], print: { orientation: 'portrait', fitToWidth: false } };
}

/** Memoises a builder so every test can run alone (jest -t) and the outputs are still built once. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

const excelJsCase = once(async () => {
  const input = await excelJsInput();
  const output = await editPackage(input, { remove: ['cũ'], add: [summary(), detail(), meta()], veryHidden: [META], activeSheet: SUMMARY });
  return { input, output };
});

const libreOfficeCase = once(async () => {
  const input = await libreOfficeInput();
  return { input, output: await editPackage(input, { remove: [], add: [summary(), meta()], veryHidden: [META] }) };
});

/** Prefixed namespaces, and no bookViews, so that setting the active sheet has to create them. */
const prefixedCase = once(async () => {
  const zip = await JSZip.loadAsync(await prefixed(await excelJsInput()));
  const wbXml = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', wbXml.replace(/<x:bookViews>.*<\/x:bookViews>/, ''));
  const input = await zip.generateAsync({ type: 'nodebuffer' });
  return { input, output: await editPackage(input, { remove: ['Cũ'], add: [summary(), detail()], activeSheet: DETAIL }) };
});

/** A workbook from the Open XML SDK (shipped with the Office add-in tooling). */
const sdkCase = once(async () => {
  const template = join(dirname(require.resolve('office-addin-dev-settings/package.json')), 'templates', 'ExcelWorkbookWithContent.xlsx');
  const input = readFileSync(template);
  return { input, output: await editPackage(input, { remove: [], add: [detail()], activeSheet: DETAIL }) };
});

const EDITED_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'docProps/app.xml'];

/**
 * Every entry of `before` other than the edited parts and `gone` is in `after` with the same bytes; the
 * `gone` ones are absent, or (a freed part name may be reused for a new sheet) hold something else.
 */
async function expectCopied(before: Buffer, after: Buffer, gone: string[]): Promise<void> {
  const a = await entries(before);
  const b = await entries(after);
  // Folder entries are not parts; keep the producer's (ExcelJS writes them) but add none.
  const folders = async (buf: Buffer) => Object.values((await JSZip.loadAsync(buf)).files).filter((f) => f.dir).map((f) => f.name);
  expect(await folders(after)).toEqual(await folders(before));
  for (const [name, data] of a) {
    if (gone.includes(name)) expect([name, b.get(name)?.equals(data) ?? false]).toEqual([name, false]);
    else if (!EDITED_PARTS.includes(name)) expect([name, b.get(name)?.equals(data)]).toEqual([name, true]);
  }
}

/** Every content-type override names an existing entry, and every entry has a content type. */
async function expectContentTypesConsistent(buf: Buffer): Promise<void> {
  const all = await entries(buf);
  const types = await part(buf, '[Content_Types].xml');
  const overrides = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
  const defaults = [...types.matchAll(/Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase());
  for (const name of overrides) expect([name, all.has(name)]).toEqual([name, true]);
  for (const name of all.keys()) {
    if (name === '[Content_Types].xml') continue;
    const typed = overrides.includes(name) || defaults.includes(name.split('.').pop()!.toLowerCase());
    expect([name, typed]).toEqual([name, true]);
  }
}

async function expectWellFormed(buf: Buffer): Promise<void> {
  for (const [name, data] of await entries(buf)) {
    if (/\.(xml|rels)$/.test(name)) expect(() => parseStrict(data.toString('utf8'))).not.toThrow();
  }
}

// ------------------------------------------------------------------------------------------------- tests

describe('editPackage on a workbook written by ExcelJS', () => {
  let input: Buffer;
  let first: Buffer;
  /** Entries of the sheet 'Cũ' and of what only it uses. */
  let oldParts: string[];

  beforeAll(async () => {
    ({ input, output: first } = await excelJsCase());
    const old = (await sheetParts(input)).get('Cũ')!;
    oldParts = [old, ...[...(await entries(input)).keys()].filter((n) => /comments|vmlDrawing|drawing2|sheet3\.xml\.rels/.test(n))];
  });

  it('lists sheets with their visibility', async () => {
    expect(await listSheets(input)).toEqual([
      { name: 'Dữ liệu', state: 'visible' },
      { name: 'Ẩn', state: 'hidden' },
      { name: 'Cũ', state: 'visible' },
      { name: 'Ghi chú', state: 'visible' },
    ]);
    expect(await listSheets(first)).toEqual([
      { name: 'Dữ liệu', state: 'visible' },
      { name: 'Ẩn', state: 'hidden' },
      { name: 'Ghi chú', state: 'visible' },
      { name: SUMMARY, state: 'visible' },
      { name: DETAIL, state: 'visible' },
      { name: META, state: 'veryHidden' },
    ]);
  });

  it('copies every untouched entry byte for byte and deletes the removed sheet with its rels', async () => {
    const before = await sheetParts(input);
    const after = await sheetParts(first);
    expect(oldParts).toHaveLength(6); // sheet, its rels, comments, vml, drawing and the drawing's rels
    await expectCopied(input, first, oldParts);
    // The image is shared with a kept sheet, so it stays.
    expect([...(await entries(first)).keys()]).toEqual(expect.arrayContaining(['xl/media/image1.png', 'xl/drawings/drawing1.xml']));
    await expectContentTypesConsistent(first);
    for (const name of ['Dữ liệu', 'Ẩn', 'Ghi chú']) {
      expect(after.get(name)).toBe(before.get(name));
      expect((await entries(first)).get(after.get(name)!)!.equals((await entries(input)).get(before.get(name)!)!)).toBe(true);
    }
    await expectWellFormed(first);
  });

  it('fixes defined names, adds print titles and sets the active tab', async () => {
    const wb = parseStrict(await part(first, 'xl/workbook.xml'));
    const names = Array.from(wb.getElementsByTagName('definedName')).map((n) => [
      n.getAttribute('name'),
      n.getAttribute('localSheetId'),
      n.textContent,
    ]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['Vung', null, "'Dữ liệu'!$A$1:$B$3"],
        ['TroCu', null, '#REF!'],
        ['_xlnm.Print_Titles', '2', "'Ghi chú'!$1:$1"],
        ['_xlnm.Print_Titles', '3', `'${SUMMARY}'!$5:$6`],
        ['_xlnm.Print_Titles', '4', "'Đơn vị''s chi tiết'!$1:$1"],
      ]),
    );
    expect(names).toHaveLength(5);
    const view = wb.getElementsByTagName('workbookView')[0];
    expect(view.getAttribute('activeTab')).toBe('3');
    expect(view.getAttribute('firstSheet')).toBe('2');
    const ids = Array.from(wb.getElementsByTagName('sheet')).map((s) => s.getAttribute('sheetId'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await part(first, (await sheetParts(first)).get(SUMMARY)!)).toContain('tabSelected="1"');
  });

  it('keeps the original sheets readable by ExcelJS', async () => {
    const wb = await load(first);
    const data = wb.getWorksheet('Dữ liệu')!;
    expect(data.getCell('B4').value).toEqual({ formula: 'SUM(B2:B3)', result: 30 });
    expect(data.getCell('C2').value).toEqual(MAY_DAY);
    expect(data.getCell('B5').master.address).toBe('A5');
    expect(wb.getWorksheet('Ẩn')!.state).toBe('hidden');
    expect(wb.definedNames.getRanges('Vung').ranges).toEqual(["'Dữ liệu'!$A$1:$B$3"]);
    expect(wb.getWorksheet('Ghi chú')!.pageSetup.printTitlesRow).toBe('1:1');
  });

  it('writes the new sheets so that ExcelJS reads values, layout, formats and print setup', async () => {
    const wb = await load(first);
    const ws = wb.getWorksheet(SUMMARY)!;
    expect(ws.getCell('A1').value).toBe('BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT HỒ SƠ');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14, name: 'Times New Roman' });
    expect(ws.getCell('E1').master.address).toBe('A1');
    expect(ws.getCell('A6').master.address).toBe('A5');
    expect(ws.getCell('E5').master.address).toBe('C5');
    expect(ws.getColumn(2).width).toBe(30);
    expect([1, 2, 4, 5].map((r) => ws.getRow(r).height)).toEqual([30, undefined, 12, 33]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 6, topLeftCell: 'C7' });
    expect(ws.getCell('C5').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' }, bgColor: { indexed: 64 } });
    expect(ws.getCell('C5').border.top).toMatchObject({ style: 'thin' });
    expect(ws.getCell('C5').alignment).toMatchObject({ horizontal: 'center', wrapText: true });
    expect(ws.getCell('C7').value).toBe(120);
    expect(ws.getCell('C7').numFmt).toBe('#,##0');
    expect(ws.getCell('D7').numFmt).toBe('0.00%');
    expect(ws.getCell('E7').value).toEqual(UPDATED);
    expect(ws.getCell('E7').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('B8').value).toBe('Xã Tân Thông Hội & <Củ Chi> "A"');
    expect(ws.getCell('A9').value).toBe(true);
    expect(ws.getCell('B9').value).toEqual({ error: '#N/A' });
    expect(ws.getCell('C9').value).toBe('#SPILL!');
    expect(ws.getCell('D9').value).toEqual({ error: '#NUM!' });
    const huge = ws.getCell('A10').value as string;
    expect(huge).toHaveLength(MAX_CELL_TEXT);
    expect(huge.endsWith('…')).toBe(true);
    expect(ws.getCell('B10').value).toBe('abcdef');
    expect(ws.getCell('C10').value).toBe(COMBINING);
    expect(ws.getCell('D10').value).toBe('dòng 1\ndòng 2');
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:6',
    });

    const det = wb.getWorksheet(DETAIL)!;
    expect(det.getCell('A1').font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } });
    expect(det.getCell('B2').numFmt).toBe('#,##0.0');
    expect(det.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(det.pageSetup).toMatchObject({ orientation: 'portrait', printTitlesRow: '1:1' });
    expect(wb.getWorksheet(META)!.state).toBe('veryHidden');
  });

  it('appends styles without touching existing ones, with fresh custom number format ids', async () => {
    const before = parseStrict(await part(input, 'xl/styles.xml'));
    const after = parseStrict(await part(first, 'xl/styles.xml'));
    for (const section of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs']) {
      const old = before.getElementsByTagName(section)[0];
      const now = after.getElementsByTagName(section)[0];
      const oldKids = Array.from(old?.childNodes ?? []).filter((n) => n.nodeType === 1);
      const newKids = Array.from(now.childNodes).filter((n) => n.nodeType === 1);
      expect(newKids.slice(0, oldKids.length).map(String)).toEqual(oldKids.map(String));
      expect(now.getAttribute('count')).toBe(String(newKids.length));
    }
    const ids = Array.from(after.getElementsByTagName('numFmt')).map((f) => Number(f.getAttribute('numFmtId')));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id >= 164)).toBe(true);
  });

  it('on a second run replaces the result sheets, keeps originals intact and does not grow the styles', async () => {
    // The user named a cell of our summary; the name must follow the summary across the re-run.
    const zip = await JSZip.loadAsync(first);
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', wbXml.replace('<definedNames>', `<definedNames><definedName name="TongSo">'${SUMMARY}'!$C$7</definedName>`));
    const second = await editPackage(await zip.generateAsync({ type: 'nodebuffer' }), {
      remove: [SUMMARY, DETAIL, META], add: [summary(), detail(), meta()], veryHidden: [META],
    });
    const names = [...(await part(second, 'xl/workbook.xml')).matchAll(/<definedName [^>]*>[^<]*/g)].map((m) => m[0]);
    expect(names).toContain(`<definedName name="TongSo">'${SUMMARY}'!$C$7`);
    expect(names).toHaveLength(6);
    expect((await listSheets(second)).map((s) => s.name)).toEqual(['Dữ liệu', 'Ẩn', 'Ghi chú', SUMMARY, DETAIL, META]);
    await expectCopied(input, second, oldParts);
    await expectContentTypesConsistent(second);
    expect(await part(second, 'xl/styles.xml')).toBe(await part(first, 'xl/styles.xml'));
    const worksheets = [...(await entries(second)).keys()].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
    expect(worksheets).toHaveLength(6);
    // The active result sheet was removed: the first visible sheet becomes active.
    const view = parseStrict(await part(second, 'xl/workbook.xml')).getElementsByTagName('workbookView')[0];
    expect(view.getAttribute('activeTab')).toBe('0');
    expect(view.getAttribute('firstSheet')).toBe('0');
    await expectWellFormed(second);
  });

  it('updates the worksheet titles in docProps/app.xml', async () => {
    const app = await part(first, 'docProps/app.xml');
    const titles = [...app.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]);
    expect(titles).toEqual(expect.arrayContaining(['Dữ liệu', 'Ẩn', 'Ghi chú', SUMMARY, META]));
    expect(titles).not.toContain('Cũ');
    expect(app).toContain('<vt:i4>6</vt:i4>');
  });
});

describe('editPackage on other producers and layouts', () => {
  it('adds sheets to a LibreOffice workbook (no defined names) in schema order', async () => {
    const { input, output: out } = await libreOfficeCase();
    await expectCopied(input, out, []);
    await expectContentTypesConsistent(out);
    await expectWellFormed(out);
    const order = Array.from(parseStrict(await part(out, 'xl/workbook.xml')).documentElement!.childNodes)
      .filter((n) => n.nodeType === 1)
      .map((n) => (n as unknown as { localName: string }).localName);
    expect(order).toEqual(['fileVersion', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'definedNames', 'calcPr', 'extLst']);
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['lo-input', SUMMARY, META]);
    expect(wb.getWorksheet('lo-input')!.getCell('B2').value).toBe('Phường Bến Nghé');
    expect(wb.getWorksheet(SUMMARY)!.getCell('B7').value).toBe('Phường Bến Nghé');
    expect(wb.getWorksheet(SUMMARY)!.getCell('E7').numFmt).toBe('dd/mm/yyyy');
  }, 120_000);

  it('keeps prefixed namespaces and creates bookViews when needed', async () => {
    const { input, output: out } = await prefixedCase();
    expect(await part(input, 'xl/workbook.xml')).not.toContain('bookViews');
    await expectWellFormed(out);
    const xml = await part(out, 'xl/workbook.xml');
    expect(xml).not.toMatch(/<(sheet|definedName|bookViews|workbookView)\b/); // nothing unprefixed
    const doc = parseStrict(xml);
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const sheets = Array.from(doc.getElementsByTagNameNS(main, 'sheet')).map((s) => s.getAttribute('name'));
    expect(sheets).toEqual(['Dữ liệu', 'Ẩn', 'Ghi chú', SUMMARY, DETAIL]);
    expect(doc.getElementsByTagNameNS(main, 'workbookView')[0].getAttribute('activeTab')).toBe('4');
    expect(xml.indexOf('<x:bookViews>')).toBeLessThan(xml.indexOf('<x:sheets>'));
    const styles = parseStrict(await part(out, 'xl/styles.xml'));
    expect(styles.getElementsByTagNameNS(main, 'xf').length).toBeGreaterThan(0);
    expect(await part(out, 'xl/styles.xml')).not.toMatch(/<(font|xf|fill|border|numFmt)\b/);
  });

  it('handles an Open XML SDK workbook: BOM, x: prefix, r: declared on <sheet>, no styles part', async () => {
    const { input, output: out } = await sdkCase();
    expect(await part(input, 'xl/workbook.xml')).toMatch(/^\uFEFF.*<x:sheet [^>]*xmlns:r=/s);
    await expectCopied(input, out, []);
    await expectContentTypesConsistent(out);
    await expectWellFormed(out);
    expect(await listSheets(out)).toEqual([{ name: 'Sheet1', state: 'visible' }, { name: DETAIL, state: 'visible' }]);
    expect(await part(out, '[Content_Types].xml')).toContain('<Override PartName="/xl/styles.xml"');
    expect(await part(out, 'xl/_rels/workbook.xml.rels')).toMatch(/relationships\/styles" Target="styles.xml"/);
    // ExcelJS cannot read prefixed workbooks; LibreOffice reads this one in the conversion test below.
  });

  it('drops calculation-chain entries of removed sheets, and the chain when none remain', async () => {
    const zip = await JSZip.loadAsync(await excelJsInput());
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>',
      '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('</Types>',
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
    const chain = (cells: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${cells}</calcChain>`;
    zip.file('xl/calcChain.xml', chain('<c r="A1" i="3"/><c r="A2"/><c r="B4" i="1"/><c r="B5"/>'));
    const mixed = await editPackage(await zip.generateAsync({ type: 'nodebuffer' }), { remove: ['Cũ'], add: [] });
    expect(await part(mixed, 'xl/calcChain.xml')).toContain('<c r="B4" i="1"/><c r="B5"/></calcChain>');

    zip.file('xl/calcChain.xml', chain('<c r="A1" i="3"/><c r="A2"/>'));
    const only = await editPackage(await zip.generateAsync({ type: 'nodebuffer' }), { remove: ['Cũ'], add: [] });
    expect((await entries(only)).has('xl/calcChain.xml')).toBe(false);
    expect(await part(only, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    await expectContentTypesConsistent(only);
  });

  it('writes dates in the workbook date system', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    wb.addWorksheet('Data').getCell('A1').value = 1;
    const out = await editPackage(Buffer.from(await wb.xlsx.writeBuffer()), { remove: [], add: [summary()] });
    expect((await load(out)).getWorksheet(SUMMARY)!.getCell('E7').value).toEqual(UPDATED);
    expect(dateSerial(new Date(Date.UTC(2024, 0, 15)), false)).toBe(45306);
    expect(dateSerial(new Date(Date.UTC(2024, 0, 15)), true)).toBe(45306 - 1462);
    expect(dateSerial(new Date(Date.UTC(1900, 2, 1)), false)).toBe(61);
    expect(dateSerial(new Date(Date.UTC(1900, 1, 28, 12)), false)).toBe(59.5);
    expect(dateSerial(new Date(Date.UTC(1899, 11, 31)), false)).toBeUndefined();
    expect(() => dateSerial(new Date(Number.NaN), false)).toThrow(RangeError);
  });

  it('rejects edits that would break the workbook', async () => {
    const input = await excelJsInput();
    const add = (name: string): SheetModel => ({ ...meta(), name });
    await expect(editPackage(input, { remove: ['Không có'], add: [] })).rejects.toThrow('No sheet "Không có"');
    await expect(editPackage(input, { remove: [], add: [add('DỮ LIỆU')] })).rejects.toThrow('two sheets');
    await expect(editPackage(input, { remove: [], add: [add('a/b')] })).rejects.toThrow('not a valid');
    await expect(editPackage(input, { remove: [], add: [add('x'.repeat(32))] })).rejects.toThrow('not a valid');
    await expect(editPackage(input, { remove: [], add: [], veryHidden: ['x'] })).rejects.toThrow('not among');
    await expect(editPackage(input, { remove: [], add: [], activeSheet: 'Ẩn' })).rejects.toThrow('not a visible');
    await expect(
      editPackage(input, { remove: ['Dữ liệu', 'Cũ', 'Ghi chú'], add: [add(META)], veryHidden: [META] }),
    ).rejects.toThrow('no visible sheet');
    const overlapping = { ...summary(), merges: [{ top: 1, left: 1, bottom: 2, right: 2 }, { top: 2, left: 2, bottom: 3, right: 3 }] };
    await expect(editPackage(input, { remove: [], add: [overlapping] })).rejects.toThrow('overlap');
    // Not a zip but an OLE compound file (an encrypted .xlsx or an .xls): the user's problem, said in Vietnamese.
    await expect(editPackage(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), { remove: [], add: [] })).rejects.toThrow(FileFormatError);
    await expect(editPackage(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), { remove: [], add: [] })).rejects.toThrow('được đặt mật khẩu (mã hóa) hoặc là định dạng Excel cũ (.xls)');
  });
});

describe('the zip layer', () => {
  /** An ExcelJS workbook re-zipped with data descriptors (streamFiles), an archive comment and the folder entries. */
  async function withDescriptors(): Promise<Buffer> {
    const zip = await JSZip.loadAsync(await excelJsInput());
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', streamFiles: true, comment: 'chú thích' });
  }

  it('copies untouched entries as stored, in order, without their data descriptors', async () => {
    const input = await withDescriptors();
    const src = new ZipReader(input);
    expect(src.list.some((e) => e.flags & 0x8)).toBe(true);
    const output = await editPackage(input, { remove: ['Cũ'], add: [summary()] });
    const out = new ZipReader(output);
    const edited = new Set(EDITED_PARTS);
    const present = new Set(out.list.map((e) => e.name));
    // Same order for the original's entries that remain (the removed sheet's part name is reused, at the end).
    const reused = (await sheetParts(input)).get('Cũ')!;
    const kept = src.list.map((e) => e.name).filter((n) => present.has(n) && n !== reused);
    expect(out.list.map((e) => e.name).filter((n) => kept.includes(n))).toEqual(kept);
    expect(out.list.map((e) => e.name).slice(0, kept.length)).toEqual(kept);
    for (const e of out.list) {
      expect(e.flags & 0x8).toBe(0);
      const orig = src.entry(e.name);
      if (!orig || edited.has(e.name) || e.name === reused) continue;
      expect([e.name, (src.stored(orig).data as Buffer).equals(out.stored(e).data as Buffer)]).toEqual([e.name, true]);
      expect([e.crc32, e.size, e.method, e.time, e.date, e.flags]).toEqual([orig.crc32, orig.size, orig.method, orig.time, orig.date, orig.flags & ~0x8]);
    }
    expect(out.comment.toString('utf8')).toBe('chú thích');
    // Another unzipper checks every CRC and the headers.
    const file = join(dir, 'descriptors.xlsx');
    writeFileSync(file, output);
    await expect(run('unzip', ['-tq', file])).resolves.toMatchObject({ stdout: expect.stringContaining('No errors') });
    await expectContentTypesConsistent(output);
  });

  it('an atomic write that fails leaves nothing behind', async () => {
    const target = join(dir, 'atomic', 'out.xlsx');
    await expect(writeOutputs([{ path: target, flag: '--out', write: async (f) => {
      await f.write(Buffer.from('partial'));
      throw new Error('disk full');
    } }])).rejects.toThrow('disk full');
    expect(readdirSync(dirname(target))).toEqual([]);
    const { output } = await excelJsCase();
    await writeOutputs([{ path: target, flag: '--out', write: async (f) => void (await f.write(output)) }]);
    expect(readFileSync(target).equals(output)).toBe(true);
  });
});

describe('a real spreadsheet program opens the output', () => {
  it('LibreOffice converts every output to PDF and CSV', async () => {
    const cases = { first: excelJsCase, libreoffice: libreOfficeCase, prefixed: prefixedCase, sdk: sdkCase };
    const files: string[] = [];
    for (const [base, make] of Object.entries(cases)) {
      files.push(join(dir, `${base}.xlsx`));
      writeFileSync(files[files.length - 1], (await make()).output);
    }
    const out = join(dir, 'converted');
    await soffice(['--convert-to', 'pdf', '--outdir', out, ...files]);
    // CSV of every sheet, formatted as shown (number formats applied).
    await soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', out, ...files]);
    const produced = readdirSync(out);
    for (const base of Object.keys(cases)) expect(produced).toContain(`${base}.pdf`);
    const csv = readFileSync(join(out, `first-${SUMMARY}.csv`), 'utf8').split('\n');
    expect(csv[0]).toBe('BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT HỒ SƠ,,,,,');
    expect(csv[6]).toBe('1,Phường Bến Nghé,120,95.00%,15/03/2024,');
    expect(csv[8]).toBe('TRUE,#N/A,#SPILL!,#NUM!,,_x0041_ giữ nguyên');
    expect(readFileSync(join(out, `first-${DETAIL}.csv`), 'utf8')).toBe('Mã hồ sơ,Điểm\nH001,9.5\nH002,7.3\n');
    expect(readFileSync(join(out, `first-Dữ liệu.csv`), 'utf8')).toContain('H001,10,01/05/2024');
    expect(readFileSync(join(out, `prefixed-${DETAIL}.csv`), 'utf8')).toContain('H002,7.3');
    expect(readFileSync(join(out, `sdk-${DETAIL}.csv`), 'utf8')).toBe('Mã hồ sơ,Điểm\nH001,9.5\nH002,7.3\n');
    expect(readFileSync(join(out, `libreoffice-${SUMMARY}.csv`), 'utf8')).toContain('Phường Bến Nghé');
    // Print setup as LibreOffice applies it: the summary prints on A4 landscape, the detail on A4 portrait.
    const pdf = readFileSync(join(out, 'first.pdf'), 'latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => `${Math.round(+m[1])}x${Math.round(+m[2])}`);
    expect(boxes).toEqual(expect.arrayContaining(['842x595', '595x842']));
  }, 120_000);
});

/**
 * Charts in the written package: every new part validates against its ECMA-376 schema, and reading the
 * parts back finds the series pointing at the right cells of the quoted sheet, with the Vietnamese titles.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { ChartModel, SheetModel } from '../../src/workbook/sheet-model';
import { rangeFormula } from '../../src/xlsx/chart-xml';
import { newWorkbook } from '../../src/xlsx/new-workbook';
import { editPackage } from '../../src/xlsx/package-writer';
import { ZipReader } from '../../src/xlsx/zip';

const SCHEMAS = path.join(__dirname, '../fixtures/ooxml-schema');

/** The schema of each part we write (test/support/ooxml-validate.ts knows only SpreadsheetML and OPC parts). */
function schemaOf(part: string): string {
  if (part === '[Content_Types].xml') return 'opc-contentTypes.xsd';
  if (part.endsWith('.rels')) return 'opc-relationships.xsd';
  if (part.startsWith('xl/charts/')) return 'dml-chart.xsd';
  if (part.startsWith('xl/drawings/')) return 'dml-spreadsheetDrawing.xsd';
  return 'sml.xsd';
}

function validate(part: string, xml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'chart-xsd-'));
  try {
    const file = path.join(dir, 'part.xml');
    // xml:space on <t> is a known gap of the schema copy (test/fixtures/ooxml-schema/README.md).
    writeFileSync(file, xml.replace(/ xml:space="preserve"/g, ''));
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMAS, schemaOf(part)), file], { encoding: 'utf8' });
    return run.status === 0 ? 'valid' : run.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const SHEET = 'Biểu đồ';
const text = (value: string): { value: string } => ({ value });

/** Units in B5:B7, late rates in C5:C7 (one «—»), classes per level in B10:D11. */
function model(name = SHEET): SheetModel {
  const rows: SheetModel['rows'] = Array.from({ length: 30 }, () => []);
  rows[0] = [text('BIỂU ĐỒ')];
  rows[3] = [text('STT'), text('Đơn vị'), text('Tỷ lệ trễ hạn (%)')];
  rows[4] = [{ value: 1 }, text('Sở Tư pháp'), { value: 12.5 }];
  rows[5] = [{ value: 2 }, text('Sở Y tế & Dân số'), { value: 4 }];
  rows[6] = [{ value: 3 }, text('Sở Xây dựng'), text('—')];
  rows[9] = [null, text('Đơn vị cấp tỉnh'), { value: 3 }, { value: 1 }];
  rows[10] = [null, text('Đơn vị cấp xã'), { value: 0 }, { value: 7 }];
  const col = (c: number, top: number, bottom: number): { top: number; left: number; bottom: number; right: number } => ({ top, left: c, bottom, right: c });
  const charts: ChartModel[] = [
    {
      kind: 'bar', title: 'Tỷ lệ trễ hạn (% số hồ sơ đã giải quyết) — cấp tỉnh', categoryAxisTitle: 'Đơn vị cấp tỉnh', valueAxisTitle: 'Tỷ lệ trễ hạn (%)',
      series: [{ name: 'Tỷ lệ trễ hạn (%)', categories: col(2, 5, 7), values: col(3, 5, 7) }], numFmt: '0.00', anchor: { top: 4, left: 5, bottom: 19, right: 12 },
    },
    {
      kind: 'stackedColumn', title: 'Số đơn vị theo xếp loại 1187, từng cấp', categoryAxisTitle: 'Cấp', valueAxisTitle: 'Số đơn vị',
      series: [{ name: 'Tốt', categories: col(2, 10, 11), values: col(3, 10, 11) }, { name: 'Yếu', categories: col(2, 10, 11), values: col(4, 10, 11) }],
      numFmt: '0', valueMax: 10, anchor: { top: 13, left: 1, bottom: 30, right: 12 },
    },
  ];
  return { name, rows, widths: [5, 30, 10, 10], merges: [], print: { orientation: 'landscape', fitToWidth: true, rowBreaks: [12] }, charts, kind: 'result' };
}

describe('chart parts', () => {
  let zip: ZipReader;
  beforeAll(async () => {
    zip = new ZipReader(await newWorkbook([model()]));
  });
  const parts = (): string[] => zip.list.map((e) => e.name);

  it('are a drawing with one chart part per chart, linked sheet → drawing → charts, with content types', () => {
    expect(parts().filter((p) => /^xl\/(charts|drawings)\//.test(p)).sort()).toEqual([
      'xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/drawings/drawing1.xml',
    ]);
    const sheetRels = zip.text('xl/worksheets/_rels/sheet1.xml.rels');
    expect(sheetRels).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"');
    expect(zip.text('xl/worksheets/sheet1.xml')).toMatch(/<\/rowBreaks><drawing xmlns:r="[^"]+" r:id="rId1"\/><\/worksheet>$/);
    const drawingRels = zip.text('xl/drawings/_rels/drawing1.xml.rels');
    expect(drawingRels).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart2.xml"');
    const types = zip.text('[Content_Types].xml');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  });

  it('validate against ECMA-376: charts, drawing, relationships, content types and the worksheet', () => {
    const verdicts = parts().filter((p) => /\.(xml|rels)$/.test(p)).map((p) => [p, validate(p, zip.text(p))]);
    expect(verdicts.filter(([p]) => /chart|drawing|sheet1|Content_Types/.test(p))).toHaveLength(7);
    expect(verdicts.filter(([, v]) => v !== 'valid')).toEqual([]);
  });

  it('point each series at its cells of the quoted sheet, with cached values and Vietnamese titles', () => {
    const bar = zip.text('xl/charts/chart1.xml');
    expect(bar).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(bar).toContain("<c:cat><c:strRef><c:f>'Biểu đồ'!$B$5:$B$7</c:f><c:strCache><c:ptCount val=\"3\"/><c:pt idx=\"0\"><c:v>Sở Tư pháp</c:v></c:pt><c:pt idx=\"1\"><c:v>Sở Y tế &amp; Dân số</c:v></c:pt>");
    // «—» is no figure: a gap in the cache, never a zero.
    expect(bar).toContain("<c:val><c:numRef><c:f>'Biểu đồ'!$C$5:$C$7</c:f><c:numCache><c:formatCode>0.00</c:formatCode><c:ptCount val=\"3\"/><c:pt idx=\"0\"><c:v>12.5</c:v></c:pt><c:pt idx=\"1\"><c:v>4</c:v></c:pt></c:numCache>");
    expect(bar).toContain('<a:t>Tỷ lệ trễ hạn (% số hồ sơ đã giải quyết) — cấp tỉnh</a:t>');
    expect(bar).toContain('<a:t>Đơn vị cấp tỉnh</a:t>');
    expect(bar).toContain('<c:tx><c:v>Tỷ lệ trễ hạn (%)</c:v></c:tx>');
    // Bars top-down in the table's order, the value axis kept at the bottom.
    expect(bar).toContain('<c:orientation val="maxMin"/>');
    expect(bar).toContain('<c:crosses val="max"/>');
    const stacked = zip.text('xl/charts/chart2.xml');
    expect(stacked).toContain('<c:barDir val="col"/><c:grouping val="stacked"/>');
    expect(stacked.match(/<c:f>[^<]*<\/c:f>/g)).toEqual([
      "<c:f>'Biểu đồ'!$B$10:$B$11</c:f>", "<c:f>'Biểu đồ'!$C$10:$C$11</c:f>", "<c:f>'Biểu đồ'!$B$10:$B$11</c:f>", "<c:f>'Biểu đồ'!$D$10:$D$11</c:f>",
    ]);
    expect(stacked).toContain('<c:max val="10"/><c:min val="0"/>');
    expect(stacked).toContain('<c:legend>');
  });

  it('anchor each chart over its cells (0-based corners, the far one past the last cell)', () => {
    const drawing = zip.text('xl/drawings/drawing1.xml');
    const corner = (tag: string, col: number, row: number): string =>
      `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    expect(drawing).toContain(corner('from', 4, 3) + corner('to', 12, 19));
    expect(drawing).toContain(corner('from', 0, 12) + corner('to', 12, 30));
    expect(drawing).toContain('r:id="rId2"');
  });

  it('are replaced on a re-run, not piled up, and numbered apart for a second sheet with charts', async () => {
    const first = await newWorkbook([model()]);
    const rerun = new ZipReader(await editPackage(first, { remove: [SHEET], add: [model(), model('Biểu đồ (2)')] }));
    const chartParts = rerun.list.map((e) => e.name).filter((p) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(p)).sort();
    expect(chartParts).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/charts/chart3.xml', 'xl/charts/chart4.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/drawing2.xml']);
    expect(rerun.text('xl/charts/chart3.xml')).toContain("<c:f>'Biểu đồ (2)'!$B$5:$B$7</c:f>");
    expect(rerun.text('[Content_Types].xml').match(/drawingml\.chart\+xml/g)).toHaveLength(4);
  });

  it('never take the name of a drawing or chart part already in the workbook (the user\'s own charts)', async () => {
    const first = await newWorkbook([model()]);
    const added = new ZipReader(await editPackage(first, { remove: [], add: [model('Khác')] }));
    expect(added.text('xl/charts/chart1.xml')).toBe(new ZipReader(first).text('xl/charts/chart1.xml'));
    expect(added.text('xl/charts/chart3.xml')).toContain("<c:f>'Khác'!$B$5:$B$7</c:f>");
    expect(added.text('xl/worksheets/_rels/sheet2.xml.rels')).toContain('Target="../drawings/drawing2.xml"');
  });

  it('quote a sheet name with an apostrophe as Excel does', () => {
    expect(rangeFormula("Đơn vị 'A'", { top: 5, left: 2, bottom: 20, right: 2 })).toBe("'Đơn vị ''A'''!$B$5:$B$20");
  });

  it('refuse a series that is not one line of the sheet (a programming error)', async () => {
    const bad = model();
    bad.charts![0].series[0].values = { top: 5, left: 3, bottom: 7, right: 4 };
    await expect(newWorkbook([bad])).rejects.toThrow('series «Tỷ lệ trễ hạn (%)» reads');
  });
});

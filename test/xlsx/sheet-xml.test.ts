/** The worksheet bytes the package writer deflates: every kind of cell value, escapes and pieces. */
import type { CellStyle, ModelCell, SheetModel } from '../../src/workbook/sheet-model';
import { worksheetXmlParts } from '../../src/xlsx/sheet-xml';

function model(rows: (ModelCell | null)[][]): SheetModel {
  return { name: 'S', rows, widths: [], merges: [], print: { orientation: 'portrait', fitToWidth: false }, kind: 'result' };
}

/** xf index per style, numbered by first sight of its content (as the workbook's style book does). */
function styleBook(): { xf: (s: CellStyle | undefined) => number; calls: number } {
  const seen = new Map<string, number>();
  const book = {
    calls: 0,
    xf: (s: CellStyle | undefined): number => {
      book.calls++;
      const key = JSON.stringify(s ?? {});
      if (!seen.has(key)) seen.set(key, seen.size);
      return seen.get(key)!;
    },
  };
  return book;
}

function sheetData(m: SheetModel, xf = styleBook().xf): { xml: string; pieces: number } {
  const pieces = [...worksheetXmlParts(m, { xf, date1904: false, tabSelected: false })];
  const xml = Buffer.concat(pieces).toString('utf8');
  return { xml: xml.slice(xml.indexOf('<sheetData>') + 11, xml.indexOf('</sheetData>')), pieces: pieces.length };
}

describe('worksheetXmlParts', () => {
  test('writes each kind of value as Excel reads it', () => {
    const c = (value: ModelCell['value']): ModelCell => ({ value });
    const { xml } = sheetData(model([
      [c('Đơn vị'), c(0), c(-1.5), c(45306), c(1e21), c(Number.NaN), c(true), c(false)],
      [c(new Date(Date.UTC(2024, 0, 15))), c(new Date(Date.UTC(2024, 0, 15, 12))), c(null), null, c({ error: '#N/A' }), c({ error: '#SPILL!' })],
    ]));
    expect(xml).toBe(
      '<row r="1">' +
        '<c r="A1" s="0" t="inlineStr"><is><t xml:space="preserve">Đơn vị</t></is></c>' +
        '<c r="B1" s="0"><v>0</v></c><c r="C1" s="0"><v>-1.5</v></c><c r="D1" s="0"><v>45306</v></c>' +
        '<c r="E1" s="0"><v>1e+21</v></c><c r="F1" s="0" t="e"><v>#NUM!</v></c>' +
        '<c r="G1" s="0" t="b"><v>1</v></c><c r="H1" s="0" t="b"><v>0</v></c>' +
        '</row><row r="2">' +
        // Dates take the default date (1) or date-time (2) format; C2 is a styled blank, D2 no cell at all.
        '<c r="A2" s="1"><v>45306</v></c><c r="B2" s="2"><v>45306.5</v></c><c r="C2" s="0"/>' +
        '<c r="E2" s="0" t="e"><v>#N/A</v></c>' +
        '<c r="F2" s="0" t="inlineStr"><is><t xml:space="preserve">#SPILL!</t></is></c>' +
        '</row>',
    );
  });

  test('escapes what XML and Excel would misread, and only that', () => {
    const { xml } = sheetData(model([[{ value: 'a & <b> "c"' }, { value: 'x_x0041_y' }, { value: 'dòng 1\r\ndòng 2' }, { value: 'bell\u0007' }]]));
    expect(xml).toBe(
      '<row r="1">' +
        '<c r="A1" s="0" t="inlineStr"><is><t xml:space="preserve">a &amp; &lt;b&gt; &quot;c&quot;</t></is></c>' +
        '<c r="B1" s="0" t="inlineStr"><is><t xml:space="preserve">x_x005F_x0041_y</t></is></c>' +
        '<c r="C1" s="0" t="inlineStr"><is><t xml:space="preserve">dòng 1&#13;\ndòng 2</t></is></c>' +
        '<c r="D1" s="0" t="inlineStr"><is><t xml:space="preserve">bell</t></is></c>' +
        '</row>',
    );
  });

  test('asks the style book once per style object, and equal styles in other objects get the same index', () => {
    const bold: CellStyle = { bold: true };
    const book = styleBook();
    const rows = Array.from({ length: 50 }, () => [{ value: 1, style: bold }, { value: 2, style: { bold: true } }]);
    const { xml } = sheetData(model(rows), book.xf);
    expect(book.calls).toBe(1 + 50); // `bold` once, then each row's own object
    expect(xml.match(/ s="0"/g)).toHaveLength(100);
  });

  test('a long sheet comes in several pieces that join into the same rows', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [{ value: `Hồ sơ số ${i + 1}` }]);
    const { xml, pieces } = sheetData(model(rows));
    expect(pieces).toBeGreaterThan(2);
    expect(xml.match(/<row /g)).toHaveLength(20_000);
    expect(xml.endsWith('<row r="20000"><c r="A20000" s="0" t="inlineStr"><is><t xml:space="preserve">Hồ sơ số 20000</t></is></c></row>')).toBe(true);
  });
});

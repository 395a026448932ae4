/**
 * The bench's second layout, as some one-stop exports write it (packages made by XML tooling rather than by
 * Excel): no shared string table — every text is an inline string (`t="inlineStr"`), so the reader cannot
 * share one string per distinct text through the table — 14 columns (the applicant's address and phone
 * added), the header on row 1, no title. Written part by part with the project's zip writer.
 */
import { closeSync, openSync, writeSync } from 'fs';
import { columnLetter } from '../src/workbook/cells';
import { xmlEscape } from '../src/xlsx/ooxml';
import { newItem, newItemFromParts, writeZip, type ZipItem } from '../src/xlsx/zip-writer';
import type { BenchUnit } from './generate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const HAMLETS = ['Na Sang', 'Huổi Lóng', 'Pá Khoang', 'Co Mỵ', 'Nậm Chua', 'Tà Lèng', 'Pú Nhi', 'Hồng Sọt', 'Phiêng Ban', 'Bó Mạy'];

function cellXml(ref: string, value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t>${xmlEscape(value)}</t></is></c>`;
}

function rowXml(r: number, values: readonly (string | number | null)[]): string {
  return `<row r="${r}">${values.map((v, c) => cellXml(`${columnLetter(c + 1)}${r}`, v)).join('')}</row>`;
}

/** A worksheet part in pieces of a few thousand rows, so a 200 000-row sheet is never one string. */
function* sheetParts(rows: Iterable<readonly (string | number | null)[]>): Generator<string> {
  yield `${XML_HEAD}<worksheet xmlns="${MAIN}"><sheetData>`;
  let piece: string[] = [];
  let r = 0;
  for (const values of rows) {
    piece.push(rowXml(++r, values));
    if (piece.length >= 4096) {
      yield piece.join('');
      piece = [];
    }
  }
  yield `${piece.join('')}</sheetData></worksheet>`;
}

/** The case rows with the applicant's address and phone after the applicant's name (14 columns). */
function* caseSheetRows(input: InlineInput): Generator<(string | number | null)[]> {
  const int = (n: number): number => Math.floor(input.random() * n);
  const widen = <T>(cells: readonly T[], address: T, phone: T): T[] => [...cells.slice(0, 5), address, phone, ...cells.slice(5)];
  yield widen<string | number | null>(input.header, 'Địa chỉ', 'Số điện thoại');
  for (const { cells, unit } of input.rows) {
    const place = unit.level === 'Tỉnh' ? 'thành phố Điện Biên Phủ' : unit.name.replace(/^UBND /, '');
    const address = `Bản ${HAMLETS[int(HAMLETS.length)]}, ${place}, tỉnh Điện Biên`;
    const phone = `09${String(int(100_000_000)).padStart(8, '0')}`;
    yield widen(cells, address, phone);
  }
}

function* unitListRows(units: readonly BenchUnit[]): Generator<(string | null)[]> {
  yield ['Tên đơn vị', 'Cấp', 'Huyện'];
  for (const u of units) yield [u.name, u.level, u.district];
}

const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export interface InlineInput {
  caseSheet: string;
  /** The shared layout's 12 column headers. */
  header: readonly string[];
  units: readonly BenchUnit[];
  rows: Iterable<{ cells: (string | number | null)[]; unit: BenchUnit }>;
  /** Draws for the added columns: apart from the cases' own, so both layouts hold the same cases. */
  random: () => number;
}

/** Writes the inline-string workbook: the case sheet, then `Danh mục đơn vị`. */
export async function writeInlineLayout(file: string, input: InlineInput): Promise<void> {
  const sheets = [input.caseSheet, 'Danh mục đơn vị'];
  const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  const items: ZipItem[] = [
    newItem('[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sheetType}"/>`).join('') +
      '</Types>'),
    newItem('_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    newItem('xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      sheets.map((name, i) => `<sheet name="${xmlEscape(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets></workbook>'),
    newItem('xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`),
    newItem('xl/styles.xml', STYLES),
    await newItemFromParts('xl/worksheets/sheet1.xml', sheetParts(caseSheetRows(input))),
    await newItemFromParts('xl/worksheets/sheet2.xml', sheetParts(unitListRows(input.units))),
  ];
  const fd = openSync(file, 'w');
  try {
    await writeZip(items, (chunk) => {
      for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at);
    });
  } finally {
    closeSync(fd);
  }
}

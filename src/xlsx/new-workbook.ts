/**
 * A new .xlsx holding only our sheets (`tthc review`'s consolidated workbook): a minimal package built here
 * — content types, relationships, workbook, styles and one placeholder sheet, valid against ECMA-376 on its
 * own — whose placeholder is then replaced by the models through the same package writer as the result
 * sheets, so both look alike. No spreadsheet library is involved.
 */
import type { SheetModel } from '../workbook/sheet-model';
import { CONTENT_TYPE, CONTENT_TYPES_PART, NS, REL_TYPE } from './ooxml';
import { editPackage } from './package-writer';
import { MINIMAL_STYLES } from './styles-xml';
import { newItem, writeZip } from './zip-writer';

/** The placeholder sheet of the empty package (removed when sheets are added). */
export const PLACEHOLDER = 'TTHC_trong';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PKG_NS = {
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

/** The parts of the empty workbook, in the order they are written ([Content_Types].xml first, as Excel does). */
export function emptyPackageParts(): [string, string][] {
  return [
    [CONTENT_TYPES_PART,
      `${DECLARATION}<Types xmlns="${PKG_NS.types}">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${WORKBOOK_TYPE}"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CONTENT_TYPE.worksheet}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/>` +
      '</Types>'],
    ['_rels/.rels',
      `${DECLARATION}<Relationships xmlns="${PKG_NS.rels}">` +
      `<Relationship Id="rId1" Type="${REL_TYPE.officeDocument}" Target="xl/workbook.xml"/>` +
      '</Relationships>'],
    ['xl/workbook.xml',
      `${DECLARATION}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
      '<bookViews><workbookView/></bookViews>' +
      `<sheets><sheet name="${PLACEHOLDER}" sheetId="1" r:id="rId1"/></sheets>` +
      '</workbook>'],
    ['xl/_rels/workbook.xml.rels',
      `${DECLARATION}<Relationships xmlns="${PKG_NS.rels}">` +
      `<Relationship Id="rId1" Type="${REL_TYPE.worksheet}" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_TYPE.styles}" Target="styles.xml"/>` +
      '</Relationships>'],
    ['xl/styles.xml', DECLARATION + MINIMAL_STYLES],
    ['xl/worksheets/sheet1.xml', `${DECLARATION}<worksheet xmlns="${NS.main}"><sheetData/></worksheet>`],
  ];
}

/** A valid .xlsx with one empty sheet, PLACEHOLDER. */
export async function emptyPackage(now = new Date()): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await writeZip(emptyPackageParts().map(([name, xml]) => newItem(name, xml, undefined, now)), (chunk) => void chunks.push(chunk));
  return Buffer.concat(chunks);
}

export async function newWorkbook(sheets: SheetModel[], veryHidden: string[] = []): Promise<Buffer> {
  return editPackage(await emptyPackage(), { remove: [PLACEHOLDER], add: sheets, veryHidden });
}

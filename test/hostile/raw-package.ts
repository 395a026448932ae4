/**
 * Packages built part by part with JSZip, for XML that spreadsheet libraries rarely write and other tools
 * do: the workbook at xl/book.xml, its one sheet at xl/sheets/data.xml, optional shared strings and styles.
 */
import JSZip from 'jszip';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** cellXfs: 0 general, 1 `dd/mm/yyyy hh:mm` (custom), 2 built-in date 14. */
export const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts>
<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** A workbook part with one sheet of that name. */
export const oneSheetWorkbook = (name: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${name}" sheetId="1" r:id="rId7"/></sheets></workbook>`;

export async function pkg(
  parts: { workbook: string; sheet: string; strings?: string; styles?: string },
  compression: 'DEFLATE' | 'STORE' = 'DEFLATE',
): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/book.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/sheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
${parts.strings ? '<Override PartName="/xl/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}
${parts.styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : ''}</Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/book.xml"/></Relationships>`);
  zip.file('xl/_rels/book.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="${REL}/worksheet" Target="/xl/sheets/data.xml"/>
${parts.strings ? `<Relationship Id="rId8" Type="${REL}/sharedStrings" Target="strings.xml"/>` : ''}
${parts.styles ? `<Relationship Id="rId9" Type="${REL}/styles" Target="styles.xml"/>` : ''}</Relationships>`);
  zip.file('xl/book.xml', parts.workbook);
  zip.file('xl/sheets/data.xml', parts.sheet);
  if (parts.strings) zip.file('xl/strings.xml', parts.strings);
  if (parts.styles) zip.file('xl/styles.xml', parts.styles);
  return zip.generateAsync({ type: 'nodebuffer', compression });
}

/** An inline-string cell, as generators that write no shared string table do. */
export const textCell = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/**
 * The worksheet and shared-string scanners see a part as the zip reader inflates it: in chunks, any tag,
 * attribute, entity or UTF-8 character possibly cut in two. Whatever the chunk boundaries, the cells are
 * those of the part scanned in one piece — and those of the part as the zip reader streams it.
 */
import fc from 'fast-check';
import { deflateRawSync } from 'zlib';
import { scanPart, SharedStringsScanner, SheetScanner, type SheetContext } from '../../src/xlsx/xml-scan';

const text = fc.string({ unit: fc.constantFrom(...'aăâđêôơư áàảãạếềệ012<>&"\'\n/'.split('')), maxLength: 12 });
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A worksheet part with shared, inline, str, numeric, boolean, error and formula cells, some rows without r. */
const sheetXml = fc
  .array(
    fc.array(
      fc.oneof(
        fc.nat(4).map((i) => `<c t="s"><v>${i}</v></c>`),
        text.map((t) => `<c t="inlineStr"><is><t xml:space="preserve">${esc(t)}</t></is></c>`),
        text.map((t) => `<x:c t="str"><x:f>A1&amp;"${esc(t)}"</x:f><x:v>${esc(t)}</x:v></x:c>`),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((n) => `<c s="0"><v>${n}</v></c>`),
        fc.double({ noNaN: true, min: 0, max: 80_000 }).map((n) => `<c s="1"><v>${n}</v></c>`), // a date
        fc.integer({ min: 0, max: 99999 }).map((n) => `<c><!-- n --><v>${n}</v></c>`),
        fc.boolean().map((b) => `<c t="b"><v>${b ? 1 : 0}</v></c>`),
        fc.constant('<c t="e"><v>#N/A</v></c>'),
        fc.constant('<c><f>DATE(2024,3,5)</f></c>'),
        text.map((t) => `<c t="inlineStr"><is><r><t><![CDATA[${t.replace(/]]>/g, '')}]]></t></r><r><t>&#x1EA1;</t></r></is></c>`),
      ),
      { maxLength: 6 },
    ),
    { maxLength: 12 },
  )
  .map((rows) => {
    const body = rows.map((cells, i) => (i % 3 === 2 ? `<row>${cells.join('')}</row>` : `<row r="${i + 1}" spans="1:6">${cells.join('')}</row>`)).join('\n');
    return `<?xml version="1.0" encoding="UTF-8"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData><mergeCells count="0"/></worksheet>`;
  });

const stringsXml = fc.array(text, { maxLength: 8 }).map((items) =>
  `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items
    .map((t, i) => (i % 2 ? `<si><r><t>${esc(t)}</t></r><rPh><t>ignored</t></rPh><r><t>_x000D_x</t></r></si>` : `<si><t>${esc(t)}</t></si>`))
    .join('')}</sst>`);

/** `bytes` cut at random points (sizes 1…64, so boundaries fall everywhere). */
async function* pieces(bytes: Buffer, sizes: number[]): AsyncGenerator<Buffer> {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const n = sizes.length ? sizes[i % sizes.length] : bytes.length;
    yield bytes.subarray(at, at + n);
    at += n;
  }
}

async function* whole(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

const CTX: SheetContext = { strings: ['một', 'hai', 'ba', '', 'năm'], dateStyles: [false, true], date1904: false };

async function cells(chunks: AsyncIterable<Buffer>): Promise<unknown> {
  const scanner = new SheetScanner(CTX);
  await scanPart(chunks, scanner);
  return scanner.finish();
}

async function strings(chunks: AsyncIterable<Buffer>): Promise<string[]> {
  const scanner = new SharedStringsScanner();
  await scanPart(chunks, scanner);
  return scanner.strings;
}

const sizes = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 });

describe('chunked scanning', () => {
  it('a worksheet gives the same cells whatever the chunk boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(sheetXml, sizes, async (xml, cuts) => {
        const bytes = Buffer.from(xml, 'utf8');
        expect(await cells(pieces(bytes, cuts))).toEqual(await cells(whole(bytes)));
      }),
      { numRuns: 300 },
    );
  });

  it('the shared string table gives the same strings whatever the chunk boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(stringsXml, sizes, async (xml, cuts) => {
        const bytes = Buffer.from(xml, 'utf8');
        expect(await strings(pieces(bytes, cuts))).toEqual(await strings(whole(bytes)));
      }),
      { numRuns: 200 },
    );
  });

  it('through the zip reader (streamed inflate, CRC checked at the end) the cells are the same', async () => {
    const { ZipReader } = await import('../../src/xlsx/zip');
    const { newItem, writeZip } = await import('../../src/xlsx/zip-writer');
    await fc.assert(
      fc.asyncProperty(sheetXml, async (xml) => {
        // Repeated so the part spans several of the reader's 256 KB inflate chunks.
        const big = xml.replace('<sheetData>', `<sheetData>${'<row><c t="s"><v>1</v></c></row>'.repeat(40_000)}`);
        const out: Buffer[] = [];
        await writeZip([newItem('s.xml', big)], (c) => void out.push(c));
        const zip = new ZipReader(Buffer.concat(out));
        expect(deflateRawSync(big).length).toBeLessThan(big.length);
        expect(await cells(zip.chunks('s.xml'))).toEqual(await cells(whole(Buffer.from(big, 'utf8'))));
      }),
      { numRuns: 10 },
    );
  });
});

/**
 * Reads an .xlsx file's cell values into host-neutral grids. The package's small parts (workbook, its
 * relationships, styles) are parsed as XML documents; worksheets and the shared string table are streamed
 * through a byte-level scanner (xml-scan.ts), so a 200 000-row export is read in a few seconds and in a
 * fraction of the memory a spreadsheet library's object model takes. Sheets are read when asked for: a
 * sheet nobody reads (an earlier run's results) is never parsed.
 *
 * Values are those Excel shows: a formula's cached result, rich text as its text, a number in a date
 * format as a Date (its UTC fields are the cell's date and time), an error as { error }. A merged area's
 * value is in its top-left cell only, as Excel (and Office.js) report it.
 */
import type { CellValue, SheetGrid, SheetVisibility } from '../workbook/cells';
import { FileFormatError, SheetError } from '../workbook/errors';
import { childElements, firstChild, isOleCompoundFile, NS, parseXml, readRels, relsPathOf, resolveTarget, usesDate1904 } from './ooxml';
import { PackedStrings } from './packed-strings';
import { RowsOutOfOrder, SheetHeadScanner, SheetRowStreamer } from './sheet-rows';
import { scanPart, SharedStringsScanner, SheetScanner, XmlError, type SheetContext } from './xml-scan';
import { ZipError, ZipReader, type ZipEntry } from './zip';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const startsWith = (buf: Buffer, sig: number[]): boolean => sig.every((b, i) => buf[i] === b);

/** Refuses, with a reason the user can act on, anything that is not a readable .xlsx package. */
function checkXlsxSignature(buf: Buffer, fileName: string): void {
  if (buf.length === 0) throw new FileFormatError(`Tệp «${fileName}» rỗng (0 byte).`, fileName);
  if (isOleCompoundFile(buf)) {
    // An OLE compound file: an encrypted .xlsx holds an «EncryptedPackage» stream, an .xls a «Workbook» one.
    const has = (stream: string): boolean => buf.includes(Buffer.from(stream, 'utf16le'));
    if (has('EncryptedPackage')) {
      throw new FileFormatError(`Tệp «${fileName}» được đặt mật khẩu (mã hóa) nên không đọc được. Hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại.`, fileName);
    }
    if (has('Workbook') || has('Book')) {
      throw new FileFormatError(`Tệp «${fileName}» là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu thành «Excel Workbook (*.xlsx)».`, fileName);
    }
    throw new FileFormatError(`Tệp «${fileName}» là định dạng Excel cũ (.xls) hoặc tệp .xlsx có đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu và lưu thành «Excel Workbook (*.xlsx)».`, fileName);
  }
  if (!startsWith(buf, ZIP) && !startsWith(buf, EMPTY_ZIP)) {
    throw new FileFormatError(`Tệp «${fileName}» không phải bảng tính .xlsx (có thể là .csv hoặc trang HTML đổi đuôi). Hãy mở bằng Excel và lưu thành «Excel Workbook (*.xlsx)».`, fileName);
  }
}

const damaged = (fileName: string, e: unknown): FileFormatError =>
  new FileFormatError(`Không đọc được tệp «${fileName}»: tệp .xlsx bị hỏng hoặc không đầy đủ — ${(e as Error).message}. Hãy mở lại bằng Excel và lưu thành tệp mới.`, fileName);

/** Runs a read step, turning package damage into the user's message and letting other faults through. */
function guarded<T>(fileName: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof ZipError || e instanceof XmlError || (e as Error).name === 'ParseError') throw damaged(fileName, e);
    throw e;
  }
}

/** Shared strings parts larger than this (never written by Excel for a sheet it can open) are not packed. */
const MAX_PACKED_PART = 512 * 2 ** 20;

const REL_END = { officeDocument: '/officeDocument', worksheet: '/worksheet', sharedStrings: '/sharedStrings', styles: '/styles' };

export interface BookSheet {
  name: string;
  visibility: SheetVisibility;
  /** The worksheet part; null for chart sheets and dialog sheets, which hold no cells. */
  part: string | null;
}

// Built-in number formats ExcelJS (and so this reader, for the same results) treats as dates.
const BUILT_IN_FORMATS: Record<number, string> = {
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
};

/** A number format that shows a date or time: y, m, d, h, s (or b, Buddhist year) outside quotes and [..]. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The extension Excel requires for each kind of workbook package (by its workbook part's content type). */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': '.xlsx',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': '.xlsm',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': '.xltx',
  'application/vnd.ms-excel.template.macroEnabled.main+xml': '.xltm',
  'application/vnd.ms-excel.addin.macroEnabled.main+xml': '.xlam',
};

function packageExtension(zip: ZipReader, wbPath: string): string {
  if (!zip.has('[Content_Types].xml')) return '.xlsx';
  const types = parseXml(zip.text('[Content_Types].xml')).documentElement!;
  const part = `/${wbPath}`.toLowerCase();
  const override = childElements(types, 'Override').find((el) => el.getAttribute('PartName')?.toLowerCase() === part);
  return EXTENSIONS[override?.getAttribute('ContentType') ?? ''] ?? '.xlsx';
}

export class XlsxBook {
  private strings: Promise<readonly string[] | PackedStrings> | null = null;
  private packed: PackedStrings | null = null;

  private constructor(
    private readonly zip: ZipReader,
    private readonly fileName: string,
    /** The extension the package must have for Excel to open it: .xlsx, or .xlsm for a workbook with macros. */
    readonly extension: string,
    readonly sheets: BookSheet[],
    private readonly sharedStringsPart: string | null,
    private readonly dateStyles: boolean[],
    private readonly date1904: boolean,
  ) {}

  /** Opens the package and reads its sheet list; refuses what is not a readable workbook. */
  static open(buf: Buffer, fileName: string): XlsxBook {
    checkXlsxSignature(buf, fileName);
    return guarded(fileName, () => {
      const zip = new ZipReader(buf);
      const rootRels = zip.has('_rels/.rels') ? readRels(parseXml(zip.text('_rels/.rels'))) : [];
      const main = rootRels.find((r) => r.type.endsWith(REL_END.officeDocument) && !r.external);
      const wbPath = main ? resolveTarget('', main.target) : 'xl/workbook.xml';
      if (!zip.has(wbPath)) {
        throw new FileFormatError(`Tệp «${fileName}» là tệp nén nhưng không phải bảng tính Excel (không có phần workbook). Hãy mở bằng Excel và lưu thành «Excel Workbook (*.xlsx)».`, fileName);
      }
      const wb = parseXml(zip.text(wbPath)).documentElement!;
      if (wb.localName !== 'workbook') throw new XmlError('phần workbook không hợp lệ');
      if (wb.namespaceURI !== NS.main) {
        throw new FileFormatError(`Tệp «${fileName}» được lưu ở định dạng «Strict Open XML», phần mềm chưa đọc được. Hãy mở bằng Excel và lưu thành «Excel Workbook (*.xlsx)».`, fileName);
      }
      const relsPath = relsPathOf(wbPath);
      const rels = zip.has(relsPath) ? readRels(parseXml(zip.text(relsPath))) : [];
      const target = (rel: (typeof rels)[number] | undefined): string | null =>
        rel && !rel.external ? resolveTarget(wbPath, rel.target) : null;

      const sheetsEl = firstChild(wb, 'sheets');
      const sheets: BookSheet[] = (sheetsEl ? childElements(sheetsEl, 'sheet') : []).map((el) => {
        const rid = el.getAttributeNS(NS.rel, 'id') ?? '';
        const rel = rels.find((r) => r.id === rid);
        const state = el.getAttribute('state');
        return {
          name: el.getAttribute('name') ?? '',
          visibility: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
          part: rel && rel.type.endsWith(REL_END.worksheet) ? target(rel) : null,
        };
      });
      const sharedStrings = target(rels.find((r) => r.type.endsWith(REL_END.sharedStrings)));
      const stylesPart = target(rels.find((r) => r.type.endsWith(REL_END.styles)));
      const dateStyles = stylesPart && zip.has(stylesPart) ? readDateStyles(zip.text(stylesPart)) : [];
      const date1904 = usesDate1904(wb);
      return new XlsxBook(zip, fileName, packageExtension(zip, wbPath), sheets, sharedStrings && zip.has(sharedStrings) ? sharedStrings : null, dateStyles, date1904);
    });
  }

  private sharedStrings(): Promise<readonly string[] | PackedStrings> {
    if (!this.strings) {
      const part = this.sharedStringsPart;
      const size = part === null ? 0 : this.zip.entry(part)!.size;
      this.strings = part === null
        ? Promise.resolve([])
        : (async () => {
            // A part of implausible size (its stated size is checked as it is read) is read as plain strings.
            if (size > MAX_PACKED_PART) {
              const scanner = new SharedStringsScanner();
              await scanPart(this.zip.chunks(part), scanner);
              return scanner.strings;
            }
            const packed = (this.packed = new PackedStrings(size));
            await scanPart(this.zip.chunks(part), new SharedStringsScanner((s) => packed.add(s)));
            return packed;
          })();
    }
    return this.strings;
  }

  /** Reading is over: the packed shared strings are freed now (PackedStrings.release); a later read reads them again. */
  close(): void {
    this.packed?.release();
    this.packed = null;
    this.strings = null;
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const sheet = this.sheet(name);
    const scanner = await this.scan(sheet, (ctx) => new SheetScanner(ctx));
    return this.grid(sheet, scanner ? scanner.finish() : []);
  }

  /**
   * The sheet's rows above `limit` and whether it has more; with more, its part is inflated only as far as
   * that, and checked when read whole (or by `verifyUnread`).
   */
  async readSheetHead(name: string, limit: number): Promise<{ grid: SheetGrid; more: boolean }> {
    const sheet = this.sheet(name);
    const scanner = await this.scan(sheet, (ctx) => new SheetHeadScanner(ctx, limit));
    return { grid: this.grid(sheet, scanner ? scanner.finish() : []), more: scanner?.more ?? false };
  }

  /**
   * Hands the sheet's rows from index `from` on to `onRow` as they are scanned (see SheetRowStreamer);
   * false, having stopped, when its rows are out of order and must be read as a grid.
   */
  async readSheetRows(name: string, from: number, onRow: (cells: CellValue[], index: number) => void): Promise<boolean> {
    const sheet = this.sheet(name);
    try {
      const scanner = await this.scan(sheet, (ctx) => new SheetRowStreamer(ctx, from, onRow));
      scanner?.finish();
      return true;
    } catch (e) {
      if (e instanceof RowsOutOfOrder) return false;
      throw e;
    }
  }

  private sheet(name: string): BookSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new SheetError(`Không có sheet «${name}» trong tệp «${this.fileName}».`, { sheet: name });
    return sheet;
  }

  private grid(sheet: BookSheet, rows: CellValue[][]): SheetGrid {
    return { name: sheet.name, rows, originRow: 1, originCol: 1, visibility: sheet.visibility, date1904: this.date1904 };
  }

  /** Scans the sheet's part with the scanner `make` returns; null when the sheet has no part (an empty sheet). */
  private async scan<S extends SheetScanner>(sheet: BookSheet, make: (ctx: SheetContext) => S): Promise<S | null> {
    if (sheet.part === null || !this.zip.has(sheet.part)) return null;
    try {
      const ctx: SheetContext = { strings: await this.sharedStrings(), dateStyles: this.dateStyles, date1904: this.date1904 };
      const scanner = make(ctx);
      await scanPart(this.zip.chunks(sheet.part), scanner);
      return scanner;
    } catch (e) {
      if (e instanceof ZipError || e instanceof XmlError) throw damaged(this.fileName, e);
      throw e;
    }
  }

  /**
   * Every sheet, in order; then the parts no sheet needed (the package's own, media…) are checked too, so a
   * package damaged anywhere is refused.
   */
  async readAll(): Promise<SheetGrid[]> {
    const grids: SheetGrid[] = [];
    for (const s of this.sheets) grids.push(await this.readSheet(s.name));
    await this.verifyUnread();
    return grids;
  }

  /**
   * Checks (CRC-32 and size, inflating without scanning) every part but the worksheets and the shared
   * strings, which are checked as they are read — or by `verifyUnread` if they never are.
   */
  async verifyOtherParts(): Promise<void> {
    const lazy = new Set([...this.sheets.map((s) => s.part), this.sharedStringsPart].filter((p): p is string => p !== null).map((p) => this.zip.entry(p)));
    await this.verify((entry) => lazy.has(entry));
  }

  /** Checks every part not read (nor checked) yet: a package damaged anywhere is refused. */
  verifyUnread(): Promise<void> {
    return this.verify();
  }

  private async verify(skip?: (entry: ZipEntry) => boolean): Promise<void> {
    try {
      await this.zip.verifyAll(skip);
    } catch (e) {
      if (e instanceof ZipError) throw damaged(this.fileName, e);
      throw e;
    }
  }
}

/** Per cellXfs index, whether its number format shows dates. */
function readDateStyles(xml: string): boolean[] {
  const root = parseXml(xml).documentElement!;
  const custom = new Map<number, string>();
  const numFmts = firstChild(root, 'numFmts');
  for (const f of numFmts ? childElements(numFmts, 'numFmt') : []) {
    custom.set(Number(f.getAttribute('numFmtId')), f.getAttribute('formatCode') ?? '');
  }
  const xfs = firstChild(root, 'cellXfs');
  return (xfs ? childElements(xfs, 'xf') : []).map((xf) => {
    const id = Number(xf.getAttribute('numFmtId') ?? 0);
    return id > 0 && isDateFormat(custom.get(id) ?? BUILT_IN_FORMATS[id]);
  });
}

/** Every sheet of the workbook, in order. */
export function readWorkbook(buf: Buffer, fileName: string): Promise<SheetGrid[]> {
  return XlsxBook.open(buf, fileName).readAll();
}

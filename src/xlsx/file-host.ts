/** The workbook host for an .xlsx file: cells read by our reader, changes written into the original package. */
import type { CellValue, SheetGrid } from '../workbook/cells';
import type { SheetChanges, SheetInfo, WorkbookHost } from '../workbook/workbook-host';
import { Package } from './ooxml';
import { edited } from './package-writer';
import type { ByteSource } from './zip';
import type { ChunkSink } from './zip-writer';
import { XlsxBook } from './read-workbook';

export class XlsxFileHost implements WorkbookHost {
  private result: Package | null = null;
  /** The extension the output must keep (.xlsm for a workbook with macros): see XlsxBook. */
  readonly extension: string;

  /** Null once the changes are applied: its cache (the shared strings, ~20 MB at 200 000 cases) is let go. */
  private opened: XlsxBook | null;

  /** The input's bytes; null once the changes are applied when they can be read again from `source`. */
  private original: Buffer | null;

  private constructor(
    original: Buffer,
    private readonly fileName: string,
    book: XlsxBook,
    private readonly source: ByteSource | undefined,
  ) {
    this.original = original;
    this.opened = book;
    this.extension = book.extension;
  }

  /** The package as read; opened again (unchecked parts are checked as they are read) if a read follows the write. */
  private get book(): XlsxBook {
    return (this.opened ??= XlsxBook.open(this.bytes(), this.fileName));
  }

  private bytes(): Buffer {
    return this.original ?? this.source!.read(0, this.source!.length);
  }

  /**
   * Opens the package and reads its sheet list; no sheet is parsed yet. The small parts are checked now,
   * the worksheets and shared strings as they are read, and whatever was never read before the result is
   * built (`applyChanges`) or by `verifyUnread`.
   */
  static async open(original: Buffer, fileName: string, source?: ByteSource): Promise<XlsxFileHost> {
    const book = XlsxBook.open(original, fileName);
    await book.verifyOtherParts();
    return new XlsxFileHost(original, fileName, book, source);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.book.sheets.map((s) => ({ name: s.name, visibility: s.visibility }));
  }

  /**
   * The sheet's cells, its part scanned now (each call scans it again: the job keeps what it read, and a
   * sheet it skips — an earlier run's results — is never parsed).
   */
  readSheet(name: string): Promise<SheetGrid> {
    return this.book.readSheet(name);
  }

  readSheetHead(name: string, limit: number): Promise<{ grid: SheetGrid; more: boolean }> {
    return this.book.readSheetHead(name, limit);
  }

  readSheetRows(name: string, from: number, onRow: (cells: CellValue[], index: number) => void): Promise<boolean> {
    return this.book.readSheetRows(name, from, onRow);
  }

  /** Checks the parts no read has checked (an earlier run's result sheets): damage anywhere is refused. */
  verifyUnread(): Promise<void> {
    return this.book.verifyUnread();
  }

  async applyChanges(changes: SheetChanges): Promise<void> {
    await this.book.verifyUnread();
    // Reading is over: the book's cached shared strings need not stay alive while the sheets are written.
    this.opened?.close();
    this.opened = null;
    const pkg = await Package.load(this.bytes());
    if (this.source) {
      pkg.release(this.source);
      this.letGoOfOriginal();
    }
    this.result = await edited(pkg, {
      remove: changes.remove,
      add: changes.add,
      veryHidden: changes.veryHidden,
      // `activate` is not applied to files: Excel would open with the user's sheet (still flagged
      // tabSelected, which we never edit) and ours grouped, and typing would go into both.
    });
  }

  /**
   * Frees the input's bytes now rather than at the next full collection, which on a long run comes after
   * the result sheets are built, at the peak: its memory is handed to a buffer nobody holds, which the
   * next minor collection frees. Only a buffer with a memory of its own (not a slice of Node's pool).
   */
  private letGoOfOriginal(): void {
    const buf = this.original!;
    this.original = null;
    const memory = buf.buffer;
    if (memory instanceof ArrayBuffer && buf.byteOffset === 0 && memory.byteLength === buf.length) structuredClone(memory, { transfer: [memory] });
  }

  /** Writes the edited package, chunk by chunk, to `sink`; the original buffer is never modified. */
  async writeOutput(sink: ChunkSink): Promise<void> {
    if (!this.result) throw new Error('applyChanges has not run'); // a programming error: output before applyChanges
    await this.result.writeTo(sink);
  }

  /** The edited package as one buffer. */
  async output(): Promise<Buffer> {
    if (!this.result) throw new Error('applyChanges has not run'); // a programming error: output before applyChanges
    return this.result.toBuffer();
  }
}

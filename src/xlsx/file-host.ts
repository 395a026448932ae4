/** The workbook host for an .xlsx file: cells read by our reader, changes written into the original package. */
import type { SheetGrid } from '../workbook/cells';
import type { SheetChanges, SheetInfo, WorkbookHost } from '../workbook/workbook-host';
import type { Package } from './ooxml';
import { editedPackage } from './package-writer';
import type { ChunkSink } from './zip-writer';
import { XlsxBook } from './read-workbook';

export class XlsxFileHost implements WorkbookHost {
  private result: Package | null = null;
  /** The extension the output must keep (.xlsm for a workbook with macros): see XlsxBook. */
  readonly extension: string;

  /** Null once the changes are applied: its cache (the shared strings, ~20 MB at 200 000 cases) is let go. */
  private opened: XlsxBook | null;

  private constructor(
    private readonly original: Buffer,
    private readonly fileName: string,
    book: XlsxBook,
  ) {
    this.opened = book;
    this.extension = book.extension;
  }

  /** The package as read; opened again (unchecked parts are checked as they are read) if a read follows the write. */
  private get book(): XlsxBook {
    return (this.opened ??= XlsxBook.open(this.original, this.fileName));
  }

  /**
   * Opens the package and reads its sheet list; no sheet is parsed yet. The small parts are checked now,
   * the worksheets and shared strings as they are read, and whatever was never read before the result is
   * built (`applyChanges`) or by `verifyUnread`.
   */
  static async open(original: Buffer, fileName: string): Promise<XlsxFileHost> {
    const book = XlsxBook.open(original, fileName);
    await book.verifyOtherParts();
    return new XlsxFileHost(original, fileName, book);
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

  /** Checks the parts no read has checked (an earlier run's result sheets): damage anywhere is refused. */
  verifyUnread(): Promise<void> {
    return this.book.verifyUnread();
  }

  async applyChanges(changes: SheetChanges): Promise<void> {
    await this.book.verifyUnread();
    // Reading is over: the book's cached shared strings need not stay alive while the sheets are written.
    this.opened = null;
    this.result = await editedPackage(this.original, {
      remove: changes.remove,
      add: changes.add,
      veryHidden: changes.veryHidden,
      // `activate` is not applied to files: Excel would open with the user's sheet (still flagged
      // tabSelected, which we never edit) and ours grouped, and typing would go into both.
    });
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

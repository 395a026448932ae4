/** The workbook host for an .xlsx file: cells read by our reader, changes written into the original package. */
import type { SheetGrid } from '../workbook/cells';
import type { SheetChanges, SheetInfo, WorkbookHost } from '../workbook/workbook-host';
import type { Package } from './ooxml';
import { editedPackage } from './package-writer';
import type { ChunkSink } from './zip-writer';
import { XlsxBook } from './read-workbook';

export class XlsxFileHost implements WorkbookHost {
  private result: Package | null = null;

  private constructor(
    private readonly original: Buffer,
    private readonly grids: SheetGrid[],
    /** The extension the output must keep (.xlsm for a workbook with macros): see XlsxBook. */
    readonly extension: string,
  ) {}

  static async open(original: Buffer, fileName: string): Promise<XlsxFileHost> {
    const book = XlsxBook.open(original, fileName);
    return new XlsxFileHost(original, await book.readAll(), book.extension);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.grids.map((g) => ({ name: g.name, visibility: g.visibility }));
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const grid = this.grids.find((g) => g.name === name);
    if (!grid) throw new Error(`Không có sheet «${name}».`);
    return grid;
  }

  async applyChanges(changes: SheetChanges): Promise<void> {
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
    if (!this.result) throw new Error('applyChanges has not run');
    await this.result.writeTo(sink);
  }

  /** The edited package as one buffer. */
  async output(): Promise<Buffer> {
    if (!this.result) throw new Error('applyChanges has not run');
    return this.result.toBuffer();
  }
}

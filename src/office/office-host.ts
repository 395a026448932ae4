/**
 * WorkbookHost over the workbook open in Excel. Each call is one `Excel.run` through the injected runner;
 * the work itself lives in functions that take the request context, so tests drive them with a fake.
 *
 * The workbook's date system (date-system.ts) is asked once per job, in the first batch of `listSheets`
 * (every job starts there) or of whichever call comes first, and every read and write of the job uses it.
 */
import type { CellValue, SheetGrid } from '../workbook/cells';
import type { HostProgress, SheetChanges, SheetInfo, WorkbookHost } from '../workbook/workbook-host';
import { applySheetChanges } from './apply-changes';
import type { OfficeCapabilities } from './capabilities';
import { DateSystemTracker } from './date-system';
import { listWorksheets } from './list-sheets';
import { explainFailure } from './office-error';
import { readSheetGrid, readSheetHeads, readSheetRowsFrom, type SheetHead } from './read-sheet';
import type { ExcelRunner } from './run-excel';

export class OfficeWorkbookHost implements WorkbookHost {
  private readonly dates = new DateSystemTracker();
  /** The visible sheets of this job, in order: the heads asked for one sheet are read for those after it too. */
  private visible: string[] = [];
  /** Heads read ahead with another sheet's, by name; each is handed out once, then read afresh. */
  private heads = new Map<string, { limit: number; head: SheetHead }>();

  constructor(
    private readonly run: ExcelRunner,
    readonly capabilities: OfficeCapabilities,
  ) {}

  listSheets(): Promise<SheetInfo[]> {
    this.dates.reset();
    this.heads.clear();
    return explainFailure('Không đọc được danh sách sheet từ Excel', async () => {
      const infos = await this.run((context) => this.dates.firstSync(context, () => listWorksheets(context)));
      this.visible = infos.filter((s) => s.visibility === 'visible').map((s) => s.name);
      return infos;
    });
  }

  readSheet(name: string, onProgress?: (p: HostProgress) => void): Promise<SheetGrid> {
    return explainFailure(`Không đọc được sheet «${name}» từ Excel`, () =>
      this.run((context) => readSheetGrid(context, name, this.dates, onProgress)),
    );
  }

  /**
   * The sheet's first `limit` rows. The job asks for the visible sheets one by one, in order, so the heads
   * of the visible sheets after this one are read in the same batches (readSheetHeads) and kept for then.
   */
  async readSheetHead(name: string, limit: number): Promise<{ grid: SheetGrid; more: boolean }> {
    const kept = this.heads.get(name);
    this.heads.delete(name);
    if (kept && kept.limit === limit) return kept.head;
    const at = this.visible.indexOf(name);
    const names = [name, ...(at < 0 ? [] : this.visible.slice(at + 1).filter((n) => !this.heads.has(n)))];
    const read = await explainFailure(`Không đọc được các dòng đầu của sheet «${name}» từ Excel`, () =>
      this.run((context) => readSheetHeads(context, names, limit, this.dates)),
    );
    for (const [n, head] of read) if (n !== name) this.heads.set(n, { limit, head });
    return read.get(name)!;
  }

  /** The sheet's rows from grid index `from` on, chunk by chunk; Excel hands them in order, so always true. */
  async readSheetRows(name: string, from: number, onRow: (cells: CellValue[], index: number) => void): Promise<boolean> {
    await explainFailure(`Không đọc được sheet «${name}» từ Excel`, () => this.run((context) => readSheetRowsFrom(context, name, from, this.dates, onRow)));
    return true;
  }

  applyChanges(changes: SheetChanges, onProgress?: (p: HostProgress) => void): Promise<void> {
    return explainFailure('Không ghi được kết quả vào Excel', () =>
      this.run((context) => applySheetChanges(context, changes, this.capabilities, this.dates, onProgress)),
    );
  }

  /**
   * What the user must know about the dates of this job, in Vietnamese, or null: the workbook counts dates
   * from 1904 (read and written accordingly), or its date system could not be told (read and written in
   * Excel's default, 1900). Ask after `readInputSheets` and again after the run.
   */
  dateSystemNotice(): string | null {
    return this.dates.notice();
  }
}

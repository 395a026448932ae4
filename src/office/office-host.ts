/**
 * WorkbookHost over the workbook open in Excel. Each call is one `Excel.run` through the injected runner;
 * the work itself lives in functions that take the request context, so tests drive them with a fake.
 *
 * The workbook's date system (date-system.ts) is asked once per job, in the first batch of `listSheets`
 * (every job starts there) or of whichever call comes first, and every read and write of the job uses it.
 */
import type { SheetGrid } from '../workbook/cells';
import type { HostProgress, SheetChanges, SheetInfo, WorkbookHost } from '../workbook/workbook-host';
import { applySheetChanges } from './apply-changes';
import type { OfficeCapabilities } from './capabilities';
import { DateSystemTracker } from './date-system';
import { listWorksheets } from './list-sheets';
import { explainFailure } from './office-error';
import { readSheetGrid } from './read-sheet';
import type { ExcelRunner } from './run-excel';

export class OfficeWorkbookHost implements WorkbookHost {
  private readonly dates = new DateSystemTracker();

  constructor(
    private readonly run: ExcelRunner,
    readonly capabilities: OfficeCapabilities,
  ) {}

  listSheets(): Promise<SheetInfo[]> {
    this.dates.reset();
    return explainFailure('Không đọc được danh sách sheet từ Excel', () =>
      this.run((context) => this.dates.firstSync(context, () => listWorksheets(context))),
    );
  }

  readSheet(name: string, onProgress?: (p: HostProgress) => void): Promise<SheetGrid> {
    return explainFailure(`Không đọc được sheet «${name}» từ Excel`, () =>
      this.run((context) => readSheetGrid(context, name, this.dates, onProgress)),
    );
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

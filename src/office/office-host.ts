/**
 * WorkbookHost over the workbook open in Excel. Each call is one `Excel.run` through the injected runner;
 * the work itself lives in functions that take the request context, so tests drive them with a fake.
 */
import type { SheetGrid } from '../workbook/cells';
import type { HostProgress, SheetChanges, SheetInfo, WorkbookHost } from '../workbook/workbook-host';
import { applySheetChanges } from './apply-changes';
import type { OfficeCapabilities } from './capabilities';
import { listWorksheets } from './list-sheets';
import { explainFailure } from './office-error';
import { readSheetGrid } from './read-sheet';
import type { ExcelRunner } from './run-excel';

export class OfficeWorkbookHost implements WorkbookHost {
  constructor(
    private readonly run: ExcelRunner,
    readonly capabilities: OfficeCapabilities,
  ) {}

  listSheets(): Promise<SheetInfo[]> {
    return explainFailure('Không đọc được danh sách sheet từ Excel', () => this.run(listWorksheets));
  }

  readSheet(name: string, onProgress?: (p: HostProgress) => void): Promise<SheetGrid> {
    return explainFailure(`Không đọc được sheet «${name}» từ Excel`, () =>
      this.run((context) => readSheetGrid(context, name, onProgress)),
    );
  }

  applyChanges(changes: SheetChanges, onProgress?: (p: HostProgress) => void): Promise<void> {
    return explainFailure('Không ghi được kết quả vào Excel', () =>
      this.run((context) => applySheetChanges(context, changes, this.capabilities, onProgress)),
    );
  }
}

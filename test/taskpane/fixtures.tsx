/** A small case table, an in-memory WorkbookHost and recording fakes of the task pane's ports. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { SavedChoices } from '../../src/office/document-settings';
import type { Navigator, PaneEnvironment, SettingsStore, ThemeKind } from '../../src/taskpane/ports';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import type { HostProgress, SheetChanges, SheetInfo, WorkbookHost } from '../../src/workbook/workbook-host';

export const renderUi = (ui: ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

export const HEADER = [
  'STT',
  'Mã hồ sơ',
  'Đơn vị giải quyết',
  'Tên thủ tục hành chính',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày trả kết quả',
  'Trạng thái',
];

/** Q1/2024: Sở Tư pháp 2 late of 3, UBND huyện Tuần Giáo 1 late + 1 overdue in progress, UBND xã Quài Nưa on time. */
export const CASE_ROWS: CellValue[][] = [
  [1, 'HS-001', 'Sở Tư pháp', 'Cấp phiếu lý lịch tư pháp', '02/01/2024', '10/01/2024', '15/01/2024', 'Đã trả kết quả'],
  [2, 'HS-002', 'Sở Tư pháp', 'Cấp phiếu lý lịch tư pháp', '03/01/2024', '11/01/2024', '18/01/2024', 'Đã trả kết quả'],
  [3, 'HS-003', 'Sở Tư pháp', 'Chứng thực bản sao', '04/01/2024', '12/01/2024', '08/01/2024', 'Đã trả kết quả'],
  [4, 'HS-004', 'UBND huyện Tuần Giáo', 'Đăng ký hộ kinh doanh', '05/02/2024', '20/02/2024', '28/02/2024', 'Đã trả kết quả'],
  [5, 'HS-005', 'UBND huyện Tuần Giáo', 'Đăng ký hộ kinh doanh', '01/03/2024', '15/03/2024', null, 'Đang xử lý'],
  [6, 'HS-006', 'UBND xã Quài Nưa', 'Đăng ký khai sinh', '11/03/2024', '13/03/2024', '13/03/2024', 'Đã trả kết quả'],
  [7, 'HS-007', 'UBND xã Quài Nưa', 'Đăng ký khai sinh', '12/03/2024', '14/03/2024', '14/03/2024', 'Đã trả kết quả'],
];

export function grid(name: string, rows: CellValue[][]): SheetGrid {
  return { name, rows, originRow: 1, originCol: 1, visibility: 'visible' };
}

/** A title row above the header, so the header is on sheet row 2. */
export const caseSheet = (name = 'Danh sách hồ sơ', header = HEADER, rows = CASE_ROWS): SheetGrid =>
  grid(name, [['DANH SÁCH HỒ SƠ QUÝ I/2024'], header, ...rows]);

/** Sheets in memory; applyChanges records every call and updates the sheet list as Excel would. */
export class FakeHost implements WorkbookHost {
  readonly changes: SheetChanges[] = [];
  /** What the Office host says of a 1904 workbook or a failed date-system detection. */
  dateNotice: string | null = null;
  constructor(public sheets: SheetGrid[]) {}

  dateSystemNotice(): string | null {
    return this.dateNotice;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((s) => ({ name: s.name, visibility: s.visibility }));
  }

  async readSheet(name: string, onProgress?: (p: HostProgress) => void): Promise<SheetGrid> {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    onProgress?.({ phase: 'read', sheet: name, done: sheet.rows.length, total: sheet.rows.length });
    return sheet;
  }

  async applyChanges(changes: SheetChanges, onProgress?: (p: HostProgress) => void): Promise<void> {
    this.changes.push(changes);
    this.sheets = this.sheets.filter((s) => !changes.remove.includes(s.name));
    for (const model of changes.add) {
      onProgress?.({ phase: 'write', sheet: model.name, done: 1, total: 1 });
      const rows = model.rows.map((r) => r.map((c) => c?.value ?? null));
      this.sheets.push({ ...grid(model.name, rows), visibility: changes.veryHidden.includes(model.name) ? 'veryHidden' : 'visible' });
    }
  }
}

export function fakeNavigator(): Navigator & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    activateSheet: jest.fn(async (name: string) => void calls.push(['activateSheet', name])),
    selectCell: jest.fn(async (sheet: string, row: number, column: string | null) => void calls.push(['selectCell', sheet, row, column])),
    selectUnit: jest.fn(async (sheet: string, unit: string) => void calls.push(['selectUnit', sheet, unit])),
  };
}

/** The pane's surroundings as a test sets them; the welcome counts as seen unless `firstRun`. */
export function fakeEnvironment({ fileName = 'Hồ sơ quý I.xlsx', theme = 'light', firstRun = false }: { fileName?: string | null; theme?: ThemeKind; firstRun?: boolean } = {}) {
  const listeners: ((t: ThemeKind) => void)[] = [];
  const env = {
    seen: !firstRun,
    fileName: () => fileName,
    theme: () => theme,
    onThemeChange: (listener: (t: ThemeKind) => void) => {
      listeners.push(listener);
      return () => void listeners.splice(listeners.indexOf(listener), 1);
    },
    welcomeSeen: () => env.seen,
    rememberWelcomeSeen: () => void (env.seen = true),
    /** What Office does when the user picks another theme. */
    changeTheme: (t: ThemeKind) => listeners.forEach((l) => l(t)),
  };
  return env satisfies PaneEnvironment;
}

/** Keeps what was saved, like document settings kept in the file. */
export function memorySettings(initial: SavedChoices | null = null): SettingsStore & { saved: SavedChoices | null } {
  const store = {
    saved: initial,
    load: () => store.saved,
    save: async (c: SavedChoices) => {
      store.saved = JSON.parse(JSON.stringify(c));
    },
  };
  return store;
}

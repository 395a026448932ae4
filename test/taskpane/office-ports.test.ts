/** The Office.js sides of the task pane's ports, over small fakes of Excel and of document settings. */
import { DocumentSettingsStore, parseSavedChoices, type SavedChoices, type SettingsBag } from '../../src/office/document-settings';
import { activateSheet, createNavigator, issueAddress, selectCell, selectUnit } from '../../src/office/navigation';
import { fileNameOf, officePaneEnvironment, themeKindOf } from '../../src/office/pane-environment';
import type { ExcelRunner } from '../../src/office/run-excel';

/** Records activate/select calls and whether they were synced; `missing` sheets fail like ItemNotFound. */
function fakeExcel(missing: string[] = []) {
  const log: string[] = [];
  const context = {
    workbook: {
      worksheets: {
        getItem: (name: string) => ({
          activate: () => log.push(`activate ${name}`),
          getRange: (address: string) => ({ select: () => log.push(`select ${name}!${address}`) }),
        }),
      },
    },
    sync: async () => {
      const bad = log.find((l) => missing.some((m) => l.includes(` ${m}`)));
      if (bad) throw Object.assign(new Error('The requested resource doesn\u2019t exist.'), { code: 'ItemNotFound' });
      log.push('sync');
    },
  };
  const run: ExcelRunner = (work) => work(context as unknown as Excel.RequestContext);
  return { run, log };
}

describe('navigation', () => {
  it('activates a sheet in one batch', async () => {
    const { run, log } = fakeExcel();
    await activateSheet('Tổng hợp theo đơn vị', run);
    expect(log).toEqual(['activate Tổng hợp theo đơn vị', 'sync']);
  });

  it('selects the issue cell, or its row when no single column is named', async () => {
    const { run, log } = fakeExcel();
    const nav = createNavigator(run);
    await nav.selectCell('Danh sách hồ sơ', 11, 'E');
    await selectCell('Danh sách hồ sơ', 12, null, run);
    expect(log).toEqual([
      'activate Danh sách hồ sơ',
      'select Danh sách hồ sơ!E11',
      'sync',
      'activate Danh sách hồ sơ',
      'select Danh sách hồ sơ!12:12',
      'sync',
    ]);
    expect(issueAddress(3, 'ab')).toBe('AB3');
    expect(issueAddress(3, 'Ngày tiếp nhận')).toBe('3:3');
  });

  it('says in Vietnamese which sheet could not be opened', async () => {
    const { run } = fakeExcel(['Đã xoá']);
    await expect(activateSheet('Đã xoá', run)).rejects.toThrow(/^Không mở được sheet «Đã xoá»\. Không tìm thấy sheet/);
  });
});

describe('selecting a unit’s row', () => {
  /** A sheet whose used range starts at B3 (title rows above, one empty column left), with the unit names in C. */
  function criteriaSheet(values: unknown[][] | null) {
    const log: string[] = [];
    const used = { isNullObject: values === null, address: "'Tiêu chí bổ sung'!B3:D6", rowCount: 4, columnCount: 3, load: () => used };
    const context = {
      workbook: {
        worksheets: {
          getItem: (name: string) => ({
            getUsedRangeOrNullObject: () => used,
            getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => {
              log.push(`read ${row},${col} ${rows}×${cols}`);
              const range = { values: values ?? [], load: () => range };
              return range;
            },
            activate: () => log.push(`activate ${name}`),
            getRange: (address: string) => ({ select: () => log.push(`select ${address}`) }),
          }),
        },
      },
      sync: async () => void log.push('sync'),
    };
    const run: ExcelRunner = (work) => work(context as unknown as Excel.RequestContext);
    return { run, log };
  }
  const rows = [
    ['STT', 'Tên đơn vị', 'Tiêu chí 9'],
    [1, 'Sở Tư pháp', ''],
    [2, 'UBND  xã Quài Nưa ', ''],
    [3, 'Sở Y tế', 2],
  ];

  it('finds the unit’s name as the sheet is now, spacing and letter case aside, and selects that cell', async () => {
    const { run, log } = criteriaSheet(rows);
    await createNavigator(run).selectUnit('Tiêu chí bổ sung', 'UBND xã quài nưa');
    // Row 3 of the values is sheet row 3 + 2 = 5; column 2 of a range starting at B is C.
    expect(log).toEqual(['sync', 'read 2,1 4×3', 'sync', 'activate Tiêu chí bổ sung', 'select C5', 'sync']);
  });

  it('says which unit is missing from which sheet, and what to do', async () => {
    const { run } = criteriaSheet(rows);
    await expect(selectUnit('Tiêu chí bổ sung', 'Sở Xây dựng', run)).rejects.toThrow(
      'Sheet «Tiêu chí bổ sung» không có dòng nào ghi tên đơn vị «Sở Xây dựng» (dòng có thể đã bị xóa hoặc đổi tên). Bấm «Chạy lại» để chấm điểm lại.',
    );
    await expect(selectUnit('Tiêu chí bổ sung', 'Sở Tư pháp', criteriaSheet(null).run)).rejects.toThrow(/không có dòng nào ghi tên đơn vị «Sở Tư pháp»/);
  });
});

describe('pane environment', () => {
  it('names the open file from its URL or path; a new file has none', () => {
    expect(fileNameOf('https://contoso.sharepoint.com/sites/vp/Shared%20Documents/H%E1%BB%93%20s%C6%A1%20qu%C3%BD%20I.xlsx?web=1')).toBe('Hồ sơ quý I.xlsx');
    expect(fileNameOf('C:\\Users\\vt\\Desktop\\DS 100% hồ sơ.xlsx')).toBe('DS 100% hồ sơ.xlsx');
    expect(fileNameOf('')).toBeNull();
    expect(fileNameOf(undefined)).toBeNull();
  });

  it('tells a dark theme by Office’s flag, or by the body colour when the host has no flag', () => {
    expect(themeKindOf({ isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' })).toBe('dark');
    expect(themeKindOf({ isDarkTheme: false, bodyBackgroundColor: '#000000' })).toBe('light');
    expect(themeKindOf({ bodyBackgroundColor: '#262626' })).toBe('dark'); // «Black» in Office 2019
    expect(themeKindOf({ bodyBackgroundColor: '#E6E6E6' })).toBe('light'); // «Colorful»
    expect(themeKindOf({ bodyBackgroundColor: 'teal' })).toBe('light');
    expect(themeKindOf(undefined)).toBe('light');
  });

  it('reads Office.context, remembers the welcome in localStorage and listens for theme changes when the host can', () => {
    const stored = new Map<string, string>();
    const handlers: (() => void)[] = [];
    const theme = { isDarkTheme: false };
    const g = globalThis as Record<string, unknown>;
    g.window = { localStorage: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) } };
    g.Office = {
      EventType: { OfficeThemeChanged: 'officeThemeChanged' },
      context: {
        officeTheme: theme,
        document: {
          url: '/tmp/Hồ sơ.xlsx',
          addHandlerAsync: (_: string, h: () => void) => void handlers.push(h),
          removeHandlerAsync: (_: string, o: { handler: () => void }) => void handlers.splice(handlers.indexOf(o.handler), 1),
        },
      },
    };
    try {
      const env = officePaneEnvironment();
      expect([env.fileName(), env.theme(), env.welcomeSeen()]).toEqual(['Hồ sơ.xlsx', 'light', false]);
      env.rememberWelcomeSeen();
      expect(officePaneEnvironment().welcomeSeen()).toBe(true);
      const seen: string[] = [];
      const stop = env.onThemeChange((t) => seen.push(t));
      theme.isDarkTheme = true;
      handlers.forEach((h) => h());
      expect(seen).toEqual(['dark']);
      stop();
      expect(handlers).toHaveLength(0);
    } finally {
      delete g.Office;
      delete g.window;
    }
  });
});

function fakeBag(failSave = false): SettingsBag & { values: Map<string, unknown>; saves: number } {
  const values = new Map<string, unknown>();
  const bag = {
    values,
    saves: 0,
    get: (name: string) => (values.has(name) ? JSON.parse(JSON.stringify(values.get(name))) : null),
    set: (name: string, value: unknown) => void values.set(name, value),
    saveAsync: (cb?: (r: Office.AsyncResult<void>) => void) => {
      bag.saves++;
      const result = failSave ? { status: 'failed', error: { message: 'Tệp chỉ đọc.' } } : { status: 'succeeded' };
      setTimeout(() => cb?.(result as unknown as Office.AsyncResult<void>), 0);
    },
  };
  return bag;
}

const choices: SavedChoices = {
  sheet: 'Danh sách hồ sơ',
  columns: { unit: { header: 'Đơn vị giải quyết', index: 2 }, received: { header: 'Ngày tiếp nhận', index: 4 }, status: null },
  period: { kind: 'quarter', year: 2024, month: 1, quarter: 1, from: '', to: '', asOf: '2024-04-05' },
};

describe('document settings', () => {
  it('saves with set + saveAsync and loads the same choices back', async () => {
    const bag = fakeBag();
    const store = new DocumentSettingsStore(bag);
    expect(store.load()).toBeNull();
    await store.save(choices);
    expect(bag.saves).toBe(1);
    expect(new DocumentSettingsStore(bag).load()).toEqual(choices);
  });

  it('rejects with a Vietnamese message when Office cannot save', async () => {
    await expect(new DocumentSettingsStore(fakeBag(true)).save(choices)).rejects.toThrow('Không lưu được lựa chọn vào tệp: Tệp chỉ đọc.');
  });

  it('ignores damaged or foreign values instead of failing', () => {
    expect(parseSavedChoices(null)).toBeNull();
    expect(parseSavedChoices('{not json')).toBeNull();
    expect(parseSavedChoices({ version: 99, sheet: 'A' })).toBeNull();
    expect(parseSavedChoices(JSON.stringify({ version: 1, ...choices }))).toEqual(choices);
    const odd = parseSavedChoices({
      version: 1,
      sheet: 'A',
      columns: { unit: { header: 'Đơn vị', index: -1 }, received: { header: 'Ngày', index: 3 }, nonsense: { header: 'x', index: 1 } },
      period: { kind: 'week', year: 2024, month: 1, quarter: 1, from: '', to: '', asOf: null },
    });
    expect(odd).toEqual({ sheet: 'A', columns: { received: { header: 'Ngày', index: 3 } }, period: null });
  });
});

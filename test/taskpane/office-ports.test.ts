/** The Office.js sides of the task pane's ports, over small fakes of Excel and of document settings. */
import { DocumentSettingsStore, parseSavedChoices, type SavedChoices, type SettingsBag } from '../../src/office/document-settings';
import { activateSheet, createNavigator, issueAddress, selectCell } from '../../src/office/navigation';
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

/** @jest-environment jsdom */
import './setup-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { DataStep } from '../../src/taskpane/components/DataStep';
import { dataRowCount, detect, manualHeaderRow } from '../../src/taskpane/data-choice';
import type { SheetGrid } from '../../src/workbook/cells';
import { caseSheet, FakeHost, grid, renderUi } from './fixtures';

const fieldDropdown = (label: string) => screen.getByRole('combobox', { name: new RegExp(`^${label}`) });

async function choose(label: string, option: string | RegExp) {
  fireEvent.click(fieldDropdown(label));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

// Headers the detection cannot place: the user says which row and which columns.
const MANUAL = grid('Nhập tay', [
  ['Bảng theo dõi của bộ phận một cửa'],
  [],
  ['Cột A', 'Cột B', 'Ngày 1', 'Ngày 2', 'Ngày 3'],
  ['HS-1', 'Sở Tư pháp', '02/01/2024', '10/01/2024', '09/01/2024'],
  ['HS-2', 'Sở Y tế', '06/03/2024', '20/04/2024', null],
]);
const NOTES = grid('Ghi chú', [['Ghi chú của văn phòng']]);

async function openManual(saved = null) {
  const onNext = jest.fn();
  renderUi(<DataStep host={new FakeHost([NOTES, MANUAL])} input={null} saved={saved} onNext={onNext} />);
  expect(await screen.findByText('Không tìm thấy bảng hồ sơ')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Chọn bảng thủ công' }));
  return onNext;
}

describe('the table chosen by hand', () => {
  it('sheet, header row, preview, required columns: «Tiếp tục» only once they are mapped', async () => {
    const onNext = await openManual();
    await choose('Sheet chứa hồ sơ', 'Nhập tay');
    const next = screen.getByRole('button', { name: 'Tiếp tục' });
    expect(next.getAttribute('aria-disabled')).toBe('true'); // no row yet

    const row = screen.getByRole('spinbutton', { name: /Dòng tiêu đề/ });
    fireEvent.change(row, { target: { value: '9' } });
    expect(screen.getByText('Sheet «Nhập tay» có dữ liệu từ dòng 1 đến dòng 5.')).toBeTruthy();
    fireEvent.change(row, { target: { value: '2' } });
    expect(screen.getByText('Dòng 2 của sheet «Nhập tay» trống: chọn dòng có tên các cột.')).toBeTruthy();
    fireEvent.change(row, { target: { value: '3' } });

    expect(screen.getByText('Dòng 3 có 5 ô:')).toBeTruthy();
    expect(screen.getByText('A: Cột A · B: Cột B · C: Ngày 1 · D: Ngày 2 · E: Ngày 3')).toBeTruthy();
    expect(screen.getByText('Còn thiếu cột bắt buộc: «Đơn vị giải quyết», «Ngày tiếp nhận», «Ngày trả kết quả», «Hạn xử lý» hoặc «Thời hạn giải quyết (ngày làm việc)».')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tiếp tục' }).getAttribute('aria-disabled')).toBe('true');

    await choose('Đơn vị giải quyết', 'Cột B (cột B)');
    await choose('Ngày tiếp nhận', 'Ngày 1 (cột C)');
    await choose('Hạn xử lý', 'Ngày 2 (cột D)');
    expect(screen.getByRole('button', { name: 'Tiếp tục' }).getAttribute('aria-disabled')).toBe('true');
    await choose('Ngày trả kết quả', 'Ngày 3 (cột E)');
    expect(screen.queryByText(/Còn thiếu cột bắt buộc/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onNext).toHaveBeenCalledTimes(1);
    const [, choice] = onNext.mock.calls[0];
    expect(choice.sheets).toEqual(['Nhập tay']);
    expect(choice.mapping).toEqual({ unit: 1, received: 2, due: 3, completed: 4 });
    expect(manualHeaderRow(choice)).toBe(3);
  });

  it('a manual choice saved in the workbook comes back open, with its columns', async () => {
    const saved = {
      sheet: 'Nhập tay',
      headerRow: 3,
      period: null,
      columns: {
        unit: { header: 'Cột B', index: 1 },
        received: { header: 'Ngày 1', index: 2 },
        due: { header: 'Ngày 2', index: 3 },
        completed: { header: 'Ngày 3', index: 4 },
      },
    };
    const onNext = jest.fn();
    renderUi(<DataStep host={new FakeHost([NOTES, MANUAL])} input={null} saved={saved} onNext={onNext} />);
    expect(await screen.findByText('Dòng 3 có 5 ô:')).toBeTruthy();
    expect(fieldDropdown('Sheet chứa hồ sơ').textContent).toContain('Nhập tay');
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onNext.mock.calls[0][1].mapping).toEqual({ unit: 1, received: 2, due: 3, completed: 4 });
  });

  it('reads whole a long sheet the detection held to its first rows before placing the table on it', async () => {
    // As the Office host does: each sheet's first rows, and a whole read on demand.
    class HeadsHost extends FakeHost {
      async readSheetHead(name: string, limit: number): Promise<{ grid: SheetGrid; more: boolean }> {
        const sheet = this.sheets.find((s) => s.name === name)!;
        return { grid: { ...sheet, rows: sheet.rows.slice(0, limit) }, more: sheet.rows.length > limit };
      }
    }
    const more = Array.from({ length: 198 }, (_, i) => [`HS-${i + 3}`, 'Sở Tư pháp', '02/01/2024', '10/01/2024', '09/01/2024']);
    const long = grid('Nhập tay', [...MANUAL.rows, ...more]);
    const host = new HeadsHost([NOTES, long]);
    const readSheet = jest.spyOn(host, 'readSheet');
    const onNext = jest.fn();
    renderUi(<DataStep host={host} input={null} saved={null} onNext={onNext} />);
    expect(await screen.findByText('Không tìm thấy bảng hồ sơ')).toBeTruthy();
    expect(readSheet).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Chọn bảng thủ công' }));
    await choose('Sheet chứa hồ sơ', 'Nhập tay');
    expect(screen.getByText('Đang đọc sheet «Nhập tay»…')).toBeTruthy();
    await screen.findByRole('spinbutton', { name: /Dòng tiêu đề/ });
    await waitFor(() => expect(screen.queryByText(/Đang đọc sheet/)).toBeNull());
    expect(readSheet.mock.calls.map(([name]) => name)).toEqual(['Nhập tay']);

    fireEvent.change(screen.getByRole('spinbutton', { name: /Dòng tiêu đề/ }), { target: { value: '3' } });
    await choose('Đơn vị giải quyết', 'Cột B (cột B)');
    await choose('Ngày tiếp nhận', 'Ngày 1 (cột C)');
    await choose('Hạn xử lý', 'Ngày 2 (cột D)');
    await choose('Ngày trả kết quả', 'Ngày 3 (cột E)');
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    const [input, choice] = onNext.mock.calls[0];
    expect(dataRowCount(choice)).toBe(200);
    expect([...input.partial]).toEqual([]);
  });

  it('a detected table has no header row to pass on', () => {
    const detected = detect({ grids: [caseSheet()], infos: [], marker: null }, null).choice!;
    expect(manualHeaderRow(detected)).toBeUndefined();
  });
});

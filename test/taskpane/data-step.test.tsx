/** @jest-environment jsdom */
import './setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { OfficeHostError } from '../../src/office/office-error';
import { DataStep } from '../../src/taskpane/components/DataStep';
import { caseSheet, FakeHost, grid, HEADER, CASE_ROWS, renderUi } from './fixtures';

const fieldDropdown = (label: string) => screen.getByRole('combobox', { name: new RegExp(`^${label}`) });

async function choose(label: string, option: string | RegExp) {
  fireEvent.click(fieldDropdown(label));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('DataStep', () => {
  it('reads the workbook and shows the detected table folded, one click to continue', async () => {
    const host = new FakeHost([grid('Ghi chú', [['Ghi chú của văn phòng']]), caseSheet()]);
    const onNext = jest.fn();
    renderUi(<DataStep host={host} input={null} saved={null} onNext={onNext} />);

    expect(await screen.findByText(/Đã tìm thấy bảng hồ sơ ở sheet «Danh sách hồ sơ», dòng tiêu đề 2 — 7\/23 cột \(đủ cột bắt buộc\)/)).toBeTruthy();
    expect(screen.getByText(/7 dòng dữ liệu/)).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: /^Ngày tiếp nhận/ })).toBeNull(); // folded
    expect(screen.getByRole('combobox', { name: /Sheet chứa hồ sơ/ }).textContent).toContain('Danh sách hồ sơ');

    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onNext).toHaveBeenCalledTimes(1);
    const [input, choice] = onNext.mock.calls[0];
    expect(input.grids.map((g: { name: string }) => g.name)).toEqual(['Ghi chú', 'Danh sách hồ sơ']);
    expect(choice.table.sheet).toBe('Danh sách hồ sơ');
    expect(choice.mapping).toEqual({ code: 1, unit: 2, procedure: 3, received: 4, due: 5, completed: 6, status: 7 });
  });

  it('lets the user change a column through its dropdown and passes the new mapping on', async () => {
    // A second receipt-like column the user prefers.
    const header = [...HEADER, 'Ngày nộp hồ sơ'];
    const rows = CASE_ROWS.map((r) => [...r, r[4]]);
    const onNext = jest.fn();
    renderUi(<DataStep host={new FakeHost([caseSheet('DS', header, rows)])} input={null} saved={null} onNext={onNext} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Xem/sửa cột' }));

    expect(fieldDropdown('Ngày tiếp nhận').textContent).toContain('Ngày tiếp nhận (cột E)');
    await choose('Ngày tiếp nhận', 'Ngày nộp hồ sơ (cột I)');
    expect(fieldDropdown('Ngày tiếp nhận').textContent).toContain('Ngày nộp hồ sơ (cột I)');
    await choose('Trạng thái', '— Không có —');

    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onNext.mock.calls[0][1].mapping).toEqual({ code: 1, unit: 2, procedure: 3, received: 8, due: 5, completed: 6 });
  });

  it('blocks «Tiếp tục» while a required column is missing, with the reason in Vietnamese', async () => {
    const header = HEADER.map((h) => (h === 'Ngày trả kết quả' ? 'Ghi chú' : h));
    const onNext = jest.fn();
    renderUi(<DataStep host={new FakeHost([caseSheet('DS', header)])} input={null} saved={null} onNext={onNext} />);

    expect(await screen.findByText(/Chưa có cột «Ngày trả kết quả». Chọn cột tương ứng bên dưới để tiếp tục./)).toBeTruthy();
    // Unfolded so the problem is visible, and the field is marked.
    expect(fieldDropdown('Ngày trả kết quả').textContent).toContain('— Không có —');
    expect(screen.getByText('Bắt buộc: chọn cột chứa thông tin này.')).toBeTruthy();

    const next = screen.getByRole('button', { name: 'Tiếp tục' });
    expect(next.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next);
    expect(onNext).not.toHaveBeenCalled();

    await choose('Ngày trả kết quả', 'Ghi chú (cột G)');
    expect(screen.queryByText(/Chưa có cột/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onNext.mock.calls[0][1].mapping.completed).toBe(6);
  });

  it('flags a column whose content disagrees with its header', async () => {
    // «Trạng thái» holds dates: the header row is shifted against its data.
    const rows = CASE_ROWS.map((r) => [...r.slice(0, 7), r[6] ?? '01/04/2024']);
    renderUi(<DataStep host={new FakeHost([caseSheet('DS', HEADER, rows)])} input={null} saved={null} onNext={jest.fn()} />);
    expect(await screen.findByText(/Nhận dạng chưa chắc chắn/)).toBeTruthy();
    const status = fieldDropdown('Trạng thái').closest('.fui-Field') as HTMLElement;
    expect(within(status).getByText(/Nội dung cột không khớp với tiêu đề/)).toBeTruthy();
  });

  it('re-applies saved columns by header text after a column moved', async () => {
    // The export now has the receipt date before the unit; saved choice points at «Ngày nộp hồ sơ».
    const header = ['STT', 'Ngày nộp hồ sơ', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Tên thủ tục hành chính', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'];
    const rows = CASE_ROWS.map((r) => [r[0], r[4], ...r.slice(1)]);
    const onNext = jest.fn();
    const saved = { sheet: 'DS', columns: { received: { header: 'Ngày nộp hồ sơ', index: 8 }, status: null }, period: null };
    renderUi(<DataStep host={new FakeHost([caseSheet('DS', header, rows)])} input={null} saved={saved} onNext={onNext} />);
    expect(await screen.findByText(/dùng cách chọn cột đã lưu trong tệp/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onNext.mock.calls[0][1].mapping).toEqual({ code: 2, unit: 3, procedure: 4, received: 1, due: 6, completed: 7 });
  });

  it('says so when no case table exists, and offers to read again', async () => {
    renderUi(<DataStep host={new FakeHost([grid('Sheet1', [['Xin chào']])])} input={null} saved={null} onNext={jest.fn()} />);
    expect(await screen.findByText('Không tìm thấy bảng hồ sơ')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Đọc lại tệp' })).toBeTruthy();
  });

  it('shows a read failure in a message bar', async () => {
    const host = new FakeHost([]);
    host.listSheets = async () => {
      throw new OfficeHostError('Không đọc được danh sách sheet từ Excel', Object.assign(new Error('busy'), { code: 'GeneralException' }));
    };
    renderUi(<DataStep host={host} input={null} saved={null} onNext={jest.fn()} />);
    expect(await screen.findByText('Excel báo lỗi')).toBeTruthy();
    expect(screen.getByText(/Không đọc được danh sách sheet từ Excel/)).toBeTruthy();
  });

  it('shows reading progress', async () => {
    let release!: () => void;
    const host = new FakeHost([caseSheet()]);
    host.readSheet = (name, onProgress) => {
      onProgress?.({ phase: 'read', sheet: name, done: 12000, total: 200000 });
      return new Promise((resolve) => (release = () => resolve(caseSheet())));
    };
    renderUi(<DataStep host={host} input={null} saved={null} onNext={jest.fn()} />);
    expect(await screen.findByText('Đang đọc sheet «Danh sách hồ sơ»: 12 000/200 000 dòng')).toBeTruthy();
    release();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Tiếp tục' })).toBeTruthy());
  });

  it('«Hủy» stops reading: no further sheet is read, and «Đọc lại tệp» starts again', async () => {
    const host = new FakeHost([caseSheet('Tháng 1'), caseSheet('Tháng 2')]);
    const read: string[] = [];
    let release!: () => void;
    const readSheet = host.readSheet.bind(host);
    host.readSheet = (name, onProgress) => {
      read.push(name);
      if (read.length > 1) return readSheet(name, onProgress);
      onProgress?.({ phase: 'read', sheet: name, done: 100, total: 5000 });
      return new Promise((resolve) => (release = () => resolve(caseSheet(name))));
    };
    renderUi(<DataStep host={host} input={null} saved={null} onNext={jest.fn()} />);
    await screen.findByText('Đang đọc sheet «Tháng 1»: 100/5 000 dòng');
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.getByText('Đã dừng đọc tệp. Bấm «Đọc lại tệp» khi cần chấm điểm.')).toBeTruthy();
    release(); // Excel answers the batch already sent; nothing more is asked.
    await new Promise((r) => setTimeout(r, 20));
    expect(read).toEqual(['Tháng 1']);
    expect(screen.queryByText(/Đã tìm thấy bảng hồ sơ/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Đọc lại tệp' }));
    expect(await screen.findByText(/Đã tìm thấy bảng hồ sơ/)).toBeTruthy();
    expect(read).toEqual(['Tháng 1', 'Tháng 1', 'Tháng 2']);
  });

  it('one sheet per month, same columns: offered read together, and said so', async () => {
    const month = (name: string, from: number) =>
      caseSheet(name, HEADER, CASE_ROWS.map((r) => [r[0], `${r[1]}-${from}`, ...r.slice(2)]));
    const onNext = jest.fn();
    renderUi(<DataStep host={new FakeHost([month('Tháng 1', 1), month('Tháng 2', 2)])} input={null} saved={null} onNext={onNext} />);

    expect(await screen.findByText('Gộp 2 sheet cùng cột, không trùng mã hồ sơ (Mã hồ sơ): «Tháng 1» (7 dòng), «Tháng 2» (7 dòng).')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /Sheet chứa hồ sơ/ }).textContent).toBe('Gộp 2 sheet: Tháng 1, Tháng 2');
    expect(screen.getByText(/14 dòng dữ liệu/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onNext.mock.calls[0][1].sheets).toEqual(['Tháng 1', 'Tháng 2']);

    // One sheet alone is still a choice.
    await choose('Sheet chứa hồ sơ', /^Tháng 2 \(7 dòng\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onNext.mock.calls[1][1].sheets).toEqual(['Tháng 2']);
  });

  it('two overlapping lists: nothing is taken until the user picks one', async () => {
    const extra = [8, 'HS-008', 'Sở Y tế', 'Cấp giấy phép', '13/03/2024', '20/03/2024', null, 'Đang xử lý'];
    const other = caseSheet('Xuất lại', HEADER, [...CASE_ROWS.slice(2), extra]);
    const onNext = jest.fn();
    renderUi(<DataStep host={new FakeHost([caseSheet(), other])} input={null} saved={null} onNext={onNext} />);

    expect(await screen.findByText(/Có 2 sheet giống danh sách hồ sơ, không cùng cột hoặc có hồ sơ trùng nhau/)).toBeTruthy();
    const next = screen.getByRole('button', { name: 'Tiếp tục' });
    fireEvent.click(next);
    expect(onNext).not.toHaveBeenCalled();

    await choose('Sheet chứa hồ sơ', /^Xuất lại \(6 dòng\)/);
    expect(screen.queryByText(/Có 2 sheet giống danh sách hồ sơ/)).toBeNull();
    fireEvent.click(next);
    expect(onNext.mock.calls[0][1].sheets).toEqual(['Xuất lại']);
  });

  it('shows the host\'s word on a 1904 workbook above the table', async () => {
    const host = new FakeHost([caseSheet()]);
    host.dateNotice = 'Workbook dùng hệ ngày 1904: ngày tháng đã được đọc theo hệ này.';
    renderUi(<DataStep host={host} input={null} saved={null} onNext={jest.fn()} />);
    expect(await screen.findByText('Workbook dùng hệ ngày 1904: ngày tháng đã được đọc theo hệ này.')).toBeTruthy();
  });
});

/** @jest-environment jsdom */
import './setup-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { SheetGrid } from '../../src/workbook/cells';
import type { HostProgress } from '../../src/workbook/workbook-host';
import { seed002Grid } from '../workbook/review-fixtures';
import { caseSheet, FakeHost, fakeEnvironment, fakeNavigator, memorySettings, renderUi } from './fixtures';

const now = () => new Date(2024, 5, 1, 17, 0);
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const tab = (name: string) => screen.getByRole('tab', { name });
const LONG = { timeout: 10000 };

/** The sheets the hidden marker lists, as the next run will read them. */
const markerList = (host: FakeHost): string[] => host.sheets.find((s) => s.name === 'TTHC_Scorecard')!.rows.slice(1).map((r) => String(r[0]));
const names = (host: FakeHost): string[] => host.sheets.map((s) => s.name);

function renderApp(host: FakeHost, navigator = fakeNavigator()) {
  renderUi(<App environment={fakeEnvironment()} host={host} navigator={navigator} settings={memorySettings()} version="0.1.0-test" now={now} />);
  return navigator;
}

describe('the «Đối chiếu» tab', () => {
  // Arrow keys between the tabs need a real browser's layout (Fluent's tabster): the e2e test presses them.
  it('sits beside «Chấm điểm» and explains what it reads and writes before writing anything', async () => {
    const host = new FakeHost([seed002Grid()]);
    renderApp(host);
    await screen.findByText('Không tìm thấy bảng hồ sơ');
    expect(screen.getAllByRole('tab')).toEqual([tab('Chấm điểm'), tab('Đối chiếu')]);
    expect(tab('Chấm điểm').getAttribute('aria-selected')).toBe('true');
    // The data step points to the tab when the workbook holds only submitted tables.
    expect(screen.getByText(/chọn thẻ «Đối chiếu» ở trên/)).toBeTruthy();

    expect(screen.getByRole('tablist').contains(tab('Đối chiếu'))).toBe(true);
    fireEvent.click(tab('Đối chiếu'));
    expect(tab('Đối chiếu').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tab('Đối chiếu').id);

    expect(screen.getByText('Đối chiếu số liệu đơn vị gửi')).toBeTruthy();
    expect(screen.getByText(/đọc lại toàn bộ tệp: các bảng số liệu đơn vị gửi/)).toBeTruthy();
    expect(screen.getByText(/Kết quả ghi vào sheet «Đối chiếu» thêm vào cuối tệp; lần đối chiếu sau thay sheet này/)).toBeTruthy();
    expect(host.changes).toEqual([]);
  });

  it('lists the problems first, each selecting its cell, announces the result, and a second review replaces the first', async () => {
    const host = new FakeHost([seed002Grid()]);
    const navigator = renderApp(host);
    fireEvent.click(tab('Đối chiếu'));
    click('Bắt đầu đối chiếu');

    const status = await screen.findByRole('status');
    await within(status).findByText('1 sai lệch: 1 lỗi, 0 cảnh báo', {}, LONG);
    expect(status.textContent).toContain('Không có danh sách hồ sơ: đã kiểm tra tính nhất quán của các bảng.');
    expect(status.textContent).toContain('«Phụ lục» (26 dòng đơn vị)');

    // Problems come before the verdicts.
    const problems = screen.getByRole('region', { name: 'Sai lệch' });
    const verdicts = screen.getByRole('region', { name: 'Kết luận theo đơn vị' });
    expect(problems.compareDocumentPosition(verdicts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // UBND huyện Điện Biên is the 7th district: sheet row 6 + 16 departments + the «II» row + 7 = 30; the total is column L.
    const link = within(problems).getByRole('button', { name: /UBND huyện Điện Biên/ });
    expect(link.textContent).toContain('Sheet «Phụ lục», dòng 30, cột L');
    // Its criteria as printed add up to 1,86 + 1,91 + 2 + 2 + 1,86 + 2 + 2 + 0 + 0 = 13,63, not the 14,63 printed.
    expect(link.textContent).toContain('UBND huyện Điện Biên — Tổng điểm: báo cáo 14,63, tính lại 13,63. RULES §5');
    fireEvent.click(link);
    await waitFor(() => expect(navigator.calls).toContainEqual(['selectCell', 'Phụ lục', 30, 'L']));
    expect(verdicts.textContent).toContain('UBND huyện Điện Biên: Có 1 sai lệch: Tổng điểm');
    expect(verdicts.textContent).toContain('Sở Tư pháp: Khớp số liệu');

    expect(host.changes.map((c) => c.add.map((m) => m.name))).toEqual([['Đối chiếu', 'TTHC_Scorecard']]);
    click('Đối chiếu lại');
    await within(await screen.findByRole('status')).findByText('1 sai lệch: 1 lỗi, 0 cảnh báo', {}, LONG);
    expect(host.changes).toHaveLength(2);
    expect(host.changes[1].remove).toEqual(['Đối chiếu', 'TTHC_Scorecard']);
    expect(names(host)).toEqual(['Phụ lục', 'Đối chiếu', 'TTHC_Scorecard']);
    expect(markerList(host)).toEqual(['Đối chiếu']);
    expect(host.sheets.find((s) => s.name === 'Phụ lục')!.rows).toEqual(seed002Grid().rows);
  });

  it('a score after a review keeps the review’s sheet in the marker, and the next review replaces it', async () => {
    const host = new FakeHost([caseSheet()]);
    renderApp(host);
    // The score tab has read the workbook (before any review) and holds it on the period step.
    await screen.findByText(/Đã tìm thấy bảng hồ sơ/);
    click('Tiếp tục');
    expect(screen.getByText('Bước 2/4 · Kỳ báo cáo')).toBeTruthy();
    fireEvent.click(tab('Đối chiếu'));
    click('Bắt đầu đối chiếu');
    // Case rows but no submitted table: nothing was compared, so no unit is said to agree.
    const status = await screen.findByRole('status');
    await within(status).findByText('Không có bảng số liệu để đối chiếu', {}, LONG);
    expect(status.textContent).toMatch(/Tệp có danh sách hồ sơ nhưng không có bảng báo cáo nào đọc được \(.+\).*không có kết luận theo đơn vị\./);
    expect(screen.queryByRole('region', { name: 'Kết luận theo đơn vị' })).toBeNull();
    expect(screen.queryByText(/Khớp số liệu/)).toBeNull();
    const written = host.sheets.find((s) => s.name === 'Đối chiếu')!.rows.flat();
    expect(written).toContain('Không có bảng số liệu để đối chiếu — không có kết luận theo đơn vị.');
    expect(written).not.toContain('Khớp số liệu');

    // Back on the score tab the workbook is read again: the review's sheet and marker are seen.
    fireEvent.click(tab('Chấm điểm'));
    expect(screen.getByText('Bước 1/4 · Dữ liệu')).toBeTruthy();
    await screen.findByText(/Đã tìm thấy bảng hồ sơ/);
    click('Tiếp tục');
    click('Chấm điểm');
    await screen.findByText('Đã chấm điểm xong', {}, LONG);
    expect(host.changes[1].remove).toEqual(['TTHC_Scorecard']);
    expect(markerList(host)).toContain('Đối chiếu');
    expect(markerList(host)).toEqual(expect.arrayContaining(['Tổng hợp theo đơn vị', 'Thông tin']));

    fireEvent.click(tab('Đối chiếu'));
    click('Đối chiếu lại');
    await waitFor(() => expect(host.changes).toHaveLength(3), LONG);
    expect(host.changes[2].remove).toEqual(['Đối chiếu', 'TTHC_Scorecard']);
    expect(names(host).filter((n) => n.startsWith('Đối chiếu'))).toEqual(['Đối chiếu']);
    expect(markerList(host)).toEqual(expect.arrayContaining(['Đối chiếu', 'Tổng hợp theo đơn vị', 'Thông tin']));
  });

  it('a review after a score keeps the score’s sheets in the marker, so the next score replaces them', async () => {
    const host = new FakeHost([caseSheet()]);
    renderApp(host);
    await screen.findByText(/Đã tìm thấy bảng hồ sơ/);
    click('Tiếp tục');
    click('Chấm điểm');
    await screen.findByText('Đã chấm điểm xong', {}, LONG);
    const scored = markerList(host);
    // What the next score replaces: its result sheets, not the input sheets the user fills in.
    const results = host.changes[0].add.filter((m) => m.kind === 'result' && m.name !== 'TTHC_Scorecard').map((m) => m.name);
    expect(results).toEqual(expect.arrayContaining(['Tổng hợp theo đơn vị', 'Thông tin']));

    fireEvent.click(tab('Đối chiếu'));
    click('Bắt đầu đối chiếu');
    await within(await screen.findByRole('status')).findByText('Không có bảng số liệu để đối chiếu', {}, LONG);
    expect(host.changes[1].remove).toEqual(['TTHC_Scorecard']);
    expect(markerList(host)).toEqual([...scored, 'Đối chiếu']);

    fireEvent.click(tab('Chấm điểm'));
    click('Chạy lại');
    await screen.findByText(/Đã tìm thấy bảng hồ sơ/);
    click('Tiếp tục');
    click('Chấm điểm');
    await screen.findByText('Đã chấm điểm xong', {}, LONG);
    expect(host.changes[2].remove).toEqual([...results, 'TTHC_Scorecard']);
    expect(names(host).filter((n) => / \(\d+\)$/.test(n))).toEqual([]); // nothing written under «(2)»
    expect(markerList(host)).toEqual(expect.arrayContaining([...scored, 'Đối chiếu']));
  });

  it('shows progress with «Hủy», keeps the other tab from starting a job meanwhile, and a cancel writes nothing', async () => {
    /** Holds the read of the case sheet until released. */
    class SlowHost extends FakeHost {
      release: (() => void) | null = null;
      override async readSheet(name: string, onProgress?: (p: HostProgress) => void): Promise<SheetGrid> {
        onProgress?.({ phase: 'read', sheet: name, done: 0, total: 9 });
        await new Promise<void>((resolve) => (this.release = resolve));
        return super.readSheet(name, onProgress);
      }
    }
    const host = new SlowHost([caseSheet()]);
    renderApp(host);
    fireEvent.click(tab('Đối chiếu'));
    click('Bắt đầu đối chiếu');
    expect(await screen.findByText('Đang đọc sheet «Danh sách hồ sơ»: 0/9 dòng')).toBeTruthy();
    expect(tab('Chấm điểm').hasAttribute('disabled') || tab('Chấm điểm').getAttribute('aria-disabled') === 'true').toBe(true);

    click('Hủy');
    expect(screen.getByRole('button', { name: 'Đang hủy…' })).toBeTruthy();
    await act(async () => host.release!());
    expect(await within(screen.getByRole('status')).findByText('Đã hủy — tệp không thay đổi.')).toBeTruthy();
    expect(host.changes).toEqual([]);
    expect(names(host)).toEqual(['Danh sách hồ sơ']);
    expect(tab('Chấm điểm').hasAttribute('disabled') || tab('Chấm điểm').getAttribute('aria-disabled') === 'true').toBe(false);
  });
});

/** @jest-environment jsdom */
import './setup-dom';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { CASE_ROWS, caseSheet, FakeHost, fakeEnvironment, fakeNavigator, grid, memorySettings, renderUi } from './fixtures';

const now = () => new Date(2024, 5, 1, 17, 0);
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('App', () => {
  it('scores with the rules profile the user picks', async () => {
    const host = new FakeHost([caseSheet()]);
    renderUi(<App environment={fakeEnvironment()} host={host} navigator={fakeNavigator()} settings={memorySettings()} version="0.1.0-test" now={now} />);
    await screen.findByText(/Đã tìm thấy bảng hồ sơ/);
    click('Tiếp tục');
    fireEvent.click(screen.getByRole('combobox', { name: 'Bộ quy tắc chấm điểm' }));
    fireEvent.click(screen.getByRole('option', { name: /Thông tư 01\/2018/ }));
    click('Chấm điểm');
    await screen.findByText('Đã chấm điểm xong', {}, { timeout: 10000 });
    const info = host.changes[0].add.find((m) => m.name === 'Thông tin')!;
    const text = info.rows.flat().map((c) => String(c?.value ?? '')).join('\n');
    expect(text).toContain('tt01-2018 — Thông tư 01/2018/TT-VPCP');
  });

  it('detects, runs and shows results; the host receives the result sheets', async () => {
    const host = new FakeHost([grid('Ghi chú', [['Số liệu quý I']]), caseSheet()]);
    const navigator = fakeNavigator();
    const settings = memorySettings();
    renderUi(<App environment={fakeEnvironment()} host={host} navigator={navigator} settings={settings} version="0.1.0-test" now={now} />);

    expect(screen.getByText('Bước 1/4 · Dữ liệu')).toBeTruthy();
    await screen.findByText(/Đã tìm thấy bảng hồ sơ ở sheet «Danh sách hồ sơ», dòng tiêu đề 2/);
    click('Tiếp tục');

    expect(screen.getByText('Bước 2/4 · Kỳ báo cáo')).toBeTruthy();
    expect(screen.getByText('Quý I/2024: từ 01/01/2024 đến 31/03/2024')).toBeTruthy(); // the receipts' quarter
    click('Chấm điểm');

    expect(screen.getByText('Bước 3/4 · Chấm điểm')).toBeTruthy();
    await screen.findByText('Đã chấm điểm xong', {}, { timeout: 10000 });
    expect(screen.getByText('Bước 4/4 · Kết quả')).toBeTruthy();
    expect(screen.getByText(/Kỳ 01\/01\/2024 – 31\/03\/2024, tính đến 31\/03\/2024: 7 hồ sơ, 3 đơn vị/)).toBeTruthy();

    expect(host.changes).toHaveLength(1);
    const written = host.changes[0].add.map((m) => m.name);
    expect(written).toEqual(expect.arrayContaining(['Tổng hợp theo đơn vị', 'Kiểm tra dữ liệu', 'Thông tin']));
    expect(host.changes[0].veryHidden).toEqual(['TTHC_Scorecard']);
    expect(host.sheets.find((s) => s.name === 'Ghi chú')!.rows).toEqual([['Số liệu quý I']]);

    // Sở Tư pháp: 2 late; UBND huyện Tuần Giáo: 1 late + 1 overdue.
    const late = screen.getByRole('table', { name: 'Đơn vị nhiều hồ sơ trễ nhất' });
    expect(late.textContent).toContain('Sở Tư pháp');
    expect(late.textContent).toContain('UBND huyện Tuần Giáo');
    expect(late.textContent).not.toContain('Quài Nưa');

    fireEvent.click(screen.getByRole('button', { name: 'Tổng hợp theo đơn vị' }));
    await waitFor(() => expect(navigator.activateSheet).toHaveBeenCalledWith('Tổng hợp theo đơn vị'));

    await waitFor(() => expect(settings.saved).not.toBeNull());
    expect(settings.saved).toMatchObject({
      sheet: 'Danh sách hồ sơ',
      columns: { unit: { header: 'Đơn vị giải quyết', index: 2 }, received: { header: 'Ngày tiếp nhận', index: 4 } },
      period: { kind: 'quarter', year: 2024, quarter: 1, asOf: null },
    });

    // «Chạy lại» reads the workbook again (our sheets are skipped) and replaces exactly our sheets.
    click('Chạy lại');
    await screen.findByText(/Đã tìm thấy bảng hồ sơ/);
    click('Tiếp tục');
    click('Chấm điểm');
    await screen.findByText('Đã chấm điểm xong', {}, { timeout: 10000 });
    expect(host.changes[1].remove).toEqual(expect.arrayContaining(['Tổng hợp theo đơn vị', 'Kiểm tra dữ liệu', 'Thông tin', 'TTHC_Scorecard']));
    expect(host.sheets.filter((s) => s.name === 'Thông tin')).toHaveLength(1);
  });

  it('saves the user’s columns and period, and a reopened workbook gets them back', async () => {
    const settings = memorySettings();
    const first = renderUi(<App environment={fakeEnvironment()} host={new FakeHost([caseSheet()])} navigator={fakeNavigator()} settings={settings} version="t" now={now} />);
    await screen.findByText(/Đã tìm thấy bảng hồ sơ/);
    click('Xem/sửa cột');
    fireEvent.click(screen.getByRole('combobox', { name: /^Trạng thái/ }));
    fireEvent.click(await screen.findByRole('option', { name: '— Không có —' }));
    click('Tiếp tục');
    fireEvent.click(screen.getByRole('radio', { name: 'Tháng' }));
    fireEvent.click(screen.getByRole('combobox', { name: /^Tháng/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Tháng 2' }));
    click('Chấm điểm');
    await screen.findByText('Đã chấm điểm xong', {}, { timeout: 10000 });
    await waitFor(() => expect(settings.saved?.period).toMatchObject({ kind: 'month', month: 2, year: 2024 }));
    expect(settings.saved!.columns.status).toBeNull();
    first.unmount();

    // Reopened: a re-export where «Trạng thái» and the dates moved; the saved choices still apply by header text.
    const header = ['STT', 'Mã hồ sơ', 'Trạng thái', 'Đơn vị giải quyết', 'Tên thủ tục hành chính', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả'];
    const rows = caseSheet().rows.slice(2).map((r) => [r[0], r[1], r[7], r[2], r[3], r[4], r[5], r[6]]);
    const host = new FakeHost([caseSheet('Danh sách hồ sơ', header, rows)]);
    renderUi(<App environment={fakeEnvironment()} host={host} navigator={fakeNavigator()} settings={settings} version="t" now={now} />);
    expect(await screen.findByText(/dùng cách chọn cột đã lưu trong tệp/)).toBeTruthy();
    click('Xem/sửa cột');
    expect(screen.getByRole('combobox', { name: /^Trạng thái/ }).textContent).toContain('— Không có —');
    expect(screen.getByRole('combobox', { name: /^Ngày tiếp nhận/ }).textContent).toContain('Ngày tiếp nhận (cột F)');
    click('Tiếp tục');
    expect(screen.getByText('Tháng 2/2024: từ 01/02/2024 đến 29/02/2024')).toBeTruthy();
    click('Chấm điểm');
    await screen.findByText('Đã chấm điểm xong', {}, { timeout: 10000 });
    expect(screen.getByText(/Kỳ 01\/02\/2024 – 29\/02\/2024/)).toBeTruthy();
  });

  it('shows a failed save as a warning on the results, not as a failure of the run', async () => {
    const settings = memorySettings();
    settings.save = async () => {
      throw new Error('Không lưu được lựa chọn vào tệp: tệp chỉ đọc');
    };
    renderUi(<App environment={fakeEnvironment()} host={new FakeHost([caseSheet()])} navigator={fakeNavigator()} settings={settings} version="t" now={now} />);
    await screen.findByText(/Đã tìm thấy bảng hồ sơ/);
    click('Tiếp tục');
    click('Chấm điểm');
    await screen.findByText('Đã chấm điểm xong', {}, { timeout: 10000 });
    expect(await screen.findByText(/tệp chỉ đọc.*Lần sau cần chọn lại cột và kỳ báo cáo/)).toBeTruthy();
  });

  it('an input error from the engine is shown in Vietnamese with a way back', async () => {
    // Every row's receipt date is unreadable: the engine refuses with an InputError.
    const rows = caseSheet().rows.slice(2).map((r) => [...r.slice(0, 4), 'không rõ', ...r.slice(5)]);
    renderUi(<App environment={fakeEnvironment()} host={new FakeHost([caseSheet('DS', undefined, rows)])} navigator={fakeNavigator()} settings={memorySettings()} version="t" now={now} />);
    await screen.findByText(/Đã tìm thấy bảng hồ sơ/);
    click('Tiếp tục');
    click('Chấm điểm');
    expect(await screen.findByText('Không dùng được dữ liệu', {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.getByText(/không có dòng hồ sơ nào đọc được/)).toBeTruthy();
    click('Quay lại');
    expect(screen.getByText('Bước 2/4 · Kỳ báo cáo')).toBeTruthy();
  });

  it('welcomes a first-time user with the open file’s name and the undo warning, once; «Giới thiệu» brings it back', async () => {
    const environment = fakeEnvironment({ firstRun: true, fileName: 'Hồ sơ quý I.xlsx' });
    const host = new FakeHost([caseSheet()]);
    const first = renderUi(<App environment={environment} host={host} navigator={fakeNavigator()} settings={memorySettings()} version="t" now={now} />);
    expect(screen.getByRole('heading', { name: 'Giới thiệu' })).toBeTruthy();
    expect(screen.getByText('Hồ sơ quý I.xlsx')).toBeTruthy();
    expect(screen.getByText('Kết quả ghi thêm vào tệp đang mở; không hoàn tác bằng Ctrl+Z — nên lưu bản sao trước.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Hướng dẫn' }).getAttribute('href')).toBe('huong-dan.html');
    expect(screen.getByText(/Dữ liệu không rời khỏi tệp/)).toBeTruthy();
    // The steps wait under it, out of sight and out of the keyboard's way.
    expect(screen.queryByRole('tab', { name: 'Chấm điểm' })).toBeNull();

    click('Bắt đầu');
    expect(environment.seen).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Giới thiệu' })).toBeNull();
    await screen.findByText(/Đã tìm thấy bảng hồ sơ/);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Bước 1/4 · Dữ liệu'));

    click('Giới thiệu');
    expect(screen.getByRole('heading', { name: 'Giới thiệu' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Giới thiệu' })));
    click('Bắt đầu');
    // The step was kept while the welcome was open: the table found is still there, not read again.
    expect(screen.getByText(/Đã tìm thấy bảng hồ sơ/)).toBeTruthy();
    first.unmount();

    // Seen once: the next opening goes straight to the steps; a new file has no name yet.
    renderUi(<App environment={fakeEnvironment({ fileName: null })} host={host} navigator={fakeNavigator()} settings={memorySettings()} version="t" now={now} />);
    expect(screen.queryByRole('heading', { name: 'Giới thiệu' })).toBeNull();
    click('Giới thiệu');
    expect(screen.getByText('tệp mới, chưa lưu')).toBeTruthy();
  });

  it('follows Office’s theme, also when it changes while the pane is open', () => {
    const environment = fakeEnvironment({ theme: 'dark' });
    renderUi(<App environment={environment} host={new FakeHost([caseSheet()])} navigator={fakeNavigator()} settings={memorySettings()} version="t" now={now} />);
    const toRgb = (hex: string) => {
      const probe = document.createElement('div');
      probe.style.backgroundColor = hex;
      return probe.style.backgroundColor;
    };
    expect(document.body.style.backgroundColor).toBe(toRgb(webDarkTheme.colorNeutralBackground1));
    act(() => environment.changeTheme('light'));
    expect(document.body.style.backgroundColor).toBe(toRgb(webLightTheme.colorNeutralBackground1));
  });

  it('moves the focus to each step’s heading and announces the result', async () => {
    renderUi(<App environment={fakeEnvironment()} host={new FakeHost([caseSheet()])} navigator={fakeNavigator()} settings={memorySettings()} version="t" now={now} />);
    await screen.findByText(/Đã tìm thấy bảng hồ sơ/);
    click('Tiếp tục');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Bước 2/4 · Kỳ báo cáo' }));
    click('Chấm điểm');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Bước 3/4 · Chấm điểm' }));
    await screen.findByText('Đã chấm điểm xong', {}, { timeout: 10000 });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Bước 4/4 · Kết quả' }));
    expect(screen.getByTestId('announcer').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByTestId('announcer').textContent).toBe('Đã chấm điểm xong: 7 hồ sơ, 3 đơn vị.');
  });

  it('reads the file again on «Chấm điểm»: what changed after step 1 is scored', async () => {
    const host = new FakeHost([caseSheet()]);
    renderUi(<App environment={fakeEnvironment()} host={host} navigator={fakeNavigator()} settings={memorySettings()} version="t" now={now} />);
    await screen.findByText(/Đã tìm thấy bảng hồ sơ/);
    click('Tiếp tục');
    // The user adds an 8th case in Excel while on the period step.
    const added = [8, 'HS-008', 'Sở Tư pháp', 'Chứng thực bản sao', '05/01/2024', '12/01/2024', '10/01/2024', 'Đã trả kết quả'];
    host.sheets = [caseSheet(undefined, undefined, [...CASE_ROWS, added])];
    click('Chấm điểm');
    await screen.findByText('Đã chấm điểm xong', {}, { timeout: 10000 });
    expect(screen.getByText(/tính đến 31\/03\/2024: 8 hồ sơ, 3 đơn vị/)).toBeTruthy();
  });
});

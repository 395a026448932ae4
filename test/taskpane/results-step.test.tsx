/** @jest-environment jsdom */
import './setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ResultsStep } from '../../src/taskpane/components/ResultsStep';
import { classCounts, scoresOf } from '../../src/taskpane/results-view';
import { dayFromYmd } from '../../src/domain/dates';
import type { DataIssue } from '../../src/domain/issues';
import type { JobResult } from '../../src/workbook/score-job';
import { fakeNavigator, renderUi } from './fixtures';

const unit = (name: string, late: number, overdue: number) => ({ name, late, overdue });
const score = (name: string, classification: string | null) => ({ name, level: 'Tỉnh', classification, total: null, rank: null });
const sheet = (name: string) => ({ name });
const issue = (severity: DataIssue['severity'], row: number | null, message: string, column: string | null = 'E'): DataIssue => ({
  sheet: 'Danh sách hồ sơ',
  row,
  column,
  message,
  severity,
});

/** A unit of the JSON summary: its late rate of resolved cases and, when given, the previous period's. */
const rated = (name: string, rate: number | null, previous?: number | null) => ({
  name,
  lateRateOfResolved: rate,
  previous: previous === undefined ? null : { lateRateOfResolved: previous },
});
const RATED = [
  rated('Sở Tư pháp', 10, 12.5),
  rated('Sở Y tế', 0, 5),
  rated('UBND huyện Tuần Giáo', 25, 20),
  rated('UBND xã Quài Nưa', 50),
  rated('UBND xã Chiềng Sinh', null, 0),
  rated('Sở Xây dựng', 10, 10),
  rated('UBND thị xã Mường Lay', 0),
  rated('Sở Công Thương', 5, null),
];

function result(overrides: Partial<{ issues: DataIssue[]; scores: unknown[]; rated: unknown[]; previousNote: string | null }> = {}): JobResult {
  return {
    summary: { units: overrides.rated ?? RATED },
    previous: { label: 'quý IV/2023', note: overrides.previousNote ?? null },
    run: {
      period: { from: dayFromYmd(2024, 1, 1), to: dayFromYmd(2024, 3, 31), asOf: dayFromYmd(2024, 3, 31) },
      periodSource: 'receipts',
      cases: new Array(120),
      rowsRead: 122,
      rowsSkipped: 2,
      sheetsRead: [{ sheet: 'Tháng 1', headerRow: 2, rowsRead: 70, rowsSkipped: 2 }, { sheet: 'Tháng 2', headerRow: 2, rowsRead: 52, rowsSkipped: 0 }],
      units: [
        unit('Sở Tư pháp', 3, 1),
        unit('Sở Y tế', 0, 0),
        unit('UBND huyện Tuần Giáo', 5, 2),
        unit('UBND xã Quài Nưa', 1, 0),
        unit('UBND xã Chiềng Sinh', 0, 1),
        unit('Sở Xây dựng', 2, 0),
        unit('UBND thị xã Mường Lay', 0, 1),
      ],
    },
    scores: overrides.scores ?? [
      score('A', 'Xuất sắc'),
      score('B', 'Tốt'),
      score('C', 'Tốt'),
      score('D', 'Khá'),
      score('E', 'Yếu'),
      score('F', 'Không xếp loại'),
      score('G', null),
    ],
    issues: overrides.issues ?? [
      issue('warning', 9, 'Trạng thái «Chờ ký» không rõ nghĩa.', 'H'),
      issue('error', 11, 'Ngày tiếp nhận: ngày không tồn tại (31/02/2024); dòng này bị bỏ qua.', 'E'),
      issue('warning', null, 'Không xác định được cấp của «Ban Dân tộc».', null),
    ],
    plan: {
      remove: [],
      add: [sheet('Tổng hợp theo đơn vị'), sheet('Xếp loại 1187'), sheet('Kiểm tra dữ liệu'), sheet('Thông tin (2)'), sheet('TTHC_Scorecard')],
      kept: [],
      renamed: [{ wanted: 'Thông tin', written: 'Thông tin (2)' }],
      marker: 'TTHC_Scorecard',
    },
    criteriaSheet: 'Tiêu chí bổ sung',
  } as unknown as JobResult;
}

const countOf = (label: string) => within(screen.getByText(label).closest('li')!).getByText(/^\d+$/).textContent;

describe('ResultsStep', () => {
  it('counts units per class, with units lacking data apart', () => {
    renderUi(<ResultsStep result={result()} navigator={fakeNavigator()} notice={null} onRerun={jest.fn()} />);
    expect(screen.getByText(/Kỳ 01\/01\/2024 – 31\/03\/2024, tính đến 31\/03\/2024: 120 hồ sơ, 7 đơn vị/)).toBeTruthy();
    // Which sheets were read and where the period came from, as the CLI prints them.
    expect(screen.getByText('Đã đọc 122 dòng hồ sơ từ 2 sheet: «Tháng 1» (70 dòng), «Tháng 2» (52 dòng); 2 dòng bị bỏ qua. Kỳ báo cáo: quý I/2024 (01/01/2024 – 31/03/2024), tính đến 31/03/2024 — mặc định: quý có phần lớn ngày tiếp nhận.')).toBeTruthy();
    expect([countOf('Xuất sắc'), countOf('Tốt'), countOf('Khá'), countOf('Trung bình'), countOf('Yếu')]).toEqual(['1', '2', '1', '0', '1']);
    expect([countOf('Không xếp loại'), countOf('Không đánh giá'), countOf('Chưa đủ dữ liệu')]).toEqual(['1', '0', '1']);
  });

  it('names each unit lacking data with the criteria it lacks; a click selects its row in «Tiêu chí bổ sung»', async () => {
    const lacking = (name: string, missing: number[]) => ({ ...score(name, null), missing });
    const scores = [score('A', 'Tốt'), lacking('UBND xã Quài Nưa', [9]), lacking('Sở Y tế', [3, 9]), ...Array.from({ length: 10 }, (_, i) => lacking(`Xã ${i + 1}`, [7]))];
    const navigator = fakeNavigator();
    renderUi(<ResultsStep result={result({ scores })} navigator={navigator} notice={null} onRerun={jest.fn()} />);
    expect(screen.getByText(/^12 đơn vị chưa đủ dữ liệu để xếp loại/)).toBeTruthy();
    const list = screen.getByRole('list', { name: /^Đơn vị thiếu tiêu chí/ });
    // Ten named, in the run's order, then the count of the others.
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(items.slice(0, 3)).toEqual(['UBND xã Quài Nưa — thiếu tiêu chí 9', 'Sở Y tế — thiếu tiêu chí 3, 9', 'Xã 1 — thiếu tiêu chí 7']);
    expect(items).toHaveLength(11);
    expect(items[10]).toBe('và 2 đơn vị khác — xem sheet «Tiêu chí bổ sung».');
    fireEvent.click(within(list).getByRole('button', { name: 'Sở Y tế' }));
    await waitFor(() => expect(navigator.selectUnit).toHaveBeenCalledWith('Tiêu chí bổ sung', 'Sở Y tế'));
  });

  it('works on a result without scores', () => {
    const r = result();
    delete (r as { scores?: unknown }).scores;
    expect(scoresOf(r)).toEqual([]);
    expect(classCounts([])).toHaveLength(7);
    renderUi(<ResultsStep result={r} navigator={fakeNavigator()} notice={null} onRerun={jest.fn()} />);
    expect(screen.getByText('Lần chạy này chưa có kết quả xếp loại.')).toBeTruthy();
  });

  it('lists the 5 units with most late + overdue cases', () => {
    renderUi(<ResultsStep result={result()} navigator={fakeNavigator()} notice={null} onRerun={jest.fn()} />);
    const table = screen.getByRole('table', { name: 'Đơn vị nhiều hồ sơ trễ nhất' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['UBND huyện Tuần Giáo', '5', '2'],
      ['Sở Tư pháp', '3', '1'],
      ['Sở Xây dựng', '2', '0'],
      ['UBND thị xã Mường Lay', '0', '1'],
      ['UBND xã Chiềng Sinh', '0', '1'],
    ]);
  });

  it('says the pane writes numbers the Vietnamese way and the sheets’ decimal mark follows the reader’s Windows', () => {
    renderUi(<ResultsStep result={result()} navigator={fakeNavigator()} notice={null} onRerun={jest.fn()} />);
    const group = screen.getByRole('region', { name: 'Sheet kết quả' });
    expect(within(group).getByText(/^Số trong khung này viết theo kiểu Việt Nam \(15,24\)\. Trong các sheet, số được ghi là số: .*cài đặt vùng \(Region\) của Windows/)).toBeTruthy();
  });

  it('charts the units’ late rates, highest first, each with its change since the previous period', () => {
    renderUi(<ResultsStep result={result()} navigator={fakeNavigator()} notice={null} onRerun={jest.fn()} />);
    const section = screen.getByRole('region', { name: 'Tỷ lệ trễ hạn' });
    const chart = within(section).getByRole('img');
    // Units without late cases or without resolved cases are left out; ties in name order.
    expect(chart.getAttribute('aria-label')).toBe(
      'Tỷ lệ hồ sơ trễ hạn trên số đã giải quyết: UBND xã Quài Nưa 50,00% (chưa có số liệu kỳ trước); UBND huyện Tuần Giáo 25,00% (tăng 5,00 điểm %); ' +
        'Sở Tư pháp 10,00% (giảm 2,50 điểm %); Sở Xây dựng 10,00% (không đổi); Sở Công Thương 5,00% (kỳ trước không có hồ sơ đã giải quyết).',
    );
    expect(Array.from(chart.querySelectorAll('rect')).map((r) => r.getAttribute('width'))).toEqual(['170', '85', '34', '34', '17']);
    expect(Array.from(chart.querySelectorAll('text')).map((t) => t.textContent)).toEqual([
      'UBND xã Quài Nưa', '50,00%',
      'UBND huyện Tuần Giáo', '25,00%', '▲ 5,00',
      'Sở Tư pháp', '10,00%', '▼ 2,50',
      'Sở Xây dựng', '10,00%', '=',
      'Sở Công Thương', '5,00%', '—',
    ]);
    expect(
      within(section).getByText('Hồ sơ trễ hạn trên số đã giải quyết, cao nhất trước; ▲/▼: tăng/giảm so với kỳ trước (điểm %); —: kỳ trước không có hồ sơ đã giải quyết.'),
    ).toBeTruthy();
    expect(within(section).getByText('So sánh với kỳ trước: quý IV/2023.')).toBeTruthy();
  });

  it('says why nothing is compared when the rows do not reach the previous period', () => {
    const note = 'Dữ liệu không có đủ hồ sơ của kỳ trước (quý IV/2023) để so sánh: ngày tiếp nhận sớm nhất trong danh sách là 02/01/2024, không trước ngày đầu kỳ trước (01/10/2023), nên thiếu các hồ sơ tiếp nhận trước đó chuyển sang kỳ trước.';
    renderUi(<ResultsStep result={result({ previousNote: note })} navigator={fakeNavigator()} notice={null} onRerun={jest.fn()} />);
    expect(within(screen.getByRole('region', { name: 'Tỷ lệ trễ hạn' })).getByText(note)).toBeTruthy();
  });

  it('charts ten units and sends to the overdue list for the others; says when no unit was late', () => {
    const many = Array.from({ length: 13 }, (_, i) => rated(`UBND xã Số ${i + 1}`, i + 1));
    const { unmount } = renderUi(<ResultsStep result={result({ rated: many })} navigator={fakeNavigator()} notice={null} onRerun={jest.fn()} />);
    const section = screen.getByRole('region', { name: 'Tỷ lệ trễ hạn' });
    expect(section.querySelectorAll('rect')).toHaveLength(10);
    expect(within(section).getByText(/Còn 3 đơn vị có hồ sơ trễ hạn — xem sheet «DS quá hạn theo đơn vị»\.$/)).toBeTruthy();
    // No previous period anywhere: no legend for the arrows.
    expect(within(section).queryByText(/▲\/▼/)).toBeNull();
    unmount();

    renderUi(<ResultsStep result={result({ rated: [rated('Sở Y tế', 0)] })} navigator={fakeNavigator()} notice={null} onRerun={jest.fn()} />);
    expect(within(screen.getByRole('region', { name: 'Tỷ lệ trễ hạn' })).getByText('Không đơn vị nào có hồ sơ giải quyết trễ hạn.')).toBeTruthy();
  });

  it('opens each created sheet, never the hidden marker', async () => {
    const navigator = fakeNavigator();
    renderUi(<ResultsStep result={result()} navigator={navigator} notice={null} onRerun={jest.fn()} />);
    const group = screen.getByRole('region', { name: 'Sheet kết quả' });
    // «Tiêu chí bổ sung» is there though this run did not write it: the results send the user to it.
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['Tổng hợp theo đơn vị', 'Xếp loại 1187', 'Kiểm tra dữ liệu', 'Thông tin (2)', 'Tiêu chí bổ sung']);
    expect(screen.getByText('Tệp đã có sheet «Thông tin» của bạn, nên kết quả được ghi vào «Thông tin (2)».')).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: 'Xếp loại 1187' }));
    await waitFor(() => expect(navigator.activateSheet).toHaveBeenCalledWith('Xếp loại 1187'));
  });

  it('lists issues errors first; clicking one selects its cell', async () => {
    const navigator = fakeNavigator();
    renderUi(<ResultsStep result={result()} navigator={navigator} notice={null} onRerun={jest.fn()} />);
    expect(screen.getByText('Kiểm tra dữ liệu (3, 1 lỗi)')).toBeTruthy();
    const items = within(screen.getByRole('region', { name: 'Kiểm tra dữ liệu' })).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'LỗiSheet «Danh sách hồ sơ», dòng 11, cột ENgày tiếp nhận: ngày không tồn tại (31/02/2024); dòng này bị bỏ qua.',
      'Cảnh báoSheet «Danh sách hồ sơ», dòng 9, cột HTrạng thái «Chờ ký» không rõ nghĩa.',
      'Cảnh báoSheet «Danh sách hồ sơ»Không xác định được cấp của «Ban Dân tộc».',
    ]);
    expect(within(items[2]).queryByRole('button')).toBeNull(); // nothing to select
    fireEvent.click(within(items[0]).getByRole('button'));
    await waitFor(() => expect(navigator.selectCell).toHaveBeenCalledWith('Danh sách hồ sơ', 11, 'E'));
  });

  it('caps a long issue list and points at the sheet', () => {
    const many = Array.from({ length: 450 }, (_, i) => issue('warning', i + 2, `Vấn đề ${i}`));
    renderUi(<ResultsStep result={result({ issues: many })} navigator={fakeNavigator()} notice={null} onRerun={jest.fn()} />);
    expect(within(screen.getByRole('region', { name: 'Kiểm tra dữ liệu' })).getAllByRole('listitem')).toHaveLength(200);
    expect(screen.getByText('Đang hiện 200/450 vấn đề. Xem đủ trong sheet «Kiểm tra dữ liệu».')).toBeTruthy();
  });

  it('shows a navigation failure and runs again on «Chạy lại»', async () => {
    const navigator = fakeNavigator();
    (navigator.activateSheet as jest.Mock).mockRejectedValueOnce(
      Object.assign(new Error('Không mở được sheet «Thông tin (2)». Không tìm thấy sheet (có thể vừa bị xóa hoặc đổi tên).'), { name: 'OfficeHostError' }),
    );
    const onRerun = jest.fn();
    renderUi(<ResultsStep result={result()} navigator={navigator} notice="Không lưu được lựa chọn vào tệp." onRerun={onRerun} />);
    expect(screen.getByText('Không lưu được lựa chọn vào tệp.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Thông tin (2)' }));
    expect(await screen.findByText(/Không mở được sheet «Thông tin \(2\)»/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Chạy lại' }));
    expect(onRerun).toHaveBeenCalled();
  });

  it('shows each unit\'s Tiến độ (QĐ 766), the points late cases cost and the cases due soon, losing most first', () => {
    const progress = (name: string, points: number | null, notOnTime: number, pointsLost: number | null) => ({
      name,
      groups: [{ id: 'tien-do', name: 'Tiến độ giải quyết', max: 20, points, metrics: [] }],
      progress: pointsLost === null ? null : { notOnTime, pointsLost },
    });
    const r = {
      ...result(),
      nationalIndex: [progress('Sở Tư pháp', 15.24, 5, 4.76), progress('Sở Y tế', 20, 0, 0), progress('UBND huyện Tuần Giáo', null, 0, null)],
      dueSoon: { within: 2, limit: dayFromYmd(2024, 4, 2), perUnit: [3, 1, 0] },
      plan: { ...result().plan, add: [...result().plan.add, sheet('Hồ sơ sắp đến hạn')] },
    } as unknown as JobResult;
    renderUi(<ResultsStep result={r} navigator={fakeNavigator()} notice={null} onRerun={jest.fn()} />);
    expect(screen.getByText('4 hồ sơ đang quá hạn hoặc đến hạn đến hết ngày 02/04/2024 — danh sách ở sheet «Hồ sơ sắp đến hạn».')).toBeTruthy();
    const rows = within(screen.getByRole('table', { name: 'Tiến độ giải quyết theo đơn vị' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['Sở Tư pháp', '15,24/20', '4,76', '3'],
      ['Sở Y tế', '20,00/20', '0,00', '1'],
      ['UBND huyện Tuần Giáo', '—', '—', '0'],
    ]);
  });

  it('says when the profile\'s national basis no longer applies to the period', () => {
    const notice = 'Kỳ báo cáo có ngày sau ngày 30/06/2025, ngoài thời gian hiệu lực của căn cứ bộ quy tắc «dienbien-1187»: …';
    renderUi(<ResultsStep result={{ ...result(), profileNotice: notice }} navigator={fakeNavigator()} notice={null} onRerun={jest.fn()} />);
    expect(screen.getByText('Căn cứ của bộ quy tắc đã thay đổi')).toBeTruthy();
    expect(screen.getByText(notice)).toBeTruthy();
  });
});

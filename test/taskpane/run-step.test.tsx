/** @jest-environment jsdom */
import './setup-dom';
import { act, fireEvent, screen } from '@testing-library/react';
import { RunStep } from '../../src/taskpane/components/RunStep';
import type { ScoreJob } from '../../src/taskpane/job';
import type { JobProgress, JobResult } from '../../src/workbook/score-job';
import { InputError } from '../../src/workbook/input-error';
import { renderUi } from './fixtures';

/** A job that reports progress when told and ends only when aborted or released. */
function controllableJob() {
  const state: { signal?: AbortSignal; report?: (p: JobProgress) => void; finish?: (r: JobResult) => void; fail?: (e: unknown) => void } = {};
  const job: ScoreJob = (signal, onProgress) =>
    new Promise((resolve, reject) => {
      Object.assign(state, { signal, report: onProgress, finish: resolve, fail: reject });
      signal.addEventListener('abort', () => reject(signal.reason as Error));
    });
  return { job, state };
}

describe('RunStep', () => {
  it('shows the phase in Vietnamese and «Hủy» aborts the job, leaving the workbook unchanged', async () => {
    const { job, state } = controllableJob();
    renderUi(<RunStep job={job} onDone={jest.fn()} onBack={jest.fn()} />);
    act(() => state.report!({ phase: 'read', sheet: 'Danh sách hồ sơ', done: 12000, total: 200000 }));
    expect(screen.getByText('Đang đọc sheet «Danh sách hồ sơ»: 12 000/200 000 dòng')).toBeTruthy();
    act(() => state.report!({ phase: 'score' }));
    expect(screen.getByText('Đang tính…')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(state.signal!.aborted).toBe(true);
    expect(await screen.findByText('Đã hủy — tệp không thay đổi.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Chạy lại' })).toBeTruthy();
  });

  it('cannot be cancelled while writing, and hands the result on', async () => {
    const { job, state } = controllableJob();
    const onDone = jest.fn();
    renderUi(<RunStep job={job} onDone={onDone} onBack={jest.fn()} />);
    act(() => state.report!({ phase: 'write', sheet: 'Tổng hợp theo đơn vị', done: 40, total: 80 }));
    expect(screen.getByText('Đang ghi sheet «Tổng hợp theo đơn vị»: 40/80 dòng')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hủy' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.5');
    // Several sheets: their place among them, and one bar over all of them (sheet 3 of 4 half written: 2.5/4).
    act(() => state.report!({ phase: 'write', sheet: 'Xếp loại 1187', done: 40, total: 80, sheetNumber: 3, sheetCount: 4 }));
    expect(screen.getByText('Đang ghi sheet 3/4 «Xếp loại 1187»: 40/80 dòng')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.625');
    const result = { run: {} } as JobResult;
    await act(async () => state.finish!(result));
    expect(onDone).toHaveBeenCalledWith(result);
  });

  it('shows an input error in a message bar and runs again on «Thử lại»', async () => {
    const job = jest.fn<ReturnType<ScoreJob>, Parameters<ScoreJob>>().mockRejectedValueOnce(new InputError('Sheet «DS» thiếu cột bắt buộc: «Ngày tiếp nhận».'));
    job.mockImplementation(() => new Promise(() => undefined));
    renderUi(<RunStep job={job} onDone={jest.fn()} onBack={jest.fn()} />);
    expect(await screen.findByText('Không dùng được dữ liệu')).toBeTruthy();
    // In an alert region, so a screen reader says it at once.
    expect(screen.getByRole('alert').textContent).toContain('Sheet «DS» thiếu cột bắt buộc');
    expect(screen.getByText('Sheet «DS» thiếu cột bắt buộc: «Ngày tiếp nhận».')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(job).toHaveBeenCalledTimes(2);
    expect(screen.getByText('Đang chuẩn bị…')).toBeTruthy();
  });

  it('explains an unexpected failure instead of leaving a blank pane', async () => {
    const job: ScoreJob = async () => {
      throw new TypeError('x is undefined');
    };
    const onBack = jest.fn();
    renderUi(<RunStep job={job} onDone={jest.fn()} onBack={onBack} />);
    expect(await screen.findByText('Đã xảy ra lỗi không mong muốn')).toBeTruthy();
    expect(screen.getByText(/x is undefined/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Quay lại' }));
    expect(onBack).toHaveBeenCalled();
  });
});

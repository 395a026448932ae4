/** @jest-environment jsdom */
import './setup-dom';
import { fireEvent, screen } from '@testing-library/react';
import { PeriodStep } from '../../src/taskpane/components/PeriodStep';
import { reportInfoDrafts, reportInfoEdits, savedReportInfo } from '../../src/taskpane/report-info-form';
import { dayFromYmd } from '../../src/domain/dates';
import { gridFromModel } from '../../src/workbook/model-grid';
import { EMPTY_REPORT_INFO, type ReportInfo } from '../../src/workbook/report-info/report-info';
import { reportInfoSheetModel } from '../../src/workbook/report-info/report-info-sheet';
import { q2Context } from '../workbook/scoring-fixtures';
import { renderUi } from './fixtures';

const SAVED: ReportInfo = { ...EMPTY_REPORT_INFO, agency: 'Văn phòng UBND tỉnh', place: 'Điện Biên', date: dayFromYmd(2021, 7, 9) };

describe('the «Thông tin văn bản» values', () => {
  it('open with what the sheet holds, the date as dd/mm/yyyy', () => {
    expect(reportInfoDrafts(SAVED)).toEqual({
      parentAgency: '', agency: 'Văn phòng UBND tỉnh', place: 'Điện Biên', number: '', date: '09/07/2021', preparer: '', signerTitle: '', signer: '',
    });
  });

  it('are the items changed: trimmed, a title on two lines, a day for the date, null for an item emptied', () => {
    const drafts = { ...reportInfoDrafts(SAVED), agency: '  Văn phòng UBND tỉnh ', place: '   ', signerTitle: 'KT. CHÁNH VĂN PHÒNG \n\n PHÓ CHÁNH VĂN PHÒNG', date: '6/9/2023' };
    expect(reportInfoEdits(drafts, SAVED)).toEqual({
      edits: { place: null, signerTitle: 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG', date: dayFromYmd(2023, 9, 6) },
      dateError: undefined,
    });
    expect(reportInfoEdits(reportInfoDrafts(SAVED), SAVED)).toEqual({ edits: {}, dateError: undefined });
  });

  it('say why a date cannot be used', () => {
    expect(reportInfoEdits({ ...reportInfoDrafts(SAVED), date: '31/02/2021' }, SAVED)).toEqual({ edits: {}, dateError: 'Không có ngày 31/02/2021: kiểm tra ngày và tháng (ngày trước, tháng sau).' });
  });

  it('come from the workbook\'s sheet, found whatever the case of its name, or are all empty', () => {
    const grid = gridFromModel(reportInfoSheetModel(q2Context(), SAVED));
    expect(savedReportInfo([{ ...grid, name: 'THÔNG TIN BÁO CÁO' }])).toEqual(SAVED);
    expect(savedReportInfo([])).toEqual(EMPTY_REPORT_INFO);
  });
});

describe('the «Thông tin văn bản» section of the period step', () => {
  const setup = (saved?: ReportInfo) => {
    const onRun = jest.fn();
    const onReportInfoChange = jest.fn();
    renderUi(
      <PeriodStep
        initial={null} defaultDay={dayFromYmd(2024, 3, 12)} today={dayFromYmd(2024, 6, 1)} profile="dienbien-1187" onProfileChange={jest.fn()} onBack={jest.fn()} onRun={onRun}
        savedReportInfo={saved} onReportInfoChange={onReportInfoChange}
      />,
    );
    return { onRun, onReportInfoChange };
  };
  const open = () => fireEvent.click(screen.getByRole('button', { name: 'Thông tin văn bản' }));
  const run = () => fireEvent.click(screen.getByRole('button', { name: 'Chấm điểm' }));

  it('is folded until opened, then shows the eight items of the sheet', () => {
    setup();
    expect(screen.queryByLabelText('Cơ quan báo cáo')).toBeNull();
    open();
    for (const label of ['Cơ quan chủ quản', 'Cơ quan báo cáo', 'Địa danh', 'Số báo cáo', 'Ngày báo cáo', 'Người lập biểu', 'Chức danh người ký', 'Người ký']) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(screen.getByText(/lấy từ sheet «Thông tin báo cáo», sửa ở đây thì được ghi lại vào sheet khi chấm điểm/)).toBeTruthy();
  });

  it('shows what the workbook\'s sheet holds, and passes up only what is changed', () => {
    const { onReportInfoChange } = setup(SAVED);
    open();
    expect(screen.getByLabelText<HTMLInputElement>('Cơ quan báo cáo').value).toBe('Văn phòng UBND tỉnh');
    expect(screen.getByLabelText<HTMLInputElement>('Ngày báo cáo').value).toBe('09/07/2021');
    expect(screen.getByLabelText<HTMLInputElement>('Người ký').value).toBe('');
    fireEvent.change(screen.getByLabelText('Người ký'), { target: { value: 'Lê Thanh Bình' } });
    expect(onReportInfoChange).toHaveBeenLastCalledWith({ signer: 'Lê Thanh Bình' });
  });

  it('passes up what is typed, for the run to write into the sheet', () => {
    const { onRun, onReportInfoChange } = setup();
    open();
    fireEvent.change(screen.getByLabelText('Cơ quan báo cáo'), { target: { value: 'Văn phòng UBND tỉnh' } });
    fireEvent.change(screen.getByLabelText('Ngày báo cáo'), { target: { value: '06/09/2023' } });
    expect(onReportInfoChange).toHaveBeenLastCalledWith({ agency: 'Văn phòng UBND tỉnh', date: dayFromYmd(2023, 9, 6) });
    run();
    expect(onRun).toHaveBeenCalledTimes(1);
  });

  it('does not run with a date it cannot read, and says why under the field', () => {
    const { onRun } = setup();
    open();
    fireEvent.change(screen.getByLabelText('Ngày báo cáo'), { target: { value: '6/9' } });
    expect(screen.getByText('«6/9» không phải ngày dạng ngày/tháng/năm — nhập như 31/03/2024.')).toBeTruthy();
    run();
    expect(onRun).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Ngày báo cáo'), { target: { value: '' } });
    run();
    expect(onRun).toHaveBeenCalledTimes(1);
  });
});

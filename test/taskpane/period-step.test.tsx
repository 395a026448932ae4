/** @jest-environment jsdom */
import './setup-dom';
import { fireEvent, screen } from '@testing-library/react';
import { ALL_SHEETS } from '../../src/taskpane/components/SheetPicker';
import { PeriodStep } from '../../src/taskpane/components/PeriodStep';
import { checkPeriod, defaultPeriod, periodBounds, periodName, withKind, type PeriodChoice } from '../../src/taskpane/period';
import { dayFromYmd, formatIso } from '../../src/domain/dates';
import { renderUi } from './fixtures';

const iso = (c: PeriodChoice) => {
  const b = periodBounds(c)!;
  return [formatIso(b.from), formatIso(b.to)];
};
const base: PeriodChoice = { kind: 'quarter', year: 2024, month: 1, quarter: 1, from: '', to: '', asOf: null };

describe('period choice', () => {
  it('computes quarters, months (leap February), years and custom ranges', () => {
    expect(iso(base)).toEqual(['2024-01-01', '2024-03-31']);
    expect(iso({ ...base, quarter: 4 })).toEqual(['2024-10-01', '2024-12-31']);
    expect(iso({ ...base, kind: 'month', month: 2 })).toEqual(['2024-02-01', '2024-02-29']);
    expect(iso({ ...base, kind: 'month', year: 2023, month: 12 })).toEqual(['2023-12-01', '2023-12-31']);
    expect(iso({ ...base, kind: 'year' })).toEqual(['2024-01-01', '2024-12-31']);
    expect(iso({ ...base, kind: 'custom', from: '2024-01-15', to: '2024-02-10' })).toEqual(['2024-01-15', '2024-02-10']);
    expect(periodName(base)).toBe('Quý I/2024');
  });

  it('defaults to the quarter of the receipts, as-of the end of the period', () => {
    const c = defaultPeriod(dayFromYmd(2024, 5, 17));
    expect(c).toMatchObject({ kind: 'quarter', year: 2024, quarter: 2, asOf: null });
    expect(checkPeriod(c)).toEqual({ ok: true, from: dayFromYmd(2024, 4, 1), to: dayFromYmd(2024, 6, 30), asOf: dayFromYmd(2024, 6, 30) });
  });

  it('switching to custom starts from the period shown', () => {
    expect(withKind(base, 'custom')).toMatchObject({ kind: 'custom', from: '2024-01-01', to: '2024-03-31' });
  });

  it('rejects from > to, missing dates and an as-of before the period', () => {
    expect(checkPeriod({ ...base, kind: 'custom', from: '2024-03-01', to: '2024-02-01' })).toEqual({
      ok: false,
      errors: { to: 'Ngày kết thúc (01/02/2024) phải sau hoặc bằng ngày bắt đầu (01/03/2024).' },
    });
    expect(checkPeriod({ ...base, kind: 'custom', from: '', to: '2024-02-01' })).toMatchObject({ ok: false, errors: { from: 'Nhập ngày bắt đầu kỳ báo cáo, dạng dd/mm/yyyy.' } });
    expect(checkPeriod({ ...base, asOf: '2023-12-31' })).toMatchObject({
      ok: false,
      errors: { asOf: '«Ngày tính đến» không được trước ngày bắt đầu kỳ (01/01/2024).' },
    });
    expect(checkPeriod({ ...base, asOf: '2024-04-15' })).toMatchObject({ ok: true, asOf: dayFromYmd(2024, 4, 15) });
  });
});

describe('PeriodStep', () => {
  const today = dayFromYmd(2024, 6, 1);
  const setup = (initial: PeriodChoice | null = null, defaultDay = dayFromYmd(2024, 3, 12)) => {
    const onRun = jest.fn();
    renderUi(<PeriodStep initial={initial} defaultDay={defaultDay} today={today} profile="dienbien-1187" onProfileChange={jest.fn()} onBack={jest.fn()} onRun={onRun} />);
    return onRun;
  };
  const pick = async (combobox: RegExp, option: string) => {
    fireEvent.click(screen.getByRole('combobox', { name: combobox }));
    fireEvent.click(await screen.findByRole('option', { name: option }));
  };
  const run = () => fireEvent.click(screen.getByRole('button', { name: 'Chấm điểm' }));

  it('defaults to Q1/2024 = 01/01/2024–31/03/2024 from the receipt dates', () => {
    const onRun = setup();
    expect(screen.getByText('Quý I/2024: từ 01/01/2024 đến 31/03/2024')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/Ngày tính đến/).value).toBe('31/03/2024');
    run();
    expect(onRun).toHaveBeenCalledWith(expect.objectContaining({ kind: 'quarter', year: 2024, quarter: 1 }), {
      from: dayFromYmd(2024, 1, 1),
      to: dayFromYmd(2024, 3, 31),
    }, [...ALL_SHEETS], 2);
  });

  it('writes every result sheet by default and lets the user leave some out', () => {
    const onRun = setup();
    const all = ALL_SHEETS.length;
    expect(screen.getByText(`Ghi ${all}/${all} sheet.`, { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Chọn sheet' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Biểu 3 - Thủ tục' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'DS hồ sơ trễ hạn' }));
    expect(screen.getByText(`Ghi ${all - 2}/${all} sheet.`, { exact: false })).toBeTruthy();
    run();
    expect(onRun.mock.calls[0][2]).toEqual(ALL_SHEETS.filter((n) => n !== 'Biểu 3 - Thủ tục' && n !== 'DS hồ sơ trễ hạn'));
  });

  it('picks a month and a year', async () => {
    const onRun = setup();
    fireEvent.click(screen.getByRole('radio', { name: 'Tháng' }));
    fireEvent.click(screen.getByRole('combobox', { name: /^Tháng/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Tháng 2' }));
    expect(screen.getByText('Tháng 2/2024: từ 01/02/2024 đến 29/02/2024')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Năm' }));
    fireEvent.click(screen.getByRole('combobox', { name: /^Năm/ }));
    fireEvent.click(await screen.findByRole('option', { name: '2023' }));
    expect(screen.getByText('Năm 2023: từ 01/01/2023 đến 31/12/2023')).toBeTruthy();
    run();
    expect(onRun.mock.calls[0][1]).toEqual({ from: dayFromYmd(2023, 1, 1), to: dayFromYmd(2023, 12, 31) }); // as-of left to the engine
  });

  it('offers months beside quarters and years: tháng 11/2026 is 01/11/2026–30/11/2026 and the run gets that range', async () => {
    // The default quarter holds October: picking November changes the month shown.
    const onRun = setup(null, dayFromYmd(2026, 10, 5));
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['month', 'quarter', 'year', 'custom']);
    fireEvent.click(screen.getByRole('radio', { name: 'Tháng' }));
    await pick(/^Tháng/, 'Tháng 11');
    expect(screen.getByText('Tháng 11/2026: từ 01/11/2026 đến 30/11/2026')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/Ngày tính đến/).value).toBe('30/11/2026');
    run();
    expect(onRun).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'month', year: 2026, month: 11 }),
      { from: dayFromYmd(2026, 11, 1), to: dayFromYmd(2026, 11, 30) },
      [...ALL_SHEETS],
      2,
    );
  });

  it('looks 2 working days ahead for «Hồ sơ sắp đến hạn» unless the user picks another number', async () => {
    const onRun = setup({ ...base, kind: 'month', month: 11, year: 2026 }, dayFromYmd(2026, 11, 20));
    const picker = screen.getByRole('combobox', { name: /^Hồ sơ sắp đến hạn trong/ });
    expect(picker.textContent).toBe('2 ngày làm việc tới');
    fireEvent.change(screen.getByLabelText(/Ngày tính đến/), { target: { value: '20/11/2026' } });
    await pick(/^Hồ sơ sắp đến hạn trong/, '3 ngày làm việc tới');
    run();
    expect(onRun.mock.calls[0].slice(1)).toEqual([
      { from: dayFromYmd(2026, 11, 1), to: dayFromYmd(2026, 11, 30), asOf: dayFromYmd(2026, 11, 20) },
      [...ALL_SHEETS],
      3,
    ]);
    await pick(/^Hồ sơ sắp đến hạn trong/, 'Hôm nay');
    run();
    expect(onRun.mock.calls[1][3]).toBe(0);
  });

  it('takes custom dates, rejects from > to, and an explicit as-of date', () => {
    const onRun = setup();
    fireEvent.click(screen.getByRole('radio', { name: 'Tùy chọn' }));
    const from = screen.getByLabelText<HTMLInputElement>('Từ ngày');
    const to = screen.getByLabelText<HTMLInputElement>('Đến ngày');
    expect([from.value, to.value]).toEqual(['01/01/2024', '31/03/2024']);

    fireEvent.change(from, { target: { value: '10/04/2024' } });
    expect(screen.getByText('Ngày kết thúc (31/03/2024) phải sau hoặc bằng ngày bắt đầu (10/04/2024).')).toBeTruthy();
    run();
    expect(onRun).not.toHaveBeenCalled();

    fireEvent.change(from, { target: { value: '10/2/2024' } });
    fireEvent.change(screen.getByLabelText(/Ngày tính đến/), { target: { value: '05-04-2024' } });
    run();
    expect(onRun.mock.calls[0][1]).toEqual({ from: dayFromYmd(2024, 2, 10), to: dayFromYmd(2024, 3, 31), asOf: dayFromYmd(2024, 4, 5) });
  });

  it('starts from a saved period and offers the default back', () => {
    setup({ ...base, kind: 'month', month: 11, year: 2023 });
    expect(screen.getByText('Tháng 11/2023: từ 01/11/2023 đến 30/11/2023')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dùng Quý I/2024' }));
    expect(screen.getByText('Quý I/2024: từ 01/01/2024 đến 31/03/2024')).toBeTruthy();
  });

  it('reads typed dates day first whatever the browser’s locale, and says why a typed date cannot be used', () => {
    const onRun = setup();
    fireEvent.click(screen.getByRole('radio', { name: 'Tùy chọn' }));
    const from = screen.getByLabelText<HTMLInputElement>('Từ ngày');
    expect(from.type).toBe('text'); // a native date input would show mm/dd/yyyy under en-US
    expect(from.placeholder).toBe('dd/mm/yyyy');

    // 02/03/2024 is the 2nd of March, not February 3rd.
    fireEvent.change(from, { target: { value: '02/03/2024' } });
    expect(screen.getByText('02/03/2024 – 31/03/2024: từ 02/03/2024 đến 31/03/2024')).toBeTruthy();

    fireEvent.change(from, { target: { value: '31/02/2024' } });
    expect(screen.getByText('Không có ngày 31/02/2024: kiểm tra ngày và tháng (ngày trước, tháng sau).')).toBeTruthy();
    expect(from.value).toBe('31/02/2024'); // what was typed stays to be corrected
    run();
    expect(onRun).not.toHaveBeenCalled();

    fireEvent.change(from, { target: { value: '2024-03-02' } });
    expect(screen.getByText('«2024-03-02» không phải ngày dạng ngày/tháng/năm — nhập như 31/03/2024.')).toBeTruthy();
    run();
    expect(onRun).not.toHaveBeenCalled();

    fireEvent.change(from, { target: { value: '15/1/2024' } });
    fireEvent.change(screen.getByLabelText(/Ngày tính đến/), { target: { value: '' } });
    run();
    expect(onRun.mock.calls[0][1]).toEqual({ from: dayFromYmd(2024, 1, 15), to: dayFromYmd(2024, 3, 31) }); // blank as-of: the period's end
  });

  it('«Tính đến ngày cuối kỳ» replaces a date being typed', () => {
    setup();
    const asOf = screen.getByLabelText<HTMLInputElement>(/Ngày tính đến/);
    fireEvent.change(asOf, { target: { value: '32/03' } });
    expect(screen.getByText(/«32\/03» không phải ngày/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tính đến ngày cuối kỳ' }));
    expect(asOf.value).toBe('31/03/2024');
    expect(screen.queryByText(/không phải ngày/)).toBeNull();
  });
});

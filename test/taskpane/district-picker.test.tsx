/** @jest-environment jsdom */
import './setup-dom';
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { DistrictPicker } from '../../src/taskpane/components/DistrictPicker';
import { PeriodStep } from '../../src/taskpane/components/PeriodStep';
import { dayFromYmd } from '../../src/domain/dates';
import { renderUi } from './fixtures';

const DISTRICTS = ['UBND huyện Tuần Giáo', 'UBND huyện Mường Chà', 'UBND huyện Điện Biên Đông'];
const picker = () => screen.getByRole('combobox', { name: /^Biểu 1–4 cho huyện/ });

async function pick(option: string): Promise<void> {
  fireEvent.click(picker());
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('DistrictPicker: Biểu 1–4 for the province or one district', () => {
  it('offers «(toàn tỉnh)» first, then the districts found; choosing one names it, «(toàn tỉnh)» gives null', async () => {
    const onChange = jest.fn();
    const { rerender } = renderUi(<DistrictPicker districts={DISTRICTS} value={null} onChange={onChange} />);
    expect(picker().textContent).toBe('(toàn tỉnh)');
    fireEvent.click(picker());
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['(toàn tỉnh)', ...DISTRICTS]);
    fireEvent.click(screen.getByRole('option', { name: 'UBND huyện Mường Chà' }));
    expect(onChange).toHaveBeenLastCalledWith('UBND huyện Mường Chà');
    expect(screen.getByText(/các sheet khác vẫn cho toàn tỉnh/)).toBeTruthy();

    rerender(<DistrictPicker districts={DISTRICTS} value="UBND huyện Mường Chà" onChange={onChange} />);
    expect(picker().textContent).toBe('UBND huyện Mường Chà');
    await pick('(toàn tỉnh)');
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('without districts in the data: disabled, saying the forms are the province’s', () => {
    renderUi(<DistrictPicker districts={[]} value={null} onChange={jest.fn()} />);
    expect(picker().hasAttribute('disabled') || picker().getAttribute('aria-disabled') === 'true').toBe(true);
    expect(screen.getByText('Không tìm thấy huyện nào trong dữ liệu: Biểu 1–4 lập cho toàn tỉnh.')).toBeTruthy();
  });
});

it('the period step shows the choice with the result sheets and reports it to the App, which keeps it', async () => {
  const chosen: (string | null)[] = [];
  function Host() {
    const [district, setDistrict] = useState<string | null>(null);
    return (
      <PeriodStep
        initial={null}
        defaultDay={dayFromYmd(2024, 2, 10)}
        today={dayFromYmd(2024, 4, 2)}
        profile="dienbien-1187"
        onProfileChange={jest.fn()}
        onBack={jest.fn()}
        onRun={jest.fn()}
        districts={DISTRICTS}
        district={district}
        onDistrictChange={(d) => {
          chosen.push(d);
          setDistrict(d);
        }}
      />
    );
  }
  renderUi(<Host />);
  await pick('UBND huyện Tuần Giáo');
  expect(picker().textContent).toBe('UBND huyện Tuần Giáo');
  await pick('(toàn tỉnh)');
  expect(chosen).toEqual(['UBND huyện Tuần Giáo', null]);
});

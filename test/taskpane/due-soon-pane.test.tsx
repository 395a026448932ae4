/** @jest-environment jsdom */
/** The pane's «Hồ sơ sắp đến hạn trong» choice reaches the run: the sheet written looks that many working days ahead. */
import './setup-dom';
import { fireEvent, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { CASE_ROWS, caseSheet, FakeHost, fakeEnvironment, fakeNavigator, HEADER, memorySettings, renderUi } from './fixtures';

const now = () => new Date(2024, 5, 1, 17, 0);
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

it('writes «Hồ sơ sắp đến hạn» for the number of working days picked in the period step', async () => {
  // Q1/2024 as-of Sunday 31/03: 3 working days ahead are Mon 1, Tue 2 and Wed 3/4.
  const rows = [...CASE_ROWS, [8, 'HS-008', 'Sở Tư pháp', 'Chứng thực bản sao', '25/03/2024', '03/04/2024', null, 'Đang xử lý']];
  const host = new FakeHost([caseSheet('Danh sách hồ sơ', HEADER, rows)]);
  renderUi(<App environment={fakeEnvironment()} host={host} navigator={fakeNavigator()} settings={memorySettings()} version="0.1.0-test" now={now} />);
  await screen.findByText(/Đã tìm thấy bảng hồ sơ/);
  click('Tiếp tục');
  fireEvent.click(screen.getByRole('combobox', { name: /^Hồ sơ sắp đến hạn trong/ }));
  fireEvent.click(await screen.findByRole('option', { name: '3 ngày làm việc tới' }));
  click('Chấm điểm');
  await screen.findByText('Đã chấm điểm xong', {}, { timeout: 10000 });

  const sheet = host.changes[0].add.find((m) => m.name === 'Hồ sơ sắp đến hạn')!;
  const cells = sheet.rows.map((r) => r.map((c) => c?.value ?? null));
  expect(cells.find((r) => typeof r[0] === 'string' && r[0].startsWith('Hồ sơ chưa giải quyết xong'))?.[0]).toBe('Hồ sơ chưa giải quyết xong ngày 31/03/2024 đã quá hạn hoặc đến hạn trong 3 ngày làm việc tới (hạn xử lý đến hết ngày 03/04/2024).');
  // Code, days left, points lost, points at risk. Sở Tư pháp handled 4 (3 resolved + HS-008): 20 ÷ 4 = 5;
  // Tuần Giáo 2 (HS-004 resolved, HS-005 open, due Fri 15/3: 18–22 and 25–29/3 = 10 working days late): 10.
  expect(cells.filter((r) => typeof r[2] === 'string' && r[2].startsWith('HS-')).map((r) => [r[2], r[6], r[8], r[9]])).toEqual([
    ['HS-008', 3, null, 5],
    ['HS-005', -10, 10, null],
  ]);
});

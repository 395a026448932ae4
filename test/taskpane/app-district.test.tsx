/** @jest-environment jsdom */
import './setup-dom';
import { fireEvent, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { caseSheet, FakeHost, fakeEnvironment, fakeNavigator, memorySettings, renderUi } from './fixtures';

const now = () => new Date(2024, 5, 1, 17, 0);
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const texts = (host: FakeHost, sheet: string) => host.changes.at(-1)!.add.find((m) => m.name === sheet)!.rows.flat().map((c) => c?.value);

it('writes Biểu 1–4 for the district chosen in the period step, the other sheets province-wide', async () => {
  const host = new FakeHost([caseSheet()]);
  renderUi(<App environment={fakeEnvironment()} host={host} navigator={fakeNavigator()} settings={memorySettings()} version="t" now={now} />);
  await screen.findByText(/Đã tìm thấy bảng hồ sơ/);
  click('Tiếp tục');
  fireEvent.click(screen.getByRole('combobox', { name: /^Biểu 1–4 cho huyện/ }));
  // The fixture's one district: UBND huyện Tuần Giáo (UBND xã Quài Nưa names no district, so it is not its commune).
  expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['(toàn tỉnh)', 'UBND huyện Tuần Giáo']);
  fireEvent.click(screen.getByRole('option', { name: 'UBND huyện Tuần Giáo' }));
  click('Chấm điểm');
  await screen.findByText('Đã chấm điểm xong', {}, { timeout: 10000 });
  const unitForm = texts(host, 'Biểu 2 - Đơn vị');
  expect(unitForm).toContain('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC HUYỆN TUẦN GIÁO CHIA THEO ĐƠN VỊ THỰC HIỆN');
  expect(unitForm).not.toContain('Sở Tư pháp');
  expect(texts(host, 'Tổng hợp theo đơn vị')).toContain('Sở Tư pháp');
});

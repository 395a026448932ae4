/** What `tthc score --district` prints about the district chosen. */
import { readFileSync } from 'node:fs';
import { districtLines } from '../../src/cli/district-lines';
import { chooseDistrict } from '../../src/workbook/reports/district-choice';
import { chooseSheets } from '../../src/workbook/result-set';
import { scoreWorkbook, type ScoreRun } from '../../src/workbook/score-workbook';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { SAMPLE_FILE } from '../support/sample-sheets';

let run: ScoreRun;
beforeAll(async () => {
  run = scoreWorkbook(await readWorkbook(readFileSync(SAMPLE_FILE), 'mau-ho-so-tthc.xlsx'));
});

it('names the district as the data does, with its communes, and says the other sheets stay province-wide', () => {
  expect(districtLines(chooseDistrict(run, 'muong cha'), 'muong cha', undefined)).toEqual(['Biểu 1–4 cho «UBND huyện Mường Chà» và 4 xã của huyện; các sheet khác cho toàn tỉnh.']);
  expect(districtLines(chooseDistrict(run, 'Tuần Giáo'), 'Tuần Giáo', chooseSheets(['bieu-2']))).toEqual(['Biểu 1–4 cho «UBND huyện Tuần Giáo» và 5 xã của huyện; các sheet khác cho toàn tỉnh.']);
});

it('says the flag was not used when --sheets leaves out Biểu 1–4', () => {
  expect(districtLines(chooseDistrict(run, 'Mường Chà'), 'Mường Chà', chooseSheets(['tong-hop', 'xep-loai']))).toEqual([
    'Cảnh báo: --sheets không có Biểu 1–4 nên --district «Mường Chà» không được dùng.',
  ]);
});

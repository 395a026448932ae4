/** The districts the task pane offers before a run: those the run groups the units into, read without scoring. */
import { readFileSync } from 'node:fs';
import { groupUnits } from '../../src/domain/grouping';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { chooseCaseSheets } from '../../src/workbook/case-sheets';
import { chooseDistrict } from '../../src/workbook/reports/district-choice';
import { districtsInWorkbook } from '../../src/workbook/reports/district-list';
import { scoreWorkbook } from '../../src/workbook/score-workbook';
import { readWorkbook } from '../../src/xlsx/read-workbook';
import { SAMPLE_FILE } from '../support/sample-sheets';

const grid = (name: string, rows: CellValue[][]): SheetGrid => ({ name, rows, originRow: 1, originCol: 1, visibility: 'visible' });
/** The case tables as the pane's first step chooses them (data-choice.ts). */
const tablesOf = (grids: SheetGrid[]) => chooseCaseSheets(grids).tables.map((table) => ({ table, grid: grids.find((g) => g.name === table.sheet)! }));

it('lists the sample’s three districts, as the run names and orders them', async () => {
  const grids = await readWorkbook(readFileSync(SAMPLE_FILE), 'mau-ho-so-tthc.xlsx');
  const listed = districtsInWorkbook(grids, tablesOf(grids));
  expect(listed).toEqual(['UBND huyện Tuần Giáo', 'UBND huyện Mường Chà', 'UBND huyện Điện Biên Đông']);
  const run = scoreWorkbook(grids);
  expect(groupUnits(run.units, run.keepUnitOrder).districts.map((d) => d.title)).toEqual(listed);
  for (const name of listed) expect(chooseDistrict(run, name).name).toBe(name);
});

it('without a unit list: districts from the unit names and from the «Huyện» column, with the user’s column choice', () => {
  const cases = grid('Hồ sơ', [
    ['Mã hồ sơ', 'Đơn vị giải quyết', 'Huyện', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Ghi chú đơn vị'],
    ['HS-1', 'UBND huyện Mường Ảng', null, '02/01/2024', '10/01/2024', '09/01/2024', 'Sở Tư pháp'],
    ['HS-2', 'UBND xã Búng Lao', 'Huyện Mường Ảng', '03/01/2024', '10/01/2024', null, 'Sở Tư pháp'],
    ['HS-3', 'UBND xã Chà Tở', 'Nậm Pồ', '03/01/2024', '10/01/2024', null, 'Sở Tư pháp'],
    ['HS-4', 'Sở Tư pháp', null, '04/01/2024', '10/01/2024', null, 'Sở Tư pháp'],
    ['HS-5', 'UBND xã Búng Lao', 'Huyện Mường Ảng', '05/01/2024', '10/01/2024', null, 'Sở Tư pháp'],
  ]);
  const [found] = tablesOf([cases]);
  // Mường Ảng's unit and a commune naming it are one district; Nậm Pồ is named by its commune only.
  expect(districtsInWorkbook([cases], [found])).toEqual(['UBND huyện Mường Ảng', 'Nậm Pồ']);
  // The user mapped the unit to another column: every row is Sở Tư pháp, no district.
  expect(districtsInWorkbook([cases], [{ ...found, mapping: { ...found.table.mapping, unit: 6 } }])).toEqual([]);
});

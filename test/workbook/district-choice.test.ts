/**
 * One district's Biểu 1–4 (`--district`): seed 004's Tuần Giáo inside a province with another district, a
 * provincial agency and districts without communes or cases. The district's forms must be the seed's
 * district report: its rows those of the province-wide forms, its totals its own.
 */
import { dayFromYmd } from '../../src/domain/dates';
import { chooseDistrict, type DistrictChoice } from '../../src/workbook/reports/district-choice';
import { fieldFormSheet, procedureFormSheet, unitFormSheet } from '../../src/workbook/reports/district-forms';
import { rateFormSheet } from '../../src/workbook/reports/rate-form-sheet';
import { InputError } from '../../src/workbook/input-error';
import type { SheetModel } from '../../src/workbook/sheet-model';
import type { ListedUnit, UnitTarget } from '../support/case-sheet';
import { scoreTargets, seed004 } from '../support/seed-targets';
import { contextOf, rowIndex, seed004Inputs, TUAN_GIAO, value, values } from './report-fixtures';

const { targets, period, listed } = seed004Inputs();
const { PRINTED, NO_CASES } = seed004();
const resolvedOnTime = (n: number) => ({ early: 0, onTime: n, late: 0, withinDeadline: 0, overdue: 0 });
const EXTRA_TARGETS: UnitTarget[] = [
  { unit: 'Sở Tư pháp', ...resolvedOnTime(10), late: 2, field: 'Hộ tịch', procedure: 'Cấp bản sao trích lục hộ tịch' },
  { unit: 'UBND huyện Mường Ảng', ...resolvedOnTime(5), overdue: 1, field: 'Đất đai cấp huyện', procedure: 'Tách thửa hoặc hợp thửa đất' },
  { unit: 'UBND xã Búng Lao', ...resolvedOnTime(0), late: 3, field: 'Hộ tịch cấp xã', procedure: 'Đăng ký khai sinh' },
  { unit: 'UBND huyện Mường Nhé', ...resolvedOnTime(2), field: 'Hộ tịch cấp huyện', procedure: 'Thay đổi, cải chính hộ tịch' },
];
const EXTRA_LISTED: ListedUnit[] = [
  { name: 'Sở Tư pháp', level: 'Tỉnh' },
  { name: 'UBND huyện Mường Ảng', level: 'Huyện' },
  { name: 'UBND xã Búng Lao', level: 'Xã', district: 'Mường Ảng' },
  { name: 'UBND huyện Mường Nhé', level: 'Huyện' },
  { name: 'UBND huyện Nậm Pồ', level: 'Huyện' },
];
const run = scoreTargets([...targets, ...EXTRA_TARGETS], period, [...listed, ...EXTRA_LISTED]);
const ctx = contextOf(run);
const tuanGiao = chooseDistrict(run, 'Tuần Giáo');

/** The first row's cells from column B on whose column B holds `name` (below the title rows). */
const rowOf = (model: SheetModel, name: string): unknown[] => values(model, rowIndex(model, 1, name, 4)).slice(1);
/** Unit names of a Biểu 2/4, in order, between the header and «Tổng». */
function unitNames(model: SheetModel): unknown[] {
  const first = rowIndex(model, 0, 'STT') + 3;
  return model.rows.slice(first, rowIndex(model, 1, 'Tổng', first)).map((r) => value(r[1]));
}
const counts = (model: SheetModel, name: string): unknown[] => rowOf(model, name).slice(1, 13);
// Seed 004's Biểu 2 Tổng as generated (Chiềng Đông's row accounts for 9 of its printed 11 cases: see district-forms.test.ts).
const TUAN_GIAO_TOTAL = [871, 0, 5, 866, 775, 690, 85, 96, 93, 3, 0, 5];

describe('chooseDistrict: the name matched as the unit directory matches a district', () => {
  it.each(['Tuần Giáo', 'huyện Tuần Giáo', 'UBND huyện Tuần Giáo', 'Huyện  tuần   giáo ', 'TUAN GIAO', 'tuan giao', 'Ủy ban nhân dân huyện Tuần Giáo'])('«%s» is Tuần Giáo', (typed) => {
    const chosen = chooseDistrict(run, typed);
    expect(chosen.name).toBe(TUAN_GIAO);
    expect(chosen.units.map((u) => u.name)).toEqual([TUAN_GIAO, ...PRINTED.slice(1).map(([unit]) => unit), ...NO_CASES]);
    expect(chosen.issues).toEqual([]);
  });

  it('refuses an unknown name, listing the districts found; a blank name likewise', () => {
    const known = '«UBND huyện Tuần Giáo», «UBND huyện Mường Ảng», «UBND huyện Mường Nhé», «UBND huyện Nậm Pồ»';
    expect(() => chooseDistrict(run, 'Mường Chà')).toThrow(new InputError(`Không có huyện «Mường Chà» trong dữ liệu; các huyện có: ${known}.`));
    // A commune is no district, and «Tuần» alone is not «Tuần Giáo».
    expect(() => chooseDistrict(run, 'Búng Lao')).toThrow(InputError);
    expect(() => chooseDistrict(run, 'Tuần')).toThrow(InputError);
    expect(() => chooseDistrict(run, '  ')).toThrow(new InputError(`Chưa ghi tên huyện cần lập Biểu 1–4; các huyện có: ${known}.`));
  });

  it('warns when the district has no commune, or no case in the period', () => {
    expect(chooseDistrict(run, 'Mường Nhé').issues.map((i) => i.message)).toEqual([
      'Biểu 1–4 cho «UBND huyện Mường Nhé»: dữ liệu không có xã nào thuộc huyện này (cột «Huyện» của danh mục đơn vị hoặc của danh sách hồ sơ), nên các biểu chỉ có «UBND huyện Mường Nhé».',
    ]);
    const empty = chooseDistrict(run, 'Nậm Pồ');
    expect(empty.issues.map((i) => [i.sheet, i.row, i.severity, i.message])).toEqual([
      [run.table.sheet, null, 'warning', expect.stringContaining('không có xã nào thuộc huyện này')],
      [run.table.sheet, null, 'warning', 'Biểu 1–4 cho «UBND huyện Nậm Pồ»: huyện và các xã không có hồ sơ nào trong kỳ (01/01/2020 – 01/04/2020); các biểu chỉ có số 0.'],
    ]);
  });

  it('warns when the communes name a district the data has no unit for', () => {
    const orphans = scoreTargets([{ unit: 'UBND xã Búng Lao', ...resolvedOnTime(1) }], period, [{ name: 'UBND xã Búng Lao', level: 'Xã', district: 'Huyện Mường Ảng' }]);
    const chosen = chooseDistrict(orphans, 'mường ảng');
    expect(chosen.name).toBe('Huyện Mường Ảng');
    expect(chosen.titleName).toBe('HUYỆN MƯỜNG ẢNG');
    expect(chosen.units.map((u) => u.name)).toEqual(['UBND xã Búng Lao']);
    expect(chosen.issues.map((i) => i.message)).toEqual([
      'Biểu 1–4 cho «Huyện Mường Ảng»: dữ liệu không có đơn vị cấp huyện này (chỉ có các xã ghi huyện này), nên các biểu chỉ có các xã.',
    ]);
  });

  it('data without any district (only provincial units) is refused, saying why', () => {
    const provincial = scoreTargets([{ unit: 'Sở Tư pháp', ...resolvedOnTime(3) }], period, [{ name: 'Sở Tư pháp', level: 'Tỉnh' }]);
    expect(() => chooseDistrict(provincial, 'Tuần Giáo')).toThrow(
      new InputError(
        'Không lập được Biểu 1–4 cho huyện «Tuần Giáo»: dữ liệu kỳ 01/01/2020 – 01/04/2020 không có huyện nào (không có đơn vị cấp huyện, không xã nào ghi huyện trong danh mục đơn vị hay cột «Huyện»). Biểu 1–4 chỉ lập được cho toàn tỉnh.',
      ),
    );
  });

  it('after the 1 July 2025 reform (no district, communes under the province) says so', () => {
    const late2025 = { from: dayFromYmd(2025, 7, 1), to: dayFromYmd(2025, 9, 30) };
    const twoTier = scoreTargets(
      [{ unit: 'Sở Tư pháp', ...resolvedOnTime(3) }, { unit: 'UBND xã Mường Ảng', ...resolvedOnTime(2) }],
      late2025,
      [{ name: 'Sở Tư pháp', level: 'Tỉnh' }, { name: 'UBND xã Mường Ảng', level: 'Xã' }],
    );
    expect(() => chooseDistrict(twoTier, 'Mường Ảng')).toThrow(
      new InputError(
        'Không lập được Biểu 1–4 cho huyện «Mường Ảng»: dữ liệu kỳ 01/07/2025 – 30/09/2025 không có huyện nào — từ 01/07/2025 không còn cấp huyện (chính quyền địa phương hai cấp), các xã trực thuộc tỉnh. Biểu 1–4 chỉ lập được cho toàn tỉnh.',
      ),
    );
  });
});

describe('Biểu 1–4 of one district', () => {
  const forms = (district: DistrictChoice | null) => ({
    field: fieldFormSheet(run, ctx, district),
    unit: unitFormSheet(run, ctx, district),
    procedure: procedureFormSheet(run, ctx, district),
    rate: rateFormSheet(run, ctx, district),
  });
  const province = forms(null);
  const district = forms(tuanGiao);

  it('are titled with the district’s name, as seed 004 titles them', () => {
    expect([district.field, district.unit, district.procedure, district.rate].map((m) => value(m.rows[0][0]))).toEqual([
      'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC HUYỆN TUẦN GIÁO CHIA THEO LĨNH VỰC THỰC HIỆN',
      'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC HUYỆN TUẦN GIÁO CHIA THEO ĐƠN VỊ THỰC HIỆN',
      'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC HUYỆN TUẦN GIÁO CHIA THEO LOẠI HỒ SƠ THỰC HIỆN',
      'BÁO CÁO TỶ LỆ HỒ SƠ TTHC HUYỆN TUẦN GIÁO GIẢI QUYẾT TRỄ HẠN, QUÁ HẠN CHIA THEO ĐƠN VỊ THỰC HIỆN',
    ]);
    expect(value(province.unit.rows[0][0])).toBe('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC CHIA THEO ĐƠN VỊ THỰC HIỆN');
  });

  it('Biểu 2 and 4: the district then its 19 communes, numbered 1–20, each row the province-wide form’s', () => {
    for (const [mine, all] of [[district.unit, province.unit], [district.rate, province.rate]]) {
      expect(unitNames(mine)).toEqual(tuanGiao.units.map((u) => u.name));
      const first = rowIndex(mine, 0, 'STT') + 3;
      expect(mine.rows.slice(first, first + 20).map((r) => value(r[0]))).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
      for (const u of tuanGiao.units) expect([u.name, rowOf(mine, u.name)]).toEqual([u.name, rowOf(all, u.name)]);
    }
    expect(unitNames(province.unit)).toEqual(expect.arrayContaining(['Sở Tư pháp', 'UBND huyện Mường Ảng', 'UBND xã Búng Lao']));
  });

  it('Tổng counts the district’s cases only: seed 004’s 871 … 5, not the province’s 871 + 23', () => {
    expect(counts(district.unit, 'Tổng')).toEqual(TUAN_GIAO_TOTAL);
    expect(counts(district.field, 'Tổng')).toEqual(TUAN_GIAO_TOTAL);
    expect(counts(district.procedure, 'Tổng')).toEqual(TUAN_GIAO_TOTAL);
    // 85 late and 3 overdue of 871: 9,76 % and 0,34 %.
    expect(rowOf(district.rate, 'Tổng').slice(1, 11)).toEqual([871, 775, 690, 85, 96, 93, 3, 9.76, 0.34, '']);
    // Province-wide: + Sở Tư pháp 12 (2 late), Mường Ảng 6 (1 overdue), Búng Lao 3 late, Mường Nhé 2 = 894.
    expect(counts(province.unit, 'Tổng')).toEqual([894, 0, 5, 889, 797, 707, 90, 97, 93, 4, 0, 5]);
  });

  it('Biểu 1: the district level and its communes as the levels’ groups, no provincial group', () => {
    const firstCells = district.field.rows.map((r) => value(r[1]));
    expect(firstCells).toEqual(expect.arrayContaining(['CẤP HUYỆN', 'CẤP XÃ']));
    expect(firstCells).not.toContain('CẤP TỈNH');
    expect(counts(district.field, 'Cộng cấp huyện')).toEqual([466, 0, 0, 466, 389, 385, 4, 77, 77, 0, 0, 4]);
    expect(counts(district.field, 'Cộng cấp xã')).toEqual([405, 0, 5, 400, 386, 305, 81, 19, 16, 3, 0, 1]);
    expect(firstCells).not.toContain('Hộ tịch'); // Sở Tư pháp's field
  });

  it('Biểu 3: only the district’s units and their procedures', () => {
    const names = district.procedure.rows.map((r) => value(r[1]));
    expect(names).toContain(TUAN_GIAO);
    for (const other of ['Sở Tư pháp', 'UBND huyện Mường Ảng', 'UBND xã Búng Lao', 'Cấp bản sao trích lục hộ tịch']) expect(names).not.toContain(other);
  });

  it('another district: Mường Ảng and Búng Lao, totals by hand', () => {
    const muongAng = chooseDistrict(run, 'UBND huyện Mường Ảng');
    const unit = unitFormSheet(run, ctx, muongAng);
    expect(unitNames(unit)).toEqual(['UBND huyện Mường Ảng', 'UBND xã Búng Lao']);
    // 5 on time + 1 overdue, and 3 late: 9 cases, 8 resolved (5 on time, 3 late), 1 in progress overdue.
    expect(counts(unit, 'Tổng')).toEqual([9, 0, 0, 9, 8, 5, 3, 1, 0, 1, 0, 0]);
    // 3 / 9 = 33,33 % late; 1 / 9 = 11,11 % overdue.
    expect(rowOf(rateFormSheet(run, ctx, muongAng), 'Tổng').slice(1, 10)).toEqual([9, 8, 5, 3, 1, 0, 1, 33.33, 11.11]);
    expect(value(unit.rows[0][0])).toBe('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC HUYỆN MƯỜNG ẢNG CHIA THEO ĐƠN VỊ THỰC HIỆN');
  });
});

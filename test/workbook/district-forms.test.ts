/** Biểu 1–4 against seed 004 (Tuần Giáo, 01/01–01/04/2020), rebuilt from generated case rows. */
import type { SheetModel } from '../../src/workbook/sheet-model';
import { FIELD_FORM_SHEET, fieldFormSheet, PROCEDURE_FORM_SHEET, procedureFormSheet, UNIT_FORM_SHEET, unitFormSheet } from '../../src/workbook/reports/district-forms';
import { RATE_FORM_SHEET, rateFormSheet } from '../../src/workbook/reports/rate-form-sheet';
import { seed004, SEED004_FIELDS, SEED004_PROCEDURES, type FormCounts } from '../support/seed-targets';
import { COMMUNE_FIELD, COMMUNE_PROCEDURE, contextOf, RANG_DONG, rowIndex, seed004Run, TUAN_GIAO, tuanGiaoRun, value, values } from './report-fixtures';

const run = seed004Run();
const ctx = contextOf(run);
const { PRINTED, NO_CASES, CHIENG_DONG } = seed004();

/** The twelve count cells of the first row (from `from`) named `name` in column B. */
const counts = (model: SheetModel, name: string, from = 0): unknown[] => values(model, rowIndex(model, 1, name, from)).slice(2, 14);
const headerTop = (model: SheetModel): number => rowIndex(model, 0, 'STT') + 1;

// Chiềng Đông's printed row counts 11 cases but accounts for 9 (0 resolved + 9 in progress): only those 9
// can be generated, so its row — and the Tổng — are 2 cases short of the print in «Tổng hồ sơ» and «Trực tiếp».
const CHIENG_DONG_GENERATED: FormCounts = [9, 0, 1, 8, 0, 0, 0, 9, 8, 1, 0, 0];
const TOTAL_GENERATED: FormCounts = [871, 0, 5, 866, 775, 690, 85, 96, 93, 3, 0, 5]; // printed 873 0 5 868 …

describe('Biểu 2 - Đơn vị', () => {
  const model = unitFormSheet(run, ctx);

  it('has the seed’s title, label and nested column header, print-ready', () => {
    expect(model.name).toBe(UNIT_FORM_SHEET);
    expect(value(model.rows[0][0])).toBe('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC CHIA THEO ĐƠN VỊ THỰC HIỆN');
    expect(value(model.rows[1][0])).toBe('Từ ngày 01/01/2020 đến ngày 01/04/2020');
    expect(value(model.rows[2][0])).toBe('BIỂU 2');
    const top = headerTop(model);
    expect(values(model, top - 1).filter(Boolean)).toEqual(['STT', 'Cơ quan, đơn vị', 'Số hồ sơ nhận giải quyết', 'Kết quả giải quyết', 'Hồ sơ rút', 'Hồ sơ trả lại', 'Ghi chú']);
    expect(values(model, top).filter(Boolean)).toEqual(['Tổng số', 'Trực tuyến', 'Kỳ trước chuyển qua', 'Trực tiếp', 'Số hồ sơ đã giải quyết', 'Số hồ sơ đang giải quyết']);
    expect(values(model, top + 1).filter(Boolean)).toEqual(['Tổng số', 'Đúng hạn', 'Trễ hạn', 'Tổng số', 'Trong hạn', 'Quá hạn']);
    expect(model.merges).toContainEqual({ top, left: 3, bottom: top, right: 6 }); // Số hồ sơ nhận giải quyết
    expect(model.merges).toContainEqual({ top, left: 7, bottom: top, right: 12 }); // Kết quả giải quyết
    expect(model.merges).toContainEqual({ top: top + 1, left: 3, bottom: top + 2, right: 3 }); // Tổng số, two rows deep
    expect(model.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, paper: 'A4', repeatRows: { from: top, to: top + 2 } });
    expect(model.freeze).toEqual({ rows: top + 2, cols: 2 });
  });

  it('lists the district, then its communes in the unit list’s order, numbered 1–20', () => {
    const first = headerTop(model) + 2;
    const names = model.rows.slice(first, first + 20).map((r) => [value(r[0]), value(r[1])]);
    expect(names).toEqual([...PRINTED.map(([unit]) => unit), ...NO_CASES].map((unit, i) => [String(i + 1), unit]));
  });

  it.each(PRINTED.filter(([unit]) => unit !== CHIENG_DONG).map((r) => [r[0], r.slice(1, 13)] as const))('%s: the printed counts', (unit, printed) => {
    expect(counts(model, unit)).toEqual(printed);
  });

  it('Chiềng Đông: the 9 cases its row accounts for (printed 11, with 2 in no column)', () => {
    expect(counts(model, CHIENG_DONG)).toEqual(CHIENG_DONG_GENERATED);
  });

  it('shows the communes without cases with zeros and «Không phát sinh hồ sơ»', () => {
    for (const unit of NO_CASES) {
      const row = values(model, rowIndex(model, 1, unit));
      expect([...row.slice(2, 14), row[14]]).toEqual([...Array(12).fill(0), 'Không phát sinh hồ sơ']);
    }
  });

  it('Tổng: 775 resolved (690 on time, 85 late), 96 in progress (93 within, 3 overdue), 5 returned', () => {
    expect(counts(model, 'Tổng')).toEqual(TOTAL_GENERATED);
  });

  it('says in a note that «Trực tiếp» includes postal filings', () => {
    expect(model.rows.map((r) => value(r[0]))).toContainEqual(expect.stringContaining('Trực tiếp: hồ sơ nộp trực tiếp và qua dịch vụ bưu chính công ích'));
  });
});

describe('Biểu 4 - Tỷ lệ', () => {
  const model = rateFormSheet(run, ctx);
  const row = (unit: string): unknown[] => values(model, rowIndex(model, 1, unit)).slice(2, 12);

  it('is labelled, headed and print-ready', () => {
    expect(model.name).toBe(RATE_FORM_SHEET);
    expect(value(model.rows[2][0])).toBe('BIỂU 4');
    const top = headerTop(model);
    expect(values(model, top - 1).filter(Boolean)).toEqual(['STT', 'Cơ quan, đơn vị', 'Số hồ sơ nhận giải quyết', 'Kết quả giải quyết', 'Tỷ lệ trễ hạn (%)', 'Tỷ lệ quá hạn (%)', 'Ghi chú']);
    expect(model.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, paper: 'A4', repeatRows: { from: top, to: top + 2 } });
  });

  // Printed blank rates are 0 % where the unit has cases: the sheet prints 0,00, keeping "—" for no denominator.
  it.each(PRINTED.filter(([unit]) => unit !== CHIENG_DONG).map((r) => [r[0], r] as const))('%s: counts and both rates over the total to handle', (unit, r) => {
    const [, total, , , , resolved, onTime, late, inProgress, within, overdue, , , lateRate, overdueRate] = r;
    expect(row(unit)).toEqual([total, resolved, onTime, late, inProgress, within, overdue, lateRate ?? null, overdueRate ?? null, '']);
  });

  it('Tuần Giáo: 4 / 466 = 0,86 % late, not 4 / 389 as the provincial list divides; no overdue: blank, as printed', () => {
    expect(row(TUAN_GIAO).slice(7, 9)).toEqual([0.86, null]);
  });

  it('Chiềng Đông: no late case, its rate blank as printed; 1 overdue of the 9 generated cases is 11,11 % (printed 9,09 = 1 / 11)', () => {
    expect(row(CHIENG_DONG)).toEqual([9, 0, 0, 0, 9, 8, 1, null, 11.11, '']);
  });

  it('shows "—" for the rates of units without cases', () => {
    for (const unit of NO_CASES) expect(row(unit)).toEqual([0, 0, 0, 0, 0, 0, 0, '—', '—', 'Không phát sinh hồ sơ']);
  });

  it('Tổng: 85 late and 3 overdue of 871 generated cases — 9,76 % and 0,34 % (printed 9,74 = 85 / 873)', () => {
    expect(row('Tổng')).toEqual([871, 775, 690, 85, 96, 93, 3, 9.76, 0.34, '']);
  });
});

describe('Biểu 1 - Lĩnh vực', () => {
  it('for Tuần Giáo alone reproduces the seed’s form: the fields with cases, then Tổng 466 … 4', () => {
    const tg = tuanGiaoRun();
    const model = fieldFormSheet(tg, contextOf(tg));
    expect(model.name).toBe(FIELD_FORM_SHEET);
    expect(value(model.rows[0][0])).toBe('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC CHIA THEO LĨNH VỰC THỰC HIỆN');
    expect(value(model.rows[2][0])).toBe('BIỂU 1');
    const first = headerTop(model) + 2;
    const listed = model.rows.slice(first, first + SEED004_FIELDS.length).map((r) => value(r[1]));
    // Vietnamese order: Đ is its own letter after D (the seed's system put it after Z).
    expect(listed).toEqual([
      'Bảo trợ xã hội cấp huyện', 'Đăng ký biện pháp bảo đảm cấp huyện', 'Đất đai cấp huyện', 'Hộ tịch cấp huyện', 'Kinh doanh khí cấp huyện',
      'Lao động, Thương binh và Xã hội cấp huyện', 'Quản lý hoạt động xây dựng cấp huyện', 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh) cấp huyện',
    ]);
    for (const [field, printed] of SEED004_FIELDS) expect([field, counts(model, field)]).toEqual([field, printed]);
    expect(counts(model, 'Đất đai cấp huyện')).toEqual([159, 0, 0, 159, 109, 108, 1, 50, 50, 0, 0, 4]);
    expect(counts(model, 'Bảo trợ xã hội cấp huyện').slice(0, 1)).toEqual([141]);
    expect(counts(model, 'Tổng')).toEqual([466, 0, 0, 466, 389, 385, 4, 77, 77, 0, 0, 4]);
    expect(values(model, rowIndex(model, 1, 'Tổng') - 1)[0]).toBe(String(SEED004_FIELDS.length));
  });

  it('with communes in the data, lists each level’s fields under a heading with its subtotal', () => {
    const model = fieldFormSheet(run, ctx);
    const first = headerTop(model) + 2;
    expect(values(model, first).slice(0, 2)).toEqual(['I', 'CẤP HUYỆN']);
    expect(counts(model, 'Cộng cấp huyện')).toEqual([466, 0, 0, 466, 389, 385, 4, 77, 77, 0, 0, 4]);
    const communes = rowIndex(model, 1, 'CẤP XÃ');
    expect(value(model.rows[communes][0])).toBe('II');
    expect(values(model, communes + 1).slice(0, 2)).toEqual(['1', COMMUNE_FIELD]);
    expect(values(model, communes + 2).slice(0, 2)).toEqual(['2', '(Không ghi lĩnh vực)']);
    expect(counts(model, '(Không ghi lĩnh vực)')).toEqual([1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0]); // Rạng Đông
    expect(counts(model, 'Cộng cấp xã')).toEqual([405, 0, 5, 400, 386, 305, 81, 19, 16, 3, 0, 1]);
    expect(counts(model, 'Tổng')).toEqual(TOTAL_GENERATED);
  });
});

describe('Biểu 3 - Thủ tục', () => {
  const model = procedureFormSheet(run, ctx);

  it('groups procedures under «UBND huyện Tuần Giáo» and «Lĩnh vực …», numbered through', () => {
    expect(model.name).toBe(PROCEDURE_FORM_SHEET);
    expect(value(model.rows[0][0])).toBe('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC CHIA THEO LOẠI HỒ SƠ THỰC HIỆN');
    const first = headerTop(model) + 2;
    expect(values(model, first).slice(0, 2)).toEqual(['', TUAN_GIAO]);
    expect(values(model, first + 1).slice(0, 2)).toEqual(['', 'Lĩnh vực Bảo trợ xã hội cấp huyện']);
    const land = rowIndex(model, 1, 'Lĩnh vực Đất đai cấp huyện');
    const landRows = model.rows.slice(land + 1, land + 10).map((r) => value(r[1]));
    expect(new Set(landRows)).toEqual(new Set(SEED004_PROCEDURES.filter(([f]) => f === 'Đất đai cấp huyện').map(([, p]) => p)));
    expect(model.merges).toContainEqual({ top: land + 1, left: 2, bottom: land + 1, right: 14 });
    const numbers = model.rows.map((r) => value(r[0])).filter((v) => typeof v === 'string' && /^\d+$/.test(v));
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => String(i + 1)));
  });

  it.each(SEED004_PROCEDURES.map(([field, procedure, printed]) => [procedure.slice(0, 60), field, procedure, printed] as const))(
    '%s: the printed counts',
    (_, field, procedure, printed) => {
      const fieldRow = rowIndex(model, 1, `Lĩnh vực ${field}`);
      expect(counts(model, procedure, fieldRow)).toEqual(printed);
    },
  );

  it('lists the communes after the district, Rạng Đông’s case under «(Không ghi …)», and ends with Tổng', () => {
    const quaiTo = rowIndex(model, 1, 'UBND Xã Quài Tở');
    expect(values(model, quaiTo + 1)[1]).toBe(`Lĩnh vực ${COMMUNE_FIELD}`);
    expect(counts(model, COMMUNE_PROCEDURE, quaiTo)).toEqual([73, 0, 0, 73, 73, 16, 57, 0, 0, 0, 0, 0]);
    const rangDong = rowIndex(model, 1, RANG_DONG);
    expect(model.rows.slice(rangDong + 1, rangDong + 3).map((r) => value(r[1]))).toEqual(['(Không ghi lĩnh vực)', '(Không ghi thủ tục)']);
    for (const unit of NO_CASES) expect(model.rows.some((r) => value(r[1]) === unit)).toBe(false);
    expect(counts(model, 'Tổng')).toEqual(TOTAL_GENERATED);
  });
});

/** `Tình hình chung` against seed 001 section I (Hà Nam, November 2023), and the Vietnamese number format. */
import { zeroCounts } from '../../src/domain/aggregate';
import { PROVINCE_SUMMARY_SHEET, provinceSummaryLines, provinceSummarySheet } from '../../src/workbook/reports/province-summary';
import { twoDigits, vnInteger, vnRate } from '../../src/workbook/reports/vn-number';
import { scoreTargets, seed001 } from '../support/seed-targets';
import { contextOf, rowIndex, value, values } from './report-fixtures';

describe('Vietnamese numbers', () => {
  it('groups thousands with "." and writes decimals with ","', () => {
    expect([vnInteger(0), vnInteger(68), vnInteger(15744), vnInteger(1234567)]).toEqual(['0', '68', '15.744', '1.234.567']);
    expect([vnRate(86.8), vnRate(0.48), vnRate(100), vnRate(1234.5), vnRate(13.2)]).toEqual(['86,80', '0,48', '100,00', '1.234,50', '13,20']);
    expect([twoDigits(1), twoDigits(8), twoDigits(13), twoDigits(120)]).toEqual(['01', '08', '13', '120']);
  });

  it('agrees with Intl vi-VN where the runtime has the locale', () => {
    const vi = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(vnRate(86.8)).toBe(vi.format(86.8));
    expect(vnInteger(15744)).toBe(new Intl.NumberFormat('vi-VN').format(15744));
  });
});

describe('Tình hình chung from seed 001', () => {
  const { period, targets, listed } = seed001();
  const run = scoreTargets(targets, period, listed);
  const model = provinceSummarySheet(run, contextOf(run));
  const lines = model.rows.map((r) => value(r[0]));

  it('writes section I sentence by sentence, with the seed’s figures', () => {
    const at = lines.indexOf('Nội dung để đưa vào báo cáo:');
    expect(lines.slice(at + 1)).toEqual([
      'Tổng số 15.744 hồ sơ TTHC thuộc các lĩnh vực, trong đó: Tiếp nhận mới 14.208 hồ sơ (tiếp nhận trực tuyến 12.332 hồ sơ, chiếm 86,80% số hồ sơ tiếp nhận mới; tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích 1.876 hồ sơ, chiếm 13,20% số hồ sơ tiếp nhận mới); kỳ trước chuyển qua: 1.536 hồ sơ.',
      'Kết quả giải quyết:',
      'Số hồ sơ đã giải quyết (trả kết quả): 14.159 hồ sơ, chiếm 89,93% tổng số hồ sơ tiếp nhận, trong đó:',
      '- Số hồ sơ giải quyết trước hạn và đúng hạn: 14.091 hồ sơ, chiếm 99,52%.',
      '- Số hồ sơ quá hạn: 68 hồ sơ, chiếm 0,48%.',
      // The seed prints «chiếm 10,07 %/tổng số hồ sơ tiếp nhận»; written here like the 89,93 % sentence.
      'Số hồ sơ đang giải quyết: 1.585 hồ sơ, chiếm 10,07% tổng số hồ sơ tiếp nhận. Trong đó: còn hạn giải quyết 1.205 hồ sơ, quá hạn giải quyết 380 hồ sơ.',
    ]);
  });

  it('tabulates the figures with each rate’s denominator, print-ready', () => {
    expect(model.name).toBe(PROVINCE_SUMMARY_SHEET);
    const top = rowIndex(model, 0, 'STT');
    expect(values(model, top)).toEqual(['STT', 'Chỉ tiêu', 'Số hồ sơ', 'Tỷ lệ (%)', 'Tỷ lệ trên']);
    const table = model.rows.slice(top + 1, top + 13).map((r) => r.map(value));
    expect(table).toEqual([
      ['1', 'Tổng số hồ sơ nhận giải quyết', 15744, null, null],
      ['1.1', 'Tiếp nhận mới trong kỳ', 14208, null, null],
      ['', '- Tiếp nhận trực tuyến', 12332, 86.8, 'số hồ sơ tiếp nhận mới'],
      ['', '- Tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích', 1876, 13.2, 'số hồ sơ tiếp nhận mới'],
      ['1.2', 'Kỳ trước chuyển qua', 1536, null, null],
      ['2', 'Số hồ sơ đã giải quyết (trả kết quả)', 14159, 89.93, 'tổng số hồ sơ tiếp nhận'],
      ['2.1', 'Giải quyết trước hạn và đúng hạn', 14091, 99.52, 'số hồ sơ đã giải quyết'],
      ['2.2', 'Giải quyết quá hạn', 68, 0.48, 'số hồ sơ đã giải quyết'],
      ['3', 'Số hồ sơ đang giải quyết', 1585, 10.07, 'tổng số hồ sơ tiếp nhận'],
      ['3.1', 'Còn hạn giải quyết', 1205, null, null],
      ['3.2', 'Quá hạn giải quyết', 380, null, null],
      ['4', 'Hồ sơ rút', 0, 0, 'tổng số hồ sơ tiếp nhận'],
    ]);
    expect(model.print).toMatchObject({ orientation: 'portrait', fitToWidth: true, paper: 'A4', repeatRows: { from: top + 1, to: top + 1 } });
    expect(model.freeze).toEqual({ rows: top + 1, cols: 2 });
  });
});

describe('province summary sentences in other cases', () => {
  it('leaves out a share whose denominator is 0, and adds withdrawn cases when there are some', () => {
    const c = { ...zeroCounts(), total: 3, carriedOver: 3, resolved: 1, early: 1, withdrawn: 2 };
    expect(provinceSummaryLines(c)).toEqual([
      'Tổng số 3 hồ sơ TTHC thuộc các lĩnh vực, trong đó: Tiếp nhận mới 0 hồ sơ (tiếp nhận trực tuyến 0 hồ sơ; tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích 0 hồ sơ); kỳ trước chuyển qua: 3 hồ sơ.',
      'Kết quả giải quyết:',
      'Số hồ sơ đã giải quyết (trả kết quả): 1 hồ sơ, chiếm 33,33% tổng số hồ sơ tiếp nhận, trong đó:',
      '- Số hồ sơ giải quyết trước hạn và đúng hạn: 1 hồ sơ, chiếm 100,00%.',
      '- Số hồ sơ quá hạn: 0 hồ sơ, chiếm 0,00%.',
      'Số hồ sơ đang giải quyết: 0 hồ sơ, chiếm 0,00% tổng số hồ sơ tiếp nhận. Trong đó: còn hạn giải quyết 0 hồ sơ, quá hạn giải quyết 0 hồ sơ.',
      'Số hồ sơ công dân, tổ chức rút: 2 hồ sơ, chiếm 66,67% tổng số hồ sơ tiếp nhận.',
    ]);
  });
});

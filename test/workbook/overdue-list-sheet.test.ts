/** `DS quá hạn theo đơn vị` against seed 000's appendix table and summary paragraph. */
import type { UnitTotals } from '../../src/domain/aggregate';
import { LISTED_TOTAL, LISTED_TOTAL_FOOTNOTE, OVERDUE_LIST_SHEET, overdueListSheet, PROVINCE_TOTAL } from '../../src/workbook/reports/overdue-list-sheet';
import { overdueSections, overdueSummary, placeTitle } from '../../src/workbook/reports/overdue-sections';
import { contextOf, rowIndex, seed000Run, value, values } from './report-fixtures';
import { seed000 } from '../support/seed-targets';

const run = seed000Run();
const model = overdueListSheet(run, contextOf(run));
const { PROVINCIAL, DISTRICTS } = seed000();

describe('DS quá hạn theo đơn vị from seed 000 (Điện Biên, July 2023)', () => {
  it('has the appendix title and columns, print-ready', () => {
    expect(model.name).toBe(OVERDUE_LIST_SHEET);
    // Seed 000: «… QUÁ HẠN TRÊN HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC CỦA TỈNH TRONG THÁNG 7/2023»; the source system is not ours to name.
    expect(value(model.rows[0][0])).toBe('DANH SÁCH CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÁ HẠN TRONG THÁNG 7/2023');
    expect(value(model.rows[1][0])).toBe('Từ ngày 01/07/2023 đến ngày 31/07/2023');
    const top = rowIndex(model, 0, 'TT');
    expect(values(model, top)).toEqual([
      'TT', 'Tên cơ quan, đơn vị, địa phương', 'Tổng số hồ sơ đã giải quyết', 'Số hồ sơ giải quyết đúng hạn', 'Số hồ sơ giải quyết quá hạn', 'Tỷ lệ hồ sơ quá hạn (%)', 'Ghi chú',
    ]);
    expect(model.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, paper: 'A4', repeatRows: { from: top + 1, to: top + 1 } });
    expect(model.freeze).toEqual({ rows: top + 1, cols: 2 });
  });

  it('keeps every group heading with its first unit, the totals with the rows above, and the notes with the totals', () => {
    const keep = model.print.keepWithNext!;
    const headings = model.rows.flatMap((r, i) => (/^([A-Z]|[IVX]+)$/.test(String(value(r[0]))) && value(r[1]) !== '' ? [i + 1] : []));
    expect(headings.length).toBeGreaterThan(5);
    for (const row of headings) expect([row, keep.includes(row)]).toEqual([row, true]);
    const listed = rowIndex(model, 1, LISTED_TOTAL) + 1;
    const last = model.rows.length;
    // The last unit row, both totals, and every row below but the last (the notes and the summary).
    expect(keep.filter((r) => r >= listed - 1)).toEqual(Array.from({ length: last - listed + 1 }, (_, i) => listed - 1 + i));
  });

  it('lists the groups and units in the seed order: A, then B with a Roman block per district', () => {
    const start = rowIndex(model, 0, 'A');
    const end = rowIndex(model, 1, LISTED_TOTAL);
    const listed = model.rows.slice(start, end).map((r) => `${value(r[0])} ${value(r[1])}`);
    const expected = [
      'A CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH',
      ...PROVINCIAL.map(([name], i) => `${i + 1} ${name}`),
      'B UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ',
      ...DISTRICTS.flatMap((d, bi) => {
        const units = [...(d.district ? [d.district] : []), ...d.communes].filter(([, , , late, , overdue]) => late + overdue > 0);
        return [`${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][bi]} ${d.group}`, ...units.map(([name], i) => `${i + 1} ${name}`)];
      }),
    ];
    expect(listed).toEqual(expected);
    // The seed's groups by name (B.I … B.VIII), the district unit first where it has late cases.
    expect(listed).toContain('VI Huyện Mường Ảng');
    expect(listed.slice(listed.indexOf('I Thị xã Mường Lay'), listed.indexOf('I Thị xã Mường Lay') + 3)).toEqual(['I Thị xã Mường Lay', '1 UBND thị xã Mường Lay', '2 UBND phường Na Lay']);
    expect(listed).toContain('VIII Thành phố Điện Biên Phủ');
  });

  it('prints each unit with its figures, the exact rate over resolved and the overdue note', () => {
    const row = (name: string): unknown[] => values(model, rowIndex(model, 1, name)).slice(2);
    expect(row('UBND thị xã Mường Lay')).toEqual([208, 207, 1, 0.48, '']);
    expect(row('UBND xã Na Sang')).toEqual([70, 67, 3, 4.29, '']); // printed «4,3»
    expect(row('UBND xã Tìa Đình')).toEqual([37, 35, 2, 5.41, '']); // printed «5,4»
    expect(row('UBND xã Pú Nhi')).toEqual([46, 44, 2, 4.35, '']); // printed «4,34»
    expect(row('UBND xã Leng Su Sìn')).toEqual([4, 3, 1, 25, '']); // printed «25%»
    expect(row('UBND xã Nậm Kè')).toEqual([12, 11, 1, 8.33, '01 hồ sơ đang giải quyết quá hạn']);
    expect(row('UBND thành phố Điện Biên Phủ')).toEqual([450, 415, 35, 7.78, '04 hồ sơ đang giải quyết quá hạn']);
    expect(row('UBND huyện Điện Biên Đông')).toEqual([36, 36, 0, 0, '02 hồ sơ đang giải quyết quá hạn']);
    expect(row('Sở Kế hoạch và Đầu tư')).toEqual([40, 40, 0, 0, '01 hồ sơ đang giải quyết quá hạn']);
    const rate = model.rows[rowIndex(model, 1, 'UBND xã Na Sang')][5];
    expect(rate?.style?.numFmt).toBe('0.00');
  });

  it('leaves out units with no late case: Sở Tài nguyên và Môi trường, the districts Mường Ảng, Nậm Pồ, Tủa Chùa', () => {
    const names = model.rows.map((r) => value(r[1]));
    for (const name of ['Sở Tài nguyên và Môi trường', 'UBND huyện Mường Ảng', 'UBND huyện Nậm Pồ', 'UBND huyện Tủa Chùa']) expect(names).not.toContain(name);
  });

  it('totals the listed units (TỔNG CỘNG¹ 2438 2366 72 2,95 — printed 2,9) and the province (11133 11061 72 0,65)', () => {
    expect(values(model, rowIndex(model, 1, LISTED_TOTAL)).slice(2)).toEqual([2438, 2366, 72, 2.95, '13 hồ sơ đang giải quyết quá hạn']);
    expect(values(model, rowIndex(model, 1, PROVINCE_TOTAL)).slice(2)).toEqual([11133, 11061, 72, 0.65, '']);
    expect(rowIndex(model, 1, PROVINCE_TOTAL)).toBe(rowIndex(model, 1, LISTED_TOTAL) + 1);
  });

  it('carries the footnote (with «Chỉ», not the seed’s «Chi») and names the rate’s denominator', () => {
    const lines = model.rows.map((r) => value(r[0]));
    expect(lines).toContain('¹ Chỉ cộng số liệu của các cơ quan, đơn vị, địa phương có hồ sơ quá hạn');
    expect(LISTED_TOTAL_FOOTNOTE.startsWith('¹ Chỉ cộng')).toBe(true);
    expect(lines.some((l) => typeof l === 'string' && l.startsWith('Tỷ lệ hồ sơ quá hạn = số hồ sơ giải quyết quá hạn ÷ tổng số hồ sơ đã giải quyết'))).toBe(true);
  });

  it('ends with the summary paragraph in the seed’s words', () => {
    const lines = model.rows.map((r) => value(r[0]));
    const at = lines.indexOf('Tóm tắt để đưa vào báo cáo:');
    // The seed names the provincial units in another order (Tư pháp, Nông nghiệp, Giao thông); the sheet
    // names them in the order it lists them, and each by its name in the data.
    expect(lines.slice(at + 1)).toEqual([
      '+ Đối với cấp tỉnh: 03 cơ quan, đơn vị có hồ sơ đã xử lý quá hạn (Sở Giao thông vận tải, Sở Nông nghiệp và PTNT, Sở Tư pháp), 01 đơn vị có hồ sơ đang xử lý quá hạn Sở Kế hoạch và Đầu tư.',
      '+ Đối với cấp huyện: 08/10 đơn vị có hồ sơ xử lý quá hạn (riêng huyện Nậm Pồ, huyện Tủa Chùa không có hồ sơ quá hạn ở cả cấp huyện và cấp xã).',
    ]);
  });
});

describe('overdue list groups and sentences in other shapes', () => {
  const unit = (name: string, level: UnitTotals['level'], parent: string | null, late: number, overdue: number): UnitTotals => ({
    name, level, parent, levelInferred: false, total: 10, receivedInPeriod: 10, carriedOver: 0, online: 0, direct: 10, postal: 0,
    resolved: 10 - overdue, early: 10 - overdue - late, onTime: 0, late, returned: 0, inProgress: overdue, withinDeadline: 0, overdue, withdrawn: 0, extended: 0,
    paused: 0, pausedOverdue: 0, lateRateOfResolved: null, lateRateOfTotal: null, overdueRateOfTotal: null,
  });

  it('names district blocks by place: "UBND thị xã Mường Lay" → "Thị xã Mường Lay"; other names stay', () => {
    expect(placeTitle('UBND thị xã Mường Lay')).toBe('Thị xã Mường Lay');
    expect(placeTitle('Ủy ban nhân dân huyện Nậm Pồ')).toBe('Huyện Nậm Pồ');
    expect(placeTitle('Huyện Mường Nhé')).toBe('Huyện Mường Nhé');
    expect(placeTitle('Mường Chà')).toBe('Mường Chà');
  });

  it('after the 2025 reform lists communes directly under the province and counts them in one sentence', () => {
    const units = [unit('Sở Y tế', 'Tỉnh', null, 0, 0), unit('UBND phường Điện Biên Phủ', 'Xã', null, 2, 0), unit('UBND xã Mường Phăng', 'Xã', null, 0, 0)];
    expect(overdueSections(units, true)).toEqual([{ title: 'UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU', blocks: [{ title: null, units: [units[1]] }] }]);
    expect(overdueSummary(units, true)).toEqual([
      '+ Đối với cấp tỉnh: không có cơ quan, đơn vị có hồ sơ quá hạn.',
      '+ Đối với cấp xã: 01/02 đơn vị có hồ sơ xử lý quá hạn.',
    ]);
  });

  it('before the reform puts communes without a district in a block of their own, last in B', () => {
    const units = [unit('UBND huyện Mường Chà', 'Huyện', null, 1, 0), unit('UBND xã Sa Long', 'Xã', null, 0, 1)];
    expect(overdueSections(units, true)).toEqual([
      {
        title: 'UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ',
        blocks: [
          { title: 'Huyện Mường Chà', units: [units[0]] },
          { title: 'Đơn vị cấp xã chưa xác định huyện', units: [units[1]] },
        ],
      },
    ]);
    expect(overdueSummary(units, true)).toEqual([
      '+ Đối với cấp huyện: 01/01 đơn vị có hồ sơ xử lý quá hạn.',
      '+ Đối với cấp xã chưa xác định huyện: 01/01 đơn vị có hồ sơ xử lý quá hạn.',
    ]);
  });

  it('with every district late, says so without an exception list', () => {
    const units = [unit('UBND huyện Mường Nhé', 'Huyện', null, 1, 0), unit('UBND xã Nậm Kè', 'Xã', 'Huyện Mường Chà', 0, 1)];
    expect(overdueSummary(units, true)).toEqual(['+ Đối với cấp huyện: 02/02 đơn vị có hồ sơ xử lý quá hạn.']);
  });
});

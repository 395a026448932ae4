import { builtInProfile, scoreUnits, type UnitScoringInput } from '../../src/domain/scoring';
import { dataCheckSheet } from '../../src/workbook/reports/data-check-sheet';
import { RANKING_SHEET, rankingSheet } from '../../src/workbook/reports/ranking-sheet';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { readReferenceTable } from '../domain/scoring/reference-table';
import { q2Context, rowTexts } from './scoring-fixtures';

const profile = builtInProfile('dienbien-1187');
const rows = readReferenceTable();
const seedScores = scoreUnits(
  rows.map((row): UnitScoringInput =>
    row.classification === 'Không xếp loại'
      ? { kind: 'notSent', name: row.unit, level: row.level }
      : { kind: 'given', name: row.unit, level: row.level, criteria: row.criteria, dtbCcvc: row.dtbCcvc },
  ),
  profile,
);

const rowOf = (model: SheetModel, name: string): number => model.rows.findIndex((r) => r[1]?.value === name);

describe('Xếp loại 1187 from the seed 002 appendix', () => {
  const model = rankingSheet(seedScores, profile, q2Context(), true);
  const texts = rowTexts(model.rows);
  const lines = texts.map((r) => r.filter(Boolean).join(' | '));

  it('has the appendix title, header and the two groups of the report', () => {
    expect(model.name).toBe(RANKING_SHEET);
    expect(texts[0][0]).toBe('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TRONG GIẢI QUYẾT TTHC THEO CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG');
    expect(texts[1][0]).toBe('CỦA CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH, UBND CẤP HUYỆN QUÝ II NĂM 2021');
    expect(lines).toContain('STT | TÊN CƠ QUAN, ĐƠN VỊ | ĐIỂM CÁC TIÊU CHÍ | TỔNG ĐIỂM | ĐTB CCVC BP 1 CỬA | PHÂN LOẠI | XẾP HẠNG | GHI CHÚ');
    expect(lines).toContain(Array.from({ length: 9 }, (_, i) => `Tiêu chí ${i + 1}`).join(' | '));
    expect(lines).toContain('I | CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH');
    expect(lines).toContain('II | UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ');
    expect(lines.some((l) => l.startsWith('III'))).toBe(false);
  });

  it('lists the units of each group by rank, numbered from 1, as printed', () => {
    const listed = texts.filter((r) => /^\d+$/.test(r[0]) && r[1]).map((r) => [r[0], r[1]]);
    expect(listed.map(([, name]) => name)).toEqual(rows.map((r) => r.unit));
    expect(listed[16]).toEqual(['1', 'UBND huyện Mường Ảng']);
    expect(listed[25]).toEqual(['10', 'UBND huyện Mường Nhé']);
  });

  it('counts classes under each group in the report words', () => {
    expect(lines).toContain('Thực hiện chấm điểm đánh giá 16/16 cơ quan, đơn vị, trong đó:');
    expect(lines).toContain('12 đơn vị đạt loại Xuất sắc; 04 đơn vị đạt loại Tốt');
    expect(lines).toContain('Thực hiện chấm điểm đánh giá 09/10 đơn vị (UBND huyện Mường Nhé không gửi kết quả chấm điểm đánh giá), trong đó:');
    expect(lines).toContain('03 đơn vị đạt loại Xuất sắc; 06 đơn vị đạt loại Tốt');
  });

  it('prints criteria and ĐTB CCVC as the appendix does («2», «1,91»), totals with two decimals, the class shaded, and the rank', () => {
    const row = model.rows[rowOf(model, 'Sở Thông tin và Truyền thông')];
    expect(row.slice(2, 11).map((c) => c?.value)).toEqual([1.91, 1.91, 2, 2, 1.91, 2, 2, 2, 2]);
    expect(row[11]).toMatchObject({ value: 17.73, style: { numFmt: '0.00' } });
    expect(row.slice(2, 11).map((c) => c?.style?.numFmt)).toEqual(['0.00', '0.00', '0', '0', '0.00', '0', '0', '0', '0']);
    expect(row[12]).toMatchObject({ value: 10, style: { numFmt: '0' } });
    expect(model.rows[rowOf(model, 'Sở Tài nguyên và Môi trường')][12]).toMatchObject({ value: 9.54, style: { numFmt: '0.00' } });
    expect(row[13]).toMatchObject({ value: 'Xuất sắc', style: { fill: '63BE7B' } });
    expect(row[14]?.value).toBe(3);
    expect(model.rows[rowOf(model, 'Sở Nội vụ')][13]).toMatchObject({ value: 'Tốt', style: { fill: 'C6EFCE' } });
    expect(model.rows[rowOf(model, 'Sở Tư pháp')][11]).toMatchObject({ value: 18, style: { numFmt: '0.00' } });
  });

  it('spans «Không gửi kết quả chấm điểm đánh giá» across the criteria of Mường Nhé', () => {
    const r = rowOf(model, 'UBND huyện Mường Nhé');
    const row = model.rows[r];
    expect(row[2]?.value).toBe('Không gửi kết quả chấm điểm đánh giá');
    expect(model.merges).toContainEqual({ top: r + 1, left: 3, bottom: r + 1, right: 11 });
    expect(row.slice(11, 15).map((c) => c?.value)).toEqual(['—', '—', 'Không xếp loại', '—']);
    expect(row[13]?.style?.fill).toBe('D9D9D9');
  });

  it('is print-ready: A4 landscape fitted to width, header rows repeated, panes frozen below the header', () => {
    const top = texts.findIndex((r) => r[0] === 'STT') + 1;
    expect(model.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, paper: 'A4', repeatRows: { from: top, to: top + 1 } });
    expect(model.freeze).toEqual({ rows: top + 1, cols: 2 });
    expect(model.kind).toBe('result');
  });
});

describe('Xếp loại 1187 with missing data and communes', () => {
  const scores = scoreUnits(
    [
      { kind: 'given', name: 'Sở Y tế', level: 'Tỉnh', criteria: [2, 2, 2, 2, 2, 2, 2, 2, null], dtbCcvc: 10 },
      { kind: 'given', name: 'Sở Tư pháp', level: 'Tỉnh', criteria: [2, 2, 2, 2, 2, 2, 2, 'notEnoughInfo', 1], dtbCcvc: 10 },
      { kind: 'given', name: 'UBND xã Quài Cang', level: 'Xã', criteria: [1, 1, 2, 2, 1, 2, 1, 2, 0], dtbCcvc: 8 },
      { kind: 'given', name: 'UBND xã Mường Mùn', level: 'Xã', criteria: [2, 2, 2, 2, 2, 2, 2, 2, 0], dtbCcvc: 9 },
      { kind: 'given', name: 'UBND huyện Tuần Giáo', level: 'Huyện', criteria: [2, 2, 2, 2, 2, 2, 1, 2, 0], dtbCcvc: 9 },
    ],
    profile,
  ).map((s) => ({ ...s, parent: s.level === 'Xã' ? 'Tuần Giáo' : null }));
  const model = rankingSheet(scores, profile, q2Context(), false);
  const lines = rowTexts(model.rows).map((r) => r.filter(Boolean).join(' | '));
  // The notes the ranking leaves off its printed page, where it sends the reader.
  const checkTexts = rowTexts(dataCheckSheet([], q2Context(), scores).rows);
  const noteOf = (name: string): string => checkTexts.find((r) => r[1] === name)![5];

  it('shows «—» for a blocked criterion and total, points to «Kiểm tra dữ liệu» for why, and leaves the unit unclassed', () => {
    const row = model.rows[rowOf(model, 'Sở Y tế')];
    expect(row[10]?.value).toBe('—');
    expect(row.slice(11, 15).map((c) => c?.value)).toEqual(['—', 10, 'Chưa xếp loại', '—']);
    expect(row[15]?.value).toBe('Xem sheet «Kiểm tra dữ liệu»');
    expect(noteOf('Sở Y tế')).toContain('Chưa tính tổng điểm, chưa xếp loại: thiếu dữ liệu TC9');
    expect(lines).toContain('Thực hiện chấm điểm đánh giá 01/02 cơ quan, đơn vị (Sở Y tế chưa đủ dữ liệu chấm điểm), trong đó:');
  });

  it('marks a criterion left out as «KĐTT» and notes it on the total', () => {
    const row = model.rows[rowOf(model, 'Sở Tư pháp')];
    expect(row[9]?.value).toBe('KĐTT');
    expect(row[11]?.value).toBe(15);
    expect(row[15]?.value).toBe('Xem sheet «Kiểm tra dữ liệu»');
    expect(noteOf('Sở Tư pháp')).toBe('không tính TC8');
  });

  it('leaves the note empty for a unit scored from its data alone, and lists only units with notes in «Kiểm tra dữ liệu»', () => {
    expect(model.rows[rowOf(model, 'UBND xã Mường Mùn')][15]?.value).toBe('');
    expect(checkTexts.filter((r) => /^\d+$/.test(r[0])).map((r) => r[1])).toEqual(['Sở Y tế', 'Sở Tư pháp']);
  });

  it('adds section III with communes under their district, ranked', () => {
    expect(lines).toContain('III | UBND CÁC XÃ, PHƯỜNG, THỊ TRẤN');
    const at = lines.indexOf('III | UBND CÁC XÃ, PHƯỜNG, THỊ TRẤN');
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '1 | UBND huyện Tuần Giáo',
      expect.stringMatching(/^1\.1 \| UBND xã Mường Mùn \| /),
      expect.stringMatching(/^1\.2 \| UBND xã Quài Cang \| /),
    ]);
    expect(rowTexts(model.rows)[1][0]).toBe('CỦA CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH, UBND CẤP HUYỆN, UBND CẤP XÃ QUÝ II NĂM 2021');
  });
});

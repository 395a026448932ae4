/** (a) Seed 002: the Điện Biên Q2/2021 appendix recomputed from its own criteria. */
import { builtInProfile, scoreUnits, type UnitScoringInput } from '../../../src/domain/scoring';
import { readReferenceTable } from './reference-table';

const profile = builtInProfile('dienbien-1187');
const rows = readReferenceTable();
const inputs: UnitScoringInput[] = rows.map((row) =>
  row.classification === 'Không xếp loại'
    ? { kind: 'notSent', name: row.unit, level: row.level }
    : { kind: 'given', name: row.unit, level: row.level, criteria: row.criteria, dtbCcvc: row.dtbCcvc },
);
const scores = scoreUnits(inputs, profile);

// Standard competition ranking within each level (1, 1, 3, 4, 4, 4, 7 …): equal total and ĐTB CCVC share a rank.
const EXPECTED_RANKS: Record<string, number | null> = {
  'Sở Tư pháp': 1,
  'Sở Văn hóa, Thể thao và Du lịch': 1,
  'Sở Thông tin và Truyền thông': 3,
  'Sở Tài chính': 4,
  'Sở Y tế': 4,
  'Sở Giáo dục và Đào tạo': 4,
  'Sở Công Thương': 7,
  'Sở Tài nguyên và Môi trường': 8,
  'Sở Khoa học và Công nghệ': 9,
  'Sở Nông nghiệp và PTNT': 10,
  'Sở Xây dựng': 11,
  'Sở Lao động, TB và XH': 12,
  'Sở Giao thông vận tải': 13,
  'Thanh tra tỉnh': 14,
  'Sở Kế hoạch và Đầu tư': 15,
  'Sở Nội vụ': 16,
  'UBND huyện Mường Ảng': 1,
  'UBND huyện Tuần Giáo': 2,
  'UBND huyện Tủa Chùa': 3,
  'UBND huyện Nậm Pồ': 4,
  'UBND Thành phố Điện Biên Phủ': 5,
  'UBND huyện Điện Biên Đông': 6,
  'UBND huyện Điện Biên': 7,
  'UBND huyện Mường Chà': 8,
  'UBND Thị xã Mường Lay': 9,
  'UBND huyện Mường Nhé': null,
};

describe('seed 002 appendix (Điện Biên, Q2/2021) with criteria given', () => {
  it('reads all 26 rows', () => {
    expect(rows).toHaveLength(26);
    expect(scores.map((s) => s.name)).toEqual(rows.map((r) => r.unit));
  });

  it.each(rows.map((row, i) => [row.unit, row, scores[i]] as const))('%s: total, class, ĐTB CCVC', (_, row, score) => {
    expect(score.total).toBe(row.total);
    expect(score.classification).toBe(row.classification);
    expect(score.dtbCcvc).toBe(row.dtbCcvc);
  });

  it('ranks within each level, ties sharing a rank', () => {
    expect(Object.fromEntries(scores.map((s) => [s.name, s.rank]))).toEqual(EXPECTED_RANKS);
  });

  it('keeps the given criteria in report-column order', () => {
    const construction = scores.find((s) => s.name === 'Sở Xây dựng');
    expect(construction?.criteria).toEqual([1.83, 1.56, 1.81, 1.91, 1.83, 2, 1, 2, 2]);
  });

  it('marks Mường Nhé "Không xếp loại" with no figures, no rank and no missing-data flag', () => {
    const muongNhe = scores.find((s) => s.name === 'UBND huyện Mường Nhé');
    expect(muongNhe).toMatchObject({
      status: 'notSent',
      total: null,
      dtbCcvc: null,
      rank: null,
      classification: 'Không xếp loại',
      missing: [],
      notes: ['Không gửi kết quả chấm điểm đánh giá'],
    });
    expect(muongNhe?.criteria).toEqual(Array(9).fill(null));
  });

  it('counts classes as the report does: 12 + 4 departments, 3 + 6 districts', () => {
    const count = (level: string, label: string) =>
      scores.filter((s) => s.level === level && s.classification === label).length;
    expect([count('Tỉnh', 'Xuất sắc'), count('Tỉnh', 'Tốt')]).toEqual([12, 4]);
    expect([count('Huyện', 'Xuất sắc'), count('Huyện', 'Tốt')]).toEqual([3, 6]);
  });

  it('labels ĐTB CCVC by TT 01 Art. 15 bands', () => {
    expect(scores.find((s) => s.name === 'Sở Nội vụ')?.dtbCcvcBand).toBe('Hoàn thành 100% nhiệm vụ');
  });
});

import { dayFromYmd } from '../../../src/domain/dates';
import { builtInProfile, profileNotice } from '../../../src/domain/scoring';

const INDEX_SHEET = 'Chỉ số 766';
const period = (from: [number, number, number], to: [number, number, number]) => ({ from: dayFromYmd(...from), to: dayFromYmd(...to) });

describe('profileNotice: the national basis of 1187 and TT 01 ended on 30/06/2025 (NĐ 118/2025/NĐ-CP)', () => {
  const profile = builtInProfile('dienbien-1187');

  it('says nothing for a period inside the dates its basis was in force', () => {
    expect(profileNotice(profile, period([2024, 1, 1], [2024, 3, 31]), INDEX_SHEET)).toBeNull();
    expect(profileNotice(profile, period([2025, 4, 1], [2025, 6, 30]), INDEX_SHEET)).toBeNull();
  });

  it('speaks for a period reaching past 30/06/2025, naming the successor texts and the national index', () => {
    const notice = profileNotice(profile, period([2026, 10, 1], [2026, 12, 31]), INDEX_SHEET)!;
    expect(notice.startsWith('Kỳ báo cáo có ngày sau ngày 30/06/2025, ngoài thời gian hiệu lực của căn cứ bộ quy tắc «dienbien-1187»: ')).toBe(true);
    expect(notice).toContain('Nghị định 118/2025/NĐ-CP');
    expect(notice).toContain('Quyết định 1187/QĐ-UBND của tỉnh vẫn áp dụng');
    expect(notice.endsWith('Điểm vẫn được tính theo bộ quy tắc này; xem thêm sheet «Chỉ số 766».')).toBe(true);
    // A quarter that straddles the change is outside it too.
    expect(profileNotice(profile, period([2025, 6, 1], [2025, 7, 31]), INDEX_SHEET)).not.toBeNull();
  });

  it('speaks for a period before the province decided, and never for a profile without dates', () => {
    expect(profileNotice(profile, period([2019, 10, 1], [2019, 12, 31]), INDEX_SHEET)).toContain('trước ngày 13/11/2019');
    expect(profileNotice(builtInProfile('tt01-2018'), period([2019, 10, 1], [2019, 12, 31]), INDEX_SHEET)).toBeNull();
    expect(profileNotice({ ...profile, validity: undefined }, period([2026, 1, 1], [2026, 3, 31]), INDEX_SHEET)).toBeNull();
  });
});

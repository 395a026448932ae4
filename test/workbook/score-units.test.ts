import { builtInProfile, type UnitScore } from '../../src/domain/scoring';
import { CRITERIA_SHEET } from '../../src/workbook/criteria-sheet';
import { jsonSummary } from '../../src/workbook/json-summary';
import { scoreRunNationalIndex } from '../../src/workbook/national-index-units';
import type { CriteriaEntries } from '../../src/workbook/read-criteria';
import { missingCriteriaIssues, scoreRun } from '../../src/workbook/score-units';
import { CASE_SHEET, HEALTH, ICT, q2Run } from './scoring-fixtures';

const profile = builtInProfile('dienbien-1187');

const entries = (values: Record<string, Partial<Record<5 | 6 | 8 | 9, number>>>): CriteriaEntries =>
  new Map(Object.entries(values).map(([name, entered]) => [name, { entered, cells: {}, dtbCcvc: null, notSent: false }]));

describe('scoreRun', () => {
  it('derives Tiêu chí 1, 2 and 5 = 21/11 → 1.91 from the cases and Tiêu chí 9 from the online share', () => {
    const [ict] = scoreRun(q2Run(), profile, entries({ [ICT]: { 5: 2, 6: 2, 8: 2 } }));
    expect(ict.criteria).toEqual([1.91, 1.91, 2, 2, 1.91, 2, 2, 2, 2]);
    expect(ict).toMatchObject({ status: 'scored', total: 17.73, classification: 'Xuất sắc', rank: 1, parent: null });
    expect(ict.notes).toContain('TC9: tính từ tỷ lệ hồ sơ nộp trực tuyến 36,36% (4/11)');
  });

  it('lets an entered criterion win over the derived one', () => {
    const [, health] = scoreRun(q2Run(), profile, entries({ [HEALTH]: { 5: 2, 6: 2, 8: 2, 9: 1 } }));
    expect(health.criteria).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 1]);
    expect(health.total).toBe(17);
  });

  it('blocks units lacking entered criteria — #8 has no data in a case list — and lists them for Kiểm tra dữ liệu', () => {
    const scores = scoreRun(q2Run(), profile, entries({ [ICT]: { 5: 2, 6: 2 } }));
    expect(scores.map((s) => [s.name, s.status, s.total, s.classification, s.missing])).toEqual([
      [ICT, 'blocked', null, null, [8]],
      [HEALTH, 'blocked', null, null, [6, 7, 8]],
    ]);
    const issues = missingCriteriaIssues(scores, profile, CASE_SHEET);
    expect(issues.map((i) => i.message)).toEqual([
      `Đơn vị «${ICT}» thiếu Tiêu chí 8 (chưa nhập điểm, không có tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn) — chưa tính tổng điểm, chưa xếp loại.`,
      `Đơn vị «${HEALTH}» thiếu Tiêu chí 6 (chưa nhập điểm) — chưa tính tổng điểm, chưa xếp loại.`,
      `Đơn vị «${HEALTH}» thiếu Tiêu chí 7 (chưa nhập điểm) — chưa tính tổng điểm, chưa xếp loại.`,
      `Đơn vị «${HEALTH}» thiếu Tiêu chí 8 (chưa nhập điểm, không có tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn) — chưa tính tổng điểm, chưa xếp loại.`,
    ]);
    expect(issues.every((i) => i.sheet === CRITERIA_SHEET && i.severity === 'warning')).toBe(true);
  });

  it('blocks every unit when there is no criteria sheet', () => {
    expect(scoreRun(q2Run(), profile, null).map((s) => s.status)).toEqual(['blocked', 'blocked']);
  });

  it('points a missing per-case criterion to the case sheet, and says where its value can be typed instead', () => {
    const score = { name: ICT, missing: [3], notes: ['TC3: 1/11 hồ sơ thiếu dữ liệu, chưa nhập giá trị ở «Tiêu chí bổ sung»'] } as UnitScore;
    expect(missingCriteriaIssues([score], profile, CASE_SHEET)).toEqual([
      {
        sheet: CASE_SHEET,
        row: null,
        column: null,
        severity: 'warning',
        message:
          `Đơn vị «${ICT}» thiếu Tiêu chí 3 (1/11 hồ sơ thiếu dữ liệu, chưa nhập giá trị ở «Tiêu chí bổ sung») — chưa tính tổng điểm, chưa xếp loại. ` +
          'Bổ sung cột «Số lần yêu cầu bổ sung» trong danh sách hồ sơ (đủ cho mọi hồ sơ đã giải quyết của đơn vị), hoặc nhập điểm trung bình của đơn vị ở cột «Tiêu chí 3 (TT01 #3)» của sheet «Tiêu chí bổ sung».',
      },
    ]);
  });
});

describe('jsonSummary', () => {
  it('gives each unit its criteria, score total, ĐTB CCVC, class and rank beside its counts', () => {
    const run = q2Run();
    const scores = scoreRun(run, profile, entries({ [ICT]: { 5: 2, 6: 2, 8: 2 } }));
    const [ict, health] = jsonSummary(run, scores, [], scoreRunNationalIndex(run, profile, null)).units;
    expect(ict).toMatchObject({ name: ICT, criteria: [1.91, 1.91, 2, 2, 1.91, 2, 2, 2, 2], scoreTotal: 17.73, dtbCcvc: null, classification: 'Xuất sắc', rank: 1 });
    expect(ict.total).toBe(run.units[0].total);
    expect(health).toMatchObject({ criteria: [2, 2, 2, 2, 2, null, null, null, 0], scoreTotal: null, dtbCcvc: null, classification: null, rank: null });
  });
});

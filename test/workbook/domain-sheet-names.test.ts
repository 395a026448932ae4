/**
 * The domain knows no sheet names: the workbook layer passes them in (sheet-names.ts). A whole job on an
 * in-memory workbook shows that each message the domain writes still names the right sheet, word for word.
 */
import { dayFromYmd } from '../../src/domain/dates';
import { builtInProfile } from '../../src/domain/scoring';
import type { CellValue, SheetGrid } from '../../src/workbook/cells';
import { INFO_SHEET } from '../../src/workbook/reports/info-sheet';
import { runScoreJob } from '../../src/workbook/score-job';
import type { SheetInfo, WorkbookHost } from '../../src/workbook/workbook-host';

const CASES = 'Hồ sơ';
const HEADER = ['STT', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Hình thức nộp'];

/** Q4/2026, after the national basis of dienbien-1187 ended (30/06/2025); no column for TT 01 #3. */
const caseRows: CellValue[][] = [
  [1, 'HS-1', 'Sở Tư pháp', '02/11/2026 08:00:00', '05/11/2026', '04/11/2026 09:00:00', 'Đã trả kết quả', 'Trực tuyến'],
  [2, 'HS-2', 'Sở Tư pháp', '20/11/2026 08:00:00', '26/11/2026', '25/11/2026 16:00:00', 'Đã trả kết quả', 'Trực tiếp'],
  // Differs only by letter case: kept apart without a unit list, with a hint naming where to declare it.
  [3, 'HS-3', 'Sở Tư Pháp', '23/11/2026 08:00:00', '27/11/2026', '26/11/2026 10:00:00', 'Đã trả kết quả', 'Trực tiếp'],
];

/** A workbook held in memory; what the job writes is kept for the assertions. */
class MemoryHost implements WorkbookHost {
  written: Parameters<WorkbookHost['applyChanges']>[0] | null = null;
  constructor(private readonly grids: SheetGrid[]) {}
  async listSheets(): Promise<SheetInfo[]> {
    return this.grids.map((g) => ({ name: g.name, visibility: g.visibility }));
  }
  async readSheet(name: string): Promise<SheetGrid> {
    return this.grids.find((g) => g.name === name)!;
  }
  async applyChanges(changes: Parameters<WorkbookHost['applyChanges']>[0]): Promise<void> {
    this.written = changes;
  }
}

async function scoreQ4(): Promise<{ host: MemoryHost; result: Awaited<ReturnType<typeof runScoreJob>> }> {
  const host = new MemoryHost([{ name: CASES, rows: [HEADER, ...caseRows], originRow: 1, originCol: 1, visibility: 'visible' }]);
  const result = await runScoreJob(host, {
    profile: builtInProfile('dienbien-1187'),
    from: dayFromYmd(2026, 10, 1),
    to: dayFromYmd(2026, 12, 31),
    computedAt: new Date(Date.UTC(2027, 0, 5, 2, 0)),
    version: '0.0.0-test',
  });
  return { host, result };
}

describe('messages of the domain name the sheets the workbook layer gives', () => {
  it('the profile notice points to «Chỉ số 766», in the result, the JSON and Thông tin', async () => {
    const { host, result } = await scoreQ4();
    const notice = result.profileNotice!;
    expect(notice.startsWith('Kỳ báo cáo có ngày sau ngày 30/06/2025, ngoài thời gian hiệu lực của căn cứ bộ quy tắc «dienbien-1187»: ')).toBe(true);
    expect(notice.endsWith('Điểm vẫn được tính theo bộ quy tắc này; xem thêm sheet «Chỉ số 766».')).toBe(true);
    expect(result.summary.profileNotice).toBe(notice);
    const info = host.written!.add.find((m) => m.name === INFO_SHEET)!;
    const line = info.rows.find((r) => r[0]?.value === 'Lưu ý về căn cứ');
    expect(line?.[1]?.value).toBe(notice);
  });

  it('a criterion the cases cannot give says it was not typed in «Tiêu chí bổ sung»', async () => {
    const { result } = await scoreQ4();
    // Both cases of Sở Tư pháp were resolved in the period; the case list has no column for TT 01 #3.
    const unit = result.scores.find((s) => s.name === 'Sở Tư pháp')!;
    expect(unit.notes).toContain('TC3: 2/2 hồ sơ thiếu dữ liệu, chưa nhập giá trị ở «Tiêu chí bổ sung»');
  });

  it('near-duplicate unit names point to «Danh mục đơn vị» to declare the right name', async () => {
    const { result } = await scoreQ4();
    const nearDuplicates = result.issues.filter((i) => i.message.startsWith('Các tên đơn vị gần trùng nhau'));
    expect(nearDuplicates.map((i) => [i.sheet, i.row, i.column, i.message])).toEqual([
      [
        // Placed at the first name the case list gave: no unit list, so the first of the group.
        CASES, 2, 'C',
        'Các tên đơn vị gần trùng nhau (khác nhau ở chữ hoa/thường) được tính là các đơn vị riêng: «Sở Tư pháp» (sheet «Hồ sơ», dòng 2, cột C), «Sở Tư Pháp» (sheet «Hồ sơ», dòng 4, cột C). ' +
          'Nếu là một đơn vị, hãy sửa tên cho thống nhất, hoặc khai báo tên đúng trong sheet «Danh mục đơn vị»: tên chỉ khác chữ hoa/thường, khoảng trắng hoặc vị trí dấu thanh được gộp vào tên trong danh mục.',
      ],
    ]);
  });
});

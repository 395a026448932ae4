/**
 * The marker across different runs (RULES.md §6): a review's plan and a score's plan each keep every sheet
 * the marker already lists and that is still there, so the next run of either kind replaces it. Then the
 * same through a file: a workbook reviewed in the pane and saved, scored by `tthc score`.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { builtInProfile } from '../../src/domain/scoring';
import { runReviewJob } from '../../src/workbook/review/review-job';
import { MARKER_SHEET, planSheetWrites } from '../../src/workbook/result-sheets';
import type { SheetModel } from '../../src/workbook/sheet-model';
import { XlsxFileHost } from '../../src/xlsx/file-host';
import { newWorkbook } from '../../src/xlsx/new-workbook';
import { readWorkbook } from '../../src/xlsx/read-workbook';

const model = (name: string, kind: SheetModel['kind'] = 'result', rows: SheetModel['rows'] = [[{ value: name }]]): SheetModel => ({
  name, kind, rows, widths: [10], merges: [], print: { orientation: 'portrait', fitToWidth: true },
});
const listed = (plan: { add: SheetModel[] }): unknown[] => plan.add[plan.add.length - 1].rows.slice(1).map((r) => r[0]?.value);

describe('planSheetWrites across a score and a review', () => {
  const scoreSheets = ['Tổng hợp theo đơn vị', 'Tiêu chí bổ sung', 'Thông tin'];

  it('a review keeps the score’s sheets, input sheets included, in the marker it rewrites', () => {
    const plan = planSheetWrites(['DS', ...scoreSheets, MARKER_SHEET], { name: MARKER_SHEET, sheets: scoreSheets }, [model('Đối chiếu')]);
    expect(plan.remove).toEqual([MARKER_SHEET]);
    expect(listed(plan)).toEqual([...scoreSheets, 'Đối chiếu']);
  });

  it('a score keeps the review’s sheet, and forgets a listed sheet the user has deleted since', () => {
    const marker = { name: MARKER_SHEET, sheets: ['Đối chiếu', ...scoreSheets] };
    // The user deleted «Thông tin»; the score writes it again, and «Tổng hợp theo đơn vị» is not written this time.
    const plan = planSheetWrites(['DS', 'Đối chiếu', 'Tổng hợp theo đơn vị', 'Tiêu chí bổ sung', MARKER_SHEET], marker, [model('Tiêu chí bổ sung', 'input'), model('Thông tin')]);
    expect(plan.remove).toEqual([MARKER_SHEET]);
    expect(plan.kept).toEqual(['Tiêu chí bổ sung']);
    expect(listed(plan)).toEqual(['Đối chiếu', 'Tổng hợp theo đơn vị', 'Tiêu chí bổ sung', 'Thông tin']);
  });
});

describe('a workbook reviewed in the pane, saved, then scored by tthc score', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tthc-runs-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('keeps «Đối chiếu» in the marker, so a later review in the pane replaces it', async () => {
    const header = ['STT', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Tên thủ tục hành chính', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'];
    const cases = [
      [1, 'HS-001', 'Sở Tư pháp', 'Cấp phiếu lý lịch tư pháp', '02/01/2024', '10/01/2024', '15/01/2024', 'Đã trả kết quả'],
      [2, 'HS-002', 'UBND xã Quài Nưa', 'Đăng ký khai sinh', '11/03/2024', '13/03/2024', '13/03/2024', 'Đã trả kết quả'],
    ];
    const source = await newWorkbook([model('DS', 'result', [header, ...cases].map((r) => r.map((value) => ({ value }))))]);
    const host = await XlsxFileHost.open(source, 'ho-so.xlsx');
    const ctx = { profileText: 'dienbien-1187', computedAt: new Date(2024, 5, 1), version: 'test' };
    await runReviewJob(host, builtInProfile('dienbien-1187'), ctx);
    const reviewed = path.join(dir, 'da-doi-chieu.xlsx');
    await fs.writeFile(reviewed, await host.output());

    const scored = path.join(dir, 'da-cham.xlsx');
    const log: string[] = [];
    expect(await main(['score', reviewed, '--out', scored], (s) => log.push(s), (s) => log.push(s))).toBe(0);
    const sheets = await readWorkbook(await fs.readFile(scored), 'da-cham.xlsx');
    expect(sheets.filter((s) => s.name.startsWith('Đối chiếu')).map((s) => s.name)).toEqual(['Đối chiếu']);
    const marker = sheets.find((s) => s.name === MARKER_SHEET)!;
    expect(marker.visibility).toBe('veryHidden');
    const ours = marker.rows.slice(1).map((r) => r[0]);
    expect(ours[0]).toBe('Đối chiếu');
    expect(ours).toEqual(expect.arrayContaining(['Tổng hợp theo đơn vị', 'Thông tin']));
    expect(log.join('\n')).not.toContain('không do phần mềm tạo');

    const again = await runReviewJob(await XlsxFileHost.open(await fs.readFile(scored), 'da-cham.xlsx'), builtInProfile('dienbien-1187'), ctx);
    expect(again.plan.remove).toEqual(['Đối chiếu', MARKER_SHEET]);
    expect(again.sheet).toBe('Đối chiếu');
  });
});

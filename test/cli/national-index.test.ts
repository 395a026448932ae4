/**
 * The national index through `tthc score` on real .xlsx files: the first run makes «Chỉ số 766» and the input
 * sheet «Chỉ số 766 bổ sung»; what the user types there is read on the next run; `--sheets chi-so-766`.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'fs';
import { score, tempDir, type Outcome } from '../hostile/support';
import { CASE_HEADER, caseRows, HEALTH, JUSTICE, JUSTICE_TYPED, UNIT_LIST } from '../workbook/national-index-fixtures';

const PERIOD = ['--from', '2024-01-01', '--to', '2024-03-31'];
const INPUT_SHEET = 'Chỉ số 766 bổ sung';

interface JsonMetric { id: string; numerator: number | null; denominator: number | null; rate: number | null; points: number | null; max: number; source: string | null }
interface JsonIndex { groups: { id: string; name: string; max: number; points: number | null; metrics: JsonMetric[] }[]; total: number | null; rank: number | null; pointsLostToLate: number | null }

const indexOf = (r: Outcome, name: string): JsonIndex => r.summary!.units.find((u) => u.name === name)!.nationalIndex as JsonIndex;
const sheetNames = async (file: string): Promise<string[]> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
};

describe('tthc score and the national index', () => {
  const { file, cleanup } = tempDir('766');
  const input = file('ho-so.xlsx');
  let first: Outcome;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách hồ sơ');
    ws.addRow(CASE_HEADER);
    for (const r of caseRows()) ws.addRow(r);
    const units = wb.addWorksheet('Danh mục đơn vị');
    for (const r of UNIT_LIST) units.addRow(r);
    await wb.xlsx.writeFile(input);
    first = await score(input, ...PERIOD);
  });
  afterAll(cleanup);

  it('first run: writes «Chỉ số 766» and a blank «Chỉ số 766 bổ sung», and the index in the JSON', async () => {
    expect(first.code).toBe(0);
    expect(await sheetNames(first.output)).toEqual([
      'Danh sách hồ sơ', 'Danh mục đơn vị', 'Tổng hợp theo đơn vị', 'Xếp loại 1187', 'Chỉ số 766', 'Tình hình chung', 'DS quá hạn theo đơn vị',
      'DS hồ sơ trễ hạn', 'DS cán bộ trễ hạn', 'Biểu 1 - Lĩnh vực', 'Biểu 2 - Đơn vị', 'Biểu 3 - Thủ tục', 'Biểu 4 - Tỷ lệ', 'Hồ sơ sắp đến hạn', 'Biểu đồ', 'Tiêu chí bổ sung', INPUT_SHEET, 'Thông tin báo cáo',
      'Kiểm tra dữ liệu', 'Thông tin', 'TTHC_Scorecard',
    ]);
    const index = indexOf(first, JUSTICE);
    expect(index.groups.map((g) => g.id)).toEqual(['cong-khai', 'tien-do', 'truc-tuyen', 'thanh-toan', 'so-hoa', 'hai-long']);
    // Tiến độ 20 × 16 ÷ 21 = 15,24 always; nothing typed yet, so no total and no rank.
    expect(index.groups[1]).toEqual({
      id: 'tien-do', name: 'Tiến độ giải quyết', max: 20, points: 15.24,
      metrics: [{ id: 'dung-han', name: 'Hồ sơ giải quyết đúng hạn', numerator: 16, denominator: 21, rate: 76.19, points: 15.24, max: 20, source: 'rows' }],
    });
    expect(index.groups[0].metrics).toEqual([
      { id: 'dong-bo', name: 'Hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia', numerator: 18, denominator: 21, rate: 85.71, points: 5.14, max: 6, source: 'rows' },
      { id: 'cong-khai-khac', name: 'Các chỉ số công khai, minh bạch còn lại', numerator: null, denominator: null, rate: null, points: null, max: 12, source: null },
    ]);
    expect([index.groups[0].points, index.total, index.rank, index.pointsLostToLate]).toEqual([null, null, null, 4.76]);
  });

  it('second run: reads what was typed, totals and ranks; a typed value the rows made unnecessary and a bad one are reported at their cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first.output);
    const ws = wb.getWorksheet(INPUT_SHEET)!;
    const columnOf = new Map<string, number>();
    const rowOf = new Map<string, number>();
    ws.eachRow((row, n) => {
      row.eachCell((c, col) => {
        const tag = typeof c.value === 'string' ? /\[([a-z0-9-]+)\]$/.exec(c.value)?.[1] : undefined;
        if (tag) columnOf.set(tag, col);
      });
      const name = row.getCell(2).value;
      if (typeof name === 'string') rowOf.set(name, n);
    });
    for (const [id, points] of Object.entries({ ...JUSTICE_TYPED, 'dong-bo': 6 })) ws.getCell(rowOf.get(JUSTICE)!, columnOf.get(id)).value = points;
    ws.getCell(rowOf.get(HEALTH)!, columnOf.get('cong-khai-khac')).value = 'mười hai';
    const edited = file('da-nhap.xlsx');
    await wb.xlsx.writeFile(edited);

    const second = await score(edited, ...PERIOD);
    expect(second.code).toBe(0);
    const index = indexOf(second, JUSTICE);
    // 5,14 + 11,5 | 15,24 | 6 + 5 | 4,5 + 4 | 5,33 + 8 + 3 | 4,76 + 6 + 5,5 = 83,97 (unit-index.test.ts).
    expect(index.groups.map((g) => g.points)).toEqual([16.64, 15.24, 11, 8.5, 16.33, 16.26]);
    expect([index.total, index.rank]).toEqual([83.97, 1]);
    expect(index.groups[0].metrics[1]).toMatchObject({ id: 'cong-khai-khac', points: 11.5, source: 'entered' });

    const letter = (id: string) => String.fromCharCode(64 + columnOf.get(id)!);
    expect(second.issues).toContainEqual({
      sheet: INPUT_SHEET, row: rowOf.get(JUSTICE)!, column: letter('dong-bo'),
      message: `«${JUSTICE}», Công khai, minh bạch — Hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia: danh sách hồ sơ có đủ dữ liệu nên điểm tính từ hồ sơ (5,14); giá trị nhập «6» không được dùng. Xóa giá trị này nếu không cần.`,
    });
    expect(second.issues).toContainEqual({
      sheet: INPUT_SHEET, row: rowOf.get(HEALTH)!, column: letter('cong-khai-khac'),
      message: `«${HEALTH}», Công khai, minh bạch — Các chỉ số công khai, minh bạch còn lại: «mười hai» không hợp lệ — nhập số từ 0 đến 12. Chỉ số coi như chưa nhập; nhóm «Công khai, minh bạch» và tổng điểm của đơn vị chưa được tính.`,
    });

    // The input sheet is kept as the user left it; the result sheet shows the total.
    const [a, b] = await Promise.all([JSZip.loadAsync(readFileSync(edited)), JSZip.loadAsync(readFileSync(second.output))]);
    const part = async (zip: JSZip) => {
      const workbook = await zip.file('xl/workbook.xml')!.async('string');
      const rid = new RegExp(`<sheet [^>]*name="${INPUT_SHEET}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
      const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
      const target = new RegExp(`Id="${rid}"[^>]*Target="(?:/xl/)?([^"]+)"|Target="(?:/xl/)?([^"]+)"[^>]*Id="${rid}"`).exec(rels)!.slice(1).find(Boolean)!;
      return zip.file(`xl/${target}`)!.async('nodebuffer');
    };
    expect(await part(b)).toEqual(await part(a));
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(second.output);
    const result = out.getWorksheet('Chỉ số 766')!;
    let total: ExcelJS.CellValue = null;
    result.eachRow((row) => {
      if (row.getCell(2).value === JUSTICE) total = row.getCell(6).value;
    });
    expect(total).toBe(83.97);
  });

  it('writes only «Chỉ số 766» of the result sheets with --sheets chi-so-766, and states the index’s rules in «Thông tin»', async () => {
    const r = await score(input, ...PERIOD, '--sheets', 'chi-so-766');
    expect(r.code).toBe(0);
    expect(await sheetNames(r.output)).toEqual([
      'Danh sách hồ sơ', 'Danh mục đơn vị', 'Chỉ số 766', 'Tiêu chí bổ sung', INPUT_SHEET, 'Thông tin báo cáo', 'Kiểm tra dữ liệu', 'Thông tin', 'TTHC_Scorecard',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(r.output);
    const info: string[] = [];
    wb.getWorksheet('Thông tin')!.eachRow((row) => info.push((row.values as ExcelJS.CellValue[]).slice(1).map(String).join(' | ')));
    expect(info).toContainEqual(expect.stringContaining('Chỉ số 766: hồ sơ phải giải quyết | Hồ sơ phải giải quyết = đã giải quyết trong kỳ'));
    expect(info).toContainEqual(expect.stringContaining('Chỉ số 766: Dịch vụ công trực tuyến — Hồ sơ nộp trực tuyến | tỷ lệ = hồ sơ nộp trực tuyến ÷ hồ sơ tiếp nhận mới trong kỳ; đủ 6 điểm khi tỷ lệ từ 50%'));
  });
});

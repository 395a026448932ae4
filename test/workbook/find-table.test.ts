import type { CellValue, SheetGrid, SheetVisibility } from '../../src/workbook/cells';
import { findCaseTable } from '../../src/workbook/find-table';

const grid = (name: string, rows: CellValue[][], visibility: SheetVisibility = 'visible'): SheetGrid => ({
  name,
  rows,
  originRow: 1,
  originCol: 1,
  visibility,
});

const HEADER = [
  'STT',
  'Mã hồ sơ',
  'Đơn vị giải quyết',
  'Tên thủ tục hành chính',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày trả kết quả',
  'Trạng thái',
];
const MAPPING = { code: 1, unit: 2, procedure: 3, received: 4, due: 5, completed: 6, status: 7 };

/** Case rows in HEADER's order; `shape` rewrites each row for other layouts. */
function cases(n: number, shape: (row: CellValue[]) => CellValue[] = (r) => r): CellValue[][] {
  return Array.from({ length: n }, (_, i) => {
    const d = String((i % 20) + 1).padStart(2, '0');
    const completed = i % 3 ? `${d}/02/2024` : null;
    const code = `000.00.17.H18-2401${d}-000${i}`;
    const unit = 'UBND xã Mường Phăng';
    return shape([i + 1, code, unit, 'Chứng thực bản sao', `${d}/01/2024 08:15:00`, `${d}/02/2024`, completed, 'Đã trả kết quả']);
  });
}

describe('findCaseTable', () => {
  it('finds a plain header on row 1', () => {
    const { best, candidates } = findCaseTable([grid('Sheet1', [HEADER, ...cases(10)])]);
    expect(candidates).toHaveLength(1);
    expect(best).toMatchObject({
      sheet: 'Sheet1',
      headerRowIndex: 0,
      firstDataRowIndex: 1,
      mapping: MAPPING,
      headers: HEADER,
      missing: [],
      confidence: 'high',
      score: 7,
      suspiciousColumns: [],
    });
  });

  it('finds an EP header on row 2 under a merged title, with line breaks in headers and d-m-Y dates', () => {
    const title = 'BÁO CÁO HỒ SƠ ĐÃ GIẢI QUYẾT (Từ ngày 01-01-2024 đến ngày 31-03-2024)';
    const header = [
      'TT',
      'Tên TTHC',
      'Người có trách nhiệm\ngiải quyết',
      'Ngày\nnhận hồ sơ',
      'Ngày hẹn\ntrả',
      'Ngày trả\nthực tế',
      'Số hồ sơ',
    ];
    const rows = cases(8, (r) => [r[0], r[3], 'UBND Xã', '05-01-2024', '12-01-2024', '10-01-2024', 1]);
    for (const titleRow of [[title], header.map(() => title)]) {
      // Office leaves a merged title in its first cell; ExcelJS repeats it in every merged cell.
      const { best } = findCaseTable([grid('Báo cáo', [titleRow, header, ...rows])]);
      expect(best).toMatchObject({ headerRowIndex: 1, firstDataRowIndex: 2, missing: [], confidence: 'high' });
      expect(best?.mapping).toEqual({ procedure: 1, unit: 2, received: 3, due: 4, completed: 5 });
      expect(best?.headers[2]).toBe('Người có trách nhiệm giải quyết');
    }
  });

  it('finds a TD header on row 3 after a title row and a blank row', () => {
    const header = [
      'STT',
      'Mã hồ sơ',
      'Tên thủ tục hành chính',
      'Đơn vị tiếp nhận',
      'Ngày tiếp nhận',
      'Ngày hẹn trả',
      'Ngày kết thúc xử lý',
      'Trạng thái',
      'Loại tiếp nhận',
      'Người tiếp nhận',
    ];
    const extra = ['Nộp trực tuyến', 'Nguyễn Văn A'];
    const rows = cases(6, (r) => [r[0], r[1], r[3], r[2], r[4], r[5], r[6], r[7], ...extra]);
    const { best } = findCaseTable([grid('Sheet1', [[''], [], header, ...rows])]);
    expect(best).toMatchObject({ headerRowIndex: 2, firstDataRowIndex: 3, confidence: 'high' });
    expect(best?.mapping).toEqual({
      code: 1,
      procedure: 2,
      unit: 3,
      received: 4,
      due: 5,
      completed: 6,
      status: 7,
      channel: 8,
      handler: 9,
    });
  });

  it('matches headers typed without diacritics', () => {
    const header = ['Ma ho so', 'Don vi giai quyet', 'Ngay tiep nhan', 'Han xu ly', 'Ngay tra ket qua', 'TRANG THAI'];
    const { best } = findCaseTable([grid('DL', [header, ...cases(5, (r) => [r[1], r[2], r[4], r[5], r[6], r[7]])])]);
    expect(best?.mapping).toEqual({ code: 0, unit: 1, received: 2, due: 3, completed: 4, status: 5 });
    expect(best?.confidence).toBe('high');
  });

  it('combines a merged group header with its sub-headers', () => {
    const parent = ['STT', 'Mã hồ sơ', 'Đơn vị giải quyết', 'Ngày', null, null, 'Trạng thái'];
    const child = [null, null, null, 'Tiếp nhận', 'Hẹn trả', 'Trả kết quả', null];
    const rows = cases(5, (r) => [r[0], r[1], r[2], r[4], r[5], r[6], r[7]]);
    const { best } = findCaseTable([grid('Sheet1', [['DANH SÁCH HỒ SƠ'], parent, child, ...rows])]);
    expect(best).toMatchObject({ headerRowIndex: 2, firstDataRowIndex: 3, missing: [], confidence: 'high' });
    expect(best?.mapping).toEqual({ code: 1, unit: 2, received: 3, due: 4, completed: 5, status: 6 });
    const grouped = ['Đơn vị giải quyết', 'Ngày Tiếp nhận', 'Ngày Hẹn trả', 'Ngày Trả kết quả'];
    expect(best?.headers.slice(2, 6)).toEqual(grouped);
  });

  it('skips a column-number row under the header', () => {
    for (const numbers of [HEADER.map((_, i) => i + 1), HEADER.map((_, i) => `(${i + 1})`)]) {
      const { best } = findCaseTable([grid('Sheet1', [HEADER, numbers, ...cases(5)])]);
      expect(best).toMatchObject({ headerRowIndex: 0, firstDataRowIndex: 2, confidence: 'high' });
    }
  });

  it('picks the sheet that holds cases', () => {
    const notes = grid('Hướng dẫn', [['Ghi chú'], ['Số liệu trích xuất từ hệ thống một cửa, lĩnh vực đất đai']]);
    const { best, candidates } = findCaseTable([notes, grid('Danh sách', [HEADER, ...cases(5)])]);
    expect(best?.sheet).toBe('Danh sách');
    expect(candidates.map((c) => c.sheet)).toEqual(['Danh sách']);
  });

  it('reports a missing completion column and lowers confidence', () => {
    const header = HEADER.filter((h) => h !== 'Ngày trả kết quả');
    const { best } = findCaseTable([grid('Sheet1', [header, ...cases(5, (r) => r.filter((_, i) => i !== 6))])]);
    expect(best).toMatchObject({ missing: ['completed'], confidence: 'low' });
  });

  it('accepts processing days instead of a due date', () => {
    const header = HEADER.map((h) => (h === 'Ngày hẹn trả' ? 'Thời hạn giải quyết' : h));
    const { best } = findCaseTable([grid('Sheet1', [header, ...cases(5, (r) => r.map((v, i) => (i === 5 ? 7 : v)))])]);
    expect(best).toMatchObject({ missing: [], confidence: 'high' });
    expect(best?.mapping.processingDays).toBe(5);
  });

  it('lowers confidence when data cells are shifted against the headers (12 headers, 11 cells)', () => {
    const header = [
      'STT',
      'Mã hồ sơ',
      'Tên thủ tục hành chính',
      'Chủ hồ sơ',
      'Đơn vị giải quyết',
      'Ngày tiếp nhận',
      'Ngày hẹn trả',
      'Ngày kết thúc xử lý',
      'Trạng thái',
      'Loại tiếp nhận',
      'Người tiếp nhận',
      'Ghi chú',
    ];
    // The 'Chủ hồ sơ' cell is missing from each data row, so every later value sits one column left.
    const rows = cases(10, (r) => [r[0], r[1], r[3], r[2], r[4], r[5], r[6], r[7], 'Trực tiếp', 'Lò Văn B', '']);
    const { best } = findCaseTable([grid('Sheet1', [header, ...rows])]);
    expect(best).toMatchObject({ missing: [], confidence: 'low' });
    expect(best?.suspiciousColumns).toEqual([4, 7]); // dates under 'Đơn vị giải quyết', text under 'Ngày kết thúc xử lý'
  });

  it('accepts dates given as Date objects and Excel serials', () => {
    const received = new Date(Date.UTC(2024, 0, 2, 8));
    const rows = cases(5, (r) => r.map((v, i) => (i === 4 ? received : i === 5 ? 45300 : v)));
    expect(findCaseTable([grid('Sheet1', [HEADER, ...rows])]).best?.confidence).toBe('high');
  });

  it('keeps the better of two columns naming one field', () => {
    const header = ['Đơn vị', 'Ngày nộp hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày hẹn trả mới', 'Ngày trả kết quả'];
    const rows = cases(5, (r) => [r[2], r[4], r[4], r[5], r[5], r[6]]);
    const { best } = findCaseTable([grid('Sheet1', [header, ...rows])]);
    expect(best?.mapping).toEqual({ unit: 0, received: 2, due: 3, newDue: 4, completed: 5 });
    const fallback = findCaseTable([grid('Sheet1', [header.filter((h) => h !== 'Ngày tiếp nhận'), ...rows])]);
    expect(fallback.best?.mapping.received).toBe(1);
  });

  it('never leaves a sheet out for its name: «DS hồ sơ», «Biểu 1», even one named like a result sheet', () => {
    const table = [HEADER, ...cases(5)];
    for (const name of ['DS hồ sơ', 'Biểu 1', 'Tổng hợp theo đơn vị', 'Ngày nghỉ']) {
      expect(findCaseTable([grid(name, table)]).best?.sheet).toBe(name);
    }
  });

  it('ranks hidden sheets below visible ones and honours the preferred sheet', () => {
    const table = [HEADER, ...cases(5)];
    const sheets = [grid('Ẩn', table, 'hidden'), grid('Hiện', table), grid('Khác', table)];
    expect(findCaseTable(sheets).candidates.map((c) => c.sheet)).toEqual(['Hiện', 'Khác', 'Ẩn']);
    expect(findCaseTable(sheets, 'Khác').best?.sheet).toBe('Khác');
    expect(findCaseTable([grid('Ẩn', table, 'veryHidden')]).best?.sheet).toBe('Ẩn');
  });

  it('finds nothing in a summary form', () => {
    const form = [
      ['Biểu số 06 /VPCP/KSTT'],
      ['STT', 'Lĩnh vực, công việc giải quyết theo cấp', 'Số hồ sơ nhận giải quyết', null, 'Số hồ sơ đã giải quyết'],
      [null, null, 'Tổng số', 'Trực tuyến', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn'],
      [1, 2, 3, 4, 5, 6, 7, 8],
    ];
    expect(findCaseTable([grid('Sheet1', form)]).best).toBeNull();
  });

  it('reads only the top rows and a content sample of a large sheet', () => {
    const rows = [HEADER, ...cases(200_000)];
    let deepest = 0;
    const watched = new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) deepest = Math.max(deepest, Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    expect(findCaseTable([grid('Sheet1', watched)]).best?.confidence).toBe('high');
    expect(deepest).toBeLessThan(100);
  });
});

import {
  CASE_FIELDS,
  describeMissing,
  FIELD_LABELS,
  headerKey,
  matchHeader,
  missingRequired,
  REQUIRED_FIELDS,
} from '../../src/workbook/columns';
import { cleanName, foldText } from '../../src/domain/text';

const fieldOf = (header: string): string | null => matchHeader(headerKey(header))?.field ?? null;

describe('foldText / cleanName', () => {
  it('folds diacritics, đ, case, line breaks and both Unicode forms to one key', () => {
    expect(foldText('  Đơn vị\n giải   quyết ')).toBe('don vi giai quyet');
    expect(foldText('Ngày tiếp nhận'.normalize('NFD'))).toBe(foldText('NGÀY TIẾP NHẬN'));
  });

  it('keeps case and diacritics in display names but fixes spacing and Unicode form', () => {
    expect(cleanName('  UBND  xã\tMường Phăng '.normalize('NFD'))).toBe('UBND xã Mường Phăng');
  });
});

describe('matchHeader', () => {
  it.each([
    ['Mã hồ sơ', 'code'],
    ['Ma ho so', 'code'],
    ['Đơn vị/ cá nhân giải quyết', 'unit'],
    ['Người có trách nhiệm giải quyết', 'unit'],
    ['Don vi giai quyet', 'unit'],
    ['Tên TTHC', 'procedure'],
    ['Nội dung hồ sơ', 'procedure'],
    ['Ngày giờ tiếp nhận', 'received'],
    ['Ngày tiếp nhận hồ sơ (*):', 'received'],
    ['Ngay\ntiep nhan', 'received'],
    ['Ngày hẹn trả mới', 'newDue'],
    ['Hạn xử lý', 'due'],
    ['Ngày kết thúc xử lý', 'completed'],
    ['Ngày trả thực tế', 'completed'],
    ['Tên trạng thái hồ sơ', 'status'],
    ['Loại tiếp nhận', 'channel'],
    ['Người ký hồ sơ', 'handler'],
    ['Cấp', 'level'],
    ['Đơn vị cấp trên', 'district'],
    ['Thời hạn giải quyết (ngày)', 'processingDays'],
    ['Bước trễ hạn', 'stepLate'],
    ['Số lần yêu cầu bổ sung', 'supplements'],
    ['Số đầu mối liên hệ', 'agenciesContacted'],
    ['Phản ánh, kiến nghị', 'complaint'],
  ])('%s → %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  const notFields = ['Số hồ sơ', 'Số hồ sơ nhận giải quyết', 'Ngày nhận kết quả', 'Cấp độ dịch vụ', 'STT', 'Ghi chú', ''];
  it.each(notFields)('%s names no field', (header) => expect(fieldOf(header)).toBeNull());

  it('ranks the preferred synonym first', () => {
    const rank = (h: string): number => matchHeader(headerKey(h))?.rank ?? Infinity;
    expect(rank('Hạn xử lý')).toBeLessThan(rank('Ngày hẹn trả'));
    expect(rank('Ngày tiếp nhận')).toBeLessThan(rank('Ngày nộp hồ sơ'));
    expect(rank('Ngày tiếp nhận')).toBeLessThan(rank('Ngày tiếp nhận hồ sơ'));
  });

  it('matches two-row text only exactly', () => {
    expect(matchHeader(headerKey('Ngày tiếp nhận'), true)?.field).toBe('received');
    expect(matchHeader(headerKey('Đơn vị giải quyết UBND xã A'), true)).toBeNull();
  });

  it('recognises every label it shows', () => {
    for (const f of CASE_FIELDS) expect(fieldOf(FIELD_LABELS[f])).toBe(f);
  });
});

describe('required fields', () => {
  it('accepts processing days instead of a due date', () => {
    expect(REQUIRED_FIELDS).toEqual(['unit', 'received', 'completed', 'due']);
    expect(missingRequired({ unit: 0, received: 1, completed: 2, processingDays: 3 })).toEqual([]);
    expect(missingRequired({ unit: 0, received: 1 })).toEqual(['completed', 'due']);
  });

  it('describes missing columns in Vietnamese', () => {
    expect(describeMissing([])).toBe('');
    expect(describeMissing(['completed', 'due'])).toBe(
      '«Ngày trả kết quả», «Hạn xử lý» hoặc «Thời hạn giải quyết (ngày làm việc)»',
    );
  });
});

/** The pane shows each typed error (src/workbook/errors.ts) as the user's problem, in its own Vietnamese words. */
import { describeError } from '../../src/taskpane/errors';
import { OfficeHostError } from '../../src/office/office-error';
import { AmbiguousCaseSheets, FileFormatError, InputError, SheetError } from '../../src/workbook/errors';

const DATA = 'Không dùng được dữ liệu';

describe('describeError', () => {
  it.each([
    ['InputError', new InputError('Kỳ báo cáo không hợp lệ: từ ngày 02/01/2024 sau đến ngày 01/01/2024.')],
    ['SheetError', new SheetError('Sheet «DS» thiếu cột bắt buộc: «Ngày tiếp nhận».', { sheet: 'DS' })],
    ['SheetError from the Excel reader', new SheetError('Excel không trả về giá trị các dòng 3–5 của sheet «Hồ sơ».', { sheet: 'Hồ sơ', row: 3 })],
    ['FileFormatError', new FileFormatError('Sổ làm việc được đặt mật khẩu (mã hóa) hoặc là định dạng Excel cũ (.xls) nên không đọc được.')],
    ['AmbiguousCaseSheets', new AmbiguousCaseSheets([{ sheet: 'A', rows: 2 }, { sheet: 'B', rows: 3 }])],
  ])('%s: its message as is, as the data’s problem', (_, error) => {
    expect(describeError(error)).toEqual({ title: DATA, body: error.message });
  });

  it('an Excel failure keeps its title; anything else is unexpected and asks to retry', () => {
    const refused = Object.assign(new Error('busy'), { code: 'GeneralException' });
    expect(describeError(new OfficeHostError('Không đọc được sheet «A» từ Excel', refused))).toEqual({
      title: 'Excel báo lỗi',
      body: 'Không đọc được sheet «A» từ Excel. (Excel: busy [GeneralException])',
    });
    // Our own failure on the way to Excel is not titled as Excel's.
    expect(describeError(new OfficeHostError('Không đọc được sheet «A» từ Excel', new Error('boom')))).toEqual({
      title: 'Không hoàn tất được thao tác với Excel',
      body: 'Không đọc được sheet «A» từ Excel. boom',
    });
    expect(describeError(new Error('x is undefined')).title).toBe('Đã xảy ra lỗi không mong muốn');
  });
});

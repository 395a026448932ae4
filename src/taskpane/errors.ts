/** Turns any failure into something the user can read: a title and a Vietnamese explanation. */
import { InputError } from '../workbook/errors';

export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

interface ShownError {
  title: string;
  body: string;
}

const excelCode = (error: Error): boolean => typeof ((error as { cause?: { code?: unknown } }).cause?.code) === 'string';

export function describeError(error: unknown): ShownError {
  if (error instanceof InputError) return { title: 'Không dùng được dữ liệu', body: error.message };
  const message = error instanceof Error ? error.message : String(error);
  // OfficeHostError (src/office) already says in Vietnamese what was being done and why. «Excel báo lỗi» only
  // when Excel refused (its errors carry a code); a failure of ours on the way is not Excel's.
  if (error instanceof Error && error.name === 'OfficeHostError') {
    return { title: excelCode(error) ? 'Excel báo lỗi' : 'Không hoàn tất được thao tác với Excel', body: message };
  }
  return {
    title: 'Đã xảy ra lỗi không mong muốn',
    body: `${message}. Hãy thử lại; nếu vẫn lỗi, gửi nội dung này cho bộ phận hỗ trợ.`,
  };
}

/**
 * Errors the task pane shows to the user: what we were doing, in Vietnamese, a hint for the Excel failures
 * people actually hit, and Excel's own message and code so a support request can be traced.
 */
import { InputError } from '../workbook/errors';

const HINTS: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel đang ở chế độ sửa ô — nhấn Enter hoặc Esc rồi chạy lại.',
  RequestPayloadSizeLimitExceeded: 'Dữ liệu gửi cho Excel trong một lần quá lớn.',
  ResponsePayloadSizeLimitExceeded: 'Dữ liệu Excel trả về trong một lần quá lớn.',
  ItemNotFound: 'Không tìm thấy sheet hoặc vùng ô cần dùng (có thể vừa bị xóa hoặc đổi tên).',
  ItemAlreadyExists: 'Trong tệp đã có sheet trùng tên.',
  AccessDenied: 'Excel không cho phép thao tác này (tệp có thể đang được bảo vệ hoặc chỉ được xem).',
};

export class OfficeHostError extends Error {
  readonly cause: unknown;

  constructor(action: string, cause: unknown) {
    super(`${action}. ${describeFailure(cause)}`);
    this.name = 'OfficeHostError';
    this.cause = cause;
  }
}

/**
 * Runs `work`, turning any failure into an OfficeHostError that says what `action` was. An InputError
 * (src/workbook/errors.ts) already says, in Vietnamese, what is wrong and where: it goes through as it is,
 * so the task pane sees its type and place; so does a cancellation.
 */
export async function explainFailure<T>(action: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InputError) throw error;
    // The user's «Hủy», raised between rows read: a cancellation, not Excel's failure.
    // By name: the signal's DOMException need not be an Error of this realm.
    if ((error as { name?: unknown } | null)?.name === 'AbortError') throw error;
    throw new OfficeHostError(action, error);
  }
}

/** Excel's message and code, with a hint for the failures people actually hit. */
export function describeFailure(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as { code?: unknown }).code;
  if (typeof code !== 'string') return cause.message;
  const hint = HINTS[code];
  return `${hint ? `${hint} ` : ''}(Excel: ${cause.message} [${code}])`;
}

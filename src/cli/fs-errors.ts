/** File-system failures in Vietnamese: the command names the path and why, and stops with exit code 2. */
import { promises as fs } from 'fs';
import { InputError } from '../workbook/input-error';

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'không tồn tại',
  EACCES: 'không có quyền truy cập',
  EPERM: 'không được phép (tệp có thể đang mở trong chương trình khác hoặc chỉ cho đọc)',
  EBUSY: 'tệp đang được chương trình khác sử dụng',
  ENOSPC: 'ổ đĩa đã hết chỗ trống',
  EDQUOT: 'đã vượt hạn mức dung lượng được cấp',
  EFBIG: 'tệp quá lớn',
  EISDIR: 'đây là một thư mục, không phải tệp',
  EEXIST: 'đã có tệp hoặc thư mục trùng tên',
  ENOTDIR: 'một phần của đường dẫn là tệp chứ không phải thư mục',
  EROFS: 'ổ đĩa chỉ cho phép đọc',
  ENAMETOOLONG: 'tên tệp hoặc đường dẫn quá dài',
  EINVAL: 'tên tệp không hợp lệ',
  ELOOP: 'đường dẫn có liên kết vòng',
  EMFILE: 'đang mở quá nhiều tệp cùng lúc',
  ENFILE: 'đang mở quá nhiều tệp cùng lúc',
  EIO: 'lỗi đọc ghi của thiết bị lưu trữ',
};

/** A failure of the file system (an errno code from a system call), as opposed to a fault of the program. */
export function isFsError(e: unknown): e is NodeJS.ErrnoException {
  // Not `instanceof Error`: errors of Node's own modules need not come from this realm's Error (jest, vm).
  const err = e as NodeJS.ErrnoException | null;
  return typeof err === 'object' && err !== null && typeof err.code === 'string' && typeof err.syscall === 'string';
}

export function fsReason(e: NodeJS.ErrnoException): string {
  return REASONS[e.code ?? ''] ?? `lỗi hệ thống tệp ${e.code}`;
}

/**
 * An input file's bytes. A folder, a device (/dev/zero would never end) or a file that can't be read is
 * refused in Vietnamese, naming it as `shown`.
 */
export async function readInput(file: string, shown = file): Promise<Buffer> {
  let isDirectory: boolean;
  try {
    const st = await fs.stat(file);
    if (st.isFile()) return await fs.readFile(file);
    isDirectory = st.isDirectory();
  } catch (e) {
    if (!isFsError(e)) throw e;
    throw new InputError(`Không mở được tệp «${shown}»: ${fsReason(e)}.`);
  }
  throw new InputError(`«${shown}» ${isDirectory ? 'là một thư mục' : 'không phải tệp thông thường (thiết bị, ống dẫn…)'}, không phải tệp .xlsx.`);
}

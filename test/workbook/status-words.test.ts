/**
 * Status words (RULES.md §3; the one-stop systems' words README lists) → StatusKind, each checked by hand against the
 * meaning of the system that exports it. Paused = waiting for documents or fees: it stays in progress.
 */
import type { StatusKind } from '../../src/domain/cases';
import { readStatus } from '../../src/workbook/cell-values';

const WORDS: [string, StatusKind][] = [
  // The national TrangThaiHoSo codes 1–10.
  ['Mới đăng ký', 'notReceived'],
  ['Được tiếp nhận', 'open'],
  ['Không được tiếp nhận', 'notReceived'],
  ['Đang xử lý', 'open'],
  ['Yêu cầu bổ sung giấy tờ', 'paused'],
  ['Yêu cầu thực hiện nghĩa vụ tài chính', 'paused'],
  ['Công dân yêu cầu rút hồ sơ', 'withdrawn'],
  ['Dừng xử lý', 'returned'],
  ['Đã xử lý xong', 'done'],
  ['Đã trả kết quả', 'done'],
  // OpenCPS statuses and report labels.
  ['Đang xử lý liên thông', 'open'],
  ['Chờ bổ sung', 'paused'],
  ['Chờ thanh toán', 'paused'],
  ['Tạm dừng bổ sung điều kiện', 'paused'],
  ['Từ chối giải quyết', 'returned'],
  ['Rút không giải quyết', 'withdrawn'],
  // e-PAR column words.
  ['Bổ sung HS', 'paused'],
  ['Thực hiện NVTC', 'paused'],
  ['Chờ trả', 'done'],
  // «Tạm dừng» and its variants: paused, never the refusal «Dừng xử lý» inside «Tạm dừng xử lý».
  ['Tạm dừng', 'paused'],
  ['Tạm dừng xử lý', 'paused'],
  ['TẠM DỪNG', 'paused'],
  ['Tam dung', 'paused'],
  // A refusal that mentions a supplement is a refusal; an in-progress word beside a wait is the wait.
  ['Từ chối do không bổ sung hồ sơ', 'returned'],
  ['Đang xử lý - chờ bổ sung', 'paused'],
  // The wait is over: in progress again, not paused.
  ['Đã bổ sung hồ sơ', 'open'],
  ['Đã thực hiện nghĩa vụ tài chính', 'open'],
  // Words that name no pause keep their kinds.
  ['Trong hạn', 'open'],
  ['Quá hạn', 'done'],
  ['Chưa rõ', 'unknown'],
];

describe('readStatus', () => {
  it.each(WORDS)('«%s» → %s', (word, kind) => {
    expect(readStatus(word)).toBe(kind);
  });

  it('reads combining accents, no-break spaces and stray spaces like the plain word', () => {
    expect(readStatus('Yêu cầu bổ sung giấy tờ'.normalize('NFD'))).toBe('paused');
    expect(readStatus('  Chờ\u00a0bổ   sung ')).toBe('paused');
    expect(readStatus(null)).toBe('unknown');
  });
});

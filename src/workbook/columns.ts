/**
 * The case fields a sheet can hold, their Vietnamese labels and the header words that name them in
 * real one-stop exports (README lists them), matched on folded text so that headers typed
 * without diacritics, with line breaks, ':' or '(*)' still match.
 */
import { foldText } from '../domain/text';

export type CaseField =
  | 'code'
  | 'unit'
  | 'field'
  | 'procedure'
  | 'received'
  | 'due'
  | 'newDue'
  | 'completed'
  | 'status'
  | 'channel'
  | 'handler'
  | 'level'
  | 'district'
  | 'processingDays'
  | 'stepLate'
  | 'supplements'
  | 'agenciesContacted'
  | 'complaint'
  | 'synced'
  | 'hasFee'
  | 'paidOnline'
  | 'digitisedFile'
  | 'digitisedResult';

/** Names shown in the mapping screen and in messages. */
export const FIELD_LABELS: Readonly<Record<CaseField, string>> = {
  code: 'Mã hồ sơ',
  unit: 'Đơn vị giải quyết',
  field: 'Lĩnh vực',
  procedure: 'Thủ tục hành chính',
  received: 'Ngày tiếp nhận',
  due: 'Hạn xử lý',
  newDue: 'Ngày hẹn trả mới',
  completed: 'Ngày trả kết quả',
  status: 'Trạng thái',
  channel: 'Hình thức nộp',
  handler: 'Cán bộ xử lý',
  level: 'Cấp',
  district: 'Huyện',
  processingDays: 'Thời hạn giải quyết (ngày làm việc)',
  stepLate: 'Trễ hạn bước xử lý',
  supplements: 'Số lần yêu cầu bổ sung',
  agenciesContacted: 'Số cơ quan phải liên hệ',
  complaint: 'Phản ánh, kiến nghị',
  synced: 'Đã đồng bộ lên Cổng DVC quốc gia',
  hasFee: 'Có thu phí, lệ phí',
  paidOnline: 'Thanh toán trực tuyến',
  digitisedFile: 'Số hóa hồ sơ',
  digitisedResult: 'Số hóa kết quả',
};

/** Every field, in the order the mapping screen lists them. */
export const CASE_FIELDS = Object.keys(FIELD_LABELS) as readonly CaseField[];

export const DATE_FIELDS: ReadonlySet<CaseField> = new Set<CaseField>(['received', 'due', 'newDue', 'completed']);

/**
 * Headers per field, best first: when two columns name one field, the earlier synonym wins ('Ngày nộp
 * hồ sơ' is the submission date, used for receipt only when nothing better exists). A new appointment
 * date is its own field: lateness is judged against the original due date (RULES.md §2).
 */
const SYNONYMS: Readonly<Record<CaseField, readonly string[]>> = {
  code: ['Mã hồ sơ', 'Mã HS', 'Mã số hồ sơ'],
  unit: [
    'Đơn vị giải quyết',
    'Cơ quan giải quyết',
    'Đơn vị/ cá nhân giải quyết',
    'Đơn vị xử lý',
    'Cơ quan thực hiện',
    'Đơn vị thực hiện',
    'Tên đơn vị',
    'Đơn vị',
    'Đơn vị tiếp nhận',
    'Người có trách nhiệm giải quyết',
  ],
  field: ['Lĩnh vực', 'Tên lĩnh vực'],
  procedure: [
    'Thủ tục',
    'Tên thủ tục hành chính',
    'Tên thủ tục',
    'Tên TTHC',
    'Nội dung hồ sơ',
    'Loại hồ sơ',
    'Nội dung công việc cần giải quyết',
    'Công việc',
    'Nội dung',
  ],
  received: [
    'Ngày tiếp nhận',
    'Ngày nhận hồ sơ',
    'Ngày nhận',
    'Ngày giờ tiếp nhận',
    'Thời gian tiếp nhận',
    'Ngày nộp hồ sơ',
    'Ngày nộp',
  ],
  due: [
    'Hạn xử lý',
    'Ngày hẹn trả',
    'Ngày hẹn trả hồ sơ',
    'Ngày giờ hẹn trả',
    'Hạn giải quyết',
    'Thời gian hẹn trả',
  ],
  newDue: [
    'Ngày hẹn trả mới',
    'Ngày hẹn mới',
    'Ngày gia hạn',
    'Gia hạn đến ngày',
    'Ngày hẹn lại',
    'Hẹn lại',
  ],
  completed: [
    'Ngày trả kết quả',
    'Ngày hoàn thành',
    'Ngày kết thúc xử lý',
    'Ngày có kết quả',
    'Ngày trả thực tế',
    'Ngày giờ trả kết quả',
    'Thời gian trả kết quả',
  ],
  status: ['Trạng thái', 'Tên trạng thái hồ sơ', 'Tình trạng'],
  channel: ['Hình thức nộp', 'Kênh nộp', 'Loại tiếp nhận', 'Hình thức tiếp nhận'],
  handler: ['Cán bộ xử lý', 'Cán bộ đang xử lý', 'Người tiếp nhận', 'Cán bộ tiếp nhận', 'Người ký hồ sơ'],
  level: ['Cấp', 'Cấp đơn vị', 'Cấp giải quyết'],
  district: ['Huyện', 'Thuộc huyện', 'Đơn vị cấp trên'],
  processingDays: ['Thời hạn giải quyết', 'Số ngày giải quyết'],
  stepLate: ['Trễ hạn bước xử lý', 'Bước trễ hạn'],
  supplements: ['Số lần yêu cầu bổ sung', 'Số lần bổ sung'],
  agenciesContacted: ['Số cơ quan phải liên hệ', 'Số đầu mối liên hệ'],
  complaint: ['Phản ánh, kiến nghị', 'Khiếu nại'],
  // QĐ 766 flags (RULES.md §7); a fee column may hold the amount ('Phí, lệ phí': 50.000).
  synced: ['Đã đồng bộ lên Cổng DVC quốc gia', 'Đồng bộ lên Cổng DVC quốc gia', 'Đã đồng bộ', 'Đồng bộ', 'Đồng bộ DVCQG', 'Trạng thái đồng bộ'],
  hasFee: ['Có thu phí', 'Có thu phí, lệ phí', 'Phí, lệ phí', 'Phí lệ phí', 'Lệ phí'],
  paidOnline: ['Thanh toán trực tuyến', 'Đã thanh toán trực tuyến', 'Thanh toán qua mạng', 'Thanh toán điện tử'],
  digitisedFile: ['Số hóa hồ sơ', 'Đã số hóa hồ sơ', 'Số hóa thành phần hồ sơ'],
  digitisedResult: ['Số hóa kết quả', 'Đã số hóa kết quả', 'Kết quả điện tử', 'Cấp kết quả điện tử'],
};

/**
 * Headers that start like a synonym but name something else; as the longest match they block it.
 * EP's 'Số hồ sơ …' columns are counts, not case ids.
 */
const NOT_FIELDS = ['Số hồ sơ', 'Ngày nhận kết quả'];

/** Folded header with punctuation as spaces, so 'Ngày tiếp nhận (*):' and 'NGAY TIEP NHAN' meet. */
export function headerKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

export interface HeaderMatch {
  field: CaseField;
  /** Lower is better: synonym position, an exact header before one that only starts with it. */
  rank: number;
}

interface Synonym {
  key: string;
  field: CaseField | null;
  priority: number;
}

const SYNONYM_LIST: readonly Synonym[] = [
  ...CASE_FIELDS.flatMap((field) => SYNONYMS[field].map((s, priority) => ({ key: headerKey(s), field, priority }))),
  ...NOT_FIELDS.map((s) => ({ key: headerKey(s), field: null, priority: 0 })),
];
const EXACT = new Map(SYNONYM_LIST.map((s) => [s.key, s]));
// One-word synonyms ('Cấp', 'Huyện') match only whole headers: as prefixes they would catch 'Cấp độ…'.
const PREFIXES = SYNONYM_LIST.filter((s) => s.key.includes(' ')).sort((a, b) => b.key.length - a.key.length);

const NEW_WORD = /(^| )moi( |$)/;

/**
 * The field a header names. A header may extend a synonym ('Ngày tiếp nhận hồ sơ') unless `exactOnly`
 * (used for parent + child text of two-row headers, where a prefix would match header + anything).
 */
export function matchHeader(key: string, exactOnly = false): HeaderMatch | null {
  if (!key) return null;
  const exact = EXACT.get(key);
  if (exact) return exact.field ? { field: exact.field, rank: exact.priority * 2 } : null;
  if (exactOnly) return null;
  const prefix = PREFIXES.find((s) => key.startsWith(s.key + ' '));
  if (!prefix?.field) return null;
  // 'Ngày hẹn trả kết quả mới' extends a due synonym, but «mới» makes it the new appointment date.
  const field = prefix.field === 'due' && NEW_WORD.test(key) ? 'newDue' : prefix.field;
  return { field, rank: prefix.priority * 2 + 1 };
}

/**
 * Fields a case table needs (RULES.md §2). `due` can be computed from `processingDays` instead; a lone
 * new-appointment column stands in for it too, read as the due date with a warning (read-cases.ts).
 */
export const REQUIRED_FIELDS: readonly CaseField[] = ['unit', 'received', 'completed', 'due'];

export function missingRequired(mapped: Partial<Record<CaseField, unknown>>): CaseField[] {
  const has = (f: CaseField): boolean => mapped[f] !== undefined;
  return REQUIRED_FIELDS.filter((f) => !has(f) && !(f === 'due' && (has('processingDays') || has('newDue'))));
}

/** The missing columns named in Vietnamese, for a sentence such as "thiếu cột bắt buộc: …"; '' when none. */
export function describeMissing(missing: readonly CaseField[]): string {
  const quote = (f: CaseField): string => `«${FIELD_LABELS[f]}»`;
  return missing.map((f) => (f === 'due' ? `${quote('due')} hoặc ${quote('processingDays')}` : quote(f))).join(', ');
}

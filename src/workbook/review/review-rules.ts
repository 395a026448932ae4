/** What each check is called and which rule it applies (RULES.md section + plain words), in Vietnamese. */
import type { RulesProfile } from '../../domain/scoring';
import type { CountField, RateRole } from './table-columns';

export const COUNT_LABELS: Readonly<Record<CountField, string>> = {
  total: 'Số hồ sơ nhận giải quyết',
  receivedInPeriod: 'Tiếp nhận mới trong kỳ',
  carriedOver: 'Kỳ trước chuyển qua',
  online: 'Trực tuyến',
  direct: 'Trực tiếp',
  postal: 'Bưu chính công ích',
  resolved: 'Số hồ sơ đã giải quyết',
  early: 'Giải quyết trước hạn',
  onTime: 'Giải quyết đúng hạn',
  late: 'Giải quyết trễ hạn',
  returned: 'Hồ sơ trả lại',
  inProgress: 'Số hồ sơ đang giải quyết',
  withinDeadline: 'Đang giải quyết trong hạn',
  overdue: 'Đang giải quyết quá hạn',
  withdrawn: 'Hồ sơ rút',
  extended: 'Hồ sơ có hẹn lại (gia hạn)',
  paused: 'Đang giải quyết tạm dừng (chờ bổ sung, thực hiện nghĩa vụ tài chính)',
  pausedOverdue: 'Tạm dừng quá hạn',
};

export const rateLabel = (r: RateRole): string => (r.numerator === 'late' ? 'Tỷ lệ trễ hạn (%)' : 'Tỷ lệ quá hạn (%)');

const NUMERATOR = { late: 'số giải quyết trễ hạn', overdue: 'số đang giải quyết quá hạn' } as const;
const DENOMINATOR = { resolved: 'số đã giải quyết', total: 'số nhận giải quyết' } as const;

export const RULES = {
  balanceTotal: 'RULES §3: số nhận giải quyết = đã giải quyết + đang giải quyết + hồ sơ rút',
  balanceTotalNoWithdrawn: 'RULES §3: số nhận giải quyết = đã giải quyết + đang giải quyết + hồ sơ rút (biểu không có cột «Hồ sơ rút»: phần chênh có thể là hồ sơ rút)',
  balanceReceived: 'RULES §3: số nhận giải quyết = trực tuyến + kỳ trước chuyển qua + trực tiếp (gồm bưu chính)',
  balanceNew: 'RULES §3: tiếp nhận mới trong kỳ = trực tuyến + trực tiếp + bưu chính',
  balanceResolved: 'RULES §3: số đã giải quyết = trước hạn + đúng hạn + trễ hạn',
  balanceProgress: 'RULES §3: số đang giải quyết = trong hạn + quá hạn',
  returned: 'RULES §3: hồ sơ trả lại đã nằm trong số đã giải quyết, không thể nhiều hơn',
  sum: 'Dòng tổng phải bằng tổng các dòng đơn vị, lĩnh vực hoặc thủ tục mà nó cộng',
  unknownUnit: 'RULES §4: đơn vị có số liệu trong bảng nhưng không có hồ sơ nào trong danh sách hồ sơ của tệp',
  scoreTotal: 'RULES §5: tổng điểm = tổng các tiêu chí đã in (làm tròn 2 chữ số thập phân)',
  scoreTotalRounded: 'RULES §5: tổng điểm = tổng các tiêu chí đã in; phần chênh không quá sai số làm tròn của từng tiêu chí (có thể tổng được tính từ điểm chưa làm tròn)',
  indexTotal: 'RULES §7: tổng điểm Bộ chỉ số = tổng điểm sáu nhóm chỉ số đã in',
  indexRange: 'RULES §7: điểm mỗi nhóm chỉ số từ 0 đến điểm tối đa của nhóm',
  groupSum: 'Dòng nhóm có số liệu phải bằng tổng các dòng đơn vị, lĩnh vực hoặc thủ tục trong nhóm',
  scoreMissing: 'RULES §5: thiếu điểm một tiêu chí thì chưa tính tổng điểm, chưa xếp loại',
  criterionRange: 'RULES §5: mỗi tiêu chí 0–2 điểm',
  dtbRange: 'RULES §5: ĐTB CCVC BP Một cửa từ 0 đến 10',
  rank: 'RULES §5, §7: xếp hạng theo tổng điểm, rồi ĐTB CCVC nếu bảng có (giảm dần); bằng nhau thì cùng hạng',
  notSent: 'RULES §5: đơn vị không gửi kết quả chấm điểm được ghi «Không xếp loại»',
};

export function classRule(profile: RulesProfile): string {
  const { bands, otherwise } = profile.classification;
  const lowest = bands[bands.length - 1];
  const parts = bands.map((b, i) => (i === 0 ? `${b.label} ≥ ${b.atLeast}` : `${b.label} ${b.atLeast}–< ${bands[i - 1].atLeast}`));
  return `RULES §5: phân loại theo tổng điểm — ${parts.join('; ')}${lowest ? `; ${otherwise} < ${lowest.atLeast}` : ''}`;
}

export function rateRule(r: RateRole, hand: 'rounded' | 'format' | null): string {
  const base = `RULES §3: ${rateLabel(r).replace(' (%)', '').toLowerCase()} = ${NUMERATOR[r.numerator]} ÷ ${DENOMINATOR[r.denominator]} × 100, làm tròn nửa lên 2 chữ số thập phân`;
  if (hand === 'rounded') return `${base}; số in bị làm tròn hoặc cắt bớt bằng tay`;
  if (hand === 'format') return `${base}; số in đúng nhưng ghi dạng chữ kèm «%», khác định dạng của cột`;
  return base;
}

export const recomputedRule = (section: '§3' | '§5', sheet: string): string =>
  `RULES ${section}: tính lại từ danh sách hồ sơ (sheet «${sheet}») theo quy tắc hiện hành`;

/** A field or procedure row the case rows cannot decide (row-basis.ts says why). */
export const undecidedRule = (sheet: string, reason: string): string =>
  `RULES §3: không tính lại được dòng này từ danh sách hồ sơ (sheet «${sheet}»): ${reason}; chỉ kiểm tra các số trên dòng có cân đối với nhau không`;

/** `Thông tin`: the inputs, rules and product behind the figures (RULES.md §6). */
import { columnLetter } from '../cells';
import { CASE_FIELDS, FIELD_LABELS } from '../columns';
import { formatVn } from '../../domain/dates';
import type { ScoreRun } from '../score-workbook';
import type { SheetModel } from '../sheet-model';
import type { PreviousComparison } from '../previous-period';
import { formatComputedAt, periodText, type ReportContext } from './report-context';
import { SheetBuilder, STYLES } from './sheet-builder';
import { DATA_CHECK_SHEET, INFO_SHEET, UNIT_LIST_SHEET } from '../sheet-names';

export { INFO_SHEET };

interface InfoExtras {
  /** Profile parameters worth stating, as label → value lines. */
  profileParameters: [string, string][];
  /** The period lies outside the profile's validity: the notice to state (RULES §5). */
  profileNotice: string | null;
  /** Names of the sheets this run wrote. */
  sheetsWritten: string[];
  /** The district Biểu 1–4 cover (`--district`), as the data names it; null for the province's. */
  district: string | null;
  unitListUsed: boolean;
}

const DEFINITIONS: [string, string][] = [
  ['Đã giải quyết', 'Ngày trả kết quả trong kỳ. Trước hạn: trước ngày hẹn trả; đúng hạn: đúng ngày hẹn trả (nếu cả hai có giờ thì không muộn hơn giờ hẹn); quá hạn: sau hạn. Hồ sơ trả lại, từ chối tính là đã giải quyết và được thống kê riêng.'],
  ['Đang giải quyết', 'Tiếp nhận đến hết kỳ, chưa trả kết quả đến hết kỳ. Trong hạn: hạn xử lý từ ngày tính đến trở đi; quá hạn: hạn xử lý trước ngày tính đến.'],
  ['Hồ sơ rút', 'Công dân rút hồ sơ: thống kê riêng, không tính vào đã giải quyết hay đang giải quyết.'],
  ['Tổng số nhận giải quyết', 'Tiếp nhận mới trong kỳ + kỳ trước chuyển qua = đã giải quyết + đang giải quyết + rút.'],
  ['Hạn xử lý', 'Hạn ban đầu lấy từ dữ liệu; nếu trống thì tính từ thời hạn giải quyết: ngày làm việc thứ N sau ngày tiếp nhận. Ngày hẹn trả mới (gia hạn, hẹn lại) không thay hạn: trễ so với hạn ban đầu vẫn là quá hạn.'],
  ['Có hẹn lại (gia hạn)', 'Số hồ sơ trong tổng số nhận giải quyết có ngày hẹn trả mới sau hạn xử lý; thống kê riêng, không đổi kết quả đúng hạn hay quá hạn.'],
  ['Số ngày quá hạn', 'Số ngày làm việc sau hạn xử lý đến ngày trả kết quả (hoặc ngày tính đến).'],
  ['Tỷ lệ', 'Làm tròn 2 chữ số thập phân (từ 5 làm tròn lên); mỗi tỷ lệ ghi rõ mẫu số; "—" khi mẫu số bằng 0.'],
  [
    'Dấu thập phân',
    'Số liệu được ghi là số để cộng, lọc, vẽ biểu đồ được. Dấu thập phân và dấu hàng nghìn (86,80 và 15.744 hay 86.80 và 15,744) theo cài đặt vùng (Region) của Windows trên máy người mở tệp: chọn Vietnamese (Vietnam) trong Windows, hoặc trong Excel bỏ chọn «Use system separators» (File › Options › Advanced) rồi đặt dấu thập phân «,» và dấu hàng nghìn «.».',
  ],
];

export function infoSheet(run: ScoreRun, ctx: ReportContext, extras: InfoExtras): SheetModel {
  const b = new SheetBuilder(INFO_SHEET, [28, 70]);
  b.line('THÔNG TIN VỀ CÁCH TÍNH', STYLES.title);
  b.blank();
  const pair = (label: string, value: string | number): void => {
    b.row([{ value: label, style: { bold: true, border: true, wrap: true } }, { value, style: { border: true, wrap: true } }]);
  };
  const section = (title: string): void => {
    b.blank();
    b.row([{ value: title, style: { bold: true, size: 12 } }]);
  };

  section('Kết quả');
  pair('Sản phẩm', `TTHC Scorecard ${ctx.version}`);
  pair('Thời điểm tính', formatComputedAt(ctx.computedAt));
  pair('Kỳ báo cáo', `${periodText(ctx.period)} — ${run.periodSource === 'given' ? 'do người dùng chọn' : 'mặc định: quý có phần lớn ngày tiếp nhận'}`);
  if (ctx.previous) pair('So sánh với kỳ trước', comparisonText(ctx.previous));
  pair('Các sheet đã tạo', extras.sheetsWritten.join('; '));
  pair('Biểu 1–4', extras.district ? `${extras.district} và các xã của huyện (các sheet khác: toàn tỉnh)` : 'toàn tỉnh');

  section('Dữ liệu đầu vào');
  const t = run.table;
  for (const r of run.sheetsRead) {
    pair(run.sheetsRead.length > 1 ? 'Sheet hồ sơ (gộp)' : 'Sheet hồ sơ', `«${r.sheet}»: tiêu đề ở dòng ${r.headerRow}; đọc ${r.rowsRead} dòng, bỏ qua ${r.rowsSkipped} dòng`);
  }
  if (run.selectionNote) pair('Cách chọn sheet', run.selectionNote);
  pair('Số dòng hồ sơ đã đọc', run.rowsRead);
  pair('Số dòng bị bỏ qua', `${run.rowsSkipped} (chi tiết trong sheet «${DATA_CHECK_SHEET}»)`);
  pair('Số hồ sơ thuộc kỳ', run.statuses.filter((s) => s.outcome !== 'outside').length);
  pair(UNIT_LIST_SHEET, extras.unitListUsed ? `Theo sheet «${UNIT_LIST_SHEET}»` : `Không có sheet «${UNIT_LIST_SHEET}»: cấp và huyện lấy từ dữ liệu hoặc suy ra từ tên đơn vị`);
  for (const f of CASE_FIELDS) {
    const idx = t.mapping[f];
    if (idx === undefined) continue;
    pair(`Cột «${FIELD_LABELS[f]}»`, `Cột ${columnLetter(run.origin.col + idx)}: «${t.headers[idx] ?? ''}»`);
  }

  section('Quy tắc');
  pair('Bộ quy tắc', ctx.profileText);
  if (extras.profileNotice) pair('Lưu ý về căn cứ', extras.profileNotice);
  for (const [label, value] of extras.profileParameters) pair(label, value);
  pair('Lịch ngày làm việc', ctx.calendarText);
  for (const [label, value] of DEFINITIONS) pair(label, value);

  return b.build({ orientation: 'portrait', fitToWidth: true });
}

/** Which period the previous columns show and how they were computed, or why there are none. */
function comparisonText(p: PreviousComparison): string {
  if (!p.units) return p.note ?? '';
  const how = `Kỳ trước: ${p.label} (từ ngày ${formatVn(p.period.from)} đến ngày ${formatVn(p.period.to)}), tính lại từ cùng danh sách hồ sơ; hồ sơ đang giải quyết xét tại ngày ${formatVn(p.period.asOf)}. Tiêu chí và điểm nhập tay là của kỳ này, không dùng cho kỳ trước.`;
  return [how, p.scoreNote, p.indexNote].filter(Boolean).join(' ');
}

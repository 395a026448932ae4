/**
 * `Tổng hợp theo đơn vị`: every unit's counts and both late rates, grouped by level and district; when the
 * rows cover the previous period (issue 16), a «Kỳ trước» row under each row gives its figures in the same
 * columns and the change of the late rate in the notes — more columns would not print at ≥ 9 pt even on A3.
 */
import { ratesOf, sumCounts, type Counts, type UnitTotals } from '../../domain/aggregate';
import { formatVn } from '../../domain/dates';
import { groupUnits } from '../../domain/grouping';
import { rateChange } from '../../domain/previous-period';
import type { PreviousComparison } from '../previous-period';
import type { SheetModel } from '../sheet-model';
import { writeHeader, type ReportContext } from './report-context';
import { cell, rateCell, SheetBuilder, STYLES } from './sheet-builder';
import { romanNumeral } from './numbering';
import { UNIT_SUMMARY_SHEET } from '../sheet-names';

export { UNIT_SUMMARY_SHEET };

/** Header groups, merged over their sub-headers; a group without sub-headers spans both header rows. */
const GROUPS: { title: string; columns: string[] }[] = [
  { title: 'Số hồ sơ nhận giải quyết', columns: ['Tổng số', 'Tiếp nhận mới trong kỳ', 'Trực tuyến', 'Trực tiếp', 'Bưu chính công ích', 'Kỳ trước chuyển qua'] },
  { title: 'Số hồ sơ đã giải quyết', columns: ['Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Trong đó: trả lại, từ chối'] },
  // Paused cases are a sub-group of in progress, already counted as within deadline or overdue.
  { title: 'Số hồ sơ đang giải quyết', columns: ['Tổng số', 'Trong hạn', 'Quá hạn', 'Trong đó: tạm dừng', 'Tạm dừng: trong đó quá hạn'] },
];
const COUNT_COLUMNS: (keyof Counts)[] = [
  'total', 'receivedInPeriod', 'online', 'direct', 'postal', 'carriedOver',
  'resolved', 'early', 'onTime', 'late', 'returned',
  'inProgress', 'withinDeadline', 'overdue', 'paused', 'pausedOverdue',
  'withdrawn',
];
/** Cases with a new appointment date, after the rates: a count apart, outside the report forms' columns. */
const EXTENDED_TITLE = 'Có hẹn lại (gia hạn)';
/**
 * STT, name, level; 16 counts (received 6, resolved 5, in progress 5); withdrawn; the two rates; extended; notes.
 * 24 columns cannot print at ≥ 9 pt on A4: narrow enough (headers wrap) for one A3 landscape page wide.
 */
const WIDTHS = [5, 28, 7, ...Array<number>(16).fill(7), 7, 8, 8, 8, 17];
/** The name cell of the row under a unit's (or a group's) giving its previous period's figures. */
const PREVIOUS_ROW = 'Kỳ trước';

/** A row's counts in the previous period: the sum over the units it stands for. */
type PreviousOf = (units: readonly UnitTotals[]) => Counts;

export function unitSummarySheet(units: UnitTotals[], keepOrder: boolean, ctx: ReportContext): SheetModel {
  const previous = ctx.previous?.units ? ctx.previous : null;
  const b = new SheetBuilder(UNIT_SUMMARY_SHEET, WIDTHS);
  writeHeader(b, 'TỔNG HỢP KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH THEO CƠ QUAN, ĐƠN VỊ', ctx);
  b.blank();
  const headerTop = writeColumnHeaders(b);
  const previousOf = previous ? previousCounts(previous) : null;
  /** A row, then (when comparing) its previous period's, kept on the same page. */
  const row = (stt: string, name: string, of: UnitTotals[], c: Counts, style: typeof STYLES.count, level: string, note = ''): void => {
    countsRow(b, stt, name, c, style, level, note);
    if (!previousOf) return;
    b.keepWithNext(b.nextRow - 1);
    const before = previousOf(of);
    const change = rateChange(ratesOf(c).lateRateOfResolved, ratesOf(before).lateRateOfResolved);
    const previousNote = before.total === 0 ? 'Không phát sinh hồ sơ' : change ? `Tỷ lệ quá hạn (1) ${change}` : '';
    countsRow(b, '', PREVIOUS_ROW, before, { ...style, italic: true, bold: false }, '', previousNote);
  };

  const groups = groupUnits(units, keepOrder);
  const sections: { title: string; blocks: { title: string | null; units: UnitTotals[] }[] }[] = [];
  if (groups.provincial.length) sections.push({ title: 'CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH', blocks: [{ title: null, units: groups.provincial }] });
  if (groups.districts.length) {
    sections.push({
      title: 'UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ VÀ UBND CẤP XÃ',
      blocks: groups.districts.map((d) => ({ title: d.title, units: [...(d.district ? [d.district] : []), ...d.communes] })),
    });
  }
  if (groups.communesWithoutDistrict.length) {
    const title = groups.districts.length ? 'UBND CẤP XÃ CHƯA XÁC ĐỊNH HUYỆN' : 'UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU';
    sections.push({ title, blocks: [{ title: null, units: groups.communesWithoutDistrict }] });
  }

  sections.forEach((section, si) => {
    const all = section.blocks.flatMap((x) => x.units);
    row(romanNumeral(si + 1), section.title, all, sumCounts(all), STYLES.group, '');
    b.keepWithNext(b.nextRow - 1);
    section.blocks.forEach((block, bi) => {
      if (block.title) {
        row(String(bi + 1), `${block.title} (cộng cấp huyện và cấp xã)`, block.units, sumCounts(block.units), { ...STYLES.group, fill: undefined, italic: true }, '');
        b.keepWithNext(b.nextRow - 1);
      }
      block.units.forEach((u, ui) => row(block.title ? `${bi + 1}.${ui + 1}` : String(ui + 1), u.name, [u], u, STYLES.count, levelText(u), notes(u)));
    });
  });
  b.keepWithPrevious();
  row('', 'TỔNG CỘNG TOÀN TỈNH', units, sumCounts(units), { ...STYLES.group, fill: 'FFF2CC' }, '');
  b.endTable();
  b.blank();
  b.line('Tỷ lệ quá hạn (1): số hồ sơ giải quyết quá hạn ÷ số hồ sơ đã giải quyết (như danh sách quá hạn của tỉnh). Tỷ lệ quá hạn (2): số hồ sơ giải quyết quá hạn ÷ tổng số hồ sơ nhận giải quyết (như Biểu 4 của huyện). "—": không có mẫu số.', { ...STYLES.note, wrap: true });
  b.line(
    'Tạm dừng: hồ sơ đang giải quyết đang chờ bổ sung giấy tờ hoặc chờ thực hiện nghĩa vụ tài chính (trạng thái Yêu cầu bổ sung giấy tờ, Yêu cầu thực hiện nghĩa vụ tài chính, Chờ bổ sung, Chờ thanh toán, Tạm dừng…), chưa có ngày trả kết quả; đã tính trong số đang giải quyết trong hạn hoặc quá hạn (xét theo hạn xử lý trong dữ liệu). «Tạm dừng: trong đó quá hạn»: số hồ sơ tạm dừng đã quá hạn tại ngày tính đến.',
    { ...STYLES.note, wrap: true },
  );
  b.line(`${EXTENDED_TITLE}: số hồ sơ trong tổng số nhận giải quyết có ngày hẹn trả mới (sau văn bản xin lỗi, hẹn lại); trước hạn, đúng hạn hay quá hạn vẫn xét theo hạn xử lý ban đầu.`, { ...STYLES.note, wrap: true });
  // Why nothing is compared is said in `Kiểm tra dữ liệu` and `Thông tin`, off the page that is signed.
  if (previous) b.line(previousLegend(previous), { ...STYLES.note, wrap: true });

  return b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: headerTop, to: headerTop + 2 } }, { rows: headerTop + 2, cols: 2 });
}

/** The previous period's counts of a row's units, by unit name (names are unique among a run's units). */
function previousCounts(previous: PreviousComparison): PreviousOf {
  const byName = new Map(previous.units!.map((p) => [p.totals.name, p.totals]));
  return (units) => sumCounts(units.map((u) => byName.get(u.name)!));
}

function previousLegend({ label, period }: PreviousComparison): string {
  return `Dòng «${PREVIOUS_ROW}»: số liệu ${label} (từ ngày ${formatVn(period.from)} đến ngày ${formatVn(period.to)}) của đơn vị hoặc nhóm ở dòng trên, tính từ cùng danh sách hồ sơ; hồ sơ đang giải quyết xét tại ngày cuối kỳ trước. «Tỷ lệ quá hạn (1) tăng/giảm … điểm %»: tỷ lệ (1) kỳ này trừ kỳ trước.`;
}

function writeColumnHeaders(b: SheetBuilder): number {
  const top = b.nextRow;
  const first = ['STT', 'Tên cơ quan, đơn vị', 'Cấp'];
  const rateGroup = { title: 'Tỷ lệ giải quyết quá hạn (%)', columns: ['(1) Trên số đã giải quyết', '(2) Trên tổng số nhận'] };
  const all = [...GROUPS, { title: 'Hồ sơ rút', columns: [] as string[] }, rateGroup, { title: EXTENDED_TITLE, columns: [] as string[] }];
  const row1: string[] = [...first];
  const row2: string[] = ['', '', ''];
  for (const g of all) {
    row1.push(g.title, ...g.columns.slice(1).map(() => ''));
    row2.push(...(g.columns.length ? g.columns : ['']));
  }
  row1.push('Ghi chú');
  row2.push('');
  b.row(row1, STYLES.header);
  b.row(row2, STYLES.header);
  b.row(row1.map((_, i) => `(${i + 1})`), STYLES.columnNumber);
  let col = 1;
  for (const _ of first) b.merge(top, col, top + 1, col++);
  for (const g of all) {
    if (g.columns.length) b.merge(top, col, top, col + g.columns.length - 1);
    else b.merge(top, col, top + 1, col);
    col += Math.max(1, g.columns.length);
  }
  b.merge(top, col, top + 1, col);
  return top;
}

function countsRow(b: SheetBuilder, stt: string, name: string, c: Counts, style: typeof STYLES.count, level: string, note: string): void {
  const rates = ratesOf(c);
  const numberStyle = { ...style, numFmt: '#,##0', align: undefined };
  const rateStyle = { ...STYLES.rate, bold: style.bold, italic: style.italic, fill: style.fill };
  b.row([
    cell(stt, { ...style, align: 'center', numFmt: undefined }),
    cell(name, { ...style, wrap: true, numFmt: undefined }),
    cell(level, { ...STYLES.center, bold: style.bold, fill: style.fill }),
    ...COUNT_COLUMNS.map((k) => cell(c[k], numberStyle)),
    rateCell(rates.lateRateOfResolved, rateStyle),
    rateCell(rates.lateRateOfTotal, rateStyle),
    cell(c.extended, numberStyle),
    cell(note, { ...STYLES.text, fill: style.fill, size: 10 }),
  ]);
}

const levelText = (u: UnitTotals): string => (u.levelInferred ? `${u.level} (suy ra)` : u.level);

function notes(u: UnitTotals): string {
  if (u.total === 0) return 'Không phát sinh hồ sơ';
  const out: string[] = [];
  if (u.overdue > 0) out.push(`${String(u.overdue).padStart(2, '0')} hồ sơ đang giải quyết quá hạn`);
  return out.join('; ');
}

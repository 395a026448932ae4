/**
 * `DS quá hạn theo đơn vị`: the province's monthly list of units with late cases (seed 000 appendix) —
 * only units with a case resolved late or overdue in progress, the late rate over resolved cases, a
 * subtotal of the listed units and the province's total, then the report's sentences.
 */
import { ratesOf, sumCounts, type Counts } from '../../domain/aggregate';
import type { ScoreRun } from '../score-workbook';
import type { CellStyle, SheetModel } from '../sheet-model';
import { writeColumnHeader } from './column-header';
import { groupRow, ROW_STYLES } from './form-columns';
import { romanNumeral } from './numbering';
import { hasLateOrOverdue, overdueSections, overdueSummary } from './overdue-sections';
import { periodName, writeHeader, type ReportContext } from './report-context';
import { cell, rateCell, SheetBuilder, STYLES } from './sheet-builder';
import { twoDigits } from './vn-number';
import { OVERDUE_LIST_SHEET } from '../sheet-names';

export { OVERDUE_LIST_SHEET };

export const LISTED_TOTAL = 'TỔNG CỘNG¹';
export const PROVINCE_TOTAL = 'TỔNG CHUNG TOÀN TỈNH';
/** The seed prints "Chi cộng"; the word is "Chỉ". */
export const LISTED_TOTAL_FOOTNOTE = '¹ Chỉ cộng số liệu của các cơ quan, đơn vị, địa phương có hồ sơ quá hạn';

const NOTES = [
  LISTED_TOTAL_FOOTNOTE,
  'Tỷ lệ hồ sơ quá hạn = số hồ sơ giải quyết quá hạn ÷ tổng số hồ sơ đã giải quyết (%, làm tròn 2 chữ số thập phân); «—»: không có hồ sơ đã giải quyết. Số hồ sơ giải quyết đúng hạn gồm cả hồ sơ giải quyết trước hạn.',
];

const letter = (i: number): string => String.fromCharCode(65 + i);

export function overdueListSheet(run: ScoreRun, ctx: ReportContext): SheetModel {
  const b = new SheetBuilder(OVERDUE_LIST_SHEET, [6, 40, 14, 14, 14, 14, 30]);
  const when = periodName(ctx.period);
  // As seed 000 titles it: «… QUÁ HẠN … TRONG THÁNG 7/2023»; another span is named by the period line below.
  writeHeader(b, `DANH SÁCH CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÁ HẠN${when ? ` TRONG ${when}` : ''}`, ctx);
  b.blank();
  const header = writeColumnHeader(b, [
    { title: 'TT' },
    { title: 'Tên cơ quan, đơn vị, địa phương' },
    { title: 'Tổng số hồ sơ đã giải quyết' },
    { title: 'Số hồ sơ giải quyết đúng hạn' },
    { title: 'Số hồ sơ giải quyết quá hạn' },
    { title: 'Tỷ lệ hồ sơ quá hạn (%)' },
    { title: 'Ghi chú' },
  ]);

  const sections = overdueSections(run.units, run.keepUnitOrder);
  sections.forEach((section, si) => {
    groupRow(b, letter(si), section.title, STYLES.group);
    section.blocks.forEach((block, bi) => {
      if (block.title) groupRow(b, romanNumeral(bi + 1), block.title, { ...STYLES.group, fill: undefined });
      block.units.forEach((u, ui) => unitRow(b, String(ui + 1), u.name, u, STYLES.count));
    });
  });
  if (!sections.length) groupRow(b, '', 'Không có cơ quan, đơn vị, địa phương nào có hồ sơ quá hạn trong kỳ.', { ...STYLES.text, italic: true });
  b.keepWithPrevious();
  unitRow(b, '', LISTED_TOTAL, sumCounts(run.units.filter(hasLateOrOverdue)), ROW_STYLES.total);
  // The province's overdue cases all sit in the listed units: its note would repeat the line above.
  b.keepWithPrevious();
  unitRow(b, '', PROVINCE_TOTAL, sumCounts(run.units), ROW_STYLES.total, false);
  b.endTable();

  b.blank();
  for (const n of NOTES) b.line(n, { ...STYLES.note, wrap: true });
  b.blank();
  b.line('Tóm tắt để đưa vào báo cáo:', { bold: true });
  for (const sentence of overdueSummary(run.units, run.keepUnitOrder)) b.line(sentence, { wrap: true });
  return b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: header.top, to: header.bottom } }, { rows: header.bottom, cols: 2 });
}

/** «01 hồ sơ đang giải quyết quá hạn», zero-padded as the seed prints it. */
const overdueNote = (c: Counts): string => (c.overdue > 0 ? `${twoDigits(c.overdue)} hồ sơ đang giải quyết quá hạn` : '');

function unitRow(b: SheetBuilder, stt: string, name: string, c: Counts, style: CellStyle, note = true): void {
  const numberStyle = { ...style, numFmt: '#,##0', align: undefined };
  b.row([
    cell(stt, { ...style, align: 'center', numFmt: undefined }),
    cell(name, { ...style, wrap: true, numFmt: undefined }),
    cell(c.resolved, numberStyle),
    cell(c.early + c.onTime, numberStyle),
    cell(c.late, numberStyle),
    rateCell(ratesOf(c).lateRateOfResolved, { ...STYLES.rate, bold: style.bold, fill: style.fill }),
    cell(note ? overdueNote(c) : '', { ...STYLES.text, bold: style.bold, fill: style.fill, size: 10 }),
  ]);
}

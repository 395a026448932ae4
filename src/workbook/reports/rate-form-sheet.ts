/**
 * Biểu 4 of the district report (seed 004): per unit, the late and overdue rates over the total to handle
 * — not over resolved, as the provincial overdue list divides (RULES.md §3). The whole province's, or one
 * district's and its communes' when `district` is given (form-scope.ts).
 */
import { ratesOf, sumCounts, type Counts } from '../../domain/aggregate';
import type { ScoreRun } from '../score-workbook';
import type { CellStyle, ModelCell, SheetModel } from '../sheet-model';
import { writeColumnHeader } from './column-header';
import type { DistrictChoice } from './district-choice';
import { formScope, scopedTitle } from './form-scope';
import { formLabel, RESULT_HEADER, resultValues, ROW_STYLES, NOTE_WIDTH, unitNote, writeNotes } from './form-columns';
import { writeHeader, type ReportContext } from './report-context';
import { cell, rateCell, SheetBuilder, STYLES } from './sheet-builder';
import { RATE_FORM_SHEET } from '../sheet-names';

export { RATE_FORM_SHEET };

const NOTES = [
  'Tỷ lệ trễ hạn = số hồ sơ đã giải quyết trễ hạn ÷ số hồ sơ nhận giải quyết; tỷ lệ quá hạn = số hồ sơ đang giải quyết quá hạn ÷ số hồ sơ nhận giải quyết (%, làm tròn 2 chữ số thập phân). «—»: không có hồ sơ nhận giải quyết; ô trống: tỷ lệ bằng 0.',
  'Số hồ sơ nhận giải quyết = tiếp nhận mới trong kỳ + kỳ trước chuyển qua = đã giải quyết + đang giải quyết + hồ sơ rút. Đúng hạn: giải quyết trước hạn và đúng hạn.',
];

export function rateFormSheet(run: ScoreRun, ctx: ReportContext, district: DistrictChoice | null = null): SheetModel {
  const scope = formScope(run, district);
  const b = new SheetBuilder(RATE_FORM_SHEET, [5, 28, 10, 9, 9, 9, 9, 9, 9, 9, 9, NOTE_WIDTH]);
  // The seed titles Biểu 4 as Biểu 2; a title of its own tells the two sheets apart.
  writeHeader(b, scopedTitle(scope, 'BÁO CÁO TỶ LỆ HỒ SƠ TTHC', 'GIẢI QUYẾT TRỄ HẠN, QUÁ HẠN CHIA THEO ĐƠN VỊ THỰC HIỆN'), ctx);
  formLabel(b, 'BIỂU 4');
  const header = writeColumnHeader(b, [
    { title: 'STT' },
    { title: 'Cơ quan, đơn vị' },
    { title: 'Số hồ sơ nhận giải quyết' },
    RESULT_HEADER,
    { title: 'Tỷ lệ trễ hạn (%)' },
    { title: 'Tỷ lệ quá hạn (%)' },
    { title: 'Ghi chú' },
  ]);
  scope.units.forEach((u, i) => rateRow(b, String(i + 1), u.name, u, STYLES.count, unitNote(u)));
  b.keepWithPrevious();
  rateRow(b, '', 'Tổng', sumCounts(scope.units), ROW_STYLES.total, cell('', ROW_STYLES.total));
  writeNotes(b, NOTES);
  return b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: header.top, to: header.bottom } }, { rows: header.bottom, cols: 2 });
}

function rateRow(b: SheetBuilder, stt: string, name: string, c: Counts, style: CellStyle, note: ModelCell): void {
  const rates = ratesOf(c);
  const rateStyle = { ...STYLES.rate, bold: style.bold, fill: style.fill };
  // Seed 004 leaves a zero rate blank, so the late units stand out.
  const rate = (r: number | null): ModelCell => (r === 0 ? cell(null, rateStyle) : rateCell(r, rateStyle));
  b.row([
    cell(stt, { ...style, align: 'center', numFmt: undefined }),
    cell(name, { ...style, wrap: true, numFmt: undefined }),
    ...[c.total, ...resultValues(c)].map((v) => cell(v, { ...style, numFmt: '#,##0' })),
    rate(rates.lateRateOfTotal),
    rate(rates.overdueRateOfTotal),
    note,
  ]);
}

/**
 * The `Thông tin báo cáo` input sheet: one row per frame value, «Mục» | «Nội dung». Created on the first
 * run (with the task pane's values when given) and then kept as the user typed it, like `Tiêu chí bổ sung`.
 */
import { inputSheetTop } from '../input-sheet-top';
import type { ReportContext } from '../reports/report-context';
import { cell, SheetBuilder, STYLES } from '../reports/sheet-builder';
import { REPORT_INFO_SHEET } from '../sheet-names';
import type { CellStyle, SheetModel } from '../sheet-model';
import { EMPTY_REPORT_INFO, REPORT_INFO_FIELDS, type ReportInfo } from './report-info';

export const ITEM_TITLE = 'Mục';
export const CONTENT_TITLE = 'Nội dung';

const MS_PER_DAY = 86_400_000;
const INPUT: CellStyle = { border: true, wrap: true, fill: 'FFF2CC' };
const DATE_INPUT: CellStyle = { ...INPUT, wrap: false, align: 'left', numFmt: 'dd/mm/yyyy' };

export function reportInfoSheetModel(ctx: ReportContext, info: ReportInfo = EMPTY_REPORT_INFO): SheetModel {
  const b = new SheetBuilder(REPORT_INFO_SHEET, [24, 64]);
  const say = inputSheetTop(b, 'THÔNG TIN VĂN BẢN BÁO CÁO', ctx);
  say('HƯỚNG DẪN NHẬP — ghi ở cột «Nội dung»; các biểu kết quả in những nội dung này ở phần đầu và phần ký (Nghị định 30/2020/NĐ-CP).', { bold: true });
  say('• Để trống mục nào thì biểu in dấu «…» ở chỗ đó để ghi tay. Ngày báo cáo: gõ ngày dạng ngày/tháng/năm.');
  // Three examples a line: one line would run far past the two columns.
  for (let i = 0; i < REPORT_INFO_FIELDS.length; i += 3) {
    say(`• Ví dụ — ${REPORT_INFO_FIELDS.slice(i, i + 3).map((f) => `${f.label}: «${f.example}»`).join('; ')}.`);
  }
  say('• Chức danh người ký có hai dòng (ví dụ «KT. CHÁNH VĂN PHÒNG» và «PHÓ CHÁNH VĂN PHÒNG»): xuống dòng trong ô bằng Alt+Enter.');
  b.blank();
  b.row([ITEM_TITLE, CONTENT_TITLE], STYLES.header);
  for (const { key, label } of REPORT_INFO_FIELDS) {
    const value = info[key];
    const content = key === 'date' ? cell(typeof value === 'number' ? new Date(value * MS_PER_DAY) : null, DATE_INPUT) : cell(value, INPUT);
    b.row([cell(label, { ...STYLES.text, bold: true }), content]);
  }
  return b.build({ orientation: 'portrait', fitToWidth: true }, undefined, 'input');
}

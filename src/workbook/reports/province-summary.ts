/**
 * `Tình hình chung`: the province's receipts and results for the period — a table whose every rate names
 * its denominator, then section I of the monthly letter (seed 001) written from the counts. A sheet of its
 * own, so the case list keeps its column header at the top, where it is frozen.
 */
import { percent, sumCounts, type Counts } from '../../domain/aggregate';
import type { ScoreRun } from '../score-workbook';
import type { SheetModel } from '../sheet-model';
import { writeColumnHeader } from './column-header';
import { writeHeader, type ReportContext } from './report-context';
import { cell, rateCell, SheetBuilder, STYLES } from './sheet-builder';
import { vnInteger, vnRate } from './vn-number';
import { PROVINCE_SUMMARY_SHEET } from '../sheet-names';

export { PROVINCE_SUMMARY_SHEET };

const OF_NEW = 'số hồ sơ tiếp nhận mới';
const OF_TOTAL = 'tổng số hồ sơ tiếp nhận';
const OF_RESOLVED = 'số hồ sơ đã giải quyết';

/** ", chiếm 86,80% số hồ sơ tiếp nhận mới"; nothing when the denominator is 0. */
function share(n: number, of: number, what = ''): string {
  const rate = percent(n, of);
  return rate === null ? '' : `, chiếm ${vnRate(rate)}%${what ? ` ${what}` : ''}`;
}

/** Section I of seed 001, sentence by sentence; the seed's «10,07 %/tổng số» is written like its 89,93%. */
export function provinceSummaryLines(c: Counts): string[] {
  const n = vnInteger;
  const inPerson = c.direct + c.postal;
  const onTime = c.early + c.onTime;
  const lines = [
    `Tổng số ${n(c.total)} hồ sơ TTHC thuộc các lĩnh vực, trong đó: Tiếp nhận mới ${n(c.receivedInPeriod)} hồ sơ (tiếp nhận trực tuyến ${n(c.online)} hồ sơ${share(c.online, c.receivedInPeriod, OF_NEW)}; ` +
      `tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích ${n(inPerson)} hồ sơ${share(inPerson, c.receivedInPeriod, OF_NEW)}); kỳ trước chuyển qua: ${n(c.carriedOver)} hồ sơ.`,
    'Kết quả giải quyết:',
    `Số hồ sơ đã giải quyết (trả kết quả): ${n(c.resolved)} hồ sơ${share(c.resolved, c.total, OF_TOTAL)}, trong đó:`,
    `- Số hồ sơ giải quyết trước hạn và đúng hạn: ${n(onTime)} hồ sơ${share(onTime, c.resolved)}.`,
    `- Số hồ sơ quá hạn: ${n(c.late)} hồ sơ${share(c.late, c.resolved)}.`,
    `Số hồ sơ đang giải quyết: ${n(c.inProgress)} hồ sơ${share(c.inProgress, c.total, OF_TOTAL)}. Trong đó: còn hạn giải quyết ${n(c.withinDeadline)} hồ sơ, quá hạn giải quyết ${n(c.overdue)} hồ sơ.`,
  ];
  // Withdrawn cases are part of the total (RULES.md §3); without this line the shares would not add up.
  if (c.withdrawn) lines.push(`Số hồ sơ công dân, tổ chức rút: ${n(c.withdrawn)} hồ sơ${share(c.withdrawn, c.total, OF_TOTAL)}.`);
  return lines;
}

/** [STT, indicator, count, denominator and its name] — no denominator where the letter gives no rate. */
type Indicator = [string, string, number, [number, string]?];

function indicators(c: Counts): Indicator[] {
  const onTime = c.early + c.onTime;
  return [
    ['1', 'Tổng số hồ sơ nhận giải quyết', c.total],
    ['1.1', 'Tiếp nhận mới trong kỳ', c.receivedInPeriod],
    ['', '- Tiếp nhận trực tuyến', c.online, [c.receivedInPeriod, OF_NEW]],
    ['', '- Tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích', c.direct + c.postal, [c.receivedInPeriod, OF_NEW]],
    ['1.2', 'Kỳ trước chuyển qua', c.carriedOver],
    ['2', 'Số hồ sơ đã giải quyết (trả kết quả)', c.resolved, [c.total, OF_TOTAL]],
    ['2.1', 'Giải quyết trước hạn và đúng hạn', onTime, [c.resolved, OF_RESOLVED]],
    ['2.2', 'Giải quyết quá hạn', c.late, [c.resolved, OF_RESOLVED]],
    ['3', 'Số hồ sơ đang giải quyết', c.inProgress, [c.total, OF_TOTAL]],
    ['3.1', 'Còn hạn giải quyết', c.withinDeadline],
    ['3.2', 'Quá hạn giải quyết', c.overdue],
    ['4', 'Hồ sơ rút', c.withdrawn, [c.total, OF_TOTAL]],
  ];
}

export function provinceSummarySheet(run: ScoreRun, ctx: ReportContext): SheetModel {
  // Portrait A4 holds about 89 units at ≥ 0.96 of full size; C–E give the motto block the 49 it needs (frame-fits.test.ts).
  const b = new SheetBuilder(PROVINCE_SUMMARY_SHEET, [5, 35, 12, 10, 27]);
  writeHeader(b, 'TÌNH HÌNH TIẾP NHẬN HỒ SƠ VÀ TRẢ KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', ctx);
  b.blank();
  const header = writeColumnHeader(b, ['STT', 'Chỉ tiêu', 'Số hồ sơ', 'Tỷ lệ (%)', 'Tỷ lệ trên'].map((title) => ({ title })));
  const counts = sumCounts(run.units);
  for (const [stt, name, value, of] of indicators(counts)) {
    const bold = !stt.includes('.') && stt !== '';
    b.row([
      cell(stt, { ...STYLES.center, bold }),
      cell(name, { ...STYLES.text, bold }),
      cell(value, { ...STYLES.count, bold }),
      of ? rateCell(percent(value, of[0])) : cell(null, STYLES.rate),
      cell(of ? of[1] : null, { ...STYLES.text, size: 10 }),
    ]);
  }
  b.endTable();
  b.line('«—»: mẫu số bằng 0, không tính được tỷ lệ. Tỷ lệ làm tròn 2 chữ số thập phân.', STYLES.note);
  b.blank();
  b.line('Nội dung để đưa vào báo cáo:', { bold: true });
  for (const line of provinceSummaryLines(counts)) b.line(line, { wrap: true });
  return b.build({ orientation: 'portrait', fitToWidth: true, repeatRows: { from: header.top, to: header.bottom } }, { rows: header.bottom, cols: 2 });
}

/**
 * `DS cán bộ trễ hạn`: the officials with late cases (seed 001, Phụ lục 01–03), one row per official and
 * unit, most late cases first; cases without a handler are counted under «(Không ghi cán bộ)» so the total
 * still adds up. A sheet of its own: printed under the case list, it took that list's repeated headers.
 */
import type { UnitTotals } from '../../domain/aggregate';
import type { ScoreRun } from '../score-workbook';
import type { SheetModel } from '../sheet-model';
import { collator, NO_HANDLER, orderedUnits, type RunCase } from './case-groups';
import { writeColumnHeader } from './column-header';
import { lateCases } from './late-cases-sheet';
import { writeHeader, type ReportContext } from './report-context';
import { cell, SheetBuilder, STYLES } from './sheet-builder';
import { twoDigits } from './vn-number';
import { LATE_HANDLERS_SHEET } from '../sheet-names';

export { LATE_HANDLERS_SHEET };

interface HandlerRow {
  handler: string;
  unit: UnitTotals;
  late: number;
  overdue: number;
}

/** Rows sorted by late + overdue descending, then unit in report order, then name. */
function handlerRows(cases: readonly RunCase[], unitOrder: ReadonlyMap<UnitTotals, number>): HandlerRow[] {
  const rows = new Map<string, HandlerRow>();
  for (const { record, status, unit } of cases) {
    const handler = record.handler ?? NO_HANDLER;
    const key = `${handler}\u0000${unit.name}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { handler, unit, late: 0, overdue: 0 }));
    if (status.outcome === 'late') row.late++;
    else row.overdue++;
  }
  const count = (r: HandlerRow): number => r.late + r.overdue;
  return [...rows.values()].sort(
    (a, b) => count(b) - count(a) || unitOrder.get(a.unit)! - unitOrder.get(b.unit)! || collator.compare(a.handler, b.handler),
  );
}

/** Title, the seed's counting sentence, header and rows. */
export function lateHandlersSheet(run: ScoreRun, ctx: ReportContext): SheetModel {
  const unitOrder = new Map(orderedUnits(run).map((u, i) => [u, i]));
  const rows = handlerRows(lateCases(run, unitOrder), unitOrder);
  const named = rows.filter((r) => r.handler !== NO_HANDLER);
  const unnamed = rows.filter((r) => r.handler === NO_HANDLER).reduce((n, r) => n + r.late + r.overdue, 0);
  const b = new SheetBuilder(LATE_HANDLERS_SHEET, [5, 30, 36, 12, 15, 15]);
  writeHeader(b, 'DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC THAM GIA GIẢI QUYẾT HỒ SƠ TRỄ HẠN', ctx);
  b.line(
    rows.length
      ? `Có ${twoDigits(named.length)} cán bộ, công chức, viên chức thuộc ${twoDigits(new Set(named.map((r) => r.unit)).size)} cơ quan, đơn vị có hồ sơ trễ hạn` +
          `${unnamed ? `; ${twoDigits(unnamed)} hồ sơ không ghi cán bộ xử lý` : ''}.`
      : 'Không có hồ sơ trễ hạn trong kỳ.',
    { italic: true, wrap: true },
  );
  const header = writeColumnHeader(b, [
    'STT', 'Cán bộ, công chức, viên chức', 'Đơn vị', 'Số hồ sơ trễ hạn', 'Trong đó: đã giải quyết quá hạn', 'Trong đó: đang giải quyết quá hạn',
  ].map((title) => ({ title })));
  rows.forEach((r, i) =>
    b.row([
      cell(String(i + 1), STYLES.center),
      cell(r.handler, STYLES.text),
      cell(r.unit.name, STYLES.text),
      cell(r.late + r.overdue, STYLES.count),
      cell(r.late, STYLES.count),
      cell(r.overdue, STYLES.count),
    ]),
  );
  return b.build({ orientation: 'landscape', fitToWidth: true, repeatRows: { from: header.top, to: header.bottom } }, { rows: header.bottom, cols: 2 });
}

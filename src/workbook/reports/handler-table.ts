/**
 * The officials with late cases (seed 001, Phụ lục 01–03): one row per official and unit, most late
 * cases first; cases without a handler are counted under «(Không ghi cán bộ)» so the total still adds up.
 */
import type { UnitTotals } from '../../domain/aggregate';
import type { ModelCell } from '../sheet-model';
import { collator, NO_HANDLER, type RunCase } from './case-groups';
import { cell, STYLES, type SheetBuilder } from './sheet-builder';
import { twoDigits } from './vn-number';

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

/** Column spans on the 11-column case list: STT | Cán bộ | Đơn vị | Số hồ sơ trễ hạn | đã giải quyết | đang giải quyết. */
const SPANS = [1, 2, 2, 2, 2, 2];

function spannedRow(b: SheetBuilder, cells: ModelCell[]): void {
  const row: ModelCell[] = [];
  cells.forEach((c, i) => row.push(c, ...Array<ModelCell>(SPANS[i] - 1).fill(cell(null, c.style))));
  const r = b.row(row);
  let col = 1;
  for (const span of SPANS) {
    b.merge(r, col, r, col + span - 1);
    col += span;
  }
}

/** Title, the seed's counting sentence, header and rows; below the case list, on the same columns. */
export function writeHandlerTable(b: SheetBuilder, cases: readonly RunCase[], unitOrder: ReadonlyMap<UnitTotals, number>): void {
  const rows = handlerRows(cases, unitOrder);
  const named = rows.filter((r) => r.handler !== NO_HANDLER);
  const unnamed = rows.filter((r) => r.handler === NO_HANDLER).reduce((n, r) => n + r.late + r.overdue, 0);
  b.line('DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC THAM GIA GIẢI QUYẾT HỒ SƠ TRỄ HẠN', { ...STYLES.title, size: 12 });
  b.line(
    `Có ${twoDigits(named.length)} cán bộ, công chức, viên chức thuộc ${twoDigits(new Set(named.map((r) => r.unit)).size)} cơ quan, đơn vị có hồ sơ trễ hạn` +
      `${unnamed ? `; ${twoDigits(unnamed)} hồ sơ không ghi cán bộ xử lý` : ''}.`,
    { italic: true, wrap: true },
  );
  const head = ['STT', 'Cán bộ, công chức, viên chức', 'Đơn vị', 'Số hồ sơ trễ hạn', 'Trong đó: đã giải quyết quá hạn', 'Trong đó: đang giải quyết quá hạn'];
  spannedRow(b, head.map((h) => cell(h, STYLES.header)));
  rows.forEach((r, i) =>
    spannedRow(b, [
      cell(String(i + 1), STYLES.center),
      cell(r.handler, STYLES.text),
      cell(r.unit.name, STYLES.text),
      cell(r.late + r.overdue, STYLES.count),
      cell(r.late, STYLES.count),
      cell(r.overdue, STYLES.count),
    ]),
  );
}

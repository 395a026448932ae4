/**
 * The unit rows a «Tổng»/«Cộng» row or a group heading that prints figures adds up. Rows that give words
 * instead of figures make the sum unknowable: null.
 */
import { headerKey } from '../columns';
import type { TableRow } from './table-rows';

/** «Tổng …» adds all unit rows since the previous «Tổng», «Cộng …» those since the previous total of any kind. */
export function totalMembers(rows: readonly TableRow[]): Map<TableRow, TableRow[] | null> {
  const out = new Map<TableRow, TableRow[] | null>();
  let sinceGrand: TableRow[] = [];
  let sinceAny: TableRow[] = [];
  for (const row of rows) {
    if (row.kind === 'unit' || row.kind === 'described') {
      sinceGrand.push(row);
      sinceAny.push(row);
    } else if (row.kind === 'total') {
      const grand = headerKey(row.label).startsWith('tong');
      const added = grand ? sinceGrand : sinceAny;
      out.set(row, added.some((r) => r.kind === 'described') ? null : added);
      sinceAny = [];
      if (grand) sinceGrand = [];
    }
  }
  return out;
}

/** A heading adds the unit rows up to the next heading as wide or wider (by depth: «A.» over «I.» over unnumbered) or the next total. */
export function sectionMembers(rows: readonly TableRow[]): Map<TableRow, TableRow[] | null> {
  const out = new Map<TableRow, TableRow[] | null>();
  rows.forEach((row, i) => {
    if (row.kind !== 'heading' || !row.hasFigures) return;
    const added: TableRow[] = [];
    for (const next of rows.slice(i + 1)) {
      if (next.kind === 'total' || (next.kind === 'heading' && next.depth <= row.depth)) break;
      if (next.kind === 'unit' || next.kind === 'described') added.push(next);
    }
    out.set(row, added.some((r) => r.kind === 'described') ? null : added);
  });
  return out;
}

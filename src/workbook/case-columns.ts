/** Where each case field sits in a row, in the shape the row reader reads fastest. */
import type { CellValue } from './cells';
import type { CaseField } from './columns';
import type { ColumnMapping } from './find-table';

/**
 * The column index of every field (-1 when unmapped) as one fixed-shape object: reading `ix.unit` is a
 * plain property load, where looking fields up by name in the mapping cost more than parsing the dates.
 */
export type Columns = Readonly<Record<CaseField, number>>;

export function columnsOf(m: ColumnMapping): Columns {
  const at = (i: number | undefined): number => (i === undefined ? -1 : i);
  return {
    code: at(m.code), unit: at(m.unit), field: at(m.field), procedure: at(m.procedure), received: at(m.received), due: at(m.due),
    newDue: at(m.newDue), completed: at(m.completed), status: at(m.status), channel: at(m.channel), handler: at(m.handler), level: at(m.level),
    district: at(m.district), processingDays: at(m.processingDays), stepLate: at(m.stepLate), supplements: at(m.supplements),
    agenciesContacted: at(m.agenciesContacted), complaint: at(m.complaint), synced: at(m.synced), hasFee: at(m.hasFee),
    paidOnline: at(m.paidOnline), digitisedFile: at(m.digitisedFile), digitisedResult: at(m.digitisedResult),
  };
}

export const cellAt = (cells: CellValue[], index: number): CellValue => (index < 0 ? null : (cells[index] ?? null));

/** A SheetModel read back as the grid an adapter would produce, so a sheet we write can be located and read like any other. */
import type { SheetGrid } from './cells';
import type { SheetModel } from './sheet-model';

export function gridFromModel(model: SheetModel): SheetGrid {
  return {
    name: model.name,
    rows: model.rows.map((row) => row.map((c) => c?.value ?? null)),
    originRow: 1,
    originCol: 1,
    visibility: 'visible',
  };
}

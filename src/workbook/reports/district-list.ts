/**
 * The districts a workbook holds, before it is scored: what the task pane offers for «Biểu 1–4 cho huyện».
 * Read as the run reads units — the unit list, then each case row's unit, level and district cells through
 * the unit directory — without reading the cases; a name the run then does not find is refused with the
 * districts it found (district-choice.ts), never used in silence.
 */
import { groupUnits } from '../../domain/grouping';
import { parseLevel, UnitDirectory } from '../../domain/units';
import { readText } from '../cell-values';
import { cellText, type CellValue, type SheetGrid } from '../cells';
import type { ColumnMapping, TableLocation } from '../find-table';
import { readListedUnits } from '../score-inputs';

interface CaseTable {
  table: TableLocation;
  grid: SheetGrid;
  /** The user's column choice, when it differs from the detected one. */
  mapping?: ColumnMapping;
}

/** District names as the run will name them (its unit's name, else the name its communes give), in report order. */
export function districtsInWorkbook(grids: readonly SheetGrid[], tables: readonly CaseTable[]): string[] {
  const listed = readListedUnits([...grids], new Set(tables.map((t) => t.grid.name)), []);
  const directory = new UnitDirectory(listed);
  const seen = new Set<string>();
  for (const { table, grid, mapping = table.mapping } of tables) {
    const at = (row: CellValue[], column: number | undefined): CellValue => (column === undefined ? null : (row[column] ?? null));
    for (let i = table.firstDataRowIndex; i < grid.rows.length; i++) {
      const row = grid.rows[i] ?? [];
      const name = readText(at(row, mapping.unit));
      if (!name) continue;
      const level = at(row, mapping.level);
      const parent = readText(at(row, mapping.district));
      const key = `${name}\u0000${cellText(level)}\u0000${parent ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      directory.see({ name, level: level === null ? null : parseLevel(cellText(level)), parent });
    }
  }
  return groupUnits(directory.all(), directory.hasList).districts.map((d) => d.title);
}

/** What every input sheet we make (`Tiêu chí bổ sung`, `Chỉ số 766 bổ sung`) asks of a row's unit name. */
import { cleanName } from '../domain/text';
import { isBlank, readText } from './cell-values';
import type { CellValue } from './cells';

/**
 * The unit a row is for, or null when the row is skipped — a row with values but no name, or a unit
 * already given on an earlier row — each said through `warn`. Names are remembered in `firstRowOf`.
 */
export function rowUnit(
  cells: readonly CellValue[],
  nameColumn: number,
  valueColumns: readonly number[],
  row: number,
  firstRowOf: Map<string, number>,
  warn: (message: string) => void,
): string | null {
  const nameText = readText(cells[nameColumn] ?? null);
  if (!nameText) {
    if (valueColumns.some((c) => !isBlank(cells[c] ?? null))) warn('Dòng có điểm nhưng thiếu tên đơn vị; không dùng dòng này.');
    return null;
  }
  const name = cleanName(nameText);
  const first = firstRowOf.get(name);
  if (first !== undefined) {
    warn(`«${name}» đã có ở dòng ${first}; dùng dòng ${first}, bỏ qua dòng này.`);
    return null;
  }
  firstRowOf.set(name, row);
  return name;
}

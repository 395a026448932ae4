/**
 * The optional `Danh mục đơn vị` sheet: every unit to report (also those with no case), its level and,
 * for a commune, its district (RULES.md §4).
 */
import type { DataIssue } from '../domain/issues';
import { foldText } from '../domain/text';
import { parseLevel, type UnitDeclaration } from '../domain/units';
import { columnLetter, type SheetGrid } from './cells';
import { isBlank, readText } from './cell-values';

export const UNIT_LIST_SHEET = 'Danh mục đơn vị';

const HEADERS = {
  name: /^(ten )?(co quan, )?(don vi|co quan)( giai quyet)?$|^ten (co quan|don vi)/,
  level: /^cap( don vi| hanh chinh)?$/,
  parent: /^(huyen|thuoc huyen|don vi cap tren|thuoc)$/,
};

export function readUnitList(grid: SheetGrid): { units: UnitDeclaration[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const headerIndex = grid.rows.slice(0, 10).findIndex((r) => r.some((v) => typeof v === 'string' && HEADERS.name.test(foldText(v))));
  if (headerIndex < 0) {
    issues.push({ sheet: grid.name, row: null, column: null, severity: 'warning', message: `Sheet «${grid.name}» không có cột «Tên đơn vị»; không dùng danh mục đơn vị.` });
    return { units: [], issues };
  }
  const header = grid.rows[headerIndex].map((v) => (typeof v === 'string' ? foldText(v) : ''));
  const nameCol = header.findIndex((h) => HEADERS.name.test(h));
  const levelCol = header.findIndex((h) => HEADERS.level.test(h));
  const parentCol = header.findIndex((h) => HEADERS.parent.test(h));

  const units: UnitDeclaration[] = [];
  for (let i = headerIndex + 1; i < grid.rows.length; i++) {
    const row = grid.rows[i] ?? [];
    const name = readText(row[nameCol] ?? null);
    if (!name) continue;
    let level = null;
    if (levelCol >= 0 && !isBlank(row[levelCol] ?? null)) {
      level = parseLevel(String(row[levelCol]));
      if (!level) {
        issues.push({
          sheet: grid.name,
          row: grid.originRow + i,
          column: columnLetter(grid.originCol + levelCol),
          severity: 'warning',
          message: `Không hiểu cấp «${String(row[levelCol])}» (dùng Tỉnh, Huyện hoặc Xã); cấp được suy ra từ tên đơn vị.`,
        });
      }
    }
    const parent = parentCol >= 0 ? readText(row[parentCol] ?? null) : null;
    units.push({ name, level, parent });
  }
  return { units, issues };
}

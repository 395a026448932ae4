/**
 * The optional `Danh mục đơn vị` sheet: every unit to report (also those with no case), its level and,
 * for a commune, its district (RULES.md §4). And the unit of every case, through the unit directory.
 */
import type { CaseRecord } from '../domain/cases';
import type { DataIssue } from '../domain/issues';
import { foldText } from '../domain/text';
import { parseLevel, type UnitDeclaration, type UnitDirectory, type UnitInfo } from '../domain/units';
import { cellText, columnLetter, type SheetGrid } from './cells';
import { isBlank, readText } from './cell-values';
import { UNIT_LIST_SHEET } from './sheet-names';

export { UNIT_LIST_SHEET };

const HEADERS = {
  name: /^(ten )?(co quan, )?(don vi|co quan)( giai quyet)?$|^ten (co quan|don vi)/,
  level: /^cap( don vi| hanh chinh)?$/,
  parent: /^(huyen|thuoc huyen|don vi cap tren|thuoc)$/,
};

/**
 * A unit list under another name («DM đơn vị», «Danh sách đơn vị»): a sheet named for units whose header
 * (in the first 10 rows) has a name column and a level column. Recognised by its headers, and said so.
 */
export function looksLikeUnitList(grid: SheetGrid): boolean {
  if (!/\b(don vi|dm)\b/.test(foldText(grid.name))) return false;
  return grid.rows.slice(0, 10).some((r) => {
    const header = r.map((v) => (typeof v === 'string' ? foldText(v) : ''));
    return header.some((h) => HEADERS.name.test(h)) && header.some((h) => HEADERS.level.test(h));
  });
}

/**
 * The declared units, each with the cell it was read from. Names are given as typed: the unit directory
 * reads names typed in TCVN3/VNI back to Unicode and reports repeats, naming these cells.
 */
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
      level = parseLevel(cellText(row[levelCol] ?? null));
      if (!level) {
        issues.push({
          sheet: grid.name,
          row: grid.originRow + i,
          column: columnLetter(grid.originCol + levelCol),
          severity: 'warning',
          message: `Không hiểu cấp «${cellText(row[levelCol] ?? null)}» (dùng Tỉnh, Huyện hoặc Xã); cấp được suy ra từ tên đơn vị.`,
        });
      }
    }
    const parent = parentCol >= 0 ? readText(row[parentCol] ?? null) : null;
    const at = { sheet: grid.name, row: grid.originRow + i, column: columnLetter(grid.originCol + nameCol) };
    units.push({ name, level, parent, at, parentColumn: parentCol >= 0 ? columnLetter(grid.originCol + parentCol) : null });
  }
  return { units, issues };
}

/**
 * Each case's unit through the directory, one lookup per distinct name, each name placed at the first case
 * row naming it (`column` gives a case sheet's column letter of a field). A case whose name the directory
 * reads as another — typed in TCVN3/VNI, or merged into a listed unit — gets that unit's name, so the
 * result sheets and every later lookup by name show and find it.
 */
export function resolveCaseUnits(
  directory: UnitDirectory,
  cases: CaseRecord[],
  column: (sheet: string, field: 'unit' | 'district') => string | null,
): UnitInfo[] {
  const byName = new Map<string, UnitInfo>();
  const units = new Array<UnitInfo>(cases.length);
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    let info = byName.get(c.unit);
    if (!info) {
      const at = { sheet: c.sheet, row: c.row, column: column(c.sheet, 'unit') };
      info = directory.see({ name: c.unit, level: c.levelHint, parent: c.districtHint, at, parentColumn: column(c.sheet, 'district') });
      byName.set(c.unit, info);
    }
    units[i] = info;
    if (c.unit !== info.name) c.unit = info.name;
  }
  return units;
}

/**
 * Reads the `Chỉ số 766 bổ sung` sheet: the points typed per unit and metric. A value that is not allowed
 * is reported with its cell and kept as `{ invalid }`, so the metric stays without points rather than
 * being read as blank or as 0.
 */
import { rowUnit } from './input-sheet-rows';
import type { DataIssue } from '../domain/issues';
import type { EnteredPoints } from '../domain/national-index';
import { formatNumber, type RulesProfile } from '../domain/scoring';
import { cleanName, foldText } from '../domain/text';
import { cellText, columnLetter, type CellValue, type SheetGrid } from './cells';
import { isBlank, readText } from './cell-values';
import { inputMetrics, INPUT_TITLES, locateInputColumns, metricLabel } from './national-index-columns';
import type { CellRef } from './read-criteria';

interface NationalIndexEntry {
  /** By metric id; no key for a blank cell. */
  points: Map<string, EnteredPoints>;
  /** The cell of each entry, same keys as `points`. */
  cells: Map<string, CellRef>;
}

/** Keyed by the unit's name after cleanName, as the run's units are. */
export type NationalIndexEntries = Map<string, NationalIndexEntry>;

/** `knownUnits`: the run's unit names; rows naming another unit are reported. */
export function readNationalIndexSheet(
  grid: SheetGrid,
  profile: RulesProfile,
  knownUnits: readonly string[],
): { entries: NationalIndexEntries; issues: DataIssue[] } {
  const entries: NationalIndexEntries = new Map();
  const issues: DataIssue[] = [];
  const sheet = grid.name;
  const layout = locateInputColumns(grid, profile.nationalIndex);
  if (!layout) {
    issues.push({ sheet, row: null, column: null, severity: 'warning', message: `Sheet «${sheet}» không có dòng tiêu đề gồm cột «${INPUT_TITLES.name}» và các cột chỉ số (có mã trong ngoặc vuông, ví dụ [dong-bo]); không đọc được điểm nhập.` });
    return { entries, issues };
  }
  const letter = (c: number): string => columnLetter(grid.originCol + c);
  const headerRow = grid.originRow + layout.headerIndex;
  const metrics = inputMetrics(profile.nationalIndex);
  for (const m of metrics) {
    if (!layout.metrics.has(m.metric.id)) {
      issues.push({ sheet, row: headerRow, column: null, severity: 'warning', message: `Sheet «${sheet}» thiếu cột «${metricLabel(m)}» [${m.metric.id}]; chỉ số này coi như chưa nhập.` });
    }
  }
  for (const { column, id } of layout.unknown) {
    issues.push({ sheet, row: headerRow, column: letter(column), severity: 'warning', message: `Cột có mã [${id}] không thuộc chỉ số 766 của quy tắc «${profile.id}»; không đọc cột này.` });
  }
  const known = new Set(knownUnits.map(cleanName));
  const firstRowOf = new Map<string, number>();
  const found = metrics.flatMap((m) => {
    const column = layout.metrics.get(m.metric.id);
    return column === undefined ? [] : [{ ...m, column }];
  });

  for (let i = layout.headerIndex + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    const row = grid.originRow + i;
    const issue = (c: number, severity: DataIssue['severity'], message: string): void => {
      issues.push({ sheet, row, column: letter(c), severity, message });
    };
    const name = rowUnit(cells, layout.name, found.map((m) => m.column), row, firstRowOf, (m) => issue(layout.name, 'warning', m));
    if (name === null) continue;
    const entry: NationalIndexEntry = { points: new Map(), cells: new Map() };
    for (const m of found) {
      const v = cells[m.column] ?? null;
      if (isBlank(v)) continue;
      entry.cells.set(m.metric.id, { sheet, row, column: letter(m.column) });
      const points = decimal(v);
      if (Number.isFinite(points) && points >= 0 && points <= m.metric.max) {
        entry.points.set(m.metric.id, points);
      } else {
        entry.points.set(m.metric.id, { invalid: `«${shown(v)}» (ô ${letter(m.column)}${row})` });
        issue(m.column, 'error', `«${name}», ${metricLabel(m)}: «${shown(v)}» không hợp lệ — nhập số từ 0 đến ${m.metric.max}. Chỉ số coi như chưa nhập; nhóm «${m.group.name}» và tổng điểm của đơn vị chưa được tính.`);
      }
    }
    if (!known.has(name)) {
      const typed = entry.points.size > 0 ? '; điểm nhập ở dòng này không được dùng' : '';
      issue(layout.name, 'warning', `Đơn vị «${name}» không có trong dữ liệu hồ sơ hay danh mục đơn vị${typed}.${similarHint(name, knownUnits)}`);
      continue;
    }
    entries.set(name, entry);
  }
  return { entries, issues };
}

/** As typed, a number with the decimal comma (4,5). */
const shown = (v: CellValue): string => (typeof v === 'number' ? formatNumber(v) : (readText(v) ?? cellText(v)));

/** A number typed as a number, or as text with a decimal comma or point ("9,5"); NaN otherwise. */
function decimal(v: CellValue): number {
  if (typeof v === 'number') return v;
  return typeof v === 'string' && /^\s*\d+([.,]\d+)?\s*$/.test(v) ? Number(v.trim().replace(',', '.')) : NaN;
}

/** Names that differ only by case or diacritics are pointed out, never merged (RULES.md §4). */
function similarHint(name: string, knownUnits: readonly string[]): string {
  const similar = knownUnits.find((k) => foldText(k) === foldText(name));
  return similar ? ` Có phải «${cleanName(similar)}»? Sửa tên cho thống nhất.` : '';
}

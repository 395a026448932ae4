/**
 * Reads the `Tiêu chí bổ sung` sheet: criteria, ĐTB CCVC and "not sent" marks typed by the user.
 * A value that is not allowed is reported with its cell and kept as an `{ invalid }` entry, so the criterion
 * blocks the unit's total rather than being dropped (a dropped #9 would silently fall back to the
 * online-filing rate). Columns for per-case criteria are optional: sheets made before they existed, or
 * typed by hand without them, read as before.
 */
import { rowUnit } from './input-sheet-rows';
import type { DataIssue } from '../domain/issues';
import { formatNumber, type CriterionEntry, type RulesProfile } from '../domain/scoring';
import { cleanName, foldText } from '../domain/text';
import { cellText, columnLetter, type CellValue, type SheetGrid } from './cells';
import { isBlank, readFlag, readText, type Read } from './cell-values';
import {
  criterionColumns,
  criterionShortTitle,
  locateCriteriaColumns,
  MAX_AVERAGE,
  MAX_DTB_CCVC,
  NOT_ENOUGH_INFO,
  POINT_VALUES,
  TITLES,
  type CriterionColumn,
  type InputIndicator,
} from './criteria-columns';

/** Where a criterion was typed, for messages that name the cell. */
export interface CellRef {
  sheet: string;
  row: number;
  column: string;
}

export interface CriteriaEntry {
  /** Keyed by TT 01 indicator; a blank cell has no key; a value not allowed is `{ invalid: '«3» (ô F7)' }`. */
  entered: Partial<Record<InputIndicator, CriterionEntry>>;
  /** The cell of each entry, same keys as `entered`. */
  cells: Partial<Record<InputIndicator, CellRef>>;
  dtbCcvc: number | null;
  notSent: boolean;
}

/** Keyed by the unit's name after cleanName, as the run's units are. */
export type CriteriaEntries = Map<string, CriteriaEntry>;

/** `knownUnits`: the run's unit names; rows naming another unit are reported (their values still read). */
export function readCriteriaSheet(
  grid: SheetGrid,
  profile: RulesProfile,
  knownUnits?: readonly string[],
): { entries: CriteriaEntries; issues: DataIssue[] } {
  const entries: CriteriaEntries = new Map();
  const issues: DataIssue[] = [];
  const layout = locateCriteriaColumns(grid, profile);
  if (!layout) {
    issues.push({ sheet: grid.name, row: null, column: null, severity: 'warning', message: `Sheet «${grid.name}» không có dòng tiêu đề gồm cột «${TITLES.name}» và các cột tiêu chí; không đọc được điểm nhập, các đơn vị chưa được tính tổng điểm.` });
    return { entries, issues };
  }
  const headerRow = grid.originRow + layout.headerIndex;
  const columns = criterionColumns(profile).filter((c) => layout.criteria.has(c.indicator));
  // Per-case columns are needed only for case lists without the data; a sheet without them is not wrong.
  for (const c of criterionColumns(profile)) {
    if (c.kind === 'perUnit' && !layout.criteria.has(c.indicator)) {
      issues.push({ sheet: grid.name, row: headerRow, column: null, severity: 'warning', message: `Sheet «${grid.name}» thiếu cột «${criterionShortTitle(c)}»; tiêu chí này coi như chưa nhập.` });
    }
  }
  const known = knownUnits && new Set(knownUnits.map(cleanName));
  const firstRowOf = new Map<string, number>();
  const valueColumns = [...layout.criteria.values(), layout.dtbCcvc, layout.notSent].filter((c): c is number => c !== null);

  for (let i = layout.headerIndex + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i] ?? [];
    const row = grid.originRow + i;
    const letter = (c: number): string => columnLetter(grid.originCol + c);
    const issue = (c: number, severity: DataIssue['severity'], message: string): void => {
      issues.push({ sheet: grid.name, row, column: letter(c), severity, message });
    };
    const name = rowUnit(cells, layout.name, valueColumns, row, firstRowOf, (m) => issue(layout.name, 'warning', m));
    if (name === null) continue;
    if (known && !known.has(name)) issue(layout.name, 'warning', unknownUnitMessage(name, knownUnits));

    const entry: CriteriaEntry = { entered: {}, cells: {}, dtbCcvc: null, notSent: false };
    for (const c of columns) {
      const col = layout.criteria.get(c.indicator)!;
      const v = cells[col] ?? null;
      if (isBlank(v)) continue;
      entry.cells[c.indicator] = { sheet: grid.name, row, column: letter(col) };
      const read = c.kind === 'perUnit' ? readPoints(v) : readAverage(v);
      if (read.ok) entry.entered[c.indicator] = read.value;
      else {
        entry.entered[c.indicator] = { invalid: `«${shown(v)}» (ô ${letter(col)}${row})` };
        issue(col, 'error', `«${name}», ${criterionShortTitle(c)}: ${read.reason}. ${invalidConsequence(c)}`);
      }
    }
    if (layout.dtbCcvc !== null && !isBlank(cells[layout.dtbCcvc] ?? null)) {
      const read = readDtbCcvc(cells[layout.dtbCcvc]);
      if (read.ok) entry.dtbCcvc = read.value;
      else issue(layout.dtbCcvc, 'error', `«${name}», ĐTB CCVC BP Một cửa: ${read.reason}; không dùng giá trị này.`);
    }
    if (layout.notSent !== null && !isBlank(cells[layout.notSent] ?? null)) {
      const read = readFlag(cells[layout.notSent]);
      if (read.ok) entry.notSent = read.value;
      else issue(layout.notSent, 'warning', `«${name}», ${TITLES.notSent}: không hiểu «${shown(cells[layout.notSent])}» (ghi «x» nếu đơn vị không gửi kết quả); coi như đơn vị có gửi.`);
    }
    entries.set(name, entry);
  }
  return { entries, issues };
}

const shown = (v: CellValue): string => readText(v) ?? cellText(v);

function invalidConsequence(c: CriterionColumn): string {
  return c.kind === 'perUnit'
    ? 'Tiêu chí coi như chưa có điểm; đơn vị chưa được tính tổng điểm.'
    : 'Giá trị này không được dùng; nếu danh sách hồ sơ thiếu dữ liệu tiêu chí này, đơn vị chưa được tính tổng điểm.';
}

const NOT_ENOUGH_INFO_KEY = foldText(NOT_ENOUGH_INFO);
const POINTS_TEXT = `chỉ nhập ${POINT_VALUES.join(', ')} hoặc «${NOT_ENOUGH_INFO}»`;
const AVERAGE_TEXT = `nhập số từ 0 đến ${MAX_AVERAGE} (ví dụ ${formatNumber(1.85)}) hoặc «${NOT_ENOUGH_INFO}»`;

const isNotEnoughInfo = (v: CellValue): boolean => typeof v === 'string' && foldText(v).replace(/\.$/, '') === NOT_ENOUGH_INFO_KEY;

/** A number typed as a number, or as text with a decimal comma or point ("9,5"); NaN otherwise. */
function decimal(v: CellValue): number {
  if (typeof v === 'number') return v;
  return typeof v === 'string' && /^\s*\d+([.,]\d+)?\s*$/.test(v) ? Number(v.trim().replace(',', '.')) : NaN;
}

/** A per-unit criterion: 0, 1 or 2 points. */
function readPoints(v: CellValue): Read<number | 'notEnoughInfo'> {
  const points: readonly number[] = POINT_VALUES;
  if (isNotEnoughInfo(v)) return { ok: true, value: 'notEnoughInfo' };
  if (typeof v === 'number' && points.includes(v)) return { ok: true, value: v };
  if (typeof v === 'string') {
    const f = foldText(v).replace(/\.$/, '');
    if (/^\d$/.test(f) && points.includes(Number(f))) return { ok: true, value: Number(f) };
  }
  return { ok: false, reason: `«${shown(v)}» không hợp lệ — ${POINTS_TEXT}` };
}

/** A per-case criterion typed for the unit: an average of case points, 0–2 (the engine rounds it to the profile's decimals). */
function readAverage(v: CellValue): Read<number | 'notEnoughInfo'> {
  if (isNotEnoughInfo(v)) return { ok: true, value: 'notEnoughInfo' };
  const n = decimal(v);
  if (Number.isFinite(n) && n >= 0 && n <= MAX_AVERAGE) return { ok: true, value: n };
  return { ok: false, reason: `«${shown(v)}» không hợp lệ — ${AVERAGE_TEXT}` };
}

/** 0–10, a decimal comma allowed in text ("9,5"). */
function readDtbCcvc(v: CellValue): Read<number> {
  const n = decimal(v);
  if (Number.isFinite(n) && n >= 0 && n <= MAX_DTB_CCVC) return { ok: true, value: n };
  return { ok: false, reason: `«${shown(v)}» không hợp lệ — nhập số từ 0 đến ${MAX_DTB_CCVC}` };
}

/** Names that differ only by case or diacritics are pointed out, never merged (RULES.md §4). */
function unknownUnitMessage(name: string, knownUnits: readonly string[]): string {
  const similar = knownUnits.find((k) => foldText(k) === foldText(name));
  const hint = similar ? ` Có phải «${cleanName(similar)}»? Sửa tên cho thống nhất.` : '';
  return `Đơn vị «${name}» không có trong dữ liệu hồ sơ hay danh mục đơn vị; điểm nhập ở dòng này không được dùng.${hint}`;
}

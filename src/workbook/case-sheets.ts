/**
 * Which sheets hold the cases when several look like case tables (RULES.md §2, «Sheet hồ sơ»): the same
 * columns with disjoint cases (one sheet per unit or per month) are read together; a sheet whose cases
 * all appear in another (a «Hồ sơ trễ hạn» extract beside the full list) gives way to the full list;
 * anything else is the user's choice. A sheet is never excluded for its name.
 */
import { dateReaderOf, isBlank, readText } from './cell-values';
import { cellText, type CellValue, type SheetGrid } from './cells';
import { DATE_FIELDS, FIELD_LABELS, headerKey, type CaseField } from './columns';
import { foldText } from '../domain/text';
import { findCaseTable, HEADER_SCAN_ROWS, tableAtRow, type TableLocation } from './find-table';
import { AmbiguousCaseSheets, describeCandidate as describe, InputError, SheetError, type CaseSheetCandidate } from './errors';

export { AmbiguousCaseSheets } from './errors';

export interface CaseSheetChoice {
  /** The tables to read, in workbook order. */
  tables: TableLocation[];
  /** How they were chosen, for the JSON: given by the user, the only table, several merged, the full list over its extracts. */
  selection: 'chosen' | 'single' | 'merged' | 'fullList';
  /** One Vietnamese sentence saying which way the workbook was read, or null when there was no choice to make. */
  note: string | null;
  /** Every complete case table found, with its row count. */
  candidates: CaseSheetCandidate[];
}

const gridOf = (grids: SheetGrid[], sheet: string): SheetGrid => grids.find((g) => g.name === sheet)!;

/** Fields a case is identified by when the sheets have no case-code column. */
const FINGERPRINT: readonly CaseField[] = ['unit', 'procedure', 'received', 'due', 'completed'];

/** A case code as systems and typists vary it: letter case and spaces do not make another case. */
export const codeKey = (code: string): string => code.replace(/\s+/g, '').toUpperCase();

/**
 * Each data row's identity: the case code when every sheet has one, else the row's key fields — dates by
 * their day and minute (an Excel date and the same date typed as text are one), texts folded.
 */
function caseKeys(grid: SheetGrid, table: TableLocation, byCode: boolean): Set<string> {
  const keys = new Set<string>();
  const received = table.mapping.received!;
  const readDate = dateReaderOf(grid);
  const fields = byCode ? (['code'] as const) : FINGERPRINT.filter((f) => table.mapping[f] !== undefined);
  const keyOf = (field: CaseField, v: CellValue): string => {
    if (isBlank(v)) return '';
    if (DATE_FIELDS.has(field)) {
      const d = readDate(v);
      if (d.ok) return String(d.value.day); // the day only: an extract may drop the time
    }
    const text = readText(v) ?? '';
    return field === 'code' ? codeKey(text) : foldText(text);
  };
  for (let r = table.firstDataRowIndex; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (isBlank(row[received] ?? null)) continue;
    const parts = fields.map((f) => keyOf(f, row[table.mapping[f]!] ?? null));
    if (parts.some((t) => t !== '')) keys.add(parts.join('\u0001'));
  }
  return keys;
}

function rowCount(grid: SheetGrid, table: TableLocation): number {
  const received = table.mapping.received!;
  let n = 0;
  for (let r = table.firstDataRowIndex; r < grid.rows.length; r++) if (!isBlank(grid.rows[r]?.[received] ?? null)) n++;
  return n;
}

/** The fields a table maps and the header text over each, independent of the column order. */
function columnsKey(table: TableLocation): string {
  return (Object.keys(table.mapping) as CaseField[])
    .sort()
    .map((f) => `${f}=${headerKey(table.headers[table.mapping[f]!] ?? '')}`)
    .join('|');
}

const isSubset = (a: Set<string>, b: Set<string>): boolean => a.size <= b.size && [...a].every((k) => b.has(k));
const isDisjoint = (a: Set<string>, b: Set<string>): boolean => [...a].every((k) => !b.has(k));

/**
 * The sheets to read. `chosen` (the CLI's --sheet, the pane's choice) is always obeyed, and so is
 * `headerRow` (1-based sheet row, the pane's manual choice when no table is detected); otherwise the
 * complete case tables are compared as the module comment says. Throws an InputError when there is none
 * usable, AmbiguousCaseSheets when the user must choose.
 */
export function chooseCaseSheets(grids: SheetGrid[], chosen: readonly string[] = [], headerRow?: number): CaseSheetChoice {
  for (const name of chosen) {
    if (!grids.some((g) => g.name === name)) {
      throw new SheetError(`Không có sheet «${name}» trong tệp. Các sheet: ${grids.map((s) => `«${s.name}»`).join(', ')}.`, { sheet: name });
    }
  }
  if (headerRow !== undefined) return atHeaderRow(grids, chosen, headerRow);
  if (chosen.length > 0) {
    const tables = chosen.map((name) => findCaseTable([gridOf(grids, name)]).best ?? noTable(grids, name));
    const candidates = tables.map((t) => ({ sheet: t.sheet, rows: rowCount(gridOf(grids, t.sheet), t) }));
    return { tables, selection: 'chosen', note: null, candidates };
  }

  const found = findCaseTable(grids).candidates;
  const complete = found.filter((t) => t.missing.length === 0);
  if (complete.length <= 1) {
    const best = found[0] ?? noTable(grids);
    return { tables: [best], selection: 'single', note: null, candidates: complete.map((t) => ({ sheet: t.sheet, rows: rowCount(gridOf(grids, t.sheet), t) })) };
  }

  const order = new Map(grids.map((g, i) => [g.name, i]));
  const byCode = complete.every((t) => t.mapping.code !== undefined);
  const tables = complete.map((t) => {
    const grid = gridOf(grids, t.sheet);
    return { table: t, keys: caseKeys(grid, t, byCode), rows: rowCount(grid, t) };
  });
  const candidates = tables.map((t) => ({ sheet: t.table.sheet, rows: t.rows })).sort((a, b) => order.get(a.sheet)! - order.get(b.sheet)!);

  // A sheet whose cases all appear in a larger (or earlier, equal) sheet is an extract or a copy of it.
  const extracts = tables.filter((t, i) =>
    tables.some((o, j) => j !== i && o.keys.size > 0 && isSubset(t.keys, o.keys) && (t.keys.size < o.keys.size || j < i)),
  );
  const kept = tables.filter((t) => !extracts.includes(t));
  const extractNote = extracts.length
    ? ` Bỏ qua ${extracts.map((t) => describe({ sheet: t.table.sheet, rows: t.rows })).join(', ')}: mọi hồ sơ của ${extracts.length > 1 ? 'các sheet này' : 'sheet này'} đều có trong ${kept.length > 1 ? 'các sheet được đọc' : `sheet «${kept[0].table.sheet}»`} (bản trích hoặc bản sao).`
    : '';
  if (kept.length === 1) {
    const [full] = kept;
    return {
      tables: [full.table],
      selection: 'fullList',
      note: `Đọc danh sách đầy đủ ở sheet ${describe({ sheet: full.table.sheet, rows: full.rows })}.${extractNote}`,
      candidates,
    };
  }

  const sameColumns = kept.every((t) => columnsKey(t.table) === columnsKey(kept[0].table));
  const disjoint = kept.every((t, i) => kept.every((o, j) => j <= i || isDisjoint(t.keys, o.keys)));
  if (!sameColumns || !disjoint) throw new AmbiguousCaseSheets(candidates);
  kept.sort((a, b) => order.get(a.table.sheet)! - order.get(b.table.sheet)!);
  const by = byCode ? `mã hồ sơ (${FIELD_LABELS.code})` : 'nội dung dòng';
  return {
    tables: kept.map((t) => t.table),
    selection: 'merged',
    note: `Gộp ${kept.length} sheet cùng cột, không trùng ${by}: ${kept.map((t) => describe({ sheet: t.table.sheet, rows: t.rows })).join(', ')}.${extractNote}`,
    candidates,
  };
}

/** The table the user placed by hand: the sheet and its header row, whatever the header texts say. */
function atHeaderRow(grids: SheetGrid[], chosen: readonly string[], headerRow: number): CaseSheetChoice {
  if (chosen.length !== 1) {
    throw new InputError(`Dòng tiêu đề ${headerRow} được chọn tay cho đúng một sheet hồ sơ, nhưng đang chọn ${chosen.length} sheet${chosen.length > 0 ? ` (${chosen.map((s) => `«${s}»`).join(', ')})` : ''}.`);
  }
  const grid = gridOf(grids, chosen[0]);
  const index = headerRow - grid.originRow;
  const last = grid.originRow + grid.rows.length - 1;
  if (!Number.isInteger(headerRow) || index < 0 || index >= grid.rows.length) {
    const range = grid.rows.length > 0 ? `dữ liệu nằm ở dòng ${grid.originRow}–${last}` : 'sheet trống';
    throw new SheetError(`Sheet «${grid.name}» không có dòng tiêu đề ${headerRow}: ${range}.`, { sheet: grid.name, row: Number.isInteger(headerRow) ? headerRow : null });
  }
  if (grid.rows[index].every((v) => cellText(v ?? null).trim() === '')) {
    throw new SheetError(`Dòng tiêu đề ${headerRow} của sheet «${grid.name}» trống: chọn dòng có tên các cột.`, { sheet: grid.name, row: headerRow });
  }
  return {
    tables: [tableAtRow(grid, index)],
    selection: 'chosen',
    note: `Đọc bảng hồ sơ ở sheet «${grid.name}» từ dòng tiêu đề ${headerRow} theo lựa chọn của người dùng.`,
    // No table was detected there: there is no candidate to list.
    candidates: [],
  };
}

/** No case table in the workbook (or in the chosen sheet): say what was looked at. */
function noTable(grids: SheetGrid[], sheet?: string): never {
  const list = (gs: SheetGrid[]): string => `${gs.length > 1 ? 'các sheet' : 'sheet'} ${gs.map((g) => `«${g.name}»`).join(', ')}`;
  // About the chosen sheet, the error carries it; about the whole file, there is no one place.
  const refuse = (message: string): InputError => (sheet === undefined ? new InputError(message) : new SheetError(message, { sheet }));
  if (grids.length === 0) throw new InputError('Tệp không có sheet nào.');
  const looked = sheet ? grids.filter((g) => g.name === sheet) : grids;
  if (looked.every((g) => g.rows.every((r) => r.every((v) => cellText(v ?? null).trim() === '')))) {
    throw refuse(`Tệp không có dữ liệu: ${list(looked)} trống.`);
  }
  const where = sheet ? `sheet «${sheet}»` : `tệp (đã xem ${list(looked)})`;
  throw refuse(`Không tìm thấy bảng hồ sơ trong ${where}: cần một dòng tiêu đề (trong ${HEADER_SCAN_ROWS} dòng đầu) có các cột như «Đơn vị giải quyết», «Ngày tiếp nhận», «Hạn xử lý», «Ngày trả kết quả».`);
}

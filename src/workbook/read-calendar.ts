/**
 * Reads the user's holiday sheet `Ngày nghỉ` (RULES.md §1): columns Ngày, Loại (Nghỉ | Làm bù), Ghi chú.
 * Its days override and extend the built-in calendar; a row that cannot be read is reported and skipped.
 */
import type { CalendarOverride } from '../domain/calendar/work-calendar';
import { formatVn, type DayNumber } from '../domain/dates';
import { foldText } from '../domain/text';
import type { DataIssue } from '../domain/issues';
import { cellText, columnLetter, type CellValue, type SheetGrid } from './cells';
import { dateReaderOf, isBlank, type DateReader } from './cell-values';
import { CALENDAR_SHEET } from './sheet-names';

export { CALENDAR_SHEET };

/** Rows searched for the header: users often put a title above the table. */
const HEADER_SCAN_ROWS = 10;

/** A header cell matches its name alone or followed by a hint, e.g. `Ngày (dd/mm/yyyy)`. */
const isHeader = (cell: CellValue, name: string): boolean => {
  const h = foldText(cellText(cell));
  return h === name || h.startsWith(name + ' ') || h.startsWith(name + '(');
};

function readKind(cell: CellValue): 'off' | 'work' | null {
  const k = foldText(cellText(cell));
  if (/^nghi\b/.test(k)) return 'off'; // Nghỉ, Nghỉ lễ, Nghỉ bù
  if (/^(lam bu|lam viec|di lam)\b/.test(k)) return 'work';
  return null;
}

type DayResult = { ok: true; day: DayNumber } | { ok: false; reason: string };

function readDay(cell: CellValue, read: DateReader): DayResult {
  if (isBlank(cell)) return { ok: false, reason: 'thiếu ngày' };
  const r = read(cell);
  return r.ok ? { ok: true, day: r.value.day } : r;
}

function findHeader(grid: SheetGrid): { row: number; date: number; kind: number; note: number } | null {
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SCAN_ROWS); r++) {
    const cells = grid.rows[r] ?? [];
    const date = cells.findIndex((c) => isHeader(c, 'ngay'));
    const kind = cells.findIndex((c) => isHeader(c, 'loai'));
    if (date >= 0 && kind >= 0) return { row: r, date, kind, note: cells.findIndex((c) => isHeader(c, 'ghi chu')) };
  }
  return null;
}

export function readCalendarSheet(grid: SheetGrid): { overrides: CalendarOverride[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const header = findHeader(grid);
  if (!header) {
    issues.push({
      sheet: grid.name,
      row: null,
      column: null,
      message: `Không tìm thấy dòng tiêu đề có cột "Ngày" và "Loại" trong ${HEADER_SCAN_ROWS} dòng đầu; sheet bị bỏ qua.`,
      severity: 'error',
    });
    return { overrides: [], issues };
  }

  const letter = (index: number): string => columnLetter(grid.originCol + index);
  const byDay = new Map<DayNumber, { override: CalendarOverride; row: number }>();
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    if (cells.every((c) => cellText(c).trim() === '')) continue;
    const row = grid.originRow + r;
    const issue = (index: number, message: string, severity: DataIssue['severity'] = 'error'): void => {
      issues.push({ sheet: grid.name, row, column: letter(index), message, severity });
    };

    const day = readDay(cells[header.date] ?? null, dateReaderOf(grid));
    if (!day.ok) {
      issue(header.date, `Ngày nghỉ/làm bù không đọc được: ${day.reason}; dòng bị bỏ qua.`);
      continue;
    }
    const kindCell = cells[header.kind] ?? null;
    const kind = readKind(kindCell);
    if (!kind) {
      const text = cellText(kindCell).trim();
      issue(header.kind, `Loại "${text}" không hợp lệ (dùng "Nghỉ" hoặc "Làm bù"); dòng bị bỏ qua.`);
      continue;
    }
    const note = header.note >= 0 ? cellText(cells[header.note] ?? null).trim() : '';
    const previous = byDay.get(day.day);
    if (previous) {
      issue(header.date, `Ngày ${formatVn(day.day)} đã có ở dòng ${previous.row}; dùng dòng này.`, 'warning');
    }
    byDay.set(day.day, { override: { day: day.day, kind, note }, row });
  }
  return { overrides: [...byDay.values()].map((v) => v.override), issues };
}

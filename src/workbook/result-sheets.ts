/**
 * Which sheets are ours. Every run records the sheets it wrote in a very hidden sheet; on the next run
 * exactly those are replaced, and a user's sheet is never touched, even one that took a result sheet's
 * name (RULES.md §6). The record is a sheet, not document settings, so every host and the CLI can read it.
 */
import { cellText, type SheetGrid } from './cells';
import type { SheetModel } from './sheet-model';

export const MARKER_SHEET = 'TTHC_Scorecard';
const MARKER_TITLE = 'TTHC Scorecard — các sheet do phần mềm tạo (không sửa sheet này)';

export interface SheetWritePlan {
  /** Our sheets from an earlier run that this run replaces, plus the old marker. */
  remove: string[];
  /** Sheets to add, with their final names, the marker last. */
  add: SheetModel[];
  /** Sheets that kept an earlier version because the user fills them in (input sheets). */
  kept: string[];
  /** Result sheets written under another name because a user's sheet had theirs. */
  renamed: { wanted: string; written: string }[];
}

/** Names of the sheets an earlier run made, read from the marker sheet. */
export function readMarker(sheets: SheetGrid[]): string[] {
  const marker = sheets.find((s) => s.name === MARKER_SHEET);
  if (!marker) return [];
  return marker.rows.slice(1).map((r) => cellText(r[0] ?? null).trim()).filter(Boolean);
}

export function planSheetWrites(existing: string[], ours: string[], models: SheetModel[]): SheetWritePlan {
  const present = new Set(existing.map((n) => n.toLowerCase()));
  const oursPresent = new Set(ours.filter((n) => present.has(n.toLowerCase())).map((n) => n.toLowerCase()));
  const plan: SheetWritePlan = { remove: [], add: [], kept: [], renamed: [] };
  const taken = new Set(present);
  for (const model of models) {
    const key = model.name.toLowerCase();
    if (oursPresent.has(key)) {
      if (model.kind === 'input') {
        plan.kept.push(model.name);
        continue;
      }
      plan.remove.push(existing.find((n) => n.toLowerCase() === key)!);
      plan.add.push(model);
    } else if (present.has(key)) {
      const written = freeName(model.name, taken);
      taken.add(written.toLowerCase());
      plan.renamed.push({ wanted: model.name, written });
      plan.add.push({ ...model, name: written });
    } else {
      taken.add(key);
      plan.add.push(model);
    }
  }
  const removed = new Set(plan.remove.map((n) => n.toLowerCase()));
  const stillOurs = ours.filter((n) => oursPresent.has(n.toLowerCase()) && !removed.has(n.toLowerCase()));
  if (present.has(MARKER_SHEET.toLowerCase())) plan.remove.push(MARKER_SHEET);
  plan.add.push(markerModel([...stillOurs, ...plan.add.map((m) => m.name)]));
  return plan;
}

/** "Tên (2)", trimmed to Excel's 31-character limit. */
function freeName(name: string, taken: Set<string>): string {
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function markerModel(names: string[]): SheetModel {
  return {
    name: MARKER_SHEET,
    rows: [[{ value: MARKER_TITLE }], ...names.map((n) => [{ value: n }])],
    widths: [40],
    merges: [],
    print: { orientation: 'portrait', fitToWidth: true },
    kind: 'result',
  };
}

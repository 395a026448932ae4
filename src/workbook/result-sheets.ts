/**
 * Which sheets are ours. Every run records the sheets it wrote in a very hidden sheet; on the next run
 * exactly those are replaced, and a user's sheet is never touched, even one that took a result sheet's
 * name (RULES.md §6). The record is a sheet, not document settings, so every host and the CLI can read it.
 */
import { cellText, type SheetGrid } from './cells';
import type { SheetModel } from './sheet-model';
import { MARKER_SHEET } from './sheet-names';

export { MARKER_SHEET };

const MARKER_TITLE = 'TTHC Scorecard — các sheet do phần mềm tạo (không sửa sheet này)';

/** What an earlier run recorded: the marker sheet's own name and the sheets it made. */
export interface Marker {
  name: string;
  sheets: string[];
}

export interface SheetWritePlan {
  /** Our sheets from an earlier run that this run replaces, plus the old marker. */
  remove: string[];
  /** Sheets to add, with their final names, the marker last. */
  add: SheetModel[];
  /** Sheets that kept an earlier version because the user fills them in (input sheets). */
  kept: string[];
  /** Result sheets written under another name because a user's sheet had theirs. */
  renamed: { wanted: string; written: string }[];
  /** The name the marker is written under (to be made very hidden). */
  marker: string;
}

/**
 * Ours only if hidden and titled as we title it: a user's own sheet that happens to be called
 * TTHC_Scorecard is the user's, and is never read as a list of sheets to delete. We write it very hidden;
 * a round trip through LibreOffice saves it merely hidden, and it must still be recognised.
 */
export function isMarker(grid: SheetGrid): boolean {
  return grid.visibility !== 'visible' && cellText(grid.rows[0]?.[0] ?? null).trim() === MARKER_TITLE;
}

export function readMarker(grid: SheetGrid): Marker {
  return { name: grid.name, sheets: grid.rows.slice(1).map((r) => cellText(r[0] ?? null).trim()).filter(Boolean) };
}

export function planSheetWrites(existing: string[], marker: Marker | null, models: SheetModel[]): SheetWritePlan {
  const present = new Set(existing.map((n) => n.toLowerCase()));
  const oursPresent = new Set((marker?.sheets ?? []).filter((n) => present.has(n.toLowerCase())).map((n) => n.toLowerCase()));
  const plan: SheetWritePlan = { remove: [], add: [], kept: [], renamed: [], marker: MARKER_SHEET };
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
      // A user's sheet holds the name: our copy from an earlier run («Tên (2)») is replaced, not piled up.
      if (model.kind !== 'input') {
        for (const old of existing.filter((n) => oursPresent.has(n.toLowerCase()) && isCopyOf(n, model.name))) {
          plan.remove.push(old);
          taken.delete(old.toLowerCase());
        }
      }
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
  const stillOurs = (marker?.sheets ?? []).filter((n) => oursPresent.has(n.toLowerCase()) && !removed.has(n.toLowerCase()));
  if (marker) {
    plan.remove.push(marker.name);
    taken.delete(marker.name.toLowerCase());
  }
  plan.marker = taken.has(MARKER_SHEET.toLowerCase()) ? freeName(MARKER_SHEET, taken) : MARKER_SHEET;
  plan.add.push(markerModel(plan.marker, [...stillOurs, ...plan.add.map((m) => m.name)]));
  return plan;
}

/** "Tên (2)", trimmed to Excel's 31-character limit. */
/** «Tên (2)» as freeName makes it from «Tên» (cut to Excel's 31 characters). */
function isCopyOf(sheet: string, name: string): boolean {
  const m = / \((\d+)\)$/.exec(sheet);
  return m !== null && sheet.toLowerCase() === name.slice(0, 31 - m[0].length).toLowerCase() + m[0];
}

function freeName(name: string, taken: Set<string>): string {
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function markerModel(name: string, names: string[]): SheetModel {
  return {
    name,
    rows: [[{ value: MARKER_TITLE }], ...names.map((n) => [{ value: n }])],
    widths: [40],
    merges: [],
    print: { orientation: 'portrait', fitToWidth: true },
    kind: 'result',
  };
}

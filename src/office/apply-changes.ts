/**
 * Replaces our result sheets in the open workbook. New sheets are written in full under temporary names
 * before anything is deleted, so a failure leaves the user's workbook as it was (the temporary sheets are
 * removed again); only then are the old sheets deleted and the new ones renamed. Adding and deleting the
 * same name in one batch fails on some hosts (office-js#4998), hence a sync between each step.
 */
import { InputError, SheetError } from '../workbook/errors';
import type { SheetChanges, HostProgress } from '../workbook/workbook-host';
import type { SheetModel } from '../workbook/sheet-model';
import { firstAreaOn } from './a1';
import type { OfficeCapabilities } from './capabilities';
import type { DateSystem, DateSystemTracker } from './date-system';
import type { OfficeVisibility } from './list-sheets';
import { OfficeHostError } from './office-error';
import { WriteBatch } from './write-batch';
import { writeSheet } from './write-sheet';

interface ExistingSheet {
  name: string;
  visibility: OfficeVisibility;
}

/** What the user had before we started: the sheets, and where they were looking. */
interface Before {
  sheets: ExistingSheet[];
  activeSheet: string;
  /** The selection's first area (ExcelApi 1.9) or the active cell, without the sheet name. */
  selection: string;
  structureProtected: boolean;
}

/** Excel compares sheet names case-insensitively. */
const sameName = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

export async function applySheetChanges(
  context: Excel.RequestContext,
  changes: SheetChanges,
  capabilities: OfficeCapabilities,
  dates: DateSystemTracker,
  onProgress?: (p: HostProgress) => void,
): Promise<void> {
  // The date system is asked with the look around when the job does not know it yet (a write without a read).
  const before = await dates.firstSync(context, () => lookAround(context, capabilities));
  if (before.structureProtected) {
    throw new InputError('Tệp đang khóa cấu trúc (Xem lại › Bảo vệ Sổ làm việc / Review › Protect Workbook) nên không thêm, xóa được sheet — hãy bỏ khóa rồi chạy lại');
  }
  // Exact names only: a user's sheet called like one of ours ("Tổng hợp (2)") is never touched.
  const removing = before.sheets.filter((s) => changes.remove.some((n) => sameName(n, s.name)));
  checkFinalNames(before.sheets.filter((s) => !removing.includes(s)), changes.add);
  const temporary = temporaryNames(changes.add.length, [...before.sheets.map((s) => s.name), ...changes.add.map((m) => m.name)]);

  try {
    await writeNewSheets(context, changes, temporary, capabilities, dates.system, onProgress);
    await deleteSheets(context, removing, capabilities);
  } catch (error) {
    throw await afterRemovingTemporary(context, temporary, error);
  }
  await renameAndShow(context, changes, temporary, capabilities, before, removing);
}

async function lookAround(context: Excel.RequestContext, capabilities: OfficeCapabilities): Promise<Before> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load('items/name,items/visibility');
  const active = workbook.worksheets.getActiveWorksheet().load('name');
  // getSelectedRange would fail on a multi-area selection; below 1.9 the active cell is what we can restore.
  const selection: { address: string } = capabilities.selectedRanges
    ? workbook.getSelectedRanges().load('address')
    : workbook.getActiveCell().load('address');
  const protection = workbook.protection.load('protected');
  await context.sync();
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, visibility: s.visibility })),
    activeSheet: active.name,
    selection: firstAreaOn(active.name, selection.address),
    structureProtected: protection.protected,
  };
}

/** Fail before changing anything rather than at the final rename. */
function checkFinalNames(remaining: ExistingSheet[], add: SheetModel[]): void {
  add.forEach((model, i) => {
    const { name } = model;
    if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new SheetError(`Tên sheet «${name}» không hợp lệ trong Excel`, { sheet: name });
    }
    if (remaining.some((s) => sameName(s.name, name)) || add.slice(0, i).some((m) => sameName(m.name, name))) {
      throw new SheetError(`Tệp đã có sheet «${name}» không do phần mềm tạo; không ghi đè sheet đó`, { sheet: name });
    }
  });
}

function temporaryNames(count: number, taken: string[]): string[] {
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `TTHC_tam_${n}`;
    if (!taken.some((t) => sameName(t, name))) names.push(name);
  }
  return names;
}

/** Progress names each sheet and its place among those the user will see (the hidden marker is not counted). */
async function writeNewSheets(
  context: Excel.RequestContext,
  { add: models, veryHidden }: SheetChanges,
  temporary: string[],
  capabilities: OfficeCapabilities,
  dateSystem: DateSystem,
  onProgress?: (p: HostProgress) => void,
): Promise<void> {
  const batch = new WriteBatch(context);
  const shown = models.filter((m) => !veryHidden.includes(m.name));
  for (const [i, model] of models.entries()) {
    const place = shown.includes(model) ? { sheetNumber: shown.indexOf(model) + 1, sheetCount: shown.length } : {};
    await writeSheet(context, batch, {
      addAs: temporary[i],
      model,
      capabilities,
      dateSystem,
      onRowsSent: (done, total) => onProgress?.({ phase: 'write', sheet: model.name, done, total, ...place }),
    });
  }
  await batch.flush();
}

async function deleteSheets(context: Excel.RequestContext, removing: ExistingSheet[], capabilities: OfficeCapabilities): Promise<void> {
  if (removing.length === 0) return;
  // Called once per structural step, not per chunk: the docs warn repeated calls make the window flicker.
  if (capabilities.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
  context.application.suspendApiCalculationUntilNextSync();
  for (const old of removing) {
    const sheet = context.workbook.worksheets.getItem(old.name);
    // Excel refuses to delete a very hidden sheet (office-js#365).
    if (old.visibility === 'VeryHidden') sheet.visibility = 'Hidden';
    sheet.delete();
  }
  await context.sync();
}

async function renameAndShow(
  context: Excel.RequestContext,
  changes: SheetChanges,
  temporary: string[],
  capabilities: OfficeCapabilities,
  before: Before,
  removed: ExistingSheet[],
): Promise<void> {
  if (capabilities.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
  const worksheets = context.workbook.worksheets;
  const added = new Map<string, Excel.Worksheet>();
  changes.add.forEach((model, i) => {
    const sheet = worksheets.getItem(temporary[i]);
    sheet.name = model.name;
    added.set(model.name.toUpperCase(), sheet);
  });
  const sheetNamed = (name: string): Excel.Worksheet => added.get(name.toUpperCase()) ?? worksheets.getItem(name);
  for (const name of changes.veryHidden) sheetNamed(name).visibility = 'VeryHidden';

  if (changes.activate) sheetNamed(changes.activate).activate();
  else if (!removed.some((s) => sameName(s.name, before.activeSheet))) {
    // Excel keeps each sheet's own selection, so showing the sheet again restores it as it was.
    worksheets.getItem(before.activeSheet).activate();
  } else {
    const replacement = added.get(before.activeSheet.toUpperCase());
    if (replacement) replacement.getRange(before.selection).select();
  }
  // Calculation was suspended while writing; bring dependent formulas up to date once.
  context.application.calculate('Recalculate');
  await context.sync();
}

/** The error to throw after removing what was written under temporary names. */
async function afterRemovingTemporary(context: Excel.RequestContext, temporary: string[], error: unknown): Promise<unknown> {
  try {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const leftovers = sheets.items.filter((s) => temporary.some((t) => sameName(t, s.name)));
    if (leftovers.length === 0) return error;
    leftovers.forEach((s) => s.delete());
    await context.sync();
    return error;
  } catch (cleanupError) {
    const reason = cleanupError instanceof Error ? cleanupError.message : String(cleanupError);
    return new OfficeHostError(`Không xóa được các sheet tạm ${temporary.join(', ')} (${reason}) — hãy xóa chúng bằng tay`, error);
  }
}

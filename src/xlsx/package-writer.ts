/**
 * Adds result sheets to the user's .xlsx package and removes our earlier ones, copying every other zip
 * entry unchanged: the user's sheets must not change by a single byte, which a read-modify-write through a
 * spreadsheet library cannot promise (it rewrites every part and drops what it does not model).
 */
import type { Document, Element } from '@xmldom/xmldom';
import type { SheetModel } from '../workbook/sheet-model';
import type { SheetVisibility } from '../workbook/cells';
import {
  CONTENT_TYPE, CONTENT_TYPES_PART, NS, Package, REL_TYPE, childElements, firstChild, insertInOrder, newElement,
  readRels, relsPathOf, resolveTarget, serializeXml, setText, type Rel,
  usesDate1904,
} from './ooxml';
import { StyleBook } from './styles-xml';
import { worksheetXmlParts } from './sheet-xml';
import { putChartParts } from './chart-parts';
import { pruneCalcChain, removeOrphans, updateAppTitles } from './package-parts';

export interface PackageEdit {
  /** Names of existing sheets to remove (earlier result sheets of ours); never the only remaining sheet. */
  remove: string[];
  /** Sheets to append at the end, in order. */
  add: SheetModel[];
  /** Sheets to add/keep with state veryHidden (e.g. our metadata sheet) — given by name among `add`. */
  veryHidden?: string[];
  /** The sheet to make active/selected when the file opens (default: keep the workbook's own). */
  activeSheet?: string;
}

interface SheetInfo {
  name: string;
  state: SheetVisibility;
}

interface SheetEntry {
  name: string;
  state: SheetVisibility;
  el: Element;
  rid: string;
  sheetId: number;
}

/** Child elements of <workbook> in schema order (CT_Workbook). */
const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr',
  'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
] as const;

/** Excel compares sheet names case-insensitively. */
const nameKey = (name: string): string => name.toUpperCase();

async function openWorkbook(pkg: Package): Promise<{ path: string; doc: Document }> {
  const main = (await pkg.rels('')).find((r) => r.type.endsWith('/officeDocument') && !r.external);
  if (!main) throw new Error('Not an Office Open XML package: no officeDocument relationship');
  const path = resolveTarget('', main.target);
  const doc = await pkg.xml(path);
  const root = doc.documentElement!;
  if (main.type !== REL_TYPE.officeDocument || root.namespaceURI !== NS.main || root.localName !== 'workbook') {
    throw new Error('Only .xlsx/.xlsm workbooks in the usual (transitional) Open XML format are supported');
  }
  return { path, doc };
}

function sheetEntries(workbook: Element): SheetEntry[] {
  const sheets = firstChild(workbook, 'sheets');
  return (sheets ? childElements(sheets, 'sheet') : []).map((el) => ({
    name: el.getAttribute('name') ?? '',
    state: (el.getAttribute('state') ?? 'visible') as SheetVisibility,
    el,
    rid: el.getAttributeNS(NS.rel, 'id') ?? '',
    sheetId: Number(el.getAttribute('sheetId')),
  }));
}

/** Sheet names in workbook order with their visibility, read from xl/workbook.xml (cheap; no cell parsing). */
export async function listSheets(original: Buffer): Promise<SheetInfo[]> {
  const { doc } = await openWorkbook(await Package.load(original));
  return sheetEntries(doc.documentElement!).map(({ name, state }) => ({ name, state }));
}

function checkNewName(name: string): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name) || nameKey(name) === 'HISTORY') {
    throw new Error(`"${name}" is not a valid Excel sheet name`);
  }
}

/** The sheet list after the edit, validated. */
function planSheets(sheets: SheetEntry[], edit: PackageEdit): { kept: SheetEntry[]; removed: SheetEntry[]; final: SheetInfo[] } {
  const removeKeys = new Set(edit.remove.map(nameKey));
  for (const name of edit.remove) {
    if (!sheets.some((s) => nameKey(s.name) === nameKey(name))) throw new Error(`No sheet "${name}" to remove`);
  }
  const veryHidden = new Set(edit.veryHidden ?? []);
  for (const name of veryHidden) {
    if (!edit.add.some((m) => m.name === name)) throw new Error(`veryHidden sheet "${name}" is not among the added sheets`);
  }
  edit.add.forEach((m) => checkNewName(m.name));
  const kept = sheets.filter((s) => !removeKeys.has(nameKey(s.name)));
  const final = [
    ...kept.map(({ name, state }) => ({ name, state })),
    ...edit.add.map((m): SheetInfo => ({ name: m.name, state: veryHidden.has(m.name) ? 'veryHidden' : 'visible' })),
  ];
  const seen = new Set<string>();
  for (const { name } of final) {
    if (seen.has(nameKey(name))) throw new Error(`The workbook would have two sheets named "${name}"`);
    seen.add(nameKey(name));
  }
  if (!final.some((s) => s.state === 'visible')) throw new Error('The workbook would have no visible sheet');
  if (edit.activeSheet !== undefined) {
    const active = final.find((s) => nameKey(s.name) === nameKey(edit.activeSheet!));
    if (active?.state !== 'visible') throw new Error(`Active sheet "${edit.activeSheet}" is not a visible sheet`);
  }
  return { kept, removed: sheets.filter((s) => removeKeys.has(nameKey(s.name))), final };
}

/** A regex matching a reference to sheet `name` in a formula, quoted or bare (not an external [n]Sheet!). */
function sheetRefPattern(name: string): RegExp {
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`'${esc(name.replace(/'/g, "''"))}'!|(?<![\\p{L}\\p{N}_.'\\]])${esc(name)}!`, 'iu');
}

/**
 * Re-indexes sheet-local names and drops those of removed sheets. References to a removed sheet become
 * #REF!, as when Excel deletes a sheet — unless a sheet of that name is added back (a re-run), in which
 * case the reference, being by name, carries over to the new sheet.
 */
function fixDefinedNames(workbook: Element, sheets: SheetEntry[], kept: SheetEntry[], removed: SheetEntry[], added: string[]): void {
  const names = firstChild(workbook, 'definedNames');
  if (!names) return;
  const readded = new Set(added.map(nameKey));
  const refs = removed.filter((s) => !readded.has(nameKey(s.name))).map((s) => sheetRefPattern(s.name));
  for (const el of childElements(names, 'definedName')) {
    const local = el.getAttribute('localSheetId');
    const sheet = local ? sheets[Number(local)] : undefined;
    if (sheet && removed.includes(sheet)) {
      names.removeChild(el);
      continue;
    }
    if (sheet) el.setAttribute('localSheetId', String(kept.indexOf(sheet)));
    if (refs.some((re) => re.test(el.textContent ?? ''))) setText(el, '#REF!');
  }
  if (!childElements(names).length) workbook.removeChild(names);
}

function addPrintTitles(doc: Document, index: number, model: SheetModel): void {
  const rows = model.print.repeatRows;
  if (!rows) return;
  if (!(rows.from >= 1 && rows.to >= rows.from)) throw new RangeError(`Invalid repeatRows on "${model.name}"`);
  const workbook = doc.documentElement!;
  let names = firstChild(workbook, 'definedNames');
  if (!names) {
    names = newElement(doc, 'definedNames');
    insertInOrder(workbook, names, WORKBOOK_ORDER);
  }
  const el = newElement(doc, 'definedName', { name: '_xlnm.Print_Titles', localSheetId: index });
  el.appendChild(doc.createTextNode(`'${model.name.replace(/'/g, "''")}'!$${rows.from}:$${rows.to}`));
  names.appendChild(el);
}

/**
 * Points every workbook view's activeTab at the requested sheet, or keeps it on the same sheet after
 * removals (the first visible sheet if the active one went), and keeps firstSheet within range.
 */
function setActiveTab(
  doc: Document, sheets: SheetEntry[], kept: SheetEntry[], final: SheetInfo[], activeSheet: string | undefined,
): void {
  const workbook = doc.documentElement!;
  const newIndex = (old: number): number => kept.filter((s) => sheets.indexOf(s) < old).length;
  const activeFor = (old: number): number => {
    if (activeSheet !== undefined) return final.findIndex((s) => nameKey(s.name) === nameKey(activeSheet));
    const sheet = sheets[old];
    return sheet && kept.includes(sheet) ? kept.indexOf(sheet) : final.findIndex((s) => s.state === 'visible');
  };
  let bookViews = firstChild(workbook, 'bookViews');
  if (!bookViews) {
    if (activeFor(0) === 0) return;
    bookViews = newElement(doc, 'bookViews');
    bookViews.appendChild(newElement(doc, 'workbookView'));
    insertInOrder(workbook, bookViews, WORKBOOK_ORDER);
  }
  for (const view of childElements(bookViews, 'workbookView')) {
    const active = activeFor(Number(view.getAttribute('activeTab') || 0));
    const first = Math.min(newIndex(Number(view.getAttribute('firstSheet') || 0)), active);
    if (active > 0 || view.hasAttribute('activeTab')) view.setAttribute('activeTab', String(active));
    if (first > 0 || view.hasAttribute('firstSheet')) view.setAttribute('firstSheet', String(first));
  }
}

/** The workbook part and the two parts every edit changes with it, parsed. */
interface WorkbookParts {
  pkg: Package;
  path: string;
  /** The workbook part's folder, with its trailing slash ('xl/'). */
  dir: string;
  doc: Document;
  relsPath: string;
  rels: Document;
  types: Document;
}

async function openParts(pkg: Package): Promise<WorkbookParts> {
  const { path, doc } = await openWorkbook(pkg);
  const relsPath = relsPathOf(path);
  return { pkg, path, dir: path.slice(0, path.lastIndexOf('/') + 1), doc, relsPath, rels: await pkg.xml(relsPath), types: await pkg.xml(CONTENT_TYPES_PART) };
}

/** Links a new part from the workbook and gives it a content type. */
function linkPart(wb: WorkbookParts, usedRelIds: Set<string>, part: string, relType: string, contentType: string): string {
  const id = freshId(usedRelIds, (n) => `rId${n}`);
  const target = part.slice(wb.dir.length);
  wb.rels.documentElement!.appendChild(newElement(wb.rels, 'Relationship', { Id: id, Type: relType, Target: target }));
  wb.types.documentElement!.appendChild(newElement(wb.types, 'Override', { PartName: `/${part}`, ContentType: contentType }));
  return id;
}

function freshId(used: Set<string>, make: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const id = make(n);
    if (!used.has(id.toLowerCase())) {
      used.add(id.toLowerCase());
      return id;
    }
  }
}

/** The edited package as one buffer. */
export async function editPackage(original: Buffer, edit: PackageEdit): Promise<Buffer> {
  return (await editedPackage(original, edit)).toBuffer();
}

/**
 * The edited package, ready to be written (`writeTo` streams it; new parts are already deflated, untouched
 * entries are copied from `original` as stored when written, so `original` must not change until then).
 */
async function editedPackage(original: Buffer, edit: PackageEdit): Promise<Package> {
  return edited(await Package.load(original), edit);
}

/** `edit` made to `pkg`, loaded by the caller (the file host lets go of the input's bytes first). */
export async function edited(pkg: Package, edit: PackageEdit): Promise<Package> {
  const wb = await openParts(pkg);
  const sheets = sheetEntries(wb.doc.documentElement!);
  const { kept, removed, final } = planSheets(sheets, edit);
  const wbRels = readRels(wb.rels);
  const usedRelIds = new Set(wbRels.map((r) => r.id.toLowerCase()));
  const isWorksheet = (s: SheetEntry): boolean => wbRels.some((r) => r.id === s.rid && r.type === REL_TYPE.worksheet);
  const worksheetNamesBefore = sheets.filter(isWorksheet).map((s) => s.name);

  // Removal first, so that parts only the removed sheets used are gone before new part names are chosen.
  await removeSheets(wb, wbRels, sheets, kept, removed, edit.add.map((m) => m.name));
  await addSheets(wb, usedRelIds, sheets, kept.length, edit);
  setActiveTab(wb.doc, sheets, kept, final, edit.activeSheet);
  await updateAppTitles(pkg, worksheetNamesBefore, [...kept.filter(isWorksheet).map((s) => s.name), ...edit.add.map((m) => m.name)]);

  pkg.put(wb.path, serializeXml(wb.doc));
  pkg.put(wb.relsPath, serializeXml(wb.rels));
  pkg.put(CONTENT_TYPES_PART, serializeXml(wb.types));
  return pkg;
}

/** Unlinks the removed sheets, then drops the parts and calculation-chain cells nothing else uses. */
async function removeSheets(
  wb: WorkbookParts, wbRels: Rel[], sheets: SheetEntry[], kept: SheetEntry[], removed: SheetEntry[], added: string[],
): Promise<void> {
  const removedParts: string[] = [];
  for (const sheet of removed) {
    const rel = wbRels.find((r) => r.id === sheet.rid);
    if (rel) {
      wb.rels.documentElement!.removeChild(rel.el);
      if (!rel.external) removedParts.push(resolveTarget(wb.path, rel.target));
    }
    sheet.el.parentNode!.removeChild(sheet.el);
  }
  fixDefinedNames(wb.doc.documentElement!, sheets, kept, removed, added);
  await removeOrphans(wb.pkg, removedParts, { path: wb.relsPath, doc: wb.rels }, wb.types);
  await pruneCalcChain(wb.pkg, wb.path, wb.rels, wb.types, new Set(removed.map((s) => s.sheetId)));
}

/** Appends the new sheets after the `firstIndex` kept ones, and writes the styles they use. */
async function addSheets(wb: WorkbookParts, usedRelIds: Set<string>, sheets: SheetEntry[], firstIndex: number, edit: PackageEdit): Promise<void> {
  const workbook = wb.doc.documentElement!;
  // Read after the removal: the styles part is kept, but its relationship is looked up afresh.
  const stylesRel = readRels(wb.rels).find((r) => r.type === REL_TYPE.styles && !r.external);
  const stylesPath = stylesRel ? resolveTarget(wb.path, stylesRel.target) : `${wb.dir}styles.xml`;
  const styles = new StyleBook(stylesRel ? await wb.pkg.text(stylesPath) : undefined);
  const date1904 = usesDate1904(workbook);
  const sheetsEl = firstChild(workbook, 'sheets')!;
  let relPrefix = sheetsEl.lookupPrefix(NS.rel);
  if (!relPrefix) {
    relPrefix = 'r';
    workbook.setAttributeNS(NS.xmlns, 'xmlns:r', NS.rel);
  }
  let sheetId = Math.max(0, ...sheets.map((s) => s.sheetId).filter(Number.isFinite));
  const usedParts = new Set<string>();
  const chartParts = new Set<string>();

  const writeSheet = async (i: number, added: SheetModel): Promise<void> => {
    // Built here, so that it is garbage once written (not still held by the loop while the next is built).
    const model = fullModel(added);
    const part = freePartName(wb, usedParts);
    const tabSelected = edit.activeSheet !== undefined && nameKey(edit.activeSheet) === nameKey(model.name);
    const drawing = putChartParts(wb.pkg, wb.types, wb.dir, part, model, chartParts);
    await wb.pkg.putParts(part, worksheetXmlParts(model, { xf: (style) => styles.xf(style), date1904, tabSelected, drawing }));
    const rid = linkPart(wb, usedRelIds, part, REL_TYPE.worksheet, CONTENT_TYPE.worksheet);
    const sheetEl = newElement(wb.doc, 'sheet', { name: model.name, sheetId: ++sheetId });
    if (edit.veryHidden?.includes(model.name)) sheetEl.setAttribute('state', 'veryHidden');
    sheetEl.setAttributeNS(NS.rel, `${relPrefix}:id`, rid);
    sheetsEl.appendChild(sheetEl);
    addPrintTitles(wb.doc, firstIndex + i, model);
  };
  for (let i = 0; i < edit.add.length; i++) await writeSheet(i, edit.add[i]);

  if (styles.modified) {
    wb.pkg.put(stylesPath, styles.toXml());
    if (!stylesRel) linkPart(wb, usedRelIds, stylesPath, REL_TYPE.styles, CONTENT_TYPE.styles);
  }
}

/**
 * A model given with `buildModel` (result-set.ts, `resultSheetsOnDemand`) builds its cells on first use
 * and keeps them; `buildModel` gives them without keeping them, so that only the sheet being written is
 * alive. Any other model is used as it is.
 */
function fullModel(model: SheetModel): SheetModel {
  const build = (model as SheetModel & { buildModel?: unknown }).buildModel;
  return typeof build === 'function' ? (build as () => SheetModel).call(model) : model;
}

/** The next worksheet part name free in the package. */
function freePartName(wb: WorkbookParts, usedParts: Set<string>): string {
  // A leftover _rels file next to a free name would attach itself to our new part.
  let part: string;
  do part = freshId(usedParts, (n) => `${wb.dir}worksheets/sheet${n}.xml`);
  while (wb.pkg.has(part) || wb.pkg.has(relsPathOf(part)));
  return part;
}

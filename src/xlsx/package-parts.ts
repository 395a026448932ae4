/**
 * Package parts that depend on the sheet list besides workbook.xml: parts only a removed sheet used, the
 * calculation chain (Excel "repairs" a file whose chain names a missing sheet) and the sheet titles in
 * docProps/app.xml.
 */
import type { Document } from '@xmldom/xmldom';
import {
  Package, REL_TYPE, childElements, firstChild, readRels, relsPathOf, resolveTarget, serializeXml, setText,
} from './ooxml';

/** Parts reachable from `starts` through internal relationships (lower-cased), `starts` included. */
async function reachable(pkg: Package, starts: string[], edited: { path: string; doc: Document }): Promise<Set<string>> {
  const seen = new Set(starts.filter(Boolean).map((p) => p.toLowerCase()));
  const queue = [...starts];
  while (queue.length) {
    const part = queue.pop()!;
    const relsPath = relsPathOf(part);
    const rels = relsPath.toLowerCase() === edited.path.toLowerCase() ? readRels(edited.doc) : await pkg.rels(part);
    for (const rel of rels) {
      if (rel.external) continue;
      const target = resolveTarget(part, rel.target);
      if (!seen.has(target.toLowerCase())) {
        seen.add(target.toLowerCase());
        queue.push(target);
      }
    }
  }
  return seen;
}

function removeOverride(ctDoc: Document, part: string): void {
  const partName = `/${part}`.toLowerCase();
  for (const el of childElements(ctDoc.documentElement!, 'Override')) {
    if (el.getAttribute('PartName')?.toLowerCase() === partName) ctDoc.documentElement!.removeChild(el);
  }
}

/**
 * Deletes the removed sheets' parts and whatever only they referenced (drawings, comments, printer
 * settings…), found as parts reachable from them but no longer from the package root.
 * `workbookRels` is the workbook's relationships part as already edited.
 */
export async function removeOrphans(
  pkg: Package, removedParts: string[], workbookRels: { path: string; doc: Document }, ctDoc: Document,
): Promise<void> {
  if (!removedParts.length) return;
  const candidates = await reachable(pkg, removedParts, workbookRels);
  const live = await reachable(pkg, [''], workbookRels);
  for (const part of candidates) {
    if (live.has(part)) continue;
    const name = pkg.entry(part) ?? part;
    pkg.remove(name);
    pkg.remove(relsPathOf(name));
    removeOverride(ctDoc, name);
  }
}

/** Drops calculation-chain entries of removed sheets (by sheetId); the part goes if none remain. */
export async function pruneCalcChain(
  pkg: Package, wbPath: string, relsDoc: Document, ctDoc: Document, removedIds: Set<number>,
): Promise<void> {
  const rel = readRels(relsDoc).find((r) => r.type === REL_TYPE.calcChain && !r.external);
  const path = rel && resolveTarget(wbPath, rel.target);
  if (!rel || !path || !removedIds.size || !pkg.has(path)) return;
  const doc = await pkg.xml(path);
  const root = doc.documentElement!;
  // An omitted i means "same sheet as the previous entry", so an entry and its predecessor share a fate.
  let sheet = NaN;
  let changed = false;
  for (const c of childElements(root, 'c')) {
    const i = c.getAttribute('i');
    if (i) sheet = Number(i);
    if (removedIds.has(sheet)) {
      root.removeChild(c);
      changed = true;
    }
  }
  if (!changed) return;
  if (childElements(root, 'c').length) {
    pkg.put(path, serializeXml(doc));
  } else {
    pkg.remove(path);
    relsDoc.documentElement!.removeChild(rel.el);
    removeOverride(ctDoc, path);
  }
}

/**
 * Rewrites the worksheet titles in docProps/app.xml (shown in file properties). The titles are grouped
 * under localised headings ("Worksheets", "Trang tính"…), so the group is recognised by its content: the
 * one listing exactly the workbook's worksheets. If none matches, the part is left as it was — Excel does
 * not check it and rewrites it on save.
 */
export async function updateAppTitles(pkg: Package, before: string[], after: string[]): Promise<void> {
  const rel = (await pkg.rels('')).find((r) => r.type === REL_TYPE.app && !r.external);
  const path = rel && resolveTarget('', rel.target);
  if (!path || !pkg.has(path) || !before.length) return;
  const doc = await pkg.xml(path);
  const root = doc.documentElement!;
  const headings = firstChild(root, 'HeadingPairs');
  const titlesOfParts = firstChild(root, 'TitlesOfParts');
  const pairs = headings && firstChild(headings, 'vector');
  const vector = titlesOfParts && firstChild(titlesOfParts, 'vector');
  if (!pairs || !vector) return;
  const variants = childElements(pairs, 'variant');
  const titles = childElements(vector, 'lpstr');
  let start = 0;
  for (let k = 0; k + 1 < variants.length; k += 2) {
    const countEl = firstChild(variants[k + 1], 'i4');
    const count = Number(countEl?.textContent);
    if (!countEl || !Number.isInteger(count)) return;
    const group = titles.slice(start, start + count);
    if (group.length === before.length && group.every((t, i) => t.textContent === before[i])) {
      const next = titles[start + count] ?? null;
      group.forEach((t) => vector.removeChild(t));
      for (const name of after) {
        const title = doc.createElementNS(titles[start].namespaceURI, titles[start].nodeName);
        title.appendChild(doc.createTextNode(name));
        vector.insertBefore(title, next);
      }
      setText(countEl, String(after.length));
      vector.setAttribute('size', String(titles.length - count + after.length));
      pkg.put(path, serializeXml(doc));
      return;
    }
    start += count;
  }
}

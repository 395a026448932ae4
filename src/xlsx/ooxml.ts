/**
 * Small helpers over the OOXML package (a zip of XML parts linked by relationship files) so that the
 * writer can edit a few parts and leave every other entry exactly as it was.
 */
import { DOMParser, XMLSerializer, onErrorStopParsing } from '@xmldom/xmldom';
import type { Document, Element, Node } from '@xmldom/xmldom';
import { FileFormatError } from '../workbook/errors';
import { ZipReader, type ByteSource, type ZipEntry } from './zip';
import { copiedItem, itemContent, newItem, newItemFromParts, writeZip, type ChunkSink, type ZipItem } from './zip-writer';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xmlns: 'http://www.w3.org/2000/xmlns/',
};

const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
export const REL_TYPE = {
  officeDocument: `${REL_BASE}officeDocument`,
  worksheet: `${REL_BASE}worksheet`,
  styles: `${REL_BASE}styles`,
  calcChain: `${REL_BASE}calcChain`,
  app: `${REL_BASE}extended-properties`,
};

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};

export const CONTENT_TYPES_PART = '[Content_Types].xml';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The first bytes of an OLE compound file: an encrypted (password-protected) .xlsx or an old .xls, never a zip. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

export const isOleCompoundFile = (data: Uint8Array): boolean => OLE_SIGNATURE.every((b, i) => data[i] === b);

/** The workbook counts its dates from 1904 (`<workbookPr date1904="1">`; "true" is the XML boolean too). */
export const usesDate1904 = (workbook: Element): boolean => ['1', 'true'].includes(firstChild(workbook, 'workbookPr')?.getAttribute('date1904') ?? '');

export function parseXml(text: string): Document {
  // A BOM is legal in a part but not before the XML declaration as a DOMParser sees it.
  return new DOMParser({ onError: onErrorStopParsing }).parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml');
}

export function serializeXml(doc: Document): string {
  const xml = new XMLSerializer().serializeToString(doc);
  return xml.startsWith('<?xml') ? xml : XML_DECLARATION + xml;
}

export function childElements(parent: Element, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n: Node | null = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === n.ELEMENT_NODE && (localName === undefined || (n as Element).localName === localName)) {
      out.push(n as Element);
    }
  }
  return out;
}

export function firstChild(parent: Element, localName: string): Element | undefined {
  return childElements(parent, localName)[0];
}

/** A new element in the root element's namespace and prefix (the Open XML SDK writes x:, Excel a default namespace). */
export function newElement(doc: Document, localName: string, attrs: Record<string, string | number> = {}): Element {
  const root = doc.documentElement!;
  const el = doc.createElementNS(root.namespaceURI, root.prefix ? `${root.prefix}:${localName}` : localName);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/**
 * Inserts `el` as a child of `parent` before the first existing child that the schema orders after it;
 * `order` lists the parent's child element names in schema order.
 */
export function insertInOrder(parent: Element, el: Element, order: readonly string[]): void {
  const rank = order.indexOf(el.localName!);
  // A programming error (the caller's schema order lacks the element), never the user's file.
  if (rank < 0) throw new Error(`insertInOrder: <${el.localName}> is not in the given schema order`);
  const next = childElements(parent).find((c) => order.indexOf(c.localName!) > rank);
  parent.insertBefore(el, next ?? null);
}

export function setText(el: Element, text: string): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  el.appendChild(el.ownerDocument!.createTextNode(text));
}

export function xmlEscape(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** The relationships part of `part` ('' is the package itself). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target (relative to its source part, or absolute) to a zip entry name. */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  el: Element;
}

export function readRels(doc: Document): Rel[] {
  return childElements(doc.documentElement!, 'Relationship').map((el) => ({
    id: el.getAttribute('Id') ?? '',
    type: el.getAttribute('Type') ?? '',
    target: el.getAttribute('Target') ?? '',
    external: el.getAttribute('TargetMode') === 'External',
    el,
  }));
}

interface Slot {
  name: string;
  /** The original entry, copied as stored unless `item` replaces it. */
  entry?: ZipEntry;
  item?: ZipItem;
  removed?: boolean;
}

/**
 * The zip, with part names matched case-insensitively as OPC requires. Untouched entries are written back
 * as stored in the original (src/xlsx/zip-writer.ts); parts put here are deflated when put, so that a big
 * new sheet's XML need not outlive its `put`.
 */
export class Package {
  /** Entries in output order (the original's, then new parts); by lower-cased name, the last of a name. */
  private readonly order: Slot[] = [];
  private readonly byName = new Map<string, Slot>();

  private constructor(private readonly zip: ZipReader) {
    for (const entry of zip.list) this.add({ name: entry.name, entry });
  }

  private add(slot: Slot): void {
    this.order.push(slot);
    this.byName.set(slot.name.toLowerCase(), slot);
  }

  static async load(data: Buffer): Promise<Package> {
    // Password-protected workbooks are OLE compound files, not zips; say so rather than "corrupted zip".
    if (isOleCompoundFile(data)) {
      throw new FileFormatError('Sổ làm việc được đặt mật khẩu (mã hóa) hoặc là định dạng Excel cũ (.xls) nên không đọc được. Hãy mở bằng Excel, bỏ mật khẩu và lưu thành «Excel Workbook (*.xlsx)».');
    }
    return new Package(new ZipReader(data));
  }

  /** Untouched parts are read from `source` from now on (ZipReader.release): the loaded buffer can go. */
  release(source: ByteSource): void {
    this.zip.release(source);
  }

  /** The stored entry name for `path`, or undefined when there is none. */
  entry(path: string): string | undefined {
    return this.byName.get(path.toLowerCase())?.name;
  }

  has(path: string): boolean {
    return this.entry(path) !== undefined;
  }

  async text(path: string): Promise<string> {
    const part = this.byName.get(path.toLowerCase());
    // A programming error: callers ask for parts they found in the package (or put there) first.
    if (!part) throw new Error(`The workbook package has no part ${path}`);
    return part.item ? itemContent(part.item).toString('utf8') : this.zip.text(part.name);
  }

  async xml(path: string): Promise<Document> {
    return parseXml(await this.text(path));
  }

  put(path: string, text: string): void {
    const slot = this.byName.get(path.toLowerCase());
    // A replaced part keeps its place and stored name.
    if (slot) slot.item = newItem(slot.name, text, slot.entry);
    else this.add({ name: path, item: newItem(path, text) });
  }

  /** `put` for content in pieces (a big worksheet), deflated piece by piece. */
  async putParts(path: string, parts: Iterable<string | Buffer>): Promise<void> {
    const slot = this.byName.get(path.toLowerCase());
    const item = await newItemFromParts(slot?.name ?? path, parts, slot?.entry);
    if (slot) slot.item = item;
    else this.add({ name: path, item });
  }

  remove(path: string): void {
    const slot = this.byName.get(path.toLowerCase());
    if (!slot) return;
    slot.removed = true;
    this.byName.delete(path.toLowerCase());
  }

  /** Internal relationships of `part`; none when it has no relationships part. */
  async rels(part: string): Promise<Rel[]> {
    const path = relsPathOf(part);
    return this.has(path) ? readRels(await this.xml(path)) : [];
  }

  /** Writes the package as a zip, chunk by chunk, to `sink`. */
  async writeTo(sink: ChunkSink): Promise<void> {
    const zip = this.zip;
    const order = this.order;
    function* items(): Generator<ZipItem> {
      for (const slot of order) if (!slot.removed) yield slot.item ?? copiedItem(zip, slot.entry!);
    }
    await writeZip(items(), sink, this.zip.comment);
  }

  async toBuffer(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    await this.writeTo((chunk) => void chunks.push(Buffer.from(chunk)));
    return Buffer.concat(chunks);
  }
}

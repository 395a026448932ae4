/**
 * Adds the cell formats of our result sheets to the workbook's styles part. Existing entries are never
 * changed or reordered, because the user's cells point at them by index; an entry identical to one we
 * need (often from an earlier run) is reused, so re-running does not grow the file.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { RESULT_FONT, type CellStyle } from '../workbook/sheet-model';
import { childElements, firstChild, insertInOrder, newElement, parseXml, serializeXml } from './ooxml';


const SECTION_ORDER = [
  'numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs',
  'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst',
] as const;

/** Built-in number formats that need no numFmt entry (ECMA-376 §18.8.30). */
const BUILTIN_NUMFMT: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49,
};

const FIRST_CUSTOM_NUMFMT = 164;

export const MINIMAL_STYLES =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Order-insensitive identity of an element: name, sorted attributes, child elements. */
function canon(el: Element): string {
  const attrs: string[] = [];
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (!a.name.startsWith('xmlns')) attrs.push(`${a.name}=${a.value}`);
  }
  return `${el.localName}[${attrs.sort().join(' ')}](${childElements(el).map(canon).join('')})`;
}

export class StyleBook {
  private readonly doc: Document;
  private readonly root: Element;
  private readonly canons = new Map<string, string[]>();
  private readonly xfByStyle = new Map<string, number>();
  private appended = false;

  /** `xml` is the workbook's styles part, or undefined when it has none (a minimal one is created). */
  constructor(xml: string | undefined) {
    this.doc = parseXml(xml ?? MINIMAL_STYLES);
    this.root = this.doc.documentElement!;
  }

  /** Whether anything was appended, i.e. whether the part must be written back. */
  get modified(): boolean {
    return this.appended;
  }

  toXml(): string {
    return serializeXml(this.doc);
  }

  /** The cellXfs index for a style (undefined = plain text in our font). */
  xf(style: CellStyle = {}): number {
    const key = JSON.stringify([style.bold, style.italic, style.size, style.fill, style.color, style.align,
      style.wrap, style.border, style.numFmt]);
    let index = this.xfByStyle.get(key);
    if (index === undefined) {
      index = this.findOrAppend('cellXfs', this.xfElement(style));
      this.xfByStyle.set(key, index);
    }
    return index;
  }

  private xfElement(style: CellStyle): Element {
    const attrs: Record<string, string | number> = {
      numFmtId: this.numFmtId(style.numFmt ?? 'General'),
      fontId: this.findOrAppend('fonts', this.fontElement(style)),
      fillId: this.findOrAppend('fills', this.fillElement(style.fill)),
      borderId: this.findOrAppend('borders', this.borderElement(style.border === true)),
    };
    // xfId points into cellStyleXfs (the "Normal" style); a stylesheet without that section has none.
    if (this.section('cellStyleXfs', false)) attrs.xfId = 0;
    Object.assign(attrs, { applyNumberFormat: 1, applyFont: 1, applyFill: 1, applyBorder: 1 });
    // Table cells (bordered) sit in the middle of their row, so a tall wrapped neighbour does not leave
    // the rest of the row hanging at the bottom.
    const aligned = style.align || style.wrap || style.border;
    if (aligned) attrs.applyAlignment = 1;
    const xf = this.el('xf', attrs);
    if (aligned) {
      const alignment: Record<string, string | number> = {};
      if (style.align) alignment.horizontal = style.align;
      if (style.border) alignment.vertical = 'center';
      if (style.wrap) alignment.wrapText = 1;
      xf.appendChild(this.el('alignment', alignment));
    }
    return xf;
  }

  private fontElement(style: CellStyle): Element {
    const font = this.el('font');
    if (style.bold) font.appendChild(this.el('b'));
    if (style.italic) font.appendChild(this.el('i'));
    font.appendChild(this.el('sz', { val: style.size ?? 11 }));
    if (style.color) font.appendChild(this.el('color', { rgb: argb(style.color) }));
    font.appendChild(this.el('name', { val: RESULT_FONT }));
    font.appendChild(this.el('family', { val: 1 }));
    return font;
  }

  private fillElement(rgb: string | undefined): Element {
    const pattern = this.el('patternFill', { patternType: rgb ? 'solid' : 'none' });
    if (rgb) {
      pattern.appendChild(this.el('fgColor', { rgb: argb(rgb) }));
      pattern.appendChild(this.el('bgColor', { indexed: 64 }));
    }
    const fill = this.el('fill');
    fill.appendChild(pattern);
    return fill;
  }

  private borderElement(thin: boolean): Element {
    const border = this.el('border');
    for (const side of ['left', 'right', 'top', 'bottom', 'diagonal']) {
      const edge = this.el(side, thin && side !== 'diagonal' ? { style: 'thin' } : {});
      if (thin && side !== 'diagonal') edge.appendChild(this.el('color', { indexed: 64 }));
      border.appendChild(edge);
    }
    return border;
  }

  private numFmtId(code: string): number {
    const section = this.section('numFmts', false);
    const defined = section ? childElements(section, 'numFmt') : [];
    const same = defined.find((f) => f.getAttribute('formatCode') === code);
    if (same) return Number(same.getAttribute('numFmtId'));
    const ids = defined.map((f) => Number(f.getAttribute('numFmtId')));
    // A file may redefine a built-in id; then the built-in code is no longer what that id shows.
    const builtin = BUILTIN_NUMFMT[code];
    if (builtin !== undefined && !ids.includes(builtin)) return builtin;
    const id = Math.max(FIRST_CUSTOM_NUMFMT - 1, ...ids) + 1;
    this.append('numFmts', this.el('numFmt', { numFmtId: id, formatCode: code }));
    return id;
  }

  private findOrAppend(sectionName: string, el: Element): number {
    const key = canon(el);
    const index = this.canonsOf(sectionName).indexOf(key);
    return index >= 0 ? index : this.append(sectionName, el);
  }

  private append(sectionName: string, el: Element): number {
    const section = this.section(sectionName, true)!;
    section.appendChild(el);
    const entries = childElements(section);
    section.setAttribute('count', String(entries.length));
    this.canonsOf(sectionName).push(canon(el));
    this.appended = true;
    return entries.length - 1;
  }

  private canonsOf(sectionName: string): string[] {
    let list = this.canons.get(sectionName);
    if (!list) {
      const section = this.section(sectionName, false);
      list = section ? childElements(section).map(canon) : [];
      this.canons.set(sectionName, list);
    }
    return list;
  }

  private section(name: string, create: boolean): Element | undefined {
    let section = firstChild(this.root, name);
    if (!section && create) {
      section = this.el(name, { count: 0 });
      insertInOrder(this.root, section, SECTION_ORDER);
    }
    return section;
  }

  private el(name: string, attrs: Record<string, string | number> = {}): Element {
    return newElement(this.doc, name, attrs);
  }
}

function argb(rgb: string): string {
  const hex = rgb.replace(/^#/, '').toUpperCase();
  // A programming error: colours come from our own sheet models, never from the user.
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new Error(`Colour must be RRGGBB, got "${rgb}"`);
  return `FF${hex}`;
}

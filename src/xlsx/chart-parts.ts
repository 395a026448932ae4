/**
 * The parts behind a sheet's charts: one drawing (xl/drawings/drawingN.xml, a twoCellAnchor per chart) and
 * one chart part per chart (xl/charts/chartN.xml), linked sheet → drawing → charts and given content types.
 * Removing the sheet later removes them too: they are reachable only through it (package-parts.ts).
 */
import type { Document } from '@xmldom/xmldom';
import type { ChartModel, SheetModel } from '../workbook/sheet-model';
import { chartXml } from './chart-xml';
import { newElement, relsPathOf, xmlEscape, type Package } from './ooxml';

const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const REL_DRAWING = `${REL_BASE}drawing`;
const REL_CHART = `${REL_BASE}chart`;
const TYPE_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const TYPE_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const NS_PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"/>`);
  return `${DECLARATION}<Relationships xmlns="${NS_PACKAGE_RELS}">${items.join('')}</Relationships>`;
}

/** A cell corner of DrawingML: 0-based column and row, no offset. */
const marker = (tag: 'from' | 'to', col: number, row: number): string =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/** One chart's frame, covering its anchor's cells (to the far corner of the last cell). */
function anchorXml(chart: ChartModel, index: number): string {
  const a = chart.anchor;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker('from', a.left - 1, a.top - 1) +
    marker('to', a.right, a.bottom) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${xmlEscape(`Biểu đồ ${index + 1}`)}" descr="${xmlEscape(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${index + 1}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

function drawingXml(charts: readonly ChartModel[]): string {
  return (
    `${DECLARATION}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"` +
    ` xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_BASE.slice(0, -1)}">` +
    `${charts.map(anchorXml).join('')}</xdr:wsDr>`
  );
}

/** The first `<dir><folder>/<stem>N.xml` neither in the package nor taken by this edit. */
function freePart(pkg: Package, taken: Set<string>, dir: string, folder: string, stem: string): string {
  for (let n = 1; ; n++) {
    const part = `${dir}${folder}/${stem}${n}.xml`;
    if (!taken.has(part) && !pkg.has(part) && !pkg.has(relsPathOf(part))) {
      taken.add(part);
      return part;
    }
  }
}

/**
 * Writes the drawing and chart parts of `model` for the worksheet part `sheetPart`, with the sheet's own
 * relationships part, beside it in the workbook's folder `dir` ('xl/'), and registers their content types in `types`. Returns the relationship id the
 * worksheet's `<drawing r:id>` names, or null for a sheet without charts. `taken` holds the part names this
 * edit already used (several sheets may have charts).
 */
export function putChartParts(
  pkg: Package, types: Document, dir: string, sheetPart: string, model: SheetModel, taken: Set<string>,
): string | null {
  const charts = model.charts ?? [];
  if (!charts.length) return null;
  const drawing = freePart(pkg, taken, dir, 'drawings', 'drawing');
  const chartParts = charts.map((chart) => {
    const part = freePart(pkg, taken, dir, 'charts', 'chart');
    pkg.put(part, chartXml(model, chart));
    return part;
  });
  pkg.put(drawing, drawingXml(charts));
  pkg.put(relsPathOf(drawing), relsXml(chartParts.map((part, i) => ({ id: `rId${i + 1}`, type: REL_CHART, target: `../charts/${part.slice(part.lastIndexOf('/') + 1)}` }))));
  const sheetRelId = 'rId1';
  pkg.put(relsPathOf(sheetPart), relsXml([{ id: sheetRelId, type: REL_DRAWING, target: `../drawings/${drawing.slice(drawing.lastIndexOf('/') + 1)}` }]));
  const override = (part: string, contentType: string): void =>
    void types.documentElement!.appendChild(newElement(types, 'Override', { PartName: `/${part}`, ContentType: contentType }));
  override(drawing, TYPE_DRAWING);
  chartParts.forEach((part) => override(part, TYPE_CHART));
  return sheetRelId;
}

/**
 * Parts of an .xlsx package checked against the ECMA-376 schemas kept in test/fixtures/ooxml-schema
 * (xmllint, offline): Excel refuses what LibreOffice forgives, so every part we write is validated.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { ZipReader } from '../../src/xlsx/zip';

const SCHEMAS = path.join(__dirname, '../fixtures/ooxml-schema');

/** The schema each kind of part is checked against. */
function schemaFor(part: string): string {
  if (part === '[Content_Types].xml') return 'opc-contentTypes.xsd';
  if (part.endsWith('.rels')) return 'opc-relationships.xsd';
  if (part === 'docProps/app.xml') return 'shared-documentPropertiesExtended.xsd';
  if (/^xl\/charts\/[^/]+\.xml$/.test(part)) return 'dml-chart.xsd';
  if (/^xl\/drawings\/[^/]+\.xml$/.test(part)) return 'dml-spreadsheetDrawing.xsd';
  return 'sml.xsd';
}

/**
 * What Excel itself ignores, per Markup Compatibility (ECMA-376 part 3): the attributes of the namespaces
 * a part declares `mc:Ignorable` (x14ac:knownFonts in an input's styles), which the schemas cannot know.
 */
function withoutIgnorable(xml: string): string {
  const declared = / mc:Ignorable="([^"]*)"/.exec(xml);
  if (!declared) return xml;
  const prefixes = declared[1].split(/\s+/).filter(Boolean);
  const attribute = new RegExp(` (?:${prefixes.join('|')}):[\\w.-]+="[^"]*"`, 'g');
  return xml.replace(declared[0], '').replace(attribute, '');
}

/** xmllint's verdict on one part: 'valid' or its complaint (xml:space on <t>, which Excel writes itself, is a known gap of the schema copy). */
export function validatePart(part: string, xml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ooxml-'));
  try {
    const file = path.join(dir, `part-${part.replace(/[^\w.]/g, '_')}`);
    writeFileSync(file, withoutIgnorable(xml.replace(/ xml:space="preserve"/g, '')));
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMAS, schemaFor(part)), file], { encoding: 'utf8' });
    if (run.error) throw new Error(`cannot run xmllint (Debian/Ubuntu: apt-get install libxml2-utils): ${run.error.message}`);
    return run.status === 0 ? 'valid' : run.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every XML part of a package (or those `only` keeps) with its verdict. */
export function validatePackage(buf: Buffer, only: (part: string) => boolean = () => true): Record<string, string> {
  const zip = new ZipReader(buf);
  return Object.fromEntries(zip.list.filter((e) => /\.(xml|rels)$/.test(e.name) && only(e.name)).map((e) => [e.name, validatePart(e.name, zip.text(e.name))]));
}

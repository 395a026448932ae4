/**
 * Which cases the rows under a group heading of Biểu 1 or 3 count: a level («I | CẤP HUYỆN»), a unit
 * («UBND huyện Tuần Giáo») and, in Biểu 3, a field («Lĩnh vực Đất đai cấp huyện»). A heading that names
 * none of them in a table grouped by unit most likely names a unit the cases lack: the rows under it
 * cannot be decided. Elsewhere such a heading («A. CÁC LĨNH VỰC…») narrows nothing.
 */
import type { UnitTotals } from '../../domain/aggregate';
import type { Level } from '../../domain/cases';
import { foldText } from '../../domain/text';
import { nameKey } from './case-names';
import type { TableRow } from './table-rows';
import type { TableSubject } from './table-subject';
import { unitKey } from './unit-key';

export interface Scope {
  level: Level | null;
  unit: UnitTotals | null;
  /** nameKey of the field heading above (Biểu 3). */
  field: string | null;
  /** A heading above that names no unit (in a table grouped by unit) or no field of the cases: the rows below it are undecidable. */
  unplacedUnit: TableRow | null;
  unplacedField: TableRow | null;
}

type Heading = { kind: 'level'; level: Level } | { kind: 'unit'; unit: UnitTotals } | { kind: 'field'; key: string | null } | { kind: 'other' };

const LEVEL = /\bcap (tinh|huyen|xa)\b/;
const LEVELS: Readonly<Record<string, Level>> = { tinh: 'Tỉnh', huyen: 'Huyện', xa: 'Xã' };
/** «I. », «B) », «1. » before a heading's words. */
const NUMBER = /^([IVXLC]+|[A-Z]|\d+)\s*[.)]\s+/;

const EMPTY_SCOPE: Scope = { level: null, unit: null, field: null, unplacedUnit: null, unplacedField: null };

interface HeadingReader {
  units: ReadonlyMap<string, UnitTotals>;
  /** nameKeys of the fields the cases carry. */
  fields: ReadonlySet<string>;
}

function headingOf(label: string, subject: TableSubject, { units, fields }: HeadingReader): Heading {
  const text = label.replace(NUMBER, '');
  if (subject === 'procedures' && (fields.has(nameKey(text)) || foldText(text).startsWith('linh vuc'))) {
    return { kind: 'field', key: fields.has(nameKey(text)) ? nameKey(text) : null };
  }
  const unit = units.get(unitKey(text));
  if (unit) return { kind: 'unit', unit };
  const level = LEVEL.exec(foldText(text));
  return level ? { kind: 'level', level: LEVELS[level[1]] } : { kind: 'other' };
}

/** The scope of each row of the table: the headings above it, read top to bottom. */
export function rowScopes(rows: readonly TableRow[], subject: TableSubject, reader: HeadingReader): Map<TableRow, Scope> {
  const headings = new Map(rows.filter((r) => r.kind === 'heading').map((r) => [r, headingOf(r.label, subject, reader)] as const));
  const byUnit = [...headings.values()].some((h) => h.kind === 'unit');
  const scopes = new Map<TableRow, Scope>();
  let scope = EMPTY_SCOPE;
  for (const row of rows) {
    const h = headings.get(row);
    if (h?.kind === 'level') scope = { ...EMPTY_SCOPE, level: h.level };
    else if (h?.kind === 'unit') scope = { ...scope, unit: h.unit, field: null, unplacedUnit: null, unplacedField: null };
    else if (h?.kind === 'field') scope = { ...scope, field: h.key, unplacedField: h.key === null ? row : null };
    else if (h?.kind === 'other' && byUnit) scope = { ...scope, unit: null, field: null, unplacedUnit: row, unplacedField: null };
    scopes.set(row, scope);
  }
  return scopes;
}

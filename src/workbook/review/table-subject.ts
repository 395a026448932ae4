/**
 * What a submitted table's rows name, from its name column's header: units (the 1187 table, Biểu 2 and 4,
 * the overdue list), fields (Biểu 1: «Lĩnh vực», «Tên lĩnh vực», «Lĩnh vực, công việc giải quyết theo
 * cấp») or procedures (Biểu 3: «Thủ tục», «Tên thủ tục hành chính»). A field is never a unit: it gets no
 * unit check and no unit verdict.
 */
export type TableSubject = 'units' | 'fields' | 'procedures';

const FIELD = /^(ten )?(cac )?linh vuc\b/;
const PROCEDURE = /^(ten )?(cac )?(thu tuc|tu tuc|cong viec)\b/;

/** `path`: the name column's folded header path; [] for a name column without a header (units, seed 004). */
export function subjectOf(path: readonly string[]): TableSubject {
  const leaf = path[path.length - 1] ?? '';
  return FIELD.test(leaf) ? 'fields' : PROCEDURE.test(leaf) ? 'procedures' : 'units';
}

/** «dòng đơn vị», as a file's summary counts a table's named rows. */
export const SUBJECT_ROWS: Readonly<Record<TableSubject, string>> = { units: 'dòng đơn vị', fields: 'dòng lĩnh vực', procedures: 'dòng thủ tục' };

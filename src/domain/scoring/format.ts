/** How scoring notes print numbers and criteria: Vietnamese decimal comma, report column names. */

export function formatNumber(x: number): string {
  return String(x).replace('.', ',');
}

/** "TC8" — a criterion named by its report column ("Tiêu chí 8"), as the notes and checks refer to it. */
export function criterionLabel(column: number): string {
  return `TC${column}`;
}

export function criterionList(columns: readonly number[]): string {
  return columns.map(criterionLabel).join(', ');
}

/**
 * The same unit reviewed in several files of a batch (names matched as table rows are: unit-key.ts). The
 * consolidated ranking holds it once, from the file whose stated period is the latest; when the periods
 * are equal or unknown, from the file listed last (the command cannot ask) — and every such choice is said:
 * on the console, in each file's «Ghi chú» in `Tình trạng tệp`, and in the JSON (`duplicateUnits`).
 */
import type { Period } from '../../domain/cases';
import { formatVn } from '../../domain/dates';
import type { FileOutcome } from './batch';
import { unitKey } from './unit-key';

export interface DuplicateUnit {
  /** The name as the first file writes it. */
  unit: string;
  files: string[];
  /** The file whose figures the consolidated ranking keeps. */
  kept: string;
  /** Why that file, in Vietnamese. */
  reason: string;
}

const periodOf = (o: FileOutcome): Period | null => o.review?.period ?? null;
const span = (p: Period): string => `${formatVn(p.from)}–${formatVn(p.to)}`;

function choose(files: readonly FileOutcome[]): { kept: string; reason: string } {
  const periods = files.map(periodOf);
  const later = (a: Period, b: Period): number => a.to - b.to || a.from - b.from;
  if (periods.every((p) => p !== null)) {
    const best = periods.reduce((i, p, k) => (later(p, periods[i]) > 0 ? k : i), 0);
    if (periods.filter((p) => later(p, periods[best]) === 0).length === 1) {
      return { kept: files[best].file, reason: `kỳ báo cáo muộn nhất (${span(periods[best])})` };
    }
  }
  const why = periods.some((p) => p === null) ? 'không phải tệp nào cũng ghi kỳ báo cáo' : 'các tệp ghi cùng kỳ báo cáo';
  return { kept: files[files.length - 1].file, reason: `${why}, nên lấy tệp đứng sau cùng trong danh sách rà soát` };
}

/** Units scored in more than one file, with the file kept for the ranking. */
export function duplicateUnits(outcomes: readonly FileOutcome[]): DuplicateUnit[] {
  const byName = new Map<string, { unit: string; files: FileOutcome[] }>();
  for (const o of outcomes) {
    for (const u of o.review?.units ?? []) {
      if (!u.score) continue;
      const seen = byName.get(unitKey(u.name)) ?? { unit: u.name, files: [] };
      if (!seen.files.includes(o)) seen.files.push(o);
      byName.set(unitKey(u.name), seen);
    }
  }
  return [...byName.values()].filter((d) => d.files.length > 1).map((d) => ({ unit: d.unit, files: d.files.map((f) => f.file), ...choose(d.files) }));
}

export const duplicateText = (d: DuplicateUnit): string =>
  `đơn vị «${d.unit}» được chấm điểm trong ${d.files.length} tệp (${d.files.join(', ')}): xếp hạng tổng hợp tính đơn vị này một lần, theo tệp «${d.kept}» (${d.reason}).`;

/** Whether the ranking leaves out `unit` of `file` because another file's figures are kept. */
export function setAside(duplicates: readonly DuplicateUnit[], file: string, unit: string): boolean {
  return duplicates.some((d) => d.kept !== file && d.files.includes(file) && unitKey(d.unit) === unitKey(unit));
}

/** The outcomes with a note on every file that shares a unit with another file. */
export function withDuplicateNotes(outcomes: readonly FileOutcome[], duplicates: readonly DuplicateUnit[]): FileOutcome[] {
  return outcomes.map((o) => {
    const mine = duplicates.filter((d) => d.files.includes(o.file));
    if (!o.review || mine.length === 0) return o;
    const notes = mine.map((d) => `Cảnh báo: ${duplicateText(d)}`);
    return { ...o, review: { ...o.review, notes: [...o.review.notes, ...notes] } };
  });
}

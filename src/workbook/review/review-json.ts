/**
 * The JSON of a batch review, for other tools. Names are a contract: fields may be added, never renamed.
 * Field meanings are in the README's «tthc review» section.
 */
import type { Level } from '../../domain/cases';
import type { RulesProfile } from '../../domain/scoring';
import { allDisagreements, allVerdicts, consolidatedRanking, fileState, statusText, type FileOutcome, type FileState } from './batch';
import type { ReviewedTable } from './check';
import { comparedText } from './consolidated-sheets';
import type { DuplicateUnit } from './consolidate';
import type { Disagreement } from './disagreement';

export interface ReviewJson {
  profile: string;
  computedAt: string;
  version: string;
  files: {
    file: string;
    state: FileState;
    status: string;
    basis: 'cases' | 'tables' | null;
    disagreements: number;
    errors: number;
    warnings: number;
    error?: string;
    /** What was compared, in Vietnamese (also in `Tình trạng tệp`); absent for an unreadable file. */
    compared?: string;
    /** The tables read and compared; [] when there was nothing to compare. */
    tables: ReviewedTable[];
  }[];
  units: {
    file: string;
    name: string;
    level: Level;
    criteria: (number | null)[] | null;
    scoreTotal: number | null;
    dtbCcvc: number | null;
    classification: string | null;
    rank: number | null;
    /** «Khớp số liệu» or «Có n sai lệch: …»; '' for a unit no table has a row for (`compared` false). */
    verdict: string;
    disagreements: number;
    compared: boolean;
  }[];
  disagreements: (Disagreement & { file: string })[];
  /** Units scored in more than one file; the ranking keeps `kept`'s figures, for `reason`. */
  duplicateUnits: DuplicateUnit[];
}

export function reviewJson(outcomes: readonly FileOutcome[], profile: RulesProfile, computedAt: Date, version: string, duplicates: readonly DuplicateUnit[]): ReviewJson {
  const ranked = new Map(consolidatedRanking(outcomes, profile, duplicates).map((r) => [r.unit, r.score]));
  const verdicts = new Map(allVerdicts(outcomes).map((v) => [`${v.file}\u0000${v.unit}`, v]));
  return {
    profile: profile.id,
    computedAt: computedAt.toISOString(),
    version,
    files: outcomes.map((o) => {
      const errors = o.review?.disagreements.filter((d) => d.severity === 'error').length ?? 0;
      const total = o.review?.disagreements.length ?? 0;
      return {
        file: o.file,
        state: fileState(o),
        status: statusText(o),
        basis: o.review?.basis.kind ?? null,
        disagreements: total,
        errors,
        warnings: total - errors,
        ...(o.error ? { error: o.error } : {}),
        ...(o.review ? { compared: comparedText(o.review) } : {}),
        tables: o.review?.tables ?? [],
      };
    }),
    units: outcomes.flatMap((o) =>
      (o.review?.units ?? []).map((u) => {
        const score = ranked.get(u) ?? null;
        const verdict = verdicts.get(`${o.file}\u0000${u.name}`);
        return {
          file: o.file,
          name: u.name,
          level: u.level,
          criteria: score?.criteria ?? null,
          scoreTotal: score?.total ?? null,
          dtbCcvc: score?.dtbCcvc ?? null,
          classification: score?.classification ?? null,
          rank: score?.rank ?? null,
          verdict: verdict?.verdict ?? '',
          disagreements: verdict?.disagreements ?? 0,
          compared: verdict !== undefined,
        };
      }),
    ),
    disagreements: allDisagreements(outcomes),
    duplicateUnits: [...duplicates],
  };
}

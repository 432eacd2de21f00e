import type { CaseSummary } from './caseSummary';

export interface DeletedCaseSummary extends CaseSummary {
  deletedAt: number;
  reason: string;
}

/**
 * Puts one case where the screen shows it: the list, or « Dossiers supprimés » when it was deleted whole
 * (issue 18, point 1). Used at unlock (from the snapshot or the case records) and after a save.
 */
export function placeCase(
  data: { cases: Map<string, CaseSummary>; deleted: Map<string, DeletedCaseSummary> },
  summary: CaseSummary,
  deleted: { at: number; reason: string } | undefined,
): void {
  if (deleted) {
    data.cases.delete(summary.caseId);
    data.deleted.set(summary.caseId, { ...summary, deletedAt: deleted.at, reason: deleted.reason });
  } else {
    data.deleted.delete(summary.caseId);
    data.cases.set(summary.caseId, summary);
  }
}

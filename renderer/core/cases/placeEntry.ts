import { entrySummary, type ListEntry } from './caseListSnapshot';
import type { CaseSummary } from './caseSummary';

export interface DeletedCaseSummary extends CaseSummary {
  deletedAt: number;
  reason: string;
}

/** Puts one case where the screen shows it: the list and the index, or « Dossiers supprimés ». */
export function placeEntry(
  data: { cases: Map<string, CaseSummary>; deleted: Map<string, DeletedCaseSummary> },
  entry: ListEntry,
): void {
  const summary = entrySummary(entry);
  if (entry.deleted) {
    data.cases.delete(entry.caseId);
    data.deleted.set(entry.caseId, { ...summary, deletedAt: entry.deleted.at, reason: entry.deleted.reason });
  } else {
    data.deleted.delete(entry.caseId);
    data.cases.set(entry.caseId, summary);
  }
}

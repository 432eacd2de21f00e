import { z } from 'zod';
import { decodeWith, type DecodedRecord } from './decodeCaseRecord';
import { KINDS, caseFileSchema } from './caseSchemas';

// Issue 18, point 9: after unlock the list and the search index need only these fields of each case
// record, so only these are validated then (the same field schemas as the full record). The full
// record (status history, audit anchor, infractions…) is validated when the case is opened
// (loadCase), where a record that fails shows as damaged, as before. On 10,000 cases this halves
// the validation work done before the list can show.
const shape = caseFileSchema.shape;
export const caseListSchema = z.object({
  v: shape.v,
  number: shape.number,
  status: shape.status,
  openedOn: shape.openedOn,
  place: shape.place,
  summary: shape.summary,
  followUpOn: shape.followUpOn,
  searchWords: shape.searchWords,
  searchWordsVersion: shape.searchWordsVersion,
  // The case's seal: its counter tells the notebook's register check an older copy (issue 18, point 3).
  seal: shape.seal,
  // A deleted case leaves the list for « Dossiers supprimés » (issue 18, point 1).
  deleted: shape.deleted,
});

export type CaseListFields = z.infer<typeof caseListSchema>;

/** A decrypted case payload → the fields the list and index use: version checked, migrated, validated. */
export function decodeCaseListRecord(payload: unknown): DecodedRecord<CaseListFields> {
  return decodeWith(KINDS.case, payload, caseListSchema);
}

import { KINDS } from './caseSchemas';
import { tombstoneOf } from './mergeTombstone';
import { decodeCaseRecord } from './decodeCaseRecord';
import { finalTombstone } from './recordHistorySchemas';

interface Row {
  id: string;
  kind: string;
  updatedAt: number;
  payload: unknown;
}

/**
 * The records of a case as they may leave this notebook in a transfer (issue 18, point 2): a
 * deletion travels (its tombstone, so the record stays deleted at the other office), what was
 * deleted does not: the tombstone goes without its undo copy, and the deleted record's previous
 * versions and an attachment's bytes stay here.
 */
export function withoutDeletedContent<R extends Row>(rows: readonly R[]): R[] {
  const deleted = new Set<string>();
  for (const row of rows) {
    const stone = tombstoneOf(row);
    if (!stone) continue;
    deleted.add(row.id);
    const dataId = (stone.last as { dataId?: unknown } | null | undefined)?.dataId;
    if (stone.kind === KINDS.attachment && typeof dataId === 'string') deleted.add(dataId);
  }
  const out: R[] = [];
  for (const row of rows) {
    const stone = tombstoneOf(row);
    if (stone) {
      out.push({ ...row, payload: finalTombstone(stone) });
      continue;
    }
    if (row.kind === KINDS.attachmentData && deleted.has(row.id)) continue;
    if (row.kind === KINDS.revision) {
      const revision = decodeCaseRecord(KINDS.revision, row.payload);
      if (revision.ok && deleted.has(revision.value.recordId)) continue;
    }
    out.push(row);
  }
  return out;
}

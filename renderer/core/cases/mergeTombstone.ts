import { KINDS } from './caseSchemas';
import { decodeCaseRecord } from './decodeCaseRecord';
import type { Tombstone } from './recordHistorySchemas';
import { recordVersionId } from './recordVersionId';
import { RECORD_VERSIONS } from './recordVersions';

// Issue 18, point 2: how a merge meets a deletion. Each side is one version of one record id, as a
// backup merge or a transfer sees it (kind, updatedAt, decrypted payload).

export interface RecordSide {
  kind: string;
  updatedAt: number;
  payload: unknown;
}

/**
 * `mine` / `theirs`: that side is the result and the other is dropped (the deletion covers it);
 * `conflict-keep-mine` / `conflict-keep-theirs`: the record was edited after the deletion knew it,
 * so the edited side stays the record and the tombstone is kept beside it as a flagged conflict;
 * null: no tombstone on either side, the caller's own rule applies.
 */
export type TombstoneOutcome = 'mine' | 'theirs' | 'conflict-keep-mine' | 'conflict-keep-theirs' | null;

export function mergeTombstone(mine: RecordSide, theirs: RecordSide): TombstoneOutcome {
  const mineStone = tombstoneOf(mine);
  const theirStone = tombstoneOf(theirs);
  if (mineStone === undefined && theirStone === undefined) return null;
  // Deleted on both sides: stays deleted; this notebook's tombstone (and its undo, if any) is kept.
  if (mineStone && theirStone) return 'mine';
  if (mineStone) return covers(mineStone, theirs) ? 'mine' : 'conflict-keep-theirs';
  return covers(theirStone!, mine) ? 'theirs' : 'conflict-keep-mine';
}

/** Whether the deletion knew this version of the record (it is that version, or an older one). */
export function covers(stone: Tombstone, side: RecordSide): boolean {
  if (stone.heads !== undefined) return journalKnown(stone.heads, side);
  return (
    stone.anyVersion || stone.versions.includes(recordVersionId(side.kind, side.updatedAt, side.payload))
  );
}

/**
 * A whole case (issue 18, point 1): its record is rewritten by every change, so versions are told
 * apart by the journal instead. A copy whose journal head the deletion knew is from before it; any
 * other was saved where the deletion was not seen.
 */
function journalKnown(heads: readonly string[], side: RecordSide): boolean {
  if (side.kind !== KINDS.case) return false;
  const decoded = decodeCaseRecord(KINDS.case, side.payload);
  return decoded.ok && heads.includes(decoded.value.audit.head.slice(0, 16));
}

/** The tombstone a side holds, or undefined (undefined too when it is unreadable: the caller's rule handles it). */
export function tombstoneOf(side: RecordSide): Tombstone | undefined {
  // A whole case deleted and still restorable is its case record marked `deleted` (deleteCase.ts):
  // it meets the other side's case record like a tombstone, with the versions it knew.
  if (side.kind === KINDS.case) return deletedCaseStone(side.payload);
  if (side.kind !== KINDS.tombstone) return undefined;
  const decoded = decodeCaseRecord(KINDS.tombstone, side.payload);
  return decoded.ok ? decoded.value : undefined;
}

/** A previous version of a record whose deletion was made final here must not come back with a merge. */
export function revisionOfForgotten(side: RecordSide, forgotten: ReadonlySet<string>): boolean {
  if (side.kind !== KINDS.revision) return false;
  const decoded = decodeCaseRecord(KINDS.revision, side.payload);
  return decoded.ok && forgotten.has(decoded.value.recordId);
}

function deletedCaseStone(payload: unknown): Tombstone | undefined {
  const decoded = decodeCaseRecord(KINDS.case, payload);
  const deleted = decoded.ok ? decoded.value.deleted : undefined;
  if (deleted === undefined) return undefined;
  return {
    v: RECORD_VERSIONS['case-tombstone'],
    kind: KINDS.case,
    deletedAt: deleted.at,
    reason: deleted.reason,
    versions: [],
    anyVersion: false,
    heads: deleted.heads,
  };
}

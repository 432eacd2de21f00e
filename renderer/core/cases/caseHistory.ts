import type { PutRecordInput } from '../vault';
import type { CaseBundle, Item } from './caseBundle';
import type { CaseChange } from './caseCommit';
import { KINDS, type CaseFile } from './caseSchemas';
import {
  finalTombstone,
  MAX_REVISIONS,
  UNDO_MS,
  type CaseFieldsRevision,
  type DeletableKind,
  type Revision,
  type Tombstone,
  type VersionedKind,
} from './recordHistorySchemas';
import { recordVersionId } from './recordVersionId';
import { RECORD_VERSIONS } from './recordVersions';

// Issue 18, point 1: an edit never overwrites blindly. Every change is passed through here inside
// commitChange, so the previous version of each record it replaces is written, encrypted, in the
// same transaction (README, "Edit, delete, history").

export interface LiveRecord {
  kind: DeletableKind;
  item: Item<unknown>;
}

/** Every record a person can edit or delete in this case, by id. */
export function liveRecords(bundle: CaseBundle): Map<string, LiveRecord> {
  const out = new Map<string, LiveRecord>();
  const add = (kind: DeletableKind, items: Item<unknown>[]) => {
    for (const item of items) out.set(item.id, { kind, item });
  };
  add(KINDS.person, bundle.persons);
  add(KINDS.screening, bundle.screenings);
  add(KINDS.referral, bundle.referrals);
  add(KINDS.note, bundle.notes);
  add(KINDS.task, bundle.tasks);
  add(KINDS.attachment, bundle.attachments);
  return out;
}

/** The typed fields of the case record (the rest is computed: anchor, follow-up, search words). */
export function caseFieldsOf(file: CaseFile): CaseFieldsRevision {
  const { openedOn, incidentOn, place, summary, infractions, siteType, exploitation } = file;
  return {
    openedOn,
    incidentOn,
    place,
    summary,
    infractions,
    ...(siteType === undefined ? {} : { siteType }),
    ...(exploitation === undefined ? {} : { exploitation }),
  };
}

/** The change, plus the previous version of every record it replaces, old ones pruned and expired undo data purged. */
export function withHistory(bundle: CaseBundle, change: CaseChange, now: number): CaseChange {
  const put: PutRecordInput<unknown>[] = [...(change.put ?? [])];
  const deleteIds = new Set(change.deleteIds ?? []);
  const byRecord = revisionsByRecord(bundle.revisions);
  const keep = (recordId: string, kind: VersionedKind, savedAt: number, payload: unknown) => {
    const revision: Revision = {
      v: RECORD_VERSIONS['case-revision'],
      recordId,
      kind,
      savedAt,
      replacedAt: now,
      version: recordVersionId(kind, savedAt, payload),
      payload,
    };
    put.push({ kind: KINDS.revision, payload: revision });
    // Newest first: with this one added, the record keeps MAX_REVISIONS previous versions.
    for (const old of (byRecord.get(recordId) ?? []).slice(MAX_REVISIONS - 1)) deleteIds.add(old.id);
  };
  if (change.file && JSON.stringify(caseFieldsOf(change.file)) !== JSON.stringify(caseFieldsOf(bundle.file)))
    keep(bundle.caseId, KINDS.case, bundle.updatedAt, caseFieldsOf(bundle.file));
  const live = liveRecords(bundle);
  for (const p of change.put ?? []) {
    const current = p.id === undefined ? undefined : live.get(p.id);
    // A tombstone put carries the last version itself; an edit keeps the one it replaces.
    if (current && p.kind === current.kind)
      keep(current.item.id, current.kind, current.item.updatedAt, current.item.value);
  }
  const closing = change.file?.status === 'clos' && bundle.file.status !== 'clos';
  const touched = new Set(put.flatMap((p) => (p.id ? [p.id] : [])));
  for (const stone of bundle.tombstones) {
    if (stone.value.last === undefined || touched.has(stone.id)) continue;
    if (closing || now - stone.value.deletedAt > UNDO_MS) purge(stone, byRecord, put, deleteIds, touched);
  }
  return { ...change, put, ...(deleteIds.size > 0 ? { deleteIds: [...deleteIds] } : {}) };
}

/**
 * A deletion that can no longer be undone forgets what was deleted: the tombstone keeps only the
 * facts a merge needs (kind, when, why, which versions), the record's previous versions go, and
 * an attachment's bytes are replaced by a tombstone of their own.
 */
function purge(
  stone: Item<Tombstone>,
  byRecord: Map<string, Item<Revision>[]>,
  put: PutRecordInput<unknown>[],
  deleteIds: Set<string>,
  touched: Set<string>,
): void {
  const { last } = stone.value;
  put.push({ id: stone.id, kind: KINDS.tombstone, payload: finalTombstone(stone.value) });
  for (const revision of byRecord.get(stone.id) ?? []) deleteIds.add(revision.id);
  const dataId =
    stone.value.kind === KINDS.attachment && typeof last === 'object' && last !== null
      ? (last as { dataId?: unknown }).dataId
      : undefined;
  if (typeof dataId === 'string' && !touched.has(dataId)) {
    const dataStone: Tombstone = {
      v: RECORD_VERSIONS['case-tombstone'],
      kind: KINDS.attachmentData,
      deletedAt: stone.value.deletedAt,
      reason: stone.value.reason,
      versions: [],
      anyVersion: true,
    };
    put.push({ id: dataId, kind: KINDS.tombstone, payload: dataStone });
    touched.add(dataId);
  }
}

function revisionsByRecord(revisions: Item<Revision>[]): Map<string, Item<Revision>[]> {
  const out = new Map<string, Item<Revision>[]>();
  // bundle.revisions is newest first; each list keeps that order.
  for (const r of revisions) out.set(r.value.recordId, [...(out.get(r.value.recordId) ?? []), r]);
  return out;
}

import type { PutRecordInput } from '../vault';
import type { CaseBundle } from './caseBundle';
import type { CaseChange } from './caseCommit';
import { caseFieldsOf, liveRecords } from './caseHistory';
import { KINDS, type CaseFile } from './caseSchemas';
import { decodeCaseRecord } from './decodeCaseRecord';
import { mergeTombstone, tombstoneOf, type RecordSide } from './mergeTombstone';
import type { Revision, Tombstone } from './recordHistorySchemas';
import { recordVersionId } from './recordVersionId';
import { isCaseRecordKind, RECORD_VERSIONS } from './recordVersions';
import { stableJson } from './stableJson';

// Issue 18, point 2: a copy of a case that comes back from another notebook (a transfer) is merged
// record by record into the case here, the way a backup merge does, instead of beside it. Pure: it
// reads the case as loaded and says what one commit must write (README, "Transfers that come back").

/** One record of the incoming case, as the file holds it (payload not yet decoded). */
export interface IncomingRecord {
  id: string;
  kind: string;
  updatedAt: number;
  payload: unknown;
}

/** The losing side of a conflict: kept beside the record as a flagged copy by the caller. */
export interface MergeConflictSide {
  recordId: string;
  kind: string;
  updatedAt: number;
  /** `backup`: the file's version (the name the conflict copy format gives it); `local`: this notebook's. */
  side: 'backup' | 'local';
  payload: unknown;
}

export interface CaseMergeCounts {
  /** Items only in the file: added here. */
  added: number;
  /** Items the file holds in a later version of the one here (or readable where this one is not). */
  updated: number;
  /** Items the file deleted, in a version the deletion knew: deleted here. */
  deleted: number;
  /** Both sides changed the item (or one deleted what the other edited): both kept, one flagged. */
  conflicts: number;
  /** Same on both sides, or the file's version is an older one of the item here. */
  unchanged: number;
}

export interface CaseMergePlan {
  /** What one commit writes, or null when the case here needs no change. */
  change: Omit<CaseChange, 'action'> | null;
  conflicts: MergeConflictSide[];
  counts: CaseMergeCounts;
  /** The case is closed here and the file would change it: nothing is done (it must be reopened first). */
  closedHere: boolean;
}

const ZERO: CaseMergeCounts = { added: 0, updated: 0, deleted: 0, conflicts: 0, unchanged: 0 };

/**
 * Decides, record by record, how the file's copy of this case merges into the one here:
 * - only in the file: added; only here: kept (a merge deletes only through a tombstone);
 * - a tombstone on either side: `mergeTombstone` (the deletion wins over the versions it knew; an
 *   edit it did not know is kept, the tombstone becomes a conflict copy);
 * - both readable and different: the side whose history holds the other's version is the later one
 *   and wins without a copy; when neither does, both were edited: the later row time becomes the
 *   record (this side on a tie) and the other a conflict copy;
 * - journal entries are not taken: the chain here stays one line and the commit's own entry binds
 *   what the merge wrote; previous versions (`case-revision`) come along unless already here.
 */
export function planCaseMerge(bundle: CaseBundle, incoming: readonly IncomingRecord[]): CaseMergePlan {
  const counts = { ...ZERO };
  const put: PutRecordInput<unknown>[] = [];
  const deleteIds: string[] = [];
  const conflicts: MergeConflictSide[] = [];
  const theirs = decodedRecords(incoming);
  const mine = mineById(bundle);
  const mineVersions = versionsById(bundle.revisions.map((r) => r.value));
  for (const [id, side] of mine) if (side.kind !== KINDS.tombstone) addVersion(mineVersions, id, side);
  const theirVersions = versionsById(
    theirs.filter((r) => r.kind === KINDS.revision).map((r) => r.payload as Revision),
  );
  const skip = new Set([...bundle.newer.map((d) => d.id)]);
  const damaged = new Set(bundle.damaged.map((d) => d.id));
  const forgotten = new Set(bundle.tombstones.filter((t) => t.value.last === undefined).map((t) => t.id));
  const replacedVersions = new Set<string>();

  for (const record of theirs) {
    const { id, kind } = record;
    if (kind === KINDS.case || kind === KINDS.audit || kind === KINDS.revision || skip.has(id)) continue;
    const adopt = () => put.push({ id, kind, payload: record.payload, updatedAt: record.updatedAt });
    // Attachment bytes are written once: present here (or already deleted here) means nothing to do.
    // A tombstone of bytes still here is not taken alone: the deletion of their attachment brings one.
    if (kind === KINDS.attachmentData || (!mine.has(id) && bundle.live.has(id) && !damaged.has(id))) {
      if (!bundle.live.has(id)) adopt();
      continue;
    }
    const here = mine.get(id);
    if (here === undefined || damaged.has(id)) {
      adopt();
      if (damaged.has(id)) counts.updated++;
      else if (kind !== KINDS.tombstone) counts.added++;
      continue;
    }
    if (here.kind === kind && stableJson(here.payload) === stableJson(record.payload)) {
      counts.unchanged++;
      continue;
    }
    const outcome = mergeTombstone(here, record);
    if (outcome === 'mine') counts.unchanged++;
    else if (outcome === 'theirs') {
      adopt();
      counts.deleted++;
      // The deletion arrives final (a transfer carries no undo copy): what this side kept of the record goes too.
      for (const r of bundle.revisions) if (r.value.recordId === id) deleteIds.push(r.id);
      const dataStone = bytesTombstone(bundle, id, tombstoneOf(record)!);
      if (dataStone) put.push(dataStone);
    } else if (outcome === 'conflict-keep-theirs') {
      adopt();
      conflicts.push(conflictSide(id, here, 'local'));
      counts.conflicts++;
    } else if (outcome === 'conflict-keep-mine') {
      conflicts.push(conflictSide(id, record, 'backup'));
      counts.conflicts++;
    } else {
      const mineId = recordVersionId(here.kind, here.updatedAt, here.payload);
      const theirId = recordVersionId(kind, record.updatedAt, record.payload);
      if (here.kind === kind && mineVersions.get(id)?.has(theirId)) counts.unchanged++;
      else if (here.kind === kind && theirVersions.get(id)?.has(mineId)) {
        adopt();
        replacedVersions.add(`${id}|${mineId}`);
        counts.updated++;
      } else {
        const theirsWins = record.updatedAt > here.updatedAt;
        if (theirsWins) {
          adopt();
          replacedVersions.add(`${id}|${mineId}`);
        }
        conflicts.push(theirsWins ? conflictSide(id, here, 'local') : conflictSide(id, record, 'backup'));
        counts.conflicts++;
      }
    }
  }
  // Previous versions from the file, unless this side has that version of that record already (or
  // the record's deletion is final here), or this commit's own history step is about to keep it.
  for (const record of theirs) {
    if (record.kind !== KINDS.revision || bundle.live.has(record.id)) continue;
    const revision = record.payload as Revision;
    const known = mineVersions.get(revision.recordId)?.has(revision.version) === true;
    if (known || forgotten.has(revision.recordId)) continue;
    if (replacedVersions.has(`${revision.recordId}|${revision.version}`)) continue;
    put.push({ id: record.id, kind: record.kind, payload: revision, updatedAt: record.updatedAt });
  }
  const file = mergeCaseFile(bundle, theirs, counts, conflicts);
  const writes = put.length > 0 || deleteIds.length > 0 || file !== undefined;
  const reopening = file !== undefined && file.status !== 'clos';
  if (bundle.file.status === 'clos' && (writes || conflicts.length > 0) && !reopening)
    return {
      change: null,
      conflicts: [],
      counts: { ...ZERO, unchanged: counts.unchanged },
      closedHere: true,
    };
  const change = writes
    ? { put, ...(deleteIds.length > 0 ? { deleteIds } : {}), ...(file ? { file } : {}) }
    : null;
  return { change, conflicts, counts, closedHere: false };
}

interface Side extends RecordSide {
  id: string;
}

/** The file's records, decoded (older versions migrated) the way the notebook reads; undecodable ones left out (validated before). */
function decodedRecords(incoming: readonly IncomingRecord[]): Side[] {
  const out: Side[] = [];
  for (const r of incoming) {
    if (!isCaseRecordKind(r.kind)) continue;
    const decoded = decodeCaseRecord(r.kind, r.payload);
    if (decoded.ok) out.push({ id: r.id, kind: r.kind, updatedAt: r.updatedAt, payload: decoded.value });
  }
  return out;
}

function mineById(bundle: CaseBundle): Map<string, Side> {
  const out = new Map<string, Side>();
  for (const [id, { kind, item }] of liveRecords(bundle))
    out.set(id, { id, kind, updatedAt: item.updatedAt, payload: item.value });
  for (const t of bundle.tombstones)
    out.set(t.id, { id: t.id, kind: KINDS.tombstone, updatedAt: t.updatedAt, payload: t.value });
  return out;
}

function versionsById(revisions: readonly Revision[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of revisions) out.set(r.recordId, (out.get(r.recordId) ?? new Set()).add(r.version));
  return out;
}

function addVersion(map: Map<string, Set<string>>, id: string, side: Side): void {
  map.set(id, (map.get(id) ?? new Set()).add(recordVersionId(side.kind, side.updatedAt, side.payload)));
}

function conflictSide(recordId: string, side: Side, from: 'backup' | 'local'): MergeConflictSide {
  return { recordId, kind: side.kind, updatedAt: side.updatedAt, side: from, payload: side.payload };
}

/**
 * An attachment deleted by the file: its bytes here go too, replaced by a tombstone of their own
 * (as when a deletion becomes final here), since the transfer's tombstone cannot be undone.
 */
function bytesTombstone(bundle: CaseBundle, id: string, stone: Tombstone): PutRecordInput<unknown> | null {
  const attachment = bundle.attachments.find((a) => a.id === id);
  if (!attachment || bundle.live.get(attachment.value.dataId)?.kind !== KINDS.attachmentData) return null;
  const payload: Tombstone = {
    v: RECORD_VERSIONS['case-tombstone'],
    kind: KINDS.attachmentData,
    deletedAt: stone.deletedAt,
    reason: stone.reason,
    versions: [],
    anyVersion: true,
  };
  return { id: attachment.value.dataId, kind: KINDS.tombstone, payload };
}

/** What a person typed and chose in the case record; the rest (journal anchor, seal, words) is this notebook's own. */
function caseState(file: CaseFile) {
  return { fields: stableJson(caseFieldsOf(file)), history: file.statusHistory.map((s) => stableJson(s)) };
}

function isPrefix(a: readonly string[], b: readonly string[]): boolean {
  return a.length <= b.length && a.every((x, i) => x === b[i]);
}

/**
 * The case record: its typed fields and status. The side whose history holds the other's fields
 * (and whose status history continues the other's) wins; otherwise the later row wins and the other
 * side's case record becomes a conflict copy (using it later takes only its fields and status).
 */
function mergeCaseFile(
  bundle: CaseBundle,
  theirs: readonly Side[],
  counts: CaseMergeCounts,
  conflicts: MergeConflictSide[],
): CaseFile | undefined {
  const record = theirs.find((r) => r.kind === KINDS.case && r.id === bundle.caseId);
  if (!record) return undefined;
  const other = record.payload as CaseFile;
  const a = caseState(bundle.file);
  const b = caseState(other);
  if (a.fields === b.fields && stableJson(a.history) === stableJson(b.history)) return undefined;
  const fieldsOf = (revisions: readonly Revision[]) =>
    revisions
      .filter((r) => r.kind === KINDS.case && r.recordId === bundle.caseId)
      .map((r) => stableJson(r.payload));
  const mineKnows = [a.fields, ...fieldsOf(bundle.revisions.map((r) => r.value))];
  const theirsKnow = [
    b.fields,
    ...fieldsOf(theirs.filter((r) => r.kind === KINDS.revision).map((r) => r.payload as Revision)),
  ];
  const adopt = (): CaseFile => ({
    ...bundle.file,
    ...caseFieldsOf(other),
    status: other.status,
    statusHistory: other.statusHistory,
  });
  if (mineKnows.includes(b.fields) && isPrefix(b.history, a.history)) {
    counts.unchanged++;
    return undefined;
  }
  if (theirsKnow.includes(a.fields) && isPrefix(a.history, b.history)) {
    counts.updated++;
    return adopt();
  }
  counts.conflicts++;
  const here: Side = {
    id: bundle.caseId,
    kind: KINDS.case,
    updatedAt: bundle.updatedAt,
    payload: bundle.file,
  };
  if (record.updatedAt > bundle.updatedAt) {
    conflicts.push(conflictSide(bundle.caseId, here, 'local'));
    return adopt();
  }
  conflicts.push(conflictSide(bundle.caseId, record, 'backup'));
  return undefined;
}

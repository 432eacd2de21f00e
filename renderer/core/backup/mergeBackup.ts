import { bytesEqual } from '../crypto/bytes';
import { newOpaqueId } from '../vault/opaqueId';
import { headerBelongsTo, openRawRecord, readRawVault, sealRawRecord, writeRawRecords } from '../vault/rawVault';
import type { StoredRecord } from '../vault/recordCodec';
import type { VaultSession } from '../vault/vaultSession';
import { BackupError } from './backupError';
import { guardStorage } from './guardStorage';
import { decodeBackup } from './backupFile';
import { CONFLICT_KIND, conflictCopySchema, conflictKey, type ConflictCopy } from './conflictCopy';

export interface MergeSummary {
  /** In the file only: added. */
  added: number;
  /** Newer in the file: replaced the version here. */
  updated: number;
  /** Same content on both sides (or older copy already kept). */
  unchanged: number;
  /** Both sides differ: the newer is the record, the other is kept as a conflict copy (also in `updated` when the file's won). */
  conflicts: number;
  /** Unreadable here, readable in the file: the file's version replaced it. */
  repaired: number;
}

type Opened = { ok: true; payload: unknown } | { ok: false };

/**
 * Merges a backup of this same vault (same vault id, so the same data key) into the open session.
 * Rule (README "Merging"): a record only in the file is added; one only here stays (deletions do
 * not travel: there are no tombstones); when both hold different contents, the later updatedAt
 * wins (this computer on a tie) and the other version is kept as a 'merge-conflict' record.
 * Everything is decoded, authenticated and encrypted first, then written in one transaction.
 */
export async function mergeBackup(session: VaultSession, file: Uint8Array, now: number = Date.now()): Promise<MergeSummary> {
  const backup = await decodeBackup(file);
  return guardStorage(async () => {
    const local = await readRawVault(session);
    if (backup.header.vaultId !== local.vaultId) throw new BackupError('other-vault');
    if (!(await headerBelongsTo(session, backup.header))) throw new BackupError('backup-not-authentic');
    const here = new Map(local.rows.map((row) => [row.id, row]));
    const kept = await existingCopies(session, local.rows);
    const writes: StoredRecord[] = [];
    const copies: ConflictCopy[] = [];
    const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, conflicts: 0, repaired: 0 };

    // One pass, one row decrypted at a time: every incoming row is authenticated before anything
    // is written, but only the payloads a conflict needs are kept in memory.
    for (const theirs of backup.rows) {
      const opened = await open(session, theirs);
      if (!opened.ok) throw new BackupError('backup-not-authentic');
      const mine = here.get(theirs.id);
      if (mine === undefined) {
        writes.push(theirs);
        summary.added++;
        continue;
      }
      if (sameRow(mine, theirs)) {
        summary.unchanged++;
        continue;
      }
      const mineOpened = await open(session, mine);
      if (!mineOpened.ok) {
        writes.push(theirs);
        summary.repaired++;
        continue;
      }
      if (mine.kind === theirs.kind && mine.caseId === theirs.caseId && JSON.stringify(mineOpened.payload) === JSON.stringify(opened.payload)) {
        summary.unchanged++;
        continue;
      }
      const theirsWins = theirs.updatedAt > mine.updatedAt;
      const loser = theirsWins ? { row: mine, payload: mineOpened.payload, side: 'local' as const } : { row: theirs, payload: opened.payload, side: 'backup' as const };
      if (theirsWins) {
        writes.push(theirs);
        summary.updated++;
      }
      const copy: ConflictCopy = { v: 1, recordId: loser.row.id, kind: loser.row.kind, caseId: loser.row.caseId, updatedAt: loser.row.updatedAt, side: loser.side, mergedAt: now, payload: loser.payload };
      if (kept.has(conflictKey(copy))) {
        if (!theirsWins) summary.unchanged++;
        continue;
      }
      kept.add(conflictKey(copy));
      copies.push(copy);
      summary.conflicts++;
    }
    for (const copy of copies) {
      // Outside any case (caseId null): the notebook reads a case by caseId and would count an
      // unknown kind as damaged. The case id is inside the copy.
      writes.push(await sealRawRecord(session, { id: newOpaqueId(), kind: CONFLICT_KIND, caseId: null, updatedAt: now }, copy));
    }
    if (writes.length > 0) await writeRawRecords(session, writes);
    return summary;
  });
}

async function open(session: VaultSession, row: StoredRecord): Promise<Opened> {
  const outcome = await openRawRecord(session, row);
  return outcome.ok ? { ok: true, payload: outcome.payload } : { ok: false };
}

function sameRow(a: StoredRecord, b: StoredRecord): boolean {
  return a.kind === b.kind && a.caseId === b.caseId && a.updatedAt === b.updatedAt && a.format === b.format && bytesEqual(a.iv, b.iv) && bytesEqual(a.ciphertext, b.ciphertext);
}

/** Conflict copies already here, so merging the same file twice adds nothing the second time. */
async function existingCopies(session: VaultSession, rows: readonly StoredRecord[]): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const row of rows) {
    if (row.kind !== CONFLICT_KIND) continue;
    const opened = await open(session, row);
    const copy = opened.ok ? conflictCopySchema.safeParse(opened.payload) : null;
    if (copy?.success) keys.add(conflictKey(copy.data));
  }
  return keys;
}


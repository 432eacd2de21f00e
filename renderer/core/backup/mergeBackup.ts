import {
  KINDS,
  mergeTombstone,
  revisionOfForgotten,
  tombstoneOf,
  NOTEBOOK_STATE_ID,
  isListBucketId,
  parseNotebookState,
  saveCaseChange,
  CaseError,
  type NotebookState,
} from '../cases';
import { bytesEqual } from '../crypto';
import {
  clearStaging,
  commitStaging,
  headerBelongsTo,
  newOpaqueId,
  openRawRecord,
  readRawIdsOfKind,
  readRawRecords,
  sealRawRecord,
  type StagedRow,
  stageRows,
  type StoredRecord,
  type VaultSession,
} from '../vault';
import { BackupError } from './backupError';
import { backupRowBatches, checkBackup } from './backupFile';
import type { OnBackupProgress } from './backupProgress';
import type { ByteSource } from './byteStream';
import { cancellableSource, throwIfCancelled } from './cancel';
import { CONFLICT_KIND, conflictCopySchema, conflictKey, type ConflictCopy } from './conflictCopy';
import { guardStorage } from './guardStorage';

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
  /**
   * The notebook counters (issue 18, point 3): commits saved here and in the backup, when both carry
   * a register. The backup is older than this notebook when its counter is lower.
   */
  counters?: { here: number; backup: number; backupSavedAt: number };
}

type Opened = { ok: true; payload: unknown } | { ok: false };

/**
 * Merges a backup of this same vault (same vault id, so the same data key) into the open session.
 * Rule (README "Merging"): a record only in the file is added; one only here stays; when both hold
 * different contents, the later updatedAt wins (this computer on a tie) and the other version is kept
 * as a 'merge-conflict' record. Deletions travel (issue 18): a tombstone replaces the versions it
 * knew; a record edited after it stays, with the tombstone kept beside it as a conflict copy.
 *
 * Streamed, all or nothing: the file is checked whole first (checkBackup); then read again batch by
 * batch, every incoming row authenticated and decided, and the rows to write (and sealed conflict
 * copies) parked in the vault's staging store; then ONE transaction moves them into the records,
 * provided each record it replaces is still the version the decision saw ('changed-during-merge'
 * otherwise). Any failure before that transaction leaves the records untouched and staging empty.
 *
 * `signal` cancels ('cancelled') up to the final transaction, like any failure before it; once that
 * transaction has started it completes (it is one IndexedDB transaction, short next to the rest).
 */
export async function mergeBackup(
  session: VaultSession,
  file: ByteSource,
  now: number = Date.now(),
  onProgress?: OnBackupProgress,
  signal?: AbortSignal,
): Promise<MergeSummary> {
  const source = cancellableSource(file, signal);
  const backup = await checkBackup(source, onProgress);
  return guardStorage(async () => {
    if (backup.header.vaultId !== session.vaultId) throw new BackupError('other-vault');
    if (!(await headerBelongsTo(session, backup.header))) throw new BackupError('backup-not-authentic');
    const kept = await existingCopies(session);
    const forgotten = await forgottenRecords(session);
    const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, conflicts: 0, repaired: 0 };
    // Whatever a crash left in staging is not this merge's: throw it away first.
    await clearStaging(session);
    let seq = 0;
    let done = 0;
    const touched = new Set<string>();
    try {
      for await (const batch of backupRowBatches(source, backup)) {
        const local = await readRawRecords(
          session,
          batch.map((r) => r.id),
        );
        const staged: StagedRow[] = [];
        for (const [i, theirs] of batch.entries()) {
          const decided =
            theirs.id === NOTEBOOK_STATE_ID
              ? await decideRegister(session, theirs, local[i], now, summary)
              : isListBucketId(theirs.id)
                ? keepListSnapshot(summary)
                : await decide(session, theirs, local[i], { kept, forgotten }, now, summary);
          for (const entry of decided) {
            staged.push({ seq: seq++, ...entry });
            if (entry.row.caseId !== null) touched.add(entry.row.caseId);
          }
        }
        if (staged.length > 0) await stageRows(session, staged);
        throwIfCancelled(signal);
        onProgress?.({ step: 'merging', done: (done += batch.length), total: backup.recordCount });
      }
      // The last moment a cancel is honoured: from here the move into the records runs to its end.
      throwIfCancelled(signal);
      if (seq > 0 && (await commitStaging(session)) === 'changed')
        throw new BackupError('changed-during-merge');
    } catch (error) {
      await clearStaging(session).catch(() => undefined);
      throw error;
    }
    await rebindMergedCases(session, touched, now);
    return summary;
  });
}

/** What to stage for one incoming row (nothing, the row, a conflict copy, or both), counting as it goes. */
async function decide(
  session: VaultSession,
  theirs: StoredRecord,
  mine: StoredRecord | undefined,
  known: { kept: Set<string>; forgotten: ReadonlySet<string> },
  now: number,
  summary: MergeSummary,
): Promise<Omit<StagedRow, 'seq'>[]> {
  const { kept } = known;
  const opened = await open(session, theirs);
  if (!opened.ok) throw new BackupError('backup-not-authentic');
  if (mine === undefined) {
    // A deletion made final here (case closed, or undo period over) forgot the record's versions.
    // A whole case purged here (its tombstone sits under the case's id) does not come back record by record.
    const ofPurgedCase =
      theirs.caseId !== null && theirs.id !== theirs.caseId && known.forgotten.has(theirs.caseId);
    if (ofPurgedCase || revisionOfForgotten({ ...theirs, payload: opened.payload }, known.forgotten)) {
      summary.unchanged++;
      return [];
    }
    summary.added++;
    return [{ row: theirs, expect: 'absent' }];
  }
  if (sameRow(mine, theirs)) {
    summary.unchanged++;
    return [];
  }
  const seen = { updatedAt: mine.updatedAt, iv: mine.iv };
  const mineOpened = await open(session, mine);
  if (!mineOpened.ok) {
    summary.repaired++;
    return [{ row: theirs, expect: seen }];
  }
  if (
    mine.kind === theirs.kind &&
    mine.caseId === theirs.caseId &&
    JSON.stringify(mineOpened.payload) === JSON.stringify(opened.payload)
  ) {
    summary.unchanged++;
    return [];
  }
  // Deletions (issue 18): a tombstone wins over the versions it knew; over a later edit, both are kept.
  const deletion = mergeTombstone(
    { kind: mine.kind, updatedAt: mine.updatedAt, payload: mineOpened.payload },
    { kind: theirs.kind, updatedAt: theirs.updatedAt, payload: opened.payload },
  );
  if (deletion === 'mine') {
    summary.unchanged++;
    return [];
  }
  if (deletion === 'theirs') {
    summary.updated++;
    return [{ row: theirs, expect: seen }];
  }
  const theirsWins =
    deletion === null ? theirs.updatedAt > mine.updatedAt : deletion === 'conflict-keep-theirs';
  const loser = theirsWins
    ? { row: mine, payload: mineOpened.payload, side: 'local' as const }
    : { row: theirs, payload: opened.payload, side: 'backup' as const };
  const out: Omit<StagedRow, 'seq'>[] = [];
  if (theirsWins) {
    out.push({ row: theirs, expect: seen });
    summary.updated++;
  }
  const copy: ConflictCopy = {
    v: 1,
    recordId: loser.row.id,
    kind: loser.row.kind,
    caseId: loser.row.caseId,
    updatedAt: loser.row.updatedAt,
    side: loser.side,
    mergedAt: now,
    payload: loser.payload,
  };
  if (kept.has(conflictKey(copy))) {
    if (!theirsWins) summary.unchanged++;
    return out;
  }
  kept.add(conflictKey(copy));
  summary.conflicts++;
  // Outside any case (caseId null): the notebook reads a case by caseId and would count an
  // unknown kind as damaged. The case id is inside the copy.
  out.push({
    row: await sealRawRecord(
      session,
      { id: newOpaqueId(), kind: CONFLICT_KIND, caseId: null, updatedAt: now },
      copy,
    ),
    expect: null,
  });
  return out;
}

/**
 * The notebook's register is never a conflict: the merged one keeps the higher counter and, per
 * case, the later of the two saves, so neither side's cases read as rolled back afterwards.
 */
async function decideRegister(
  session: VaultSession,
  theirs: StoredRecord,
  mine: StoredRecord | undefined,
  now: number,
  summary: MergeSummary,
): Promise<Omit<StagedRow, 'seq'>[]> {
  const opened = await open(session, theirs);
  if (!opened.ok) throw new BackupError('backup-not-authentic');
  const backup = parseNotebookState(opened.payload);
  const mineOpened = mine ? await open(session, mine) : ({ ok: false } as const);
  const here = mineOpened.ok ? parseNotebookState(mineOpened.payload) : null;
  if (backup === null) return [];
  summary.counters = { here: here?.counter ?? 0, backup: backup.counter, backupSavedAt: backup.savedAt };
  if (here !== null && backup.counter <= here.counter && covers(here, backup)) {
    summary.unchanged++;
    return [];
  }
  const merged: NotebookState = {
    v: 1,
    counter: Math.max(backup.counter, here?.counter ?? 0),
    savedAt: Math.max(backup.savedAt, here?.savedAt ?? 0),
    cases: { ...backup.cases },
  };
  for (const [caseId, seen] of Object.entries(here?.cases ?? {}))
    if ((merged.cases[caseId]?.[0] ?? 0) <= seen[0]) merged.cases[caseId] = seen;
  summary.updated++;
  const row = await sealRawRecord(
    session,
    { id: theirs.id, kind: theirs.kind, caseId: null, updatedAt: now },
    merged,
  );
  return [{ row, expect: mine ? { updatedAt: mine.updatedAt, iv: mine.iv } : 'absent' }];
}

/**
 * The case list's snapshot (issue 18, point 9) is a copy of the case records, never merged: this
 * notebook's stays, the "merged" commits below rewrite the lines of the cases the merge touched, and
 * the next unlock reads any other case the snapshot does not describe from its record.
 */
function keepListSnapshot(summary: MergeSummary): Omit<StagedRow, 'seq'>[] {
  summary.unchanged++;
  return [];
}

function covers(here: NotebookState, backup: NotebookState): boolean {
  return Object.entries(backup.cases).every(([caseId, seen]) => (here.cases[caseId]?.[0] ?? 0) >= seen[0]);
}

/**
 * A merge writes records of a case outside its commits, so each case it touched gets a journal entry
 * ("merged") that takes its live set as merged for the one the journal expects (issue 18, point 3).
 * The backup was authenticated under this notebook's keys first; cases it did not touch keep their
 * checks. Records of a case id with no readable case record are left as they are.
 */
async function rebindMergedCases(session: VaultSession, caseIds: ReadonlySet<string>, now: number) {
  for (const caseId of caseIds) {
    try {
      await saveCaseChange(session, caseId, { action: 'merged', rebind: true }, () => now);
    } catch (error) {
      if (!(error instanceof CaseError)) throw error;
    }
  }
}

async function open(session: VaultSession, row: StoredRecord): Promise<Opened> {
  const outcome = await openRawRecord(session, row);
  return outcome.ok ? { ok: true, payload: outcome.payload } : { ok: false };
}

function sameRow(a: StoredRecord, b: StoredRecord): boolean {
  return (
    a.kind === b.kind &&
    a.caseId === b.caseId &&
    a.updatedAt === b.updatedAt &&
    a.format === b.format &&
    bytesEqual(a.iv, b.iv) &&
    bytesEqual(a.ciphertext, b.ciphertext)
  );
}

/** Records whose deletion here can no longer be undone: their old versions must not come back. */
async function forgottenRecords(session: VaultSession): Promise<Set<string>> {
  const out = new Set<string>();
  const ids = await readRawIdsOfKind(session, KINDS.tombstone);
  for (let i = 0; i < ids.length; i += 64) {
    for (const row of await readRawRecords(session, ids.slice(i, i + 64))) {
      if (row === undefined) continue;
      const opened = await open(session, row);
      const stone = opened.ok ? tombstoneOf({ ...row, payload: opened.payload }) : undefined;
      if (stone && stone.last === undefined) out.add(row.id);
    }
  }
  return out;
}

/** Keys of the conflict copies already here (read a few at a time), so merging the same file twice adds nothing. */
export async function existingCopies(session: VaultSession): Promise<Set<string>> {
  const keys = new Set<string>();
  const ids = await readRawIdsOfKind(session, CONFLICT_KIND);
  for (let i = 0; i < ids.length; i += 64) {
    for (const row of await readRawRecords(session, ids.slice(i, i + 64))) {
      if (row === undefined) continue;
      const opened = await open(session, row);
      const copy = opened.ok ? conflictCopySchema.safeParse(opened.payload) : null;
      if (copy?.success) keys.add(conflictKey(copy.data));
    }
  }
  return keys;
}

import { internalsOf } from '../../../renderer/core/vault/vaultSession';
// Cancelling a long backup step (the "Annuler" beside the progress): an export leaves no file, a
// restore leaves no database and no profile, a merge cancelled before its final transaction leaves
// every IndexedDB value as it was and staging empty. Each cancel comes from the progress callback,
// i.e. in the middle of the work, after something was already written (chunks, rows, staged rows).
import { describe, expect, it } from 'vitest';
import { exportBackup, saveBackup } from '../../../renderer/core/backup/exportBackup';
import { mergeBackup } from '../../../renderer/core/backup/mergeBackup';
import { restoreBackup } from '../../../renderer/core/backup/restoreBackup';
import type { BackupProgress } from '../../../renderer/core/backup/backupProgress';
import { createVault } from '../../../renderer/core/vault/createVault';
import { listProfiles } from '../../../renderer/core/vault/profileRegistry';
import { PASSPHRASE, TEST_KDF, dumpIndexedDb, testEnv } from '../vault/vaultTestEnv';
import { memoryWriter, sourceOf } from './byteStreams';
import { backupCode } from './codeOfBackup';

// More than one batch of restored or merged rows (ROW_BATCH is 256 rows).
const ROWS = 600;

async function notebook(records: number) {
  const env = testEnv();
  const created = await createVault({ name: 'Bureau Goma', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
  await created.session.putRecords(
    Array.from({ length: records }, (_, i) => ({
      kind: 'note',
      caseId: null,
      payload: { i, text: `note ${i}` },
    })),
  );
  return { env, ...created };
}

/** A progress callback that cancels at the first report matching `when`, and records what it saw. */
function cancelWhen(when: (p: BackupProgress) => boolean) {
  const controller = new AbortController();
  const seen: string[] = [];
  const onProgress = (p: BackupProgress) => {
    seen.push(`${p.step} ${Math.round(p.done)}/${Math.round(p.total)}`);
    if (!controller.signal.aborted && when(p)) controller.abort();
  };
  return { signal: controller.signal, onProgress, seen };
}

describe('cancelling backups', () => {
  it('export: cancelled while reading, while writing, or after the last chunk: the writer is aborted, nothing kept', async () => {
    const source = await notebook(12);
    const before = await dumpIndexedDb(source.env.indexedDB);
    const cases: Array<[string, (p: BackupProgress) => boolean, boolean]> = [
      ['reading', (p) => p.step === 'reading' && p.done >= 3, false],
      ['writing', (p) => p.step === 'writing' && p.done >= 6, true],
      // Everything written, only the commit left: still thrown away.
      ['last chunk', (p) => p.step === 'writing' && p.done === p.total, true],
    ];
    for (const [label, when, wroteSome] of cases) {
      const out = memoryWriter();
      const cancel = cancelWhen(when);
      const code = await backupCode(
        saveBackup(source.session, out.writer, {
          chunkBytes: 256,
          batch: { rows: 3, bytes: 1 << 20 },
          onProgress: cancel.onProgress,
          signal: cancel.signal,
        }),
      );
      expect({ label, code }).toEqual({ label, code: 'cancelled' });
      expect(out.state).toMatchObject({ committed: false, aborted: true });
      // Mid-way means some chunks had gone to the writer (pass 2) before the cancel.
      expect(out.state.writes > 0).toBe(wroteSome);
      expect(out.bytes()).toHaveLength(0);
    }
    // No journal or log entry, nothing else: the notebook is as it was, and the next export works.
    expect(await dumpIndexedDb(source.env.indexedDB)).toEqual(before);
    const out = memoryWriter();
    expect((await saveBackup(source.session, out.writer)).recordCount).toBe(12);
    expect(out.state.committed).toBe(true);
  });

  it('restore: cancelled while checking or between batches: no new database, no profile, registry unchanged', async () => {
    const source = await notebook(ROWS);
    const bytes = (await exportBackup(source.session)).bytes;
    const other = testEnv();
    await listProfiles(other);
    const before = await dumpIndexedDb(other.indexedDB);

    const checking = cancelWhen((p) => p.step === 'checking');
    expect(
      await backupCode(
        restoreBackup(sourceOf(bytes, 4096), 'Copie', other, checking.onProgress, checking.signal),
      ),
    ).toBe('cancelled');
    expect(checking.seen.some((s) => s.startsWith('restoring'))).toBe(false);
    expect(await dumpIndexedDb(other.indexedDB)).toEqual(before);

    // 'restoring' is reported after a batch has been written into the new database.
    const midway = cancelWhen((p) => p.step === 'restoring');
    expect(
      await backupCode(
        restoreBackup(sourceOf(bytes, 4096), 'Copie', other, midway.onProgress, midway.signal),
      ),
    ).toBe('cancelled');
    expect(midway.seen.filter((s) => s.startsWith('restoring'))).toEqual([`restoring 256/${ROWS}`]);
    expect(await dumpIndexedDb(other.indexedDB)).toEqual(before);
    expect(await listProfiles(other)).toEqual([]);

    // Nothing left behind blocks the next attempt.
    const profile = await restoreBackup(sourceOf(bytes), 'Copie', other);
    expect(await listProfiles(other)).toEqual([profile]);
  });

  it('merge: cancelled between batches or just before the final transaction: notebook identical, staging empty', async () => {
    const source = await notebook(ROWS);
    const bytes = (await exportBackup(source.session)).bytes;
    // Removed here after the backup, so merging it would add them all back (staged over several batches).
    const { db } = internalsOf(source.session);
    await source.session.deleteRecords((await db.records.toArray()).map((r) => r.id));
    const before = await dumpIndexedDb(source.env.indexedDB);

    for (const when of [
      (p: BackupProgress) => p.step === 'merging',
      (p: BackupProgress) => p.step === 'merging' && p.done === p.total,
    ]) {
      const cancel = cancelWhen(when);
      expect(
        await backupCode(
          mergeBackup(source.session, sourceOf(bytes, 4096), Date.now(), cancel.onProgress, cancel.signal),
        ),
      ).toBe('cancelled');
      expect(cancel.seen.some((s) => s.startsWith('merging'))).toBe(true);
      expect(await db.staging.count()).toBe(0);
      expect(await dumpIndexedDb(source.env.indexedDB)).toEqual(before);
    }

    // Not cancelled, the same merge adds every row.
    expect((await mergeBackup(source.session, sourceOf(bytes))).added).toBe(ROWS);
  });
});

// Issue 18, point 9: the case list and the search index after unlock come from the list snapshot
// (64 encrypted records), not from every case record. The snapshot is a copy: every test here damages
// it, or the case records behind it, on disk (a second Dexie connection, as someone with the disk
// could) and shows that the list a person sees is still whole and right, at once or after the check
// that follows the list, and that the snapshot is written again.
import { describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../renderer/core/backup/backupFile';
import { exportBackup } from '../../../renderer/core/backup/exportBackup';
import { exportTransfer } from '../../../renderer/core/backup/exportTransfer';
import { importTransfer } from '../../../renderer/core/backup/importTransfer';
import { mergeBackup } from '../../../renderer/core/backup/mergeBackup';
import { loadCase } from '../../../renderer/core/cases/caseBundle';
import { deleteCase, restoreCase } from '../../../renderer/core/cases/deleteCase';
import { loadNotebook, type NotebookData } from '../../../renderer/core/cases/caseNotebook';
import { LIST_BUCKET_KIND } from '../../../renderer/core/cases/caseListSnapshot';
import { resealForNewKey } from '../../../renderer/core/cases/caseSeal';
import { KINDS } from '../../../renderer/core/cases/caseSchemas';
import { readListBuckets } from '../../../renderer/core/cases/listSnapshotStore';
import { saveCaseChange } from '../../../renderer/core/cases/saveCaseChange';
import { createVaultService } from '../../../renderer/core/vault';
import { reencryptVault } from '../../../renderer/core/vault/reencryptVault';
import { openVaultDb } from '../../../renderer/core/vault/vaultDb';
import type { StoredRecord } from '../../../renderer/core/vault/recordCodec';
import { sourceOf } from '../backup/byteStreams';
import { TEST_TRANSFER } from '../backup/transferTestEnv';
import { PASSPHRASE, testEnv, type TestEnv } from '../vault/vaultTestEnv';
import { toHex } from '../../../renderer/core/text';
import { CASE_A, CASE_B, loadFrozenNotebook, NOTEBOOK_V1_PASSPHRASE } from './frozenNotebookEnv';
import { CASE_FIELDS, notebookWithCases, secretsAtRest } from './caseTestNotebook';

const number = (seq: number) => ({ prefix: 'GOM', year: 2026, seq });

function disk(env: TestEnv, profileId: string) {
  const db = openVaultDb(profileId, env);
  return {
    buckets: () => db.records.where('kind').equals(LIST_BUCKET_KIND).toArray(),
    get: (id: string) => db.records.get(id) as Promise<StoredRecord>,
    put: (rows: StoredRecord[]) => db.records.bulkPut(rows),
    delete: (ids: string[]) => db.records.bulkDelete(ids),
    all: () => db.records.toArray(),
  };
}

/** What a person sees: each line, in a stable order, and which cases a few searches find. */
function seen(data: NotebookData) {
  const lines = [...data.cases.values()]
    .map(({ label, status, openedOn, province, territory, site, followUpOn }) =>
      [label, status, openedOn, province, territory, site, followUpOn].join(' | '),
    )
    .sort();
  const found = (q: string) =>
    (data.index.search(q)?.ids() ?? []).map((id) => data.cases.get(id)?.label ?? id).sort();
  return { lines, bisie: found('bisie'), puits: found('puits'), rubaya: found('rubaya') };
}

async function threeCases() {
  const nb = await notebookWithCases([{ number: number(1) }, { number: number(2) }, { number: number(3) }]);
  const [a, b] = nb.caseIds as [string, string];
  await saveCaseChange(
    nb.session,
    a,
    (fresh) => ({
      action: 'edited',
      file: {
        ...fresh.file,
        summary: 'Enfants au puits de Bisie',
        place: { ...CASE_FIELDS.place, site: 'Bisie' },
      },
    }),
    () => 2000,
  );
  await saveCaseChange(
    nb.session,
    b,
    {
      action: 'note',
      put: [{ kind: KINDS.note, payload: { v: 1, at: 3000, text: 'Puits fermé à Rubaya' } }],
    },
    () => 3000,
  );
  return { ...nb, a, b, disk: disk(nb.env, nb.profile.id) };
}

describe('the case list snapshot (issue 18, point 9)', () => {
  it('gives the same list and the same search results as reading every case record, and holds nothing in clear', async () => {
    const { session, env, disk: d } = await threeCases();
    const fast = await loadNotebook(session);
    const slow = await loadNotebook(session, { snapshot: false });
    expect(seen(fast)).toEqual(seen(slow));
    expect(seen(fast)).toMatchObject({ bisie: ['GOM-2026-0001'], rubaya: ['GOM-2026-0002'] });
    expect(seen(fast).lines).toHaveLength(3);
    await fast.checked;
    expect([fast.damaged, fast.newer, fast.register.olderCases]).toEqual([0, 0, []]);
    // Written by the commits themselves, encrypted like every record.
    expect((await d.buckets()).length).toBeGreaterThan(0);
    expect(await secretsAtRest(env, ['Bisie', 'Rubaya', 'Enfants au puits'])).toEqual([]);
  });

  it('a save after unlock changes the line and the words of its case in the snapshot', async () => {
    const { session, a } = await threeCases();
    await saveCaseChange(
      session,
      a,
      (fresh) => ({ action: 'edited', file: { ...fresh.file, summary: 'Dette au comptoir' } }),
      () => 4000,
    );
    const data = await loadNotebook(session);
    expect(seen(data).bisie).toEqual(['GOM-2026-0001']); // still its site
    expect(data.index.search('comptoir')?.ids()).toEqual([a]);
    expect(data.index.search('enfants')?.ids()).toEqual([]); // the old summary's words are gone
  });

  it('a case deleted whole is under « Dossiers supprimés » from the snapshot, out of the list and the index, and comes back when restored', async () => {
    const { session, a } = await threeCases();
    await deleteCase(session, a, 'Dossier ouvert en double', 'GOM-2026-0001', () => 5000);
    const fast = await loadNotebook(session);
    const slow = await loadNotebook(session, { snapshot: false });
    for (const data of [fast, slow]) {
      expect(data.cases.has(a)).toBe(false);
      expect(data.deleted.get(a)).toMatchObject({
        label: 'GOM-2026-0001',
        deletedAt: 5000,
        reason: 'Dossier ouvert en double',
      });
      expect(seen(data).bisie).toEqual([]);
      expect(seen(data).lines).toHaveLength(2);
    }
    await fast.checked;
    // Deleted, not missing: the register check does not call it gone.
    expect([fast.damaged, fast.register.missingCases, fast.register.olderCases]).toEqual([0, 0, []]);
    await restoreCase(session, a, () => 6000);
    const back = await loadNotebook(session);
    expect(back.deleted.size).toBe(0);
    expect(seen(back).bisie).toEqual(['GOM-2026-0001']);
  });

  it('every bucket deleted on disk: the list is whole, read from the case records, and the snapshot is written again', async () => {
    const { session, disk: d } = await threeCases();
    const before = seen(await loadNotebook(session));
    await d.delete((await d.buckets()).map((r) => r.id));
    const data = await loadNotebook(session);
    expect(seen(data)).toEqual(before);
    await data.checked;
    expect((await d.buckets()).length).toBeGreaterThan(0);
    expect(seen(await loadNotebook(session))).toEqual(before);
  });

  it('a bucket put back to an older copy: the case saved since is read from its record, at once', async () => {
    const { session, a, disk: d } = await threeCases();
    const old = await d.buckets();
    await saveCaseChange(
      session,
      a,
      (fresh) => ({ action: 'status', file: { ...fresh.file, status: 'en-suivi' } }),
      () => 5000,
    );
    await d.put(old);
    const data = await loadNotebook(session);
    expect(data.cases.get(a)?.status).toBe('en-suivi'); // not the snapshot's "ouvert": its counter is older
    await data.checked;
    expect(data.register.olderCases).toEqual([]);
    expect((await loadNotebook(session)).cases.get(a)?.status).toBe('en-suivi');
  });

  it('a case record replaced on disk by an unreadable copy: listed from the snapshot, then counted as damaged by the check', async () => {
    const { session, a, disk: d } = await threeCases();
    const row = await d.get(a);
    const iv = row.iv.slice();
    iv[0] = iv[0]! ^ 1;
    await d.put([{ ...row, iv }]);
    const data = await loadNotebook(session);
    expect(data.cases.has(a)).toBe(true);
    await data.checked;
    expect(data.cases.has(a)).toBe(false);
    expect(data.damaged).toBe(1);
    expect(data.index.search('bisie')?.size).toBe(0);
    await expect(loadCase(session, a)).rejects.toThrow('case-damaged');
  });

  it('a case deleted on disk leaves the list and, after the check, its bucket', async () => {
    const { session, b, disk: d } = await threeCases();
    const ids = (await session.listRecords({ caseId: b })).records.map((r) => r.id);
    await d.delete(ids);
    const data = await loadNotebook(session);
    expect(data.cases.has(b)).toBe(false);
    expect(data.index.search('rubaya')?.size).toBe(0);
    expect(data.register.missingCases).toBe(1);
    await data.checked;
    const lines = (await readListBuckets(session)).flatMap((bucket) => bucket?.ids ?? []);
    expect(lines).not.toContain(b);
    expect(lines).toHaveLength(2);
    const slow = await loadNotebook(session, { snapshot: false });
    expect(seen(await loadNotebook(session))).toEqual(seen(slow));
  });

  it('re-encryption carries the snapshot: the list shows from it at once, and the check renames the new copies once', async () => {
    const { session, env, a, disk: d } = await threeCases();
    const before = seen(await loadNotebook(session));
    const ivs = async () => (await d.buckets()).map((r) => [r.id, toHex(r.iv)]);
    expect((await reencryptVault(session, PASSPHRASE, { env, transform: resealForNewKey })).status).toBe(
      'done',
    );
    const carried = await ivs();
    const data = await loadNotebook(session);
    expect(seen(data)).toEqual(before);
    // Every case record now has a new IV: the check reads each once and writes the snapshot again.
    await data.checked;
    const renamed = await ivs();
    expect(renamed).not.toEqual(carried);
    const next = await loadNotebook(session);
    expect(seen(next)).toEqual(before);
    await next.checked;
    expect(await ivs()).toEqual(renamed);
    expect((await loadCase(session, a)).integrity.problems).toEqual([]);
  });

  it('a backup leaves the snapshot out (a copy, rewritten in the background) and holds every other row', async () => {
    const { session, disk: d } = await threeCases();
    const buckets = await d.buckets();
    expect(buckets.length).toBeGreaterThan(0);
    const rows = (await decodeBackup((await exportBackup(session)).bytes)).rows;
    const bucketIds = new Set(buckets.map((b) => b.id));
    expect(rows.filter((r) => bucketIds.has(r.id))).toEqual([]);
    expect(rows.length).toBe((await d.all()).length - buckets.length);
  });

  it('a transfer import lists the new case from the snapshot; a backup merge adds no conflict copy of it', async () => {
    const { session, a } = await threeCases();
    const backup = (await exportBackup(session)).bytes;
    await saveCaseChange(
      session,
      a,
      (fresh) => ({ action: 'edited', file: { ...fresh.file, summary: 'Après la sauvegarde' } }),
      () => 6000,
    );
    const merged = await mergeBackup(session, sourceOf(backup), 7000);
    expect(merged.conflicts).toBe(1); // the case record only, as before the snapshot
    const out = await exportTransfer(session, { caseIds: [a], consentConfirmed: true }, TEST_TRANSFER);
    const other = await notebookWithCases([{ number: { prefix: 'BKV', year: 2026, seq: 9 } }]);
    const imported = await importTransfer(other.session, out.bytes, out.code, TEST_TRANSFER);
    const buckets = await disk(other.env, other.profile.id).buckets();
    const data = await loadNotebook(other.session);
    expect(data.cases.has(imported.caseIds[0]!)).toBe(true);
    expect(data.index.search('sauvegarde')?.ids()).toEqual(imported.caseIds);
    await data.checked;
    // Nothing to repair: the import's own commit wrote the case's line.
    expect(await disk(other.env, other.profile.id).buckets()).toEqual(buckets);
  });
});

describe('notebooks saved before the snapshot', () => {
  it('the frozen notebook v1 lists the same at its first unlock, which writes the snapshot, and at the next', async () => {
    const env = testEnv();
    const dump = await loadFrozenNotebook(env);
    const session = await createVaultService(env).unlock(dump.profileId, NOTEBOOK_V1_PASSPHRASE);
    const d = disk(env, dump.profileId);
    expect(await d.buckets()).toEqual([]);
    const first = await loadNotebook(session);
    expect([...first.cases.keys()].sort()).toEqual([CASE_A, CASE_B].sort());
    await first.checked;
    expect((await d.buckets()).length).toBeGreaterThan(0);
    const next = await loadNotebook(session);
    expect(seen(next)).toEqual(seen(first));
    expect(seen(next)).toEqual(seen(await loadNotebook(session, { snapshot: false })));
    expect([next.damaged, next.newer]).toEqual([0, 0]);
  });
});

import { internalsOf } from '../../../renderer/core/vault/vaultSession';
// The streamed backup path: files written and read a little at a time are the same v1 files, a
// notebook edited during an export gives no file, a file changed on the stick between the check
// and the write changes nothing, and merge staging left by a crash is never read as records.
import { describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../renderer/core/backup/backupFile';
import { writeContainer } from '../../../renderer/core/backup/container';
import { exportBackup, saveBackup, writeBackup } from '../../../renderer/core/backup/exportBackup';
import { headerToJson } from '../../../renderer/core/backup/headerCodec';
import { mergeBackup } from '../../../renderer/core/backup/mergeBackup';
import { restoreBackup } from '../../../renderer/core/backup/restoreBackup';
import { utf8Bytes } from '../../../renderer/core/text';
import { createVault } from '../../../renderer/core/vault/createVault';
import { commitStaging, stageRows } from '../../../renderer/core/vault/mergeStaging';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { listProfiles } from '../../../renderer/core/vault/profileRegistry';
import { sealRawRecord } from '../../../renderer/core/vault/rawVault';
import type { StoredRecord } from '../../../renderer/core/vault/recordCodec';
import { unlockVault } from '../../../renderer/core/vault/unlockVault';
import { PASSPHRASE, TEST_KDF, containsBytes, dumpIndexedDb, testEnv } from '../vault/vaultTestEnv';
import { memoryWriter, sourceOf } from './byteStreams';
import { backupCode } from './codeOfBackup';

const SENTENCE = 'Furaha a été recrutée à Rubaya pour creuser la nuit';

async function notebook(records = 12) {
  const env = testEnv();
  const created = await createVault({ name: 'Bureau Goma', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
  const caseId = newOpaqueId();
  await created.session.putRecords([
    { kind: 'case', caseId, payload: { title: SENTENCE } },
    // An attachment of a few kilobytes, so frames cross many 1 KiB chunk boundaries.
    { kind: 'case-attachment-data', caseId, payload: { base64: 'QUJD'.repeat(3000) } },
    ...Array.from({ length: records - 2 }, (_, i) => ({
      kind: 'note',
      caseId: i % 2 ? caseId : null,
      payload: { i, text: `note ${i}` },
    })),
  ]);
  return { env, caseId, ...created };
}

/** The v1 format written from its description (README), independently of the streaming writer. */
async function specBackup(rows: StoredRecord[], header: unknown, createdAt: number): Promise<Uint8Array> {
  const frames = rows.map((row) => {
    const meta = utf8Bytes(JSON.stringify([row.id, row.kind, row.caseId, row.updatedAt, row.format]));
    const frame = new Uint8Array(2 + meta.length + 1 + 12 + 4 + row.ciphertext.length);
    const view = new DataView(frame.buffer);
    view.setUint16(0, meta.length);
    frame.set(meta, 2);
    frame[2 + meta.length] = 12;
    frame.set(row.iv, 3 + meta.length);
    view.setUint32(15 + meta.length, row.ciphertext.length);
    frame.set(row.ciphertext, 19 + meta.length);
    return frame;
  });
  const body = new Uint8Array(frames.reduce((n, f) => n + f.length, 0));
  frames.reduce((at, f) => (body.set(f, at), at + f.length), 0);
  return writeContainer(
    'backup',
    { kind: 'dalili-backup', format: 1, createdAt, recordCount: rows.length, vault: header },
    body,
  );
}

describe('streamed backups', () => {
  it('writes, in 1 KiB pieces and tiny batches, exactly the v1 file, which restores read 1 KiB at a time', async () => {
    const source = await notebook();
    const { db } = internalsOf(source.session);
    const expected = await specBackup(
      await db.records.toArray(),
      headerToJson((await db.meta.get('header'))!.header),
      1_760_000_000_000,
    );

    const out = memoryWriter();
    const steps: string[] = [];
    const result = await saveBackup(source.session, out.writer, {
      now: 1_760_000_000_000,
      chunkBytes: 1024,
      batch: { rows: 3, bytes: 2000 },
      onProgress: (p) => steps.push(`${p.step} ${p.done}/${p.total}`),
    });
    expect(result).toMatchObject({ recordCount: 12, skipped: 0, saved: { saved: true } });
    expect(out.state).toMatchObject({ committed: true, aborted: false });
    expect(out.state.largestWrite).toBe(1024);
    expect(out.bytes()).toEqual(expected);
    expect(steps).toContain('reading 12/12');
    expect(steps.at(-1)).toBe('writing 12/12');
    expect(containsBytes(out.bytes(), utf8Bytes('Rubaya'))).toBe(false);
    expect(containsBytes(out.bytes(), utf8Bytes('Bureau Goma'))).toBe(false);
    // The whole-file helper writes the same bytes.
    expect((await exportBackup(source.session, 1_760_000_000_000)).bytes).toEqual(expected);

    const other = testEnv();
    const file = sourceOf(out.bytes(), 1024);
    const progress: string[] = [];
    const profile = await restoreBackup(file, 'Copie', other, (p) => progress.push(p.step));
    expect(file.reads).toBeGreaterThan(3 * Math.floor(out.bytes().length / 1024));
    expect(new Set(progress)).toEqual(new Set(['checking', 'restoring']));
    const session = await unlockVault(profile.id, PASSPHRASE, { env: other });
    const byId = (l: { id: string }[]) => [...l].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId((await session.listRecords()).records)).toEqual(
      byId((await source.session.listRecords()).records),
    );
    expect((await decodeBackup(out.bytes())).rows).toEqual(await db.records.toArray());
  });

  it('a record re-saved, deleted or added during the export gives changed-during-export and no file', async () => {
    const source = await notebook(6);
    const [first] = (await source.session.listRecords()).records;
    const edits: Array<() => Promise<unknown>> = [
      () =>
        source.session.putRecord({
          id: first!.id,
          kind: first!.kind,
          caseId: first!.caseId,
          payload: 'modifié',
        }),
      () => source.session.deleteRecords([first!.id]),
      () => source.session.putRecord({ kind: 'note', payload: 'ajoutée' }),
    ];
    for (const edit of edits) {
      const out = memoryWriter();
      let edited = false;
      // The first write happens after the first pass (the preamble needs its sizes), before the second.
      const write = out.writer.write.bind(out.writer);
      out.writer.write = async (chunk) => {
        if (!edited) {
          edited = true;
          await edit();
        }
        return write(chunk);
      };
      expect(await backupCode(saveBackup(source.session, out.writer, { chunkBytes: 64 }))).toBe(
        'changed-during-export',
      );
      expect(out.state).toMatchObject({ committed: false, aborted: true });
      expect(out.bytes()).toHaveLength(0);
    }
    // Left alone, the next export works.
    expect((await writeBackup(source.session, memoryWriter().writer)).recordCount).toBeGreaterThan(0);
  });

  it('a file changed on the stick after it was checked is refused: no new notebook, nothing merged', async () => {
    const source = await notebook(4);
    const bytes = (await exportBackup(source.session)).bytes;
    // Answers honestly until the writing pass starts (the fourth read from offset 0), then flips a
    // bit inside a ciphertext: the pass hashes the file again and refuses before finishing.
    const changing = () => {
      const file = {
        fromStart: 0,
        size: bytes.length,
        read: (offset: number, length: number) => {
          if (offset === 0) file.fromStart++;
          const piece = bytes.slice(offset, offset + length);
          const at = bytes.length - 100 - offset;
          if (file.fromStart >= 4 && at >= 0 && at < piece.length) piece[at] = piece[at]! ^ 1;
          return Promise.resolve(piece);
        },
      };
      return file;
    };
    const other = testEnv();
    await listProfiles(other);
    const before = await dumpIndexedDb(other.indexedDB);
    const restored = changing();
    expect(await backupCode(restoreBackup(restored, 'Copie', other))).toBe('corrupted');
    // Refused in the writing pass (the checks before it read the file three times from the start).
    expect(restored.fromStart).toBe(4);
    expect(await dumpIndexedDb(other.indexedDB)).toEqual(before);

    const here = await dumpIndexedDb(source.env.indexedDB);
    const merged = changing();
    expect(await backupCode(mergeBackup(source.session, merged))).toBe('corrupted');
    expect(merged.fromStart).toBe(4);
    expect(await dumpIndexedDb(source.env.indexedDB)).toEqual(here);
  });

  it('staging left by a crashed merge is thrown away, never read as records', async () => {
    const source = await notebook(4);
    const { db } = internalsOf(source.session);
    const [victim] = await db.records.toArray();
    // A crash after staging: a row that would replace a record, and one that would add one.
    const leftover = await sealRawRecord(
      source.session,
      { id: victim!.id, kind: victim!.kind, caseId: victim!.caseId, updatedAt: victim!.updatedAt + 5 },
      'reste d’une fusion interrompue',
    );
    const stray = await sealRawRecord(
      source.session,
      { id: newOpaqueId(), kind: 'note', caseId: null, updatedAt: 1 },
      'fantôme',
    );
    await stageRows(source.session, [
      { seq: 0, row: leftover, expect: null },
      { seq: 1, row: stray, expect: 'absent' },
    ]);
    const list = await source.session.listRecords();
    expect(list.records.map((r) => r.payload)).not.toContain('fantôme');
    expect(list.records.map((r) => r.payload)).not.toContain('reste d’une fusion interrompue');

    const records = await db.records.toArray();
    const summary = await mergeBackup(source.session, sourceOf((await exportBackup(source.session)).bytes));
    expect(summary).toEqual({ added: 0, updated: 0, unchanged: 4, conflicts: 0, repaired: 0 });
    expect(await db.records.toArray()).toEqual(records);
    expect(await db.staging.count()).toBe(0);
  });

  it('the final merge transaction refuses when a record changed after the merge decided', async () => {
    const source = await notebook(4);
    const { db } = internalsOf(source.session);
    const [mine] = await db.records.toArray();
    const theirs = await sealRawRecord(
      source.session,
      { id: mine!.id, kind: mine!.kind, caseId: mine!.caseId, updatedAt: mine!.updatedAt + 10 },
      'version du fichier',
    );
    const added = await sealRawRecord(
      source.session,
      { id: newOpaqueId(), kind: 'note', caseId: null, updatedAt: 1 },
      'ajout',
    );
    await stageRows(source.session, [
      { seq: 0, row: added, expect: 'absent' },
      { seq: 1, row: theirs, expect: { updatedAt: mine!.updatedAt, iv: mine!.iv } },
    ]);
    // Someone saves that record meanwhile.
    await source.session.putRecord({
      id: mine!.id,
      kind: mine!.kind,
      caseId: mine!.caseId,
      payload: 'modifié ici',
    });
    const records = await db.records.toArray();
    expect(await commitStaging(source.session)).toBe('changed');
    expect(await db.records.toArray()).toEqual(records);
    expect(await db.staging.count()).toBe(0);

    // Unchanged meanwhile: both rows land together.
    const now = await db.records.get(mine!.id);
    await stageRows(source.session, [
      { seq: 0, row: added, expect: 'absent' },
      {
        seq: 1,
        row: { ...theirs, updatedAt: theirs.updatedAt },
        expect: { updatedAt: now!.updatedAt, iv: now!.iv },
      },
    ]);
    expect(await commitStaging(source.session)).toBe('committed');
    expect(await db.records.get(added.id)).toEqual(added);
    expect(await db.staging.count()).toBe(0);
  });
});

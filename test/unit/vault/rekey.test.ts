// Issue 18, point 5: "Nouvelle clé de secours" and "Rechiffrer le carnet", with real WebCrypto and
// Dexie on fake-indexeddb. The old recovery key stops opening the notebook; re-encryption is all or
// nothing, resumes after an interruption, and a cancel leaves every stored byte as it was.
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../renderer/core/text';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newRecoveryKey } from '../../../renderer/core/vault/newRecoveryKey';
import {
  discardReencryption,
  reencryptionPending,
  reencryptVault,
} from '../../../renderer/core/vault/reencryptVault';
import { restoreVault } from '../../../renderer/core/vault/restoreVault';
import { unlockVault, unlockWithRecoveryKey } from '../../../renderer/core/vault/unlockVault';
import { openVaultDb } from '../../../renderer/core/vault/vaultDb';
import type { VaultSession } from '../../../renderer/core/vault/vaultSession';
import { codeOf } from './codeOf';
import { OTHER_PASSPHRASE, PASSPHRASE, TEST_KDF, testEnv, type TestEnv } from './vaultTestEnv';

const NOTES = 12;

async function notebook(env: TestEnv) {
  const created = await createVault({ name: 'Bureau Walikale', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
  for (let i = 0; i < NOTES; i++)
    await created.session.putRecord({ kind: 'note', payload: { i, text: `Visite du puits ${i}` } });
  return created;
}

async function stored(env: TestEnv, profileId: string) {
  const db = openVaultDb(profileId, env);
  const rows = await db.records.orderBy('id').toArray();
  const header = (await db.meta.get('header'))!.header;
  const staging = await db.rekeyStaging.count();
  db.close();
  return { rows, header, staging, bytes: rows.map((r) => `${r.id}:${toHex(r.iv)}:${toHex(r.ciphertext)}`) };
}

async function texts(session: VaultSession): Promise<string[]> {
  const list = await session.listRecords<{ i: number; text: string }>({ kind: 'note' });
  expect(list.damaged).toEqual([]);
  return list.records.map((r) => r.payload.text).sort();
}

const ALL_TEXTS = Array.from({ length: NOTES }, (_, i) => `Visite du puits ${i}`).sort();

describe('Nouvelle clé de secours', () => {
  it('the old recovery key is refused, the new one opens the notebook; records are untouched', async () => {
    const env = testEnv();
    const { profile, session, recoveryKey: oldKey } = await notebook(env);
    const before = await stored(env, profile.id);

    expect(await codeOf(newRecoveryKey(session, OTHER_PASSPHRASE, env))).toBe('wrong-passphrase');
    expect(toHex((await stored(env, profile.id)).header.recoverySlot.wrapped)).toBe(
      toHex(before.header.recoverySlot.wrapped),
    );

    const newKey = await newRecoveryKey(session, PASSPHRASE, env);
    expect(newKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(newKey).not.toBe(oldKey);
    expect((await stored(env, profile.id)).bytes).toEqual(before.bytes);
    session.lock();

    expect(await codeOf(unlockWithRecoveryKey(profile.id, oldKey, { env }))).toBe('wrong-recovery-key');
    const recovered = await unlockWithRecoveryKey(profile.id, newKey, { env });
    expect(await texts(recovered.session)).toEqual(ALL_TEXTS);
    recovered.session.lock();
    // The passphrase is unchanged.
    const reopened = await unlockVault(profile.id, PASSPHRASE, { env });
    expect(await texts(reopened)).toEqual(ALL_TEXTS);
  });
});

describe('Rechiffrer le carnet', () => {
  it('re-encrypts every record under a new data key; the old recovery key stops working, old backups still open', async () => {
    const env = testEnv();
    const { profile, session, recoveryKey: oldKey } = await notebook(env);
    const before = await stored(env, profile.id);
    const progress: number[] = [];

    const outcome = await reencryptVault(session, PASSPHRASE, {
      env,
      batchRows: 5,
      onProgress: (p) => p.phase === 'copying' && progress.push(p.done),
    });
    if (outcome.status !== 'done') throw new Error(outcome.status);
    expect(progress).toEqual([5, 10, 12]);
    expect(outcome.reused).toBe(0);

    const after = await stored(env, profile.id);
    expect(after.staging).toBe(0);
    expect(after.rows.map((r) => r.id)).toEqual(before.rows.map((r) => r.id));
    // Every ciphertext is new; ids, kinds and times are kept.
    after.rows.forEach((row, i) => {
      expect(toHex(row.ciphertext)).not.toBe(toHex(before.rows[i]!.ciphertext));
      expect(row.updatedAt).toBe(before.rows[i]!.updatedAt);
    });
    // The open session goes on with the new key: it reads and writes.
    expect(await texts(session)).toEqual(ALL_TEXTS);
    await session.putRecord({ kind: 'note', payload: { i: 99, text: 'Après rechiffrement' } });
    session.lock();

    expect(await codeOf(unlockWithRecoveryKey(profile.id, oldKey, { env }))).toBe('wrong-recovery-key');
    const recovered = await unlockWithRecoveryKey(profile.id, outcome.recoveryKey, { env });
    expect(await texts(recovered.session)).toEqual([...ALL_TEXTS, 'Après rechiffrement'].sort());
    recovered.session.lock();
    const reopened = await unlockVault(profile.id, PASSPHRASE, { env });
    expect((await texts(reopened)).length).toBe(NOTES + 1);
    reopened.lock();

    // A backup made before (its header and rows) still opens elsewhere with the old secrets.
    const elsewhere = testEnv();
    await restoreVault('Copie', before.header, before.rows, elsewhere);
    const old = await unlockVault(profile.id, PASSPHRASE, { env: elsewhere });
    expect(await texts(old)).toEqual(ALL_TEXTS);
    old.lock();
    const oldRecovered = await unlockWithRecoveryKey(profile.id, oldKey, { env: elsewhere });
    expect(await texts(oldRecovered.session)).toEqual(ALL_TEXTS);
  });

  it('interrupted midway (locked), then run again: resumes and gives a notebook that opens with every record', async () => {
    const env = testEnv();
    const { profile, session, recoveryKey: oldKey } = await notebook(env);
    const before = await stored(env, profile.id);

    const interrupted = reencryptVault(session, PASSPHRASE, {
      env,
      batchRows: 4,
      onProgress: (p) => p.done >= 8 && session.lock('closed'),
    });
    expect(await codeOf(interrupted)).toBe('locked');

    // Until the final transaction the notebook is exactly as it was, old key and all.
    const midway = await stored(env, profile.id);
    expect(midway.bytes).toEqual(before.bytes);
    expect(midway.staging).toBe(8);
    const reopened = await unlockVault(profile.id, PASSPHRASE, { env });
    expect(await reencryptionPending(reopened)).toBe(true);
    expect(await texts(reopened)).toEqual(ALL_TEXTS);
    // A note written between the two runs is carried over too.
    await reopened.putRecord({ kind: 'note', payload: { i: 50, text: 'Entre deux' } });

    const resumed = await reencryptVault(reopened, PASSPHRASE, { env, batchRows: 4 });
    if (resumed.status !== 'done') throw new Error(resumed.status);
    expect(resumed.reused).toBe(8);
    expect(await reencryptionPending(reopened)).toBe(false);
    reopened.lock();

    const after = await stored(env, profile.id);
    expect(after.staging).toBe(0);
    for (const row of after.rows)
      expect(before.bytes).not.toContain(`${row.id}:${toHex(row.iv)}:${toHex(row.ciphertext)}`);
    const final = await unlockVault(profile.id, PASSPHRASE, { env });
    expect(await texts(final)).toEqual([...ALL_TEXTS, 'Entre deux'].sort());
    final.lock();
    expect(await codeOf(unlockWithRecoveryKey(profile.id, oldKey, { env }))).toBe('wrong-recovery-key');
    expect((await unlockWithRecoveryKey(profile.id, resumed.recoveryKey, { env })).session.isLocked).toBe(
      false,
    );
  });

  it('cancel leaves the old key working and every stored byte unchanged', async () => {
    const env = testEnv();
    const { profile, session, recoveryKey: oldKey } = await notebook(env);
    const before = await stored(env, profile.id);
    const controller = new AbortController();

    const outcome = await reencryptVault(session, PASSPHRASE, {
      env,
      batchRows: 4,
      signal: controller.signal,
      onProgress: (p) => p.done >= 4 && controller.abort(),
    });
    expect(outcome.status).toBe('cancelled');
    expect(await reencryptionPending(session)).toBe(false);
    const after = await stored(env, profile.id);
    expect(after.bytes).toEqual(before.bytes);
    expect(after.staging).toBe(0);
    expect(toHex(after.header.mac)).toBe(toHex(before.header.mac));
    expect(await texts(session)).toEqual(ALL_TEXTS);
    session.lock();
    const recovered = await unlockWithRecoveryKey(profile.id, oldKey, { env });
    expect(await texts(recovered.session)).toEqual(ALL_TEXTS);
  });

  it('an interrupted run thrown away ("Abandonner") leaves the notebook as it was', async () => {
    const env = testEnv();
    const { profile, session } = await notebook(env);
    const before = await stored(env, profile.id);
    await codeOf(
      reencryptVault(session, PASSPHRASE, { env, batchRows: 4, onProgress: () => session.lock('closed') }),
    );
    const reopened = await unlockVault(profile.id, PASSPHRASE, { env });
    expect(await reencryptionPending(reopened)).toBe(true);
    await discardReencryption(reopened);
    expect(await reencryptionPending(reopened)).toBe(false);
    const after = await stored(env, profile.id);
    expect(after.bytes).toEqual(before.bytes);
    expect(after.staging).toBe(0);
  });

  it('a wrong passphrase changes nothing; a note saved during the copy is re-encrypted too', async () => {
    const env = testEnv();
    const { profile, session } = await notebook(env);
    const before = await stored(env, profile.id);
    expect(await codeOf(reencryptVault(session, OTHER_PASSPHRASE, { env }))).toBe('wrong-passphrase');
    expect((await stored(env, profile.id)).bytes).toEqual(before.bytes);
    expect(await reencryptionPending(session)).toBe(false);

    const written: Promise<unknown>[] = [];
    const outcome = await reencryptVault(session, PASSPHRASE, {
      env,
      batchRows: 4,
      onProgress: () => {
        if (written.length === 0)
          written.push(session.putRecord({ kind: 'note', payload: { i: 77, text: 'Pendant la copie' } }));
      },
    });
    await Promise.all(written);
    expect(written).toHaveLength(1);
    expect(outcome.status).toBe('done');
    session.lock();
    const reopened = await unlockVault(profile.id, PASSPHRASE, { env });
    expect(await texts(reopened)).toEqual([...ALL_TEXTS, 'Pendant la copie'].sort());
  });
});

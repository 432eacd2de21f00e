import { describe, expect, it } from 'vitest';
import { concatBytes, sha256 } from '../../../renderer/core/text';
import { createVault } from '../../../renderer/core/vault/createVault';
import { unlockVault, unlockWithRecoveryKey } from '../../../renderer/core/vault/unlockVault';
import { openVaultDb } from '../../../renderer/core/vault/vaultDb';
import { canonicalHeaderBytes, type StoredHeader } from '../../../renderer/core/vault/vaultHeader';
import type { StoredRecord } from '../../../renderer/core/vault/recordCodec';
import { codeOf } from './codeOf';
import { PASSPHRASE, TEST_KDF, testEnv, type TestEnv } from './vaultTestEnv';

async function editHeader(
  env: TestEnv,
  profileId: string,
  edit: (h: StoredHeader) => void,
  recomputeChecksum = false,
): Promise<void> {
  const db = openVaultDb(profileId, env);
  const row = (await db.meta.get('header'))!;
  edit(row.header);
  if (recomputeChecksum)
    row.header.checksum = await sha256(concatBytes(canonicalHeaderBytes(row.header), row.header.mac));
  await db.meta.put(row);
  db.close();
}

async function editRecord(
  env: TestEnv,
  profileId: string,
  id: string,
  edit: (r: StoredRecord) => void,
): Promise<void> {
  const db = openVaultDb(profileId, env);
  const row = (await db.records.get(id))!;
  edit(row);
  await db.records.put(row);
  db.close();
}

async function vault(env: TestEnv) {
  const created = await createVault({ name: 'Bureau', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
  const ids: string[] = [];
  for (let i = 0; i < 4; i++)
    ids.push((await created.session.putRecord({ kind: 'note', payload: { i } })).id);
  created.session.lock();
  return { ...created, ids };
}

describe('record integrity', () => {
  it('reports a modified record as damaged and keeps the others readable', async () => {
    const env = testEnv();
    const { profile, ids } = await vault(env);
    const [a, b, c, d] = ids as [string, string, string, string];
    await editRecord(env, profile.id, a, (r) => {
      r.ciphertext[5] = (r.ciphertext[5] ?? 0) ^ 0x01;
    });
    await editRecord(env, profile.id, b, (r) => {
      r.updatedAt += 1;
    });
    // Move c's ciphertext under d's id: authenticated data binds it to its own id.
    const db = openVaultDb(profile.id, env);
    const rowC = (await db.records.get(c))!;
    db.close();
    await editRecord(env, profile.id, d, (r) => {
      r.iv = rowC.iv;
      r.ciphertext = rowC.ciphertext;
    });

    const session = await unlockVault(profile.id, PASSPHRASE, { env });
    const list = await session.listRecords<{ i: number }>();
    expect(list.records.map((r) => r.payload.i)).toEqual([2]);
    expect(list.damaged.map((x) => x.id).sort()).toEqual([a, b, d].sort());
    expect(list.damaged.every((x) => x.reason === 'decrypt-failed')).toBe(true);
    expect(await codeOf(session.getRecord(a))).toBe('record-damaged');
    expect((await session.getRecord<{ i: number }>(c)).payload.i).toBe(2);
  });

  it('reports unknown formats, moved kinds or cases, and truncated rows as damaged', async () => {
    const env = testEnv();
    const { profile, ids } = await vault(env);
    const [a, b, c] = ids as [string, string, string];
    await editRecord(env, profile.id, a, (r) => {
      r.format = 99;
    });
    await editRecord(env, profile.id, b, (r) => {
      r.kind = 'person';
    });
    await editRecord(env, profile.id, c, (r) => {
      r.ciphertext = r.ciphertext.slice(0, 10);
    });
    const session = await unlockVault(profile.id, PASSPHRASE, { env });
    const list = await session.listRecords();
    expect(list.records).toHaveLength(1);
    expect(Object.fromEntries(list.damaged.map((x) => [x.id, x.reason]))).toEqual({
      [a]: 'unknown-format',
      [b]: 'decrypt-failed',
      [c]: 'decrypt-failed',
    });
  });
});

describe('header integrity', () => {
  it('refuses a naively modified header before running the KDF', async () => {
    const env = testEnv();
    const { profile } = await vault(env);
    await editHeader(env, profile.id, (h) => {
      h.kdf.iterations += 1;
    });
    const callsBefore = env.kdfCalls;
    expect(await codeOf(unlockVault(profile.id, PASSPHRASE, { env }))).toBe('header-tampered');
    expect(env.kdfCalls).toBe(callsBefore);
  });

  it('refuses a header modified with a recomputed checksum once a key proves the MAC wrong', async () => {
    const env = testEnv();
    const { profile, recoveryKey } = await vault(env);
    const original = openVaultDb(profile.id, env);
    const saved = (await original.meta.get('header'))!;
    original.close();

    // An edited recovery slot: the passphrase still unwraps the data key, whose MAC key then refuses the header.
    await editHeader(
      env,
      profile.id,
      (h) => {
        h.recoverySlot.wrapped[0] = (h.recoverySlot.wrapped[0] ?? 0) ^ 1;
      },
      true,
    );
    expect(await codeOf(unlockVault(profile.id, PASSPHRASE, { env }))).toBe('header-tampered');

    // An edited KDF cost: the passphrase now derives a wrong key (indistinguishable from a typo),
    // but the recovery key, which does not depend on it, reveals the tampering.
    const db = openVaultDb(profile.id, env);
    await db.meta.put(saved);
    db.close();
    await editHeader(
      env,
      profile.id,
      (h) => {
        h.kdf.iterations = 1;
      },
      true,
    );
    expect(await codeOf(unlockVault(profile.id, PASSPHRASE, { env }))).toBe('wrong-passphrase');
    expect(await codeOf(unlockWithRecoveryKey(profile.id, recoveryKey, { env }))).toBe('header-tampered');
  });

  it('refuses a malformed header, an unknown future format and absurd KDF costs', async () => {
    const cases: [string, (h: StoredHeader) => void, boolean, string][] = [
      ['missing field', (h) => delete (h as Partial<StoredHeader>).recoverySlot, false, 'header-invalid'],
      ['short salt', (h) => (h.kdf.salt = h.kdf.salt.slice(0, 4)), false, 'header-invalid'],
      ['future format', (h) => ((h as { format: number }).format = 2), false, 'vault-too-new'],
      ['4 GiB of memory', (h) => (h.kdf.memoryKiB = 4 * 1024 * 1024), true, 'header-invalid'],
      ['a million passes', (h) => (h.kdf.iterations = 1_000_000), true, 'header-invalid'],
      ['another vault id', (h) => (h.vaultId = 'f'.repeat(32)), true, 'header-tampered'],
    ];
    for (const [, edit, recompute, code] of cases) {
      const env = testEnv();
      const { profile } = await vault(env);
      await editHeader(env, profile.id, edit, recompute);
      const calls = env.kdfCalls;
      expect(await codeOf(unlockVault(profile.id, PASSPHRASE, { env }))).toBe(code);
      expect(env.kdfCalls).toBe(calls);
    }
  });

  it('refuses a vault with no header', async () => {
    const env = testEnv();
    const { profile } = await vault(env);
    const db = openVaultDb(profile.id, env);
    await db.meta.clear();
    db.close();
    expect(await codeOf(unlockVault(profile.id, PASSPHRASE, { env }))).toBe('vault-not-found');
  });
});

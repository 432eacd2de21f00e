import { describe, expect, it } from 'vitest';
import { createVault } from '../../../renderer/core/vault/createVault';
import { listProfiles } from '../../../renderer/core/vault/profileRegistry';
import { unlockVault } from '../../../renderer/core/vault/unlockVault';
import { VaultError } from '../../../renderer/core/vault/vaultError';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import { codeOf } from './codeOf';
import { OTHER_PASSPHRASE, PASSPHRASE, TEST_KDF, testEnv } from './vaultTestEnv';

interface Note {
  text: string;
  tags: string[];
}

describe('vault lifecycle', () => {
  it('creates, stores, locks and reopens with the passphrase', async () => {
    const env = testEnv();
    const { profile, session, recoveryKey } = await createVault({
      name: 'Bureau Goma',
      passphrase: PASSPHRASE,
      kdf: TEST_KDF,
      env,
    });
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(await listProfiles(env)).toEqual([{ id: profile.id, name: 'Bureau Goma' }]);

    const caseId = newOpaqueId();
    const a = await session.putRecord<Note>({
      kind: 'note',
      caseId,
      payload: { text: 'Première note', tags: ['mine'] },
    });
    env.clock.now += 1000;
    const b = await session.putRecord<Note>({
      kind: 'person',
      caseId,
      payload: { text: 'Témoin', tags: [] },
    });
    await session.putRecord({
      kind: 'note',
      caseId: newOpaqueId(),
      payload: { text: 'Autre dossier', tags: [] },
    });
    expect(a.id).not.toBe(b.id);
    expect(b.updatedAt - a.updatedAt).toBe(1000);

    expect((await session.getRecord<Note>(a.id)).payload.text).toBe('Première note');
    expect((await session.listRecords({ caseId })).records).toHaveLength(2);
    expect((await session.listRecords({ kind: 'note' })).records).toHaveLength(2);
    expect((await session.listRecords({ caseId, kind: 'person' })).records.map((r) => r.id)).toEqual([b.id]);

    await session.putRecord<Note>({
      id: a.id,
      kind: 'note',
      caseId,
      payload: { text: 'Note corrigée', tags: [] },
    });
    expect((await session.getRecord<Note>(a.id)).payload.text).toBe('Note corrigée');

    await session.deleteRecord(b.id);
    expect(await codeOf(session.getRecord(b.id))).toBe('record-not-found');

    session.lock();
    expect(session.isLocked).toBe(true);
    expect(await codeOf(session.getRecord(a.id))).toBe('locked');
    expect(await codeOf(session.putRecord({ kind: 'note', payload: 1 }))).toBe('locked');
    expect(await codeOf(session.listRecords())).toBe('locked');

    const reopened = await unlockVault(profile.id, PASSPHRASE, { env });
    expect((await reopened.getRecord<Note>(a.id)).payload).toEqual({ text: 'Note corrigée', tags: [] });
    expect((await reopened.listRecords()).records).toHaveLength(2);
    reopened.lock();
  });

  it('refuses a wrong passphrase with a stable code', async () => {
    const env = testEnv();
    const { profile, session } = await createVault({ name: 'P', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    session.lock();
    const error = await unlockVault(profile.id, OTHER_PASSPHRASE, { env }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VaultError);
    expect((error as VaultError).code).toBe('wrong-passphrase');
    expect((error as VaultError).message).toBe('wrong-passphrase');
    expect(await codeOf(unlockVault(profile.id, PASSPHRASE.toUpperCase(), { env }))).toBe('wrong-passphrase');
    expect(await codeOf(unlockVault(newOpaqueId(), PASSPHRASE, { env }))).toBe('profile-not-found');
  });

  it('validates what it stores in clear and uses a decoder when given one', async () => {
    const env = testEnv();
    const { session } = await createVault({ name: 'P', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    expect(await codeOf(session.putRecord({ kind: 'Jean Mukendi', payload: 1 }))).toBe('record-invalid');
    expect(await codeOf(session.putRecord({ kind: 'note', caseId: 'dossier-jean', payload: 1 }))).toBe(
      'record-invalid',
    );
    expect(await codeOf(session.putRecord({ id: 'x', kind: 'note', payload: 1 }))).toBe('record-invalid');
    expect(await codeOf(session.putRecord({ kind: 'note', payload: () => 1 }))).toBe('record-invalid');

    const meta = await session.putRecord({ kind: 'note', payload: { n: 3 } });
    const asNumber = {
      parse: (v: unknown) => {
        if (typeof v !== 'number') throw new Error('no');
        return v;
      },
    };
    const asObject = { parse: (v: unknown) => v as { n: number } };
    expect((await session.getRecord(meta.id, asObject)).payload.n).toBe(3);
    expect(await codeOf(session.getRecord(meta.id, asNumber))).toBe('record-damaged');
    expect((await session.listRecords({}, asNumber)).damaged.map((d) => d.reason)).toEqual([
      'payload-invalid',
    ]);
  });

  it('tells every subscriber to drop its data when it locks, once', async () => {
    const env = testEnv();
    const { session } = await createVault({ name: 'P', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    const seen: string[] = [];
    session.onLock((reason) => seen.push(`cache:${reason}`));
    const unsubscribe = session.onLock(() => seen.push('gone'));
    session.onLock(() => {
      throw new Error('a broken subscriber');
    });
    session.onLock((reason) => seen.push(`index:${reason}`));
    unsubscribe();
    session.lock('idle');
    session.lock('user');
    expect(seen).toEqual(['cache:idle', 'index:idle']);
    session.onLock((reason) => seen.push(`late:${reason}`));
    expect(seen).toContain('late:closed');
  });

  it('does not hand back decrypted data when it locks during a read', async () => {
    const env = testEnv();
    const { session } = await createVault({ name: 'P', passphrase: PASSPHRASE, kdf: TEST_KDF, env });
    const meta = await session.putRecord({ kind: 'note', payload: 'texte' });
    const pending = session.getRecord(meta.id);
    session.lock();
    expect(await codeOf(pending)).toBe('locked');
  });

  it('refuses weak passphrases and bad profile names at creation', async () => {
    const env = testEnv();
    expect(await codeOf(createVault({ name: 'P', passphrase: 'motdepasse123', kdf: TEST_KDF, env }))).toBe(
      'weak-passphrase',
    );
    expect(await codeOf(createVault({ name: 'P', passphrase: 'court', kdf: TEST_KDF, env }))).toBe(
      'weak-passphrase',
    );
    expect(await codeOf(createVault({ name: '   ', passphrase: PASSPHRASE, kdf: TEST_KDF, env }))).toBe(
      'profile-name-invalid',
    );
    expect(
      await codeOf(createVault({ name: 'x'.repeat(41), passphrase: PASSPHRASE, kdf: TEST_KDF, env })),
    ).toBe('profile-name-invalid');
    expect(await listProfiles(env)).toEqual([]);
    expect(env.kdfCalls).toBe(0);
  });
});

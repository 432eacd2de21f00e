import { describe, expect, it } from 'vitest';
import { choosePack } from '../../../renderer/core/content/choosePack';
import { loadPack } from '../../../renderer/core/content/loadPack';
import type { LoadedPack } from '../../../renderer/core/content/loadPack';
import { PART } from '../../../renderer/core/content/packManifest';
import { DEV_TRUST_ROOTS as TRUSTED_KEYS } from '../../../renderer/core/content/devTrustRoots';
import { buildParts, flipByte, reader } from './packHelpers';

const options = { trustedKeys: TRUSTED_KEYS, allowDevKeys: true };

const load = async (packVersion: number): Promise<LoadedPack> =>
  loadPack(reader(await buildParts({ packVersion })), options);

const loader =
  (packVersion: number, tamper = false) =>
  async (minPackVersion: number | undefined): Promise<LoadedPack> => {
    const parts = await buildParts({ packVersion });
    if (tamper) parts.set(PART.entries, flipByte(parts.get(PART.entries) ?? new Uint8Array()));
    return loadPack(reader(parts), { ...options, ...(minPackVersion ? { minPackVersion } : {}) });
  };

describe('choosePack keeps the last good pack', () => {
  it('takes a newer valid pack', async () => {
    const current = await load(2);
    const choice = await choosePack(current, loader(3));
    expect(choice.accepted).toBe(true);
    expect(choice.pack?.manifest.packVersion).toBe(3);
  });

  it('keeps the current pack when the candidate is tampered', async () => {
    const current = await load(2);
    const choice = await choosePack(current, loader(3, true));
    expect(choice).toMatchObject({ accepted: false, error: { code: 'hash-mismatch' } });
    expect(choice.pack).toBe(current);
  });

  it('refuses an older pack offered as an update', async () => {
    const current = await load(5);
    const choice = await choosePack(current, loader(4));
    expect(choice).toMatchObject({ accepted: false, error: { code: 'older-version' } });
    expect(choice.pack).toBe(current);
  });

  it('refuses an older pack even when the loader ignores minPackVersion', async () => {
    const current = await load(5);
    const choice = await choosePack(current, () => load(1));
    expect(choice).toMatchObject({ accepted: false, error: { code: 'older-version' } });
  });

  it('refuses the same version', async () => {
    const current = await load(5);
    expect(await choosePack(current, loader(5))).toMatchObject({ accepted: false, error: { code: 'same-version' } });
  });

  it('keeps the current pack when the loader fails with a non-pack error', async () => {
    const current = await load(5);
    const choice = await choosePack(current, () => Promise.reject(new Error('disk unplugged')));
    expect(choice).toMatchObject({ accepted: false, error: { code: 'malformed' } });
    expect(choice.pack).toBe(current);
  });

  it('takes any valid pack when there is none yet', async () => {
    const choice = await choosePack(null, loader(1));
    expect(choice.accepted).toBe(true);
  });
});

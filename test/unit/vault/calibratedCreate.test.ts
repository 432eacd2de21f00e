import { describe, expect, it } from 'vitest';
import type { KdfRunner } from '../../../renderer/core/crypto/deriveKey';
import { directKdfRunner } from '../../../renderer/core/crypto/deriveKey';
import { KDF_FLOOR } from '../../../renderer/core/crypto/kdfParams';
import { createVault } from '../../../renderer/core/vault/createVault';
import { openVaultDb } from '../../../renderer/core/vault/vaultDb';
import { PASSPHRASE, testEnv } from './vaultTestEnv';

describe('createVault without a test cost', () => {
  it('calibrates, stores the chosen cost in the header and never goes below 64 MiB / 3', async () => {
    const env = testEnv();
    // A fake machine: each derivation "takes" 100 ms per 64 MiB·pass unit on a fake monotonic clock;
    // the real hashing is replaced so the test stays fast.
    let clock = 0;
    const costs: number[] = [];
    const fakeRunner: KdfRunner = (job) => {
      costs.push(job.cost.memoryKiB * job.cost.iterations);
      clock +=
        (100 * job.cost.memoryKiB * job.cost.iterations) / (KDF_FLOOR.memoryKiB * KDF_FLOOR.iterations);
      return directKdfRunner({ ...job, cost: { memoryKiB: 64, iterations: 1, parallelism: 1 } });
    };
    env.kdfRunner = fakeRunner;
    env.monotonicNow = () => clock;
    const created = await createVault({ name: 'P', passphrase: PASSPHRASE, env });
    expect(created.calibration).not.toBeNull();
    expect(created.cost.memoryKiB).toBeGreaterThanOrEqual(KDF_FLOOR.memoryKiB);
    expect(created.cost.iterations).toBeGreaterThanOrEqual(KDF_FLOOR.iterations);
    expect(created.calibration!.measuredMs).toBeGreaterThanOrEqual(500);
    created.session.lock();
    const db = openVaultDb(created.profile.id, env);
    const header = (await db.meta.get('header'))!.header;
    db.close();
    expect(header.kdf).toMatchObject(created.cost);
    // Calibration trials, then the real derivation at the chosen cost.
    expect(costs.at(-1)).toBe(created.cost.memoryKiB * created.cost.iterations);
  });
});

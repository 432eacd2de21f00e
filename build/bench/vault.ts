// npm run bench:vault — prints figures for the vault on this machine; never a pass/fail gate.
// Runs in Node (hash-wasm Argon2id on the current thread, WebCrypto from Node, fake-indexeddb for
// Dexie), so storage figures say little about Chromium's IndexedDB; the KDF and AES figures carry over.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { argon2idHash, type Argon2idCost } from '../../renderer/core/crypto/argon2idHash';
import { randomBytes } from '../../renderer/core/crypto/bytes';
import { calibrateKdf } from '../../renderer/core/crypto/calibrateKdf';
import { directKdfRunner } from '../../renderer/core/crypto/deriveKey';
import { KDF_FLOOR } from '../../renderer/core/crypto/kdfParams';
import { createVault } from '../../renderer/core/vault/createVault';
import { decryptRecord, encryptRecord } from '../../renderer/core/vault/recordCodec';
import { unlockVault } from '../../renderer/core/vault/unlockVault';
import { deriveVaultKeys } from '../../renderer/core/crypto/vaultKeys';

const PASSPHRASE = 'banc d’essai : mangue pirogue tonnerre';

async function timeArgon2(cost: Argon2idCost): Promise<number> {
  const started = performance.now();
  await argon2idHash({ ...cost, password: randomBytes(24), salt: randomBytes(16), hashLength: 32 });
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const mib = (kib: number): string => `${kib / 1024} MiB`;
const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;

async function main(): Promise<void> {
  console.log(`Node ${process.version}, ${process.arch}`);

  const calibration = await calibrateKdf({ measure: timeArgon2 });
  console.log('\nCalibration (target ≥ 500 ms, floor 64 MiB × 3):');
  for (const t of calibration.trials)
    console.log(`  trial ${mib(t.cost.memoryKiB)} × ${t.cost.iterations}: ${fmt(t.ms)}`);
  const chosen = calibration.cost;
  console.log(`  chosen: ${mib(chosen.memoryKiB)} × ${chosen.iterations} passes, p=${chosen.parallelism}`);

  console.log('\nArgon2id, median of 3:');
  for (const cost of [KDF_FLOOR, chosen]) {
    const runs = [await timeArgon2(cost), await timeArgon2(cost), await timeArgon2(cost)];
    console.log(`  ${mib(cost.memoryKiB)} × ${cost.iterations}: ${fmt(median(runs))}`);
  }

  const vaultId = 'ab'.repeat(16);
  const { recordKey } = await deriveVaultKeys(randomBytes(32), vaultId);
  for (const size of [200, 4096, 65536]) {
    const payload = { text: 'é'.repeat(size / 2) };
    const count = size > 10_000 ? 200 : 2000;
    let started = performance.now();
    const rows = [];
    for (let i = 0; i < count; i++)
      rows.push(
        await encryptRecord(
          recordKey,
          vaultId,
          { id: i.toString(16).padStart(32, '0'), kind: 'note', caseId: null, updatedAt: i },
          payload,
        ),
      );
    const encMs = performance.now() - started;
    started = performance.now();
    for (const row of rows) await decryptRecord(recordKey, vaultId, row);
    const decMs = performance.now() - started;
    const mb = (count * size) / 1e6;
    console.log(
      `\nRecords of ~${size} B ×${count}: encrypt ${(count / (encMs / 1000)).toFixed(0)}/s (${(mb / (encMs / 1000)).toFixed(1)} MB/s), decrypt ${(count / (decMs / 1000)).toFixed(0)}/s (${(mb / (decMs / 1000)).toFixed(1)} MB/s)`,
    );
  }

  const env = { indexedDB: new IDBFactory(), IDBKeyRange, kdfRunner: directKdfRunner };
  let started = performance.now();
  const { profile, session } = await createVault({
    name: 'Bench',
    passphrase: PASSPHRASE,
    kdf: { insecureTestCost: chosen },
    env,
  });
  const createMs = performance.now() - started;
  started = performance.now();
  for (let i = 0; i < 1000; i++)
    await session.putRecord({ kind: 'note', payload: { text: `note ${i}`.repeat(20) } });
  const putMs = performance.now() - started;
  session.lock();
  const unlockRuns: number[] = [];
  let listMs = 0;
  for (let i = 0; i < 3; i++) {
    started = performance.now();
    const s = await unlockVault(profile.id, PASSPHRASE, { env });
    unlockRuns.push(performance.now() - started);
    started = performance.now();
    await s.listRecords();
    listMs = performance.now() - started;
    s.lock();
  }
  console.log(
    `\nVault at the chosen cost (fake-indexeddb): create ${fmt(createMs)} (without calibration), unlock median ${fmt(median(unlockRuns))}`,
  );
  console.log(`  putRecord ×1000: ${fmt(putMs)}; listRecords of 1000: ${fmt(listMs)}`);
}

void main();

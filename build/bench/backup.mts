// npm run bench:backup — export, restore, merge and transfer of a large notebook: 10,000 cases
// (case + person + note each) and 200 MB of attachments (base64 inside record payloads, as the
// case notebook stores them). Prints time and peak memory; never a pass/fail gate.
// Runs in Node with fake-indexeddb (Dexie) and Node's WebCrypto: storage times say little about
// Chromium's IndexedDB; encoding, hashing, crypto and memory shape carry over.
// The platform API moves a file as one Uint8Array, so nothing here streams (README, *Memory*).
import { bytesSource } from '../../renderer/core/backup/byteStream';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { exportBackup } from '../../renderer/core/backup/exportBackup';
import { exportTransfer } from '../../renderer/core/backup/exportTransfer';
import { importTransfer } from '../../renderer/core/backup/importTransfer';
import { mergeBackup } from '../../renderer/core/backup/mergeBackup';
import { restoreBackup } from '../../renderer/core/backup/restoreBackup';
import { directKdfRunner } from '../../renderer/core/crypto/deriveKey';
import { createVault } from '../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../renderer/core/vault/opaqueId';
import { unlockVault } from '../../renderer/core/vault/unlockVault';
import type { PutRecordInput } from '../../renderer/core/vault/vaultSession';

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const ATTACHMENT_MB = Number(process.env.BENCH_ATTACHMENT_MB ?? 200);
const ATTACHMENT_BYTES = 256 * 1024;
const PASSPHRASE = 'banc d’essai : mangue pirogue tonnerre';
const TEST_COST = { memoryKiB: 256, iterations: 2, parallelism: 1 };

const env = () => ({ indexedDB: new IDBFactory(), IDBKeyRange, kdfRunner: directKdfRunner });
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Peak RSS and ArrayBuffer memory while `work` runs (sampled every 20 ms, plus start and end). */
async function measure<T>(label: string, work: () => Promise<T>): Promise<T> {
  globalThis.gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakBuffers = base.arrayBuffers;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakBuffers = Math.max(peakBuffers, m.arrayBuffers);
  };
  const timer = setInterval(sample, 20);
  const started = performance.now();
  try {
    return await work();
  } finally {
    sample();
    clearInterval(timer);
    const ms = performance.now() - started;
    console.log(`${label.padEnd(34)} ${(ms / 1000).toFixed(1).padStart(6)} s   peak RSS ${mb(peakRss).padStart(8)} (+${mb(peakRss - base.rss)})   peak ArrayBuffers +${mb(peakBuffers - base.arrayBuffers)}`);
  }
}

function base64Of(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

async function main(): Promise<void> {
  console.log(`Node ${process.version}; ${CASES} cases, ${ATTACHMENT_MB} MB of attachments in ${ATTACHMENT_BYTES / 1024} KiB files${globalThis.gc ? '' : ' (run with --expose-gc for steadier memory figures)'}`);
  const office = env();
  const { session, profile } = await createVault({ name: 'Banc', passphrase: PASSPHRASE, kdf: { insecureTestCost: TEST_COST }, env: office });
  const caseIds = Array.from({ length: CASES }, () => newOpaqueId());
  const attachments = Math.round((ATTACHMENT_MB * 1024 * 1024) / ATTACHMENT_BYTES);
  await measure('fill the notebook', async () => {
    const batch: PutRecordInput<unknown>[] = [];
    const flush = async () => {
      await session.putRecords(batch.splice(0));
    };
    for (const [i, caseId] of caseIds.entries()) {
      batch.push({ kind: 'case', caseId, payload: { v: 1, title: `Dossier ${i}`, status: 'ouvert' } });
      batch.push({ kind: 'person', caseId, payload: { v: 1, role: 'victime', initials: 'A.B.', ageGroup: '15-17' } });
      batch.push({ kind: 'note', caseId, payload: { v: 1, at: i, text: 'Entretien au bureau, suite à donner.'.repeat(4) } });
      if (batch.length >= 600) await flush();
    }
    await flush();
    const blob = new Uint8Array(ATTACHMENT_BYTES);
    for (let i = 0; i < attachments; i++) {
      crypto.getRandomValues(blob.subarray(0, 65536)); // random-ish content; base64 size is what matters
      batch.push({ kind: 'attachment-data', caseId: caseIds[i % CASES]!, payload: { v: 1, base64: base64Of(blob) } });
      if (batch.length >= 20) await flush();
    }
    await flush();
  });
  console.log(`records: ${CASES * 3 + attachments}`);

  const backup = await measure('export backup', () => exportBackup(session));
  console.log(`backup file: ${mb(backup.bytes.length)}`);
  const elsewhere = env();
  await measure('restore into a new profile', () => restoreBackup(bytesSource(backup.bytes), 'Copie', elsewhere));
  const copy = await unlockVault(profile.id, PASSPHRASE, { env: elsewhere });
  await measure('merge (same file, all unchanged)', () => mergeBackup(session, bytesSource(backup.bytes)));

  const chosen = caseIds.slice(0, 100);
  const transfer = await measure('export transfer (100 cases, 64 MiB×3)', () => exportTransfer(session, { caseIds: chosen, consentConfirmed: true }));
  console.log(`transfer file: ${mb(transfer.bytes.length)} (${transfer.recordCount} records)`);
  await measure('import transfer (ids collide)', () => importTransfer(copy, transfer.bytes, transfer.code));
}

void main();

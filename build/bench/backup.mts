// npm run bench:backup — export, restore, merge and transfer of a large notebook: 10,000 cases
// (case + person + note each) and 200 MB of attachments (base64 inside record payloads, as the
// case notebook stores them). Prints time and peak memory; never a pass/fail gate.
// Runs in Node with fake-indexeddb (Dexie) and Node's WebCrypto: storage times say little about
// Chromium's IndexedDB; encoding, hashing, crypto and memory shape carry over. fake-indexeddb keeps
// every database in this process's memory, so a step that writes rows (restore, a merge that adds)
// grows by what it stores; that is storage, not the backup path (README, *Memory and streaming*).
// Backups are streamed through a temporary file with node:fs (nothing retained), then, for
// comparison, run again with the whole file in memory (BENCH_WHOLE=0 skips that).
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { bytesSource, type ByteSink, type ByteSource } from '../../renderer/core/backup/byteStream';
import { CONFLICT_KIND } from '../../renderer/core/backup/conflictCopy';
import { exportBackup, saveBackup } from '../../renderer/core/backup/exportBackup';
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
const WHOLE = process.env.BENCH_WHOLE !== '0';

/** A file writer on disk that keeps nothing in memory (what Electron's main process does). */
async function fileWriter(
  file: string,
): Promise<ByteSink & { commit(): Promise<{ saved: true; fileName: string }>; abort(): Promise<void> }> {
  const handle = await open(file, 'w');
  let at = 0;
  return {
    write: async (chunk) => {
      await handle.write(chunk, 0, chunk.length, at);
      at += chunk.length;
    },
    commit: async () => {
      await handle.close();
      return { saved: true, fileName: path.basename(file) };
    },
    abort: async () => {
      await handle.close();
      await rm(file, { force: true });
    },
  };
}

/** A file reader on disk: each read is a fresh buffer of the size asked. */
async function fileSource(file: string): Promise<ByteSource & { close(): Promise<void> }> {
  const handle: FileHandle = await open(file, 'r');
  const { size } = await handle.stat();
  return {
    size,
    read: async (offset, length) => {
      const buffer = new Uint8Array(Math.min(length, size - offset));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      return buffer.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}

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
    console.log(
      `${label.padEnd(46)} ${(ms / 1000).toFixed(1).padStart(6)} s   peak RSS ${mb(peakRss).padStart(8)} (+${mb(peakRss - base.rss)})   peak ArrayBuffers +${mb(peakBuffers - base.arrayBuffers)}`,
    );
  }
}

function base64Of(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

async function main(): Promise<void> {
  console.log(
    `Node ${process.version}; ${CASES} cases, ${ATTACHMENT_MB} MB of attachments in ${ATTACHMENT_BYTES / 1024} KiB files${globalThis.gc ? '' : ' (run with --expose-gc for steadier memory figures)'}`,
  );
  const office = env();
  const { session, profile } = await createVault({
    name: 'Banc',
    passphrase: PASSPHRASE,
    kdf: { insecureTestCost: TEST_COST },
    env: office,
  });
  const caseIds = Array.from({ length: CASES }, () => newOpaqueId());
  const attachments = Math.round((ATTACHMENT_MB * 1024 * 1024) / ATTACHMENT_BYTES);
  await measure('fill the notebook', async () => {
    const batch: PutRecordInput<unknown>[] = [];
    const flush = async () => {
      await session.putRecords(batch.splice(0));
    };
    for (const [i, caseId] of caseIds.entries()) {
      batch.push({ kind: 'case', caseId, payload: { v: 1, title: `Dossier ${i}`, status: 'ouvert' } });
      batch.push({
        kind: 'person',
        caseId,
        payload: { v: 1, role: 'victime', initials: 'A.B.', ageGroup: '15-17' },
      });
      batch.push({
        kind: 'note',
        caseId,
        payload: { v: 1, at: i, text: 'Entretien au bureau, suite à donner.'.repeat(4) },
      });
      if (batch.length >= 600) await flush();
    }
    await flush();
    const blob = new Uint8Array(ATTACHMENT_BYTES);
    for (let i = 0; i < attachments; i++) {
      crypto.getRandomValues(blob.subarray(0, 65536)); // random-ish content; base64 size is what matters
      batch.push({
        kind: 'attachment-data',
        caseId: caseIds[i % CASES]!,
        payload: { v: 1, base64: base64Of(blob) },
      });
      if (batch.length >= 20) await flush();
    }
    await flush();
  });
  console.log(`records: ${CASES * 3 + attachments}`);

  const dir = await mkdtemp(path.join(tmpdir(), 'dalili-bench-'));
  const file = path.join(dir, 'bench.dalili-backup');
  const streamed = await measure('export backup (streamed to disk)', async () =>
    saveBackup(session, await fileWriter(file)),
  );
  const source = await fileSource(file);
  console.log(`backup file: ${mb(source.size)} (${streamed.recordCount} records)`);
  const elsewhere = env();
  await measure('restore (streamed from disk)', () => restoreBackup(source, 'Copie', elsewhere));
  const copy = await unlockVault(profile.id, PASSPHRASE, { env: elsewhere });
  await measure('merge, all unchanged (streamed)', () => mergeBackup(session, source));
  // The copy loses its attachments, then gets them back by merging: 200 MB staged, then moved in one transaction.
  const attachmentIds = (await copy.listRecords({ kind: 'attachment-data' })).records.map((r) => r.id);
  await copy.deleteRecords(attachmentIds);
  const added = await measure(`merge adding ${attachmentIds.length} attachments (streamed)`, () =>
    mergeBackup(copy, source),
  );
  console.log(`  added ${added.added}, unchanged ${added.unchanged}, conflicts ${added.conflicts}`);
  if ((await copy.listRecords({ kind: CONFLICT_KIND })).records.length !== 0)
    throw new Error('unexpected conflict copies');

  if (WHOLE) {
    const backup = await measure('export backup (whole file in memory)', () => exportBackup(session));
    const inMemory = bytesSource(backup.bytes);
    await measure('restore (whole file in memory)', () => restoreBackup(inMemory, 'Copie', env()));
    await measure('merge, all unchanged (whole file in memory)', () => mergeBackup(session, inMemory));
  }
  await source.close();
  await rm(dir, { recursive: true, force: true });

  const chosen = caseIds.slice(0, 100);
  const transfer = await measure('export transfer (100 cases, 64 MiB×3)', () =>
    exportTransfer(session, { caseIds: chosen, consentConfirmed: true }),
  );
  console.log(`transfer file: ${mb(transfer.bytes.length)} (${transfer.recordCount} records)`);
  await measure('import transfer (ids collide)', () => importTransfer(copy, transfer.bytes, transfer.code));
}

void main();

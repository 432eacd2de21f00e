import {
  bytesEqual,
  DATA_KEY_BYTES,
  DecryptFailure,
  deriveVaultKeys,
  formatRecoveryKey,
  generateRecoveryKey,
  kekFromRecoveryKey,
  randomBytes,
  RECOVERY_SALT_BYTES,
  unwrapDataKey,
  type VaultKeys,
  wipe,
  wrapDataKey,
} from '../crypto';
import { openPassphraseSlot } from './passphraseSlot';
import { readSessionHeader } from './readHeader';
import { decryptRecord, encryptRecord, type StoredRecord } from './recordCodec';
import { resigner, type RekeyTransform } from './keyedDigest';
import type { RekeyPending, RekeyStagedRow, VaultDb } from './vaultDb';
import type { VaultEnv } from './vaultEnv';
import { VaultError } from './vaultError';
import { sealHeader, type StoredHeader, wrapContext } from './vaultHeader';
import { internalsOf, swapKeys, type VaultSession } from './vaultSession';

// "Rechiffrer le carnet" (issue 18, point 5): a new data key, every record decrypted with the old
// record key and encrypted with the new one (WebCrypto AES-GCM through recordCodec, nothing
// hand-rolled), parked in the 'rekeyStaging' store, then ONE transaction swaps every record and the
// header. Until that transaction the notebook is exactly as before (cancel = throw the staging away);
// after it, neither the old passphrase slot nor the old recovery key opens it. A crash or a closed
// window leaves the 'rekey' row and the staging: the next run with the passphrase picks them up and
// re-encrypts only what is missing or changed.

export interface ReencryptProgress {
  done: number;
  total: number;
  /** 'copying' while records are re-encrypted, 'finishing' during the final transaction. */
  phase: 'copying' | 'finishing';
}

export interface ReencryptOptions {
  env?: VaultEnv;
  signal?: AbortSignal;
  onProgress?: (progress: ReencryptProgress) => void;
  /** Rows re-encrypted per step (tests use small steps to stop midway). */
  batchRows?: number;
  /**
   * Rewrites a payload as it is copied: keyed digests made under the old journal key are re-signed
   * under the new one (the case notebook's seals, `resealForNewKey`). Without it they stop checking.
   */
  transform?: RekeyTransform;
}

export type ReencryptOutcome =
  | {
      status: 'done';
      /** The new recovery key, formatted: shown once, the old one no longer opens the notebook. */
      recoveryKey: string;
      /** Records found already re-encrypted by an interrupted run, and not redone. */
      reused: number;
      /** Records that could not be read before (damaged): kept byte for byte, still unreadable. */
      unreadable: number;
    }
  | { status: 'cancelled' };

const BATCH_BYTES = 4 * 1024 * 1024;
const READ_STEP = 8;
const COMMIT_STEP = 16;

const pendingTable = (db: VaultDb) => db.table<RekeyPending, 'rekey'>('meta');

/** True when a re-encryption was started and neither finished nor cancelled (a crash, a closed window). */
export async function reencryptionPending(session: VaultSession): Promise<boolean> {
  const { db } = internalsOf(session);
  return (await guard(session, () => pendingTable(db).get('rekey'))) !== undefined;
}

/** Throws away an unfinished re-encryption: the notebook keeps its key, nothing else changes. */
export async function discardReencryption(session: VaultSession): Promise<void> {
  const { db } = internalsOf(session);
  await guard(session, () =>
    db.transaction('rw', db.meta, db.rekeyStaging, async () => {
      await pendingTable(db).delete('rekey');
      await db.rekeyStaging.clear();
    }),
  );
}

export async function reencryptVault(
  session: VaultSession,
  passphrase: string,
  options: ReencryptOptions = {},
): Promise<ReencryptOutcome> {
  const env = options.env ?? {};
  const { db, vaultId, keys: oldKeys, gate } = internalsOf(session);
  const header = await readSessionHeader(db, oldKeys.headerMacKey);
  const { kek, dataKey: current } = await openPassphraseSlot(header, passphrase, env);
  wipe(current);
  const nextKey = await resumeOrStart(session, db, header, kek);
  try {
    const newKeys = await deriveVaultKeys(nextKey, vaultId);
    const counts = { reused: 0, unreadable: 0 };
    // The last pass (writes held) finds what the first left staged: only the first counts reuse.
    const pass = (first: boolean) =>
      copyPass(
        session,
        oldKeys,
        newKeys,
        first ? counts : { ...counts, reused: 0 },
        first ? options : { transform: options.transform },
      );
    try {
      await pass(true);
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
      await discardReencryption(session);
      return { status: 'cancelled' };
    }
    const release = await gate.pause();
    try {
      options.onProgress?.({ done: 0, total: 0, phase: 'finishing' });
      const recoveryKey = await finish(session, kek, nextKey, newKeys, () => pass(false));
      swapKeys(session, newKeys);
      return { status: 'done', recoveryKey, ...counts };
    } finally {
      release();
    }
  } finally {
    wipe(nextKey);
  }
}

/** The data key of an interrupted run under the same passphrase, or a new one (staging emptied). */
async function resumeOrStart(
  session: VaultSession,
  db: VaultDb,
  header: StoredHeader,
  kek: CryptoKey,
): Promise<Uint8Array<ArrayBuffer>> {
  const pending = await guard(session, () => pendingTable(db).get('rekey'));
  if (pending !== undefined && bytesEqual(pending.kdfSalt, header.kdf.salt)) {
    try {
      return await unwrapDataKey(
        kek,
        { iv: pending.iv, ciphertext: pending.wrapped },
        wrapContext(header.vaultId, 'rekey'),
      );
    } catch (error) {
      if (!(error instanceof DecryptFailure)) throw new VaultError('storage-failed');
      // The passphrase changed since (same salt is not enough): start over below.
    }
  }
  const nextKey = randomBytes(DATA_KEY_BYTES);
  const sealed = await wrapDataKey(kek, nextKey, wrapContext(header.vaultId, 'rekey'));
  const row: RekeyPending = {
    key: 'rekey',
    kdfSalt: new Uint8Array(header.kdf.salt),
    iv: sealed.iv,
    wrapped: sealed.ciphertext,
  };
  internalsOf(session);
  await guard(session, () =>
    db.transaction('rw', db.meta, db.rekeyStaging, async () => {
      await db.rekeyStaging.clear();
      await pendingTable(db).put(row);
    }),
  );
  return nextKey;
}

/**
 * One pass over every record: those not yet staged, or changed since they were, are re-encrypted
 * and staged, a few megabytes at a time. Records the old key cannot read are staged as they are.
 */
async function copyPass(
  session: VaultSession,
  oldKeys: VaultKeys,
  newKeys: VaultKeys,
  counts: { reused: number; unreadable: number },
  options: Pick<ReencryptOptions, 'signal' | 'onProgress' | 'batchRows' | 'transform'>,
): Promise<void> {
  const { db, vaultId } = internalsOf(session);
  const resign = resigner(oldKeys.journalMacKey, newKeys.journalMacKey);
  const ids = await guard(session, () => db.records.toCollection().primaryKeys());
  const maxRows = options.batchRows ?? 64;
  let next = 0;
  while (next < ids.length) {
    if (options.signal?.aborted) throw new Cancelled();
    const rows: StoredRecord[] = [];
    let bytes = 0;
    while (next < ids.length && rows.length < maxRows && bytes < BATCH_BYTES) {
      const step = ids.slice(next, next + Math.min(READ_STEP, maxRows - rows.length));
      next += step.length;
      for (const row of await guard(session, () => db.records.bulkGet(step))) {
        if (row === undefined) continue;
        rows.push(row);
        bytes += row.ciphertext.byteLength;
      }
    }
    const staged = await guard(session, () => db.rekeyStaging.bulkGet(rows.map((r) => r.id)));
    const todo = rows.filter((row, i) => !sameSource(staged[i], row));
    counts.reused += rows.length - todo.length;
    const made = await Promise.all(
      todo.map(async (row): Promise<RekeyStagedRow> => {
        const opened = await decryptRecord(oldKeys.recordKey, vaultId, row);
        if (!opened.ok) {
          counts.unreadable++;
          return { id: row.id, sourceIv: row.iv, row };
        }
        const meta = { id: row.id, kind: row.kind, caseId: row.caseId, updatedAt: row.updatedAt };
        return {
          id: row.id,
          sourceIv: row.iv,
          row: await encryptRecord(
            newKeys.recordKey,
            vaultId,
            meta,
            options.transform ? await options.transform(row.kind, opened.payload, resign) : opened.payload,
          ),
        };
      }),
    );
    if (made.length > 0) await guard(session, () => db.rekeyStaging.bulkPut(made));
    options.onProgress?.({ done: next, total: ids.length, phase: 'copying' });
  }
}

/**
 * With writes held: a last pass for what changed meanwhile, then the one transaction. It checks
 * every record is the one staged from and the header is the one read; otherwise it writes nothing
 * and tries again (a few times).
 */
async function finish(
  session: VaultSession,
  kek: CryptoKey,
  nextKey: Uint8Array<ArrayBuffer>,
  newKeys: VaultKeys,
  catchUp: () => Promise<void>,
): Promise<string> {
  const { db, vaultId, keys: oldKeys } = internalsOf(session);
  for (let attempt = 0; attempt < 3; attempt++) {
    await catchUp();
    const seen = await readSessionHeader(db, oldKeys.headerMacKey);
    const recovery = generateRecoveryKey();
    try {
      const salt = randomBytes(RECOVERY_SALT_BYTES);
      const passphraseSlot = await wrapDataKey(kek, nextKey, wrapContext(vaultId, 'passphrase'));
      const recoverySlot = await wrapDataKey(
        await kekFromRecoveryKey(recovery, salt),
        nextKey,
        wrapContext(vaultId, 'recovery'),
      );
      const next = await sealHeader(
        {
          format: seen.format,
          vaultId,
          kdf: seen.kdf,
          passphraseSlot: { iv: passphraseSlot.iv, wrapped: passphraseSlot.ciphertext },
          recoverySlot: { salt, iv: recoverySlot.iv, wrapped: recoverySlot.ciphertext },
        },
        newKeys.headerMacKey,
      );
      if (await commit(session, seen, next)) return formatRecoveryKey(recovery);
    } finally {
      wipe(recovery);
    }
  }
  throw new VaultError('storage-failed');
}

async function commit(session: VaultSession, seen: StoredHeader, next: StoredHeader): Promise<boolean> {
  const { db } = internalsOf(session);
  try {
    await guard(session, () =>
      db.transaction('rw', db.records, db.rekeyStaging, db.meta, async () => {
        const stored = await db.meta.get('header');
        if (stored === undefined || !bytesEqual(stored.header.mac, seen.mac)) throw new ChangedMeanwhile();
        let after: string | null = null;
        for (;;) {
          const step: StoredRecord[] = await (
            after === null ? db.records.orderBy(':id') : db.records.where(':id').above(after)
          )
            .limit(COMMIT_STEP)
            .toArray();
          if (step.length === 0) break;
          after = step[step.length - 1]!.id;
          const staged = await db.rekeyStaging.bulkGet(step.map((r) => r.id));
          const rows = step.map((row, i) => {
            const s = staged[i];
            if (!sameSource(s, row)) throw new ChangedMeanwhile();
            return s.row;
          });
          await db.records.bulkPut(rows);
        }
        await db.meta.put({ key: 'header', header: next });
        await pendingTable(db).delete('rekey');
        await db.rekeyStaging.clear();
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ChangedMeanwhile) return false;
    throw error;
  }
}

function sameSource(staged: RekeyStagedRow | undefined, row: StoredRecord): staged is RekeyStagedRow {
  return (
    staged !== undefined && staged.row.updatedAt === row.updatedAt && bytesEqual(staged.sourceIv, row.iv)
  );
}

class Cancelled extends Error {}
class ChangedMeanwhile extends Error {}

async function guard<R>(session: VaultSession, work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof VaultError || error instanceof ChangedMeanwhile || error instanceof Cancelled)
      throw error;
    throw new VaultError(session.isLocked ? 'locked' : 'storage-failed');
  }
}

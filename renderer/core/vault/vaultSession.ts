import type { VaultKeys } from '../crypto';
import { decryptRecord, encryptRecord, type RecordMeta, type StoredRecord } from './recordCodec';
import { isOpaqueId, newOpaqueId } from './opaqueId';
import type { VaultDb } from './vaultDb';
import { VaultError } from './vaultError';
import { WriteGate } from './writeGate';

export type LockReason = 'user' | 'idle' | 'hidden' | 'suspend' | 'screen-locked' | 'closed';
export type LockListener = (reason: LockReason) => void;

/** Anything with zod's `parse` shape; validates a decrypted payload into the caller's type. */
export interface Decoder<T> {
  parse(value: unknown): T;
}

export interface VaultRecord<T> extends RecordMeta {
  payload: T;
}

export type DamageReason = 'decrypt-failed' | 'unknown-format' | 'malformed' | 'payload-invalid';

/** A record we could not read. Its plaintext fields are shown as stored and may themselves be forged. */
export interface DamagedRecord extends RecordMeta {
  reason: DamageReason;
}

export interface RecordList<T> {
  records: VaultRecord<T>[];
  damaged: DamagedRecord[];
}

export interface PutRecordInput<T> {
  /** Omit to create; pass an existing id to replace. */
  id?: string;
  /** A short code ("case", "person", "note"): stored in clear, so never case data. */
  kind: string;
  caseId?: string | null;
  payload: T;
  /**
   * The version time to store, when the record arrives from elsewhere (a transfer merged into a case):
   * it keeps the time it had there, so both notebooks name that version alike (issue 18). Default: now.
   */
  updatedAt?: number;
}

/** What a written row shows in clear, handed to `derived` (putRecords) before the transaction. */
export interface WrittenRow {
  id: string;
  updatedAt: number;
  iv: Uint8Array<ArrayBuffer>;
}

/**
 * putRecords options. `derived`: records built from the rows about to be written (their ids, time
 * and IVs: nothing secret), sealed after them and written in the same transaction. The case list's
 * snapshot uses it to name the exact stored copy of each case it describes (issue 18, point 9).
 */
export interface PutRecordsOptions {
  deleteIds?: readonly string[];
  derived?: (written: readonly WrittenRow[]) => PutRecordInput<unknown>[];
}

export interface RecordQuery {
  kind?: string;
  caseId?: string;
}

interface Internals {
  db: VaultDb;
  vaultId: string;
  keys: VaultKeys;
  /** Every write goes through it, so a re-encryption can swap the keys between writes. */
  gate: WriteGate;
  /** Raised each time the keys are swapped: a row sealed under an older epoch must not be written. */
  epoch: number;
  /** The epoch in force when the merge staging was last cleared (mergeStaging.ts). */
  stagingEpoch: number;
}

const KIND = /^[a-z][a-z0-9-]{0,31}$/;

/** Metas for new rows, checked: opaque ids, known kind shape, no id twice (`before` included), none also deleted. */
function checkedMetas(
  inputs: readonly PutRecordInput<unknown>[],
  updatedAt: number,
  before: readonly RecordMeta[],
  deleteIds: readonly string[],
): RecordMeta[] {
  const metas: RecordMeta[] = inputs.map((input) => ({
    id: input.id ?? newOpaqueId(),
    kind: input.kind,
    caseId: input.caseId ?? null,
    updatedAt: input.updatedAt ?? updatedAt,
  }));
  const ids = new Set([...before, ...metas].map((m) => m.id));
  const invalid = metas.some(
    (m, i) =>
      !isOpaqueId(m.id) ||
      (m.caseId !== null && !isOpaqueId(m.caseId)) ||
      !KIND.test(m.kind) ||
      // A record merged in from elsewhere keeps its own version time (issue 18, point 2).
      (inputs[i]!.updatedAt !== undefined && !(Number.isSafeInteger(m.updatedAt) && m.updatedAt >= 0)),
  );
  if (
    invalid ||
    ids.size !== before.length + metas.length ||
    !deleteIds.every(isOpaqueId) ||
    deleteIds.some((id) => ids.has(id))
  ) {
    throw new VaultError('record-invalid');
  }
  return metas;
}

/**
 * An unlocked vault. Holds the only references to its non-extractable keys; lock() drops them,
 * closes the database and tells every subscriber (decrypted caches, the case search index, the
 * screen) to forget what it holds. A locked session stays locked: unlocking makes a new one.
 */
const DECRYPT_WINDOW = 128;

// The keys sit in a true private field (#inner), not a TypeScript `private`: no code outside this
// module can read them, even by name. Vault modules reach them through internalsOf(), which the
// vault's face (index.ts) does not export and lint forbids importing from outside the vault.
let readInternals: (session: VaultSession) => Internals;
let writeKeys: (session: VaultSession, keys: VaultKeys) => void;

/** For the vault's own operations (raw records, staging, passphrase change); never exported by the face. */
export function internalsOf(session: VaultSession): Internals {
  return readInternals(session);
}

/** After a re-encryption's final transaction: the session goes on with the new data key's keys. */
export function swapKeys(session: VaultSession, keys: VaultKeys): void {
  writeKeys(session, keys);
}

export class VaultSession {
  #inner: Internals | null;

  static {
    readInternals = (session) => {
      if (session.#inner === null) throw new VaultError('locked');
      return session.#inner;
    };
    writeKeys = (session, keys) => {
      const inner = readInternals(session);
      inner.keys = keys;
      inner.epoch++;
    };
  }

  private readonly listeners = new Set<LockListener>();

  constructor(
    readonly profileId: string,
    db: VaultDb,
    vaultId: string,
    keys: VaultKeys,
    private readonly now: () => number = Date.now,
  ) {
    this.#inner = { db, vaultId, keys, gate: new WriteGate(), epoch: 0, stagingEpoch: 0 };
  }

  get isLocked(): boolean {
    return this.#inner === null;
  }

  /** Returns an unsubscribe function. Listeners run synchronously, once, in lock(). */
  onLock(listener: LockListener): () => void {
    if (this.#inner === null) {
      listener('closed');
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  lock(reason: LockReason = 'user'): void {
    const inner = this.#inner;
    if (inner === null) return;
    this.#inner = null;
    inner.db.close();
    const listeners = [...this.listeners];
    this.listeners.clear();
    for (const listener of listeners) {
      try {
        listener(reason);
      } catch {
        // One failing subscriber must not keep the others holding decrypted data.
      }
    }
  }

  /** The vault this session opened (an opaque id, not a secret): lets a backup say whether it belongs here. */
  get vaultId(): string {
    return internalsOf(this).vaultId;
  }

  async putRecord<T>(input: PutRecordInput<T>): Promise<RecordMeta> {
    return internalsOf(this).gate.run(() => this.putOne(input));
  }

  private async putOne<T>(input: PutRecordInput<T>): Promise<RecordMeta> {
    const { vaultId, keys, db } = internalsOf(this);
    const id = input.id ?? newOpaqueId();
    const caseId = input.caseId ?? null;
    if (!isOpaqueId(id) || (caseId !== null && !isOpaqueId(caseId)) || !KIND.test(input.kind)) {
      throw new VaultError('record-invalid');
    }
    const meta: RecordMeta = { id, kind: input.kind, caseId, updatedAt: this.now() };
    let row: StoredRecord;
    try {
      // Encrypt first: awaiting WebCrypto inside a Dexie transaction can let it commit early.
      row = await encryptRecord(keys.recordKey, vaultId, meta, input.payload);
    } catch {
      throw new VaultError('record-invalid');
    }
    internalsOf(this);
    await this.store(() => db.records.put(row));
    return meta;
  }

  /**
   * All or nothing: every record is encrypted first (an await on WebCrypto inside a Dexie
   * transaction can commit it early), then one transaction writes them all and removes `deleteIds`.
   * A case and its audit entry are saved together this way, so nothing is ever half-saved.
   */
  async putRecords(
    inputs: readonly PutRecordInput<unknown>[],
    options: PutRecordsOptions = {},
  ): Promise<RecordMeta[]> {
    return internalsOf(this).gate.run(() => this.putMany(inputs, options));
  }

  private async putMany(
    inputs: readonly PutRecordInput<unknown>[],
    options: PutRecordsOptions,
  ): Promise<RecordMeta[]> {
    const { db } = internalsOf(this);
    const deleteIds = options.deleteIds ?? [];
    const updatedAt = this.now();
    const metas = checkedMetas(inputs, updatedAt, [], deleteIds);
    let rows = await this.sealAll(metas, inputs);
    if (options.derived) {
      const more = options.derived(rows.map((r) => ({ id: r.id, updatedAt: r.updatedAt, iv: r.iv })));
      const moreMetas = checkedMetas(more, updatedAt, metas, deleteIds);
      rows = [...rows, ...(await this.sealAll(moreMetas, more))];
      metas.push(...moreMetas);
    }
    internalsOf(this);
    await this.store(() =>
      db.transaction('rw', db.records, async () => {
        await db.records.bulkPut(rows);
        if (deleteIds.length > 0) await db.records.bulkDelete([...deleteIds]);
      }),
    );
    return metas;
  }

  private async sealAll(
    metas: readonly RecordMeta[],
    inputs: readonly PutRecordInput<unknown>[],
  ): Promise<StoredRecord[]> {
    const { vaultId, keys } = internalsOf(this);
    try {
      return await Promise.all(
        metas.map((meta, i) => encryptRecord(keys.recordKey, vaultId, meta, inputs[i]!.payload)),
      );
    } catch {
      throw new VaultError('record-invalid');
    }
  }

  /** Removes several records in one transaction: all of them, or none. */
  async deleteRecords(ids: readonly string[]): Promise<void> {
    const { db, gate } = internalsOf(this);
    if (!ids.every(isOpaqueId)) throw new VaultError('record-invalid');
    await gate.run(() =>
      this.store(() => db.transaction('rw', db.records, () => db.records.bulkDelete([...ids]))),
    );
  }

  async getRecord<T = unknown>(id: string, decoder?: Decoder<T>): Promise<VaultRecord<T>> {
    const { db } = internalsOf(this);
    const row = await this.store(() => db.records.get(id));
    if (row === undefined) throw new VaultError('record-not-found');
    const result = await this.open(row, decoder);
    if ('reason' in result) throw new VaultError('record-damaged');
    return result;
  }

  /** Reads every matching record; damaged ones are listed apart so the rest stay usable. */
  async listRecords<T = unknown>(query: RecordQuery = {}, decoder?: Decoder<T>): Promise<RecordList<T>> {
    const { db } = internalsOf(this);
    const rows = await this.store(() => {
      if (query.caseId !== undefined && query.kind !== undefined)
        return db.records.where('[caseId+kind]').equals([query.caseId, query.kind]).toArray();
      if (query.caseId !== undefined) return db.records.where('caseId').equals(query.caseId).toArray();
      if (query.kind !== undefined) return db.records.where('kind').equals(query.kind).toArray();
      return db.records.toArray();
    });
    const out: RecordList<T> = { records: [], damaged: [] };
    // WebCrypto decrypts off the calling thread: a bounded window of decryptions in flight keeps
    // the crypto threads busy at unlock (thousands of records) without queueing them all at once,
    // and without the pause a batch-by-batch Promise.all leaves at every batch end. Order is kept.
    const results = new Array<VaultRecord<T> | DamagedRecord>(rows.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < rows.length) {
        const i = next++;
        results[i] = await this.open(rows[i]!, decoder);
      }
    };
    await Promise.all(Array.from({ length: Math.min(DECRYPT_WINDOW, rows.length) }, worker));
    for (const result of results) {
      if ('reason' in result) out.damaged.push(result);
      else out.records.push(result);
    }
    return out;
  }

  async deleteRecord(id: string): Promise<void> {
    const { db, gate } = internalsOf(this);
    await gate.run(() => this.store(() => db.records.delete(id)));
  }

  private async open<T>(row: StoredRecord, decoder?: Decoder<T>): Promise<VaultRecord<T> | DamagedRecord> {
    const { vaultId, keys } = internalsOf(this);
    const meta: RecordMeta = { id: row.id, kind: row.kind, caseId: row.caseId, updatedAt: row.updatedAt };
    const outcome = await decryptRecord(keys.recordKey, vaultId, row);
    // Locked while we were decrypting: hand nothing back to a screen that should now be empty.
    internalsOf(this);
    if (!outcome.ok) return { ...meta, reason: outcome.reason };
    if (decoder === undefined) return { ...meta, payload: outcome.payload as T };
    try {
      return { ...meta, payload: decoder.parse(outcome.payload) };
    } catch {
      return { ...meta, reason: 'payload-invalid' };
    }
  }

  private async store<R>(operation: () => Promise<R>): Promise<R> {
    try {
      return await operation();
    } catch {
      throw new VaultError(this.#inner === null ? 'locked' : 'storage-failed');
    }
  }
}

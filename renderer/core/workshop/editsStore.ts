import { Dexie, type EntityTable } from 'dexie';
import {
  aesGcmDecrypt,
  aesGcmEncrypt,
  type Argon2idCost,
  DATA_KEY_BYTES,
  DecryptFailure,
  deriveKey,
  importAesGcmKey,
  isAcceptableCost,
  KDF_FLOOR,
  KDF_SALT_BYTES,
  kekFromDerivedBytes,
  type KdfRunner,
  randomBytes,
  unwrapDataKey,
  wipe,
  wrapDataKey,
} from '../crypto';
import { utf8Bytes, utf8Text } from '../text';
import { currentEdits, type EditStep, type WorkshopEdit } from './workshopEdits';

// The workshop's edits and their undo history, kept on this computer until published, encrypted at rest
// (renderer/core/workshop/README.md): a random data key sealed (AES-256-GCM) under a key derived with
// Argon2id from the publisher key file's passphrase, every step sealed with that data key and bound to its
// place in the history. A step is written whole in one transaction (with the redo steps it replaces and
// the new position) or not at all; encryption happens before the transaction opens.

interface SealedRow {
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}
interface HeaderRow {
  id: 'header';
  format: 1;
  kdf: Argon2idCost & { algorithm: 'argon2id'; version: 19; salt: Uint8Array<ArrayBuffer> };
  wrappedKey: SealedRow;
}
interface StepRow extends SealedRow {
  seq: number;
}
/** How many steps are in force (the rest can be redone). Not secret: it says nothing of their content. */
interface CursorRow {
  id: 'cursor';
  value: number;
}

type WorkshopDb = Dexie & {
  header: EntityTable<HeaderRow, 'id'>;
  steps: EntityTable<StepRow, 'seq'>;
  cursor: EntityTable<CursorRow, 'id'>;
};

export const WORKSHOP_DB_NAME = 'dalili-workshop';

/** Schema history: append a version, never edit one (as the vault does). */
function openWorkshopDb(name: string): WorkshopDb {
  const db = new Dexie(name) as WorkshopDb;
  db.version(1).stores({ header: 'id', steps: 'seq', cursor: 'id' });
  return db;
}

export type EditsStoreErrorCode = 'other-passphrase' | 'damaged';
/** Carries a code the UI translates, never an edit's content. */
export class EditsStoreError extends Error {
  constructor(readonly code: EditsStoreErrorCode) {
    super(`workshop-edits-${code}`);
    this.name = 'EditsStoreError';
  }
}

export interface EditsStore {
  readonly steps: readonly EditStep[];
  /** Steps in force: `steps.slice(0, cursor)`; the others can be redone. */
  readonly cursor: number;
  edits(): WorkshopEdit[];
  /** Records one step; the steps that could have been redone are dropped. */
  record(step: EditStep): Promise<void>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  /** Empties the history (after a publication the office no longer needs it). */
  clear(): Promise<void>;
  /** Drops the key and the decrypted steps; the store cannot be used afterwards. */
  close(): void;
}

export interface EditsStoreOptions {
  dbName?: string;
  /** Argon2id cost for a new store (tests lower it); an existing store keeps the cost in its header. */
  cost?: Argon2idCost;
  runner?: KdfRunner;
}

const wrapContext = utf8Bytes('dalili-workshop/data-key/v1');
const stepContext = (seq: number) => utf8Bytes(`dalili-workshop/step/v1/${seq}`);

async function unlockOrCreate(
  db: WorkshopDb,
  passphrase: string,
  options: EditsStoreOptions,
): Promise<CryptoKey> {
  const header = await db.header.get('header');
  if (header) {
    if (header.format !== 1 || !isAcceptableCost(header.kdf) || header.kdf.salt.length !== KDF_SALT_BYTES) {
      throw new EditsStoreError('damaged');
    }
    const kek = await kekFromDerivedBytes(await deriveKey(passphrase, header.kdf, options.runner));
    let raw: Uint8Array<ArrayBuffer>;
    try {
      raw = await unwrapDataKey(kek, header.wrappedKey, wrapContext);
    } catch (error) {
      if (error instanceof DecryptFailure) throw new EditsStoreError('other-passphrase');
      throw error;
    }
    try {
      return await importAesGcmKey(raw);
    } finally {
      wipe(raw);
    }
  }
  const kdf = {
    algorithm: 'argon2id' as const,
    version: 19 as const,
    ...(options.cost ?? KDF_FLOOR),
    salt: randomBytes(KDF_SALT_BYTES),
  };
  const kek = await kekFromDerivedBytes(await deriveKey(passphrase, kdf, options.runner));
  const raw = randomBytes(DATA_KEY_BYTES);
  try {
    const wrappedKey = await wrapDataKey(kek, raw, wrapContext);
    // `add`, not `put`: two windows creating a store at once must not overwrite each other's key.
    await db.header.add({ id: 'header', format: 1, kdf, wrappedKey });
    return await importAesGcmKey(raw);
  } finally {
    wipe(raw);
  }
}

const isStep = (value: unknown): value is EditStep =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as EditStep).key === 'string' &&
  'edit' in value;

/** Opens the edits kept on this computer (creating the store at the first edit session). */
export async function openEditsStore(
  passphrase: string,
  options: EditsStoreOptions = {},
): Promise<EditsStore> {
  const db = openWorkshopDb(options.dbName ?? WORKSHOP_DB_NAME);
  let key: CryptoKey | null = await unlockOrCreate(db, passphrase, options);
  const rows = await db.steps.orderBy('seq').toArray();
  let steps: EditStep[] = [];
  for (const [i, row] of rows.entries()) {
    // Steps are numbered 0, 1, 2… with no gap: a missing or moved step is damage, not an edit to skip.
    if (row.seq !== i) throw new EditsStoreError('damaged');
    try {
      const value: unknown = JSON.parse(utf8Text(await aesGcmDecrypt(key, row, stepContext(row.seq))));
      if (!isStep(value)) throw new EditsStoreError('damaged');
      steps.push(value);
    } catch {
      throw new EditsStoreError('damaged');
    }
  }
  let cursor = Math.min((await db.cursor.get('cursor'))?.value ?? steps.length, steps.length);
  const liveKey = (): CryptoKey => {
    if (!key) throw new Error('workshop edits store closed');
    return key;
  };
  const moveCursor = async (value: number): Promise<void> => {
    await db.cursor.put({ id: 'cursor', value });
    cursor = value;
  };
  return {
    get steps() {
      return steps;
    },
    get cursor() {
      return cursor;
    },
    edits: () => currentEdits(steps, cursor),
    async record(step) {
      const seq = cursor;
      const sealed = await aesGcmEncrypt(liveKey(), utf8Bytes(JSON.stringify(step)), stepContext(seq));
      await db.transaction('rw', db.steps, db.cursor, async () => {
        await db.steps.where('seq').aboveOrEqual(seq).delete();
        await db.steps.add({ seq, ...sealed });
        await db.cursor.put({ id: 'cursor', value: seq + 1 });
      });
      steps = [...steps.slice(0, seq), step];
      cursor = seq + 1;
    },
    async undo() {
      if (cursor === 0) return false;
      await moveCursor(cursor - 1);
      return true;
    },
    async redo() {
      if (cursor >= steps.length) return false;
      await moveCursor(cursor + 1);
      return true;
    },
    async clear() {
      await db.transaction('rw', db.steps, db.cursor, async () => {
        await db.steps.clear();
        await db.cursor.put({ id: 'cursor', value: 0 });
      });
      steps = [];
      cursor = 0;
    },
    close() {
      key = null;
      steps = [];
      cursor = 0;
      db.close();
    },
  };
}

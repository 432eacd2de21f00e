import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Argon2idCost } from '../../../renderer/core/crypto/argon2idHash';
import { directKdfRunner, type KdfRunner } from '../../../renderer/core/crypto/deriveKey';
import type { VaultEnv } from '../../../renderer/core/vault/vaultEnv';

/** Far below production (64 MiB / 3): keeps each unit test fast. Production cost is tested apart. */
export const TEST_COST: Argon2idCost = { memoryKiB: 256, iterations: 2, parallelism: 1 };
export const TEST_KDF = { insecureTestCost: TEST_COST } as const;

export const PASSPHRASE = 'mangue pirogue tonnerre Kisangani';
export const OTHER_PASSPHRASE = 'colline brouillard tambour 1987';
export const THIRD_PASSPHRASE = 'lampe-tempête sous la véranda bleue';

export interface TestEnv extends VaultEnv {
  indexedDB: IDBFactory;
  kdfCalls: number;
  clock: { now: number };
}

/** A fresh IndexedDB per test, a countable KDF and a hand-driven clock. */
export function testEnv(): TestEnv {
  const env: TestEnv = {
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    kdfCalls: 0,
    clock: { now: 1_750_000_000_000 },
    now: () => env.clock.now,
  };
  const counting: KdfRunner = (job) => {
    env.kdfCalls++;
    return directKdfRunner(job);
  };
  env.kdfRunner = counting;
  return env;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('idb'));
  });
}

/** Every object store of every database, read with the raw IndexedDB API (no Dexie in between). */
export async function dumpIndexedDb(factory: IDBFactory): Promise<Record<string, Record<string, unknown[]>>> {
  const out: Record<string, Record<string, unknown[]>> = {};
  for (const info of await factory.databases()) {
    const name = info.name ?? '';
    const db = await request(factory.open(name));
    out[name] = {};
    for (const store of Array.from(db.objectStoreNames)) {
      const tx = db.transaction(store, 'readonly');
      const objectStore = tx.objectStore(store);
      out[name][store] = [
        ...(await request(objectStore.getAll())),
        ...(await request(objectStore.getAllKeys())),
      ];
    }
    db.close();
  }
  return out;
}

/** All stored bytes: binary fields as is, every string in UTF-8 and UTF-16 (LE and BE), names included. */
export function storedBytes(dump: unknown): Uint8Array {
  const parts: number[] = [];
  const pushString = (s: string) => {
    parts.push(...new TextEncoder().encode(s));
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      parts.push(c & 0xff, c >> 8);
    }
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      parts.push(c >> 8, c & 0xff);
    }
  };
  const walk = (value: unknown): void => {
    if (value instanceof Uint8Array) parts.push(...value);
    else if (value instanceof ArrayBuffer) parts.push(...new Uint8Array(value));
    else if (typeof value === 'string') pushString(value);
    else if (typeof value === 'number' || typeof value === 'boolean') pushString(String(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        pushString(k);
        walk(v);
      }
    }
  };
  walk(dump);
  return Uint8Array.from(parts);
}

export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

import Dexie, { type Table } from 'dexie';
import { type LoadedPack, type SignedDocument, type TrustedKey, verifyRevocations } from '../content';

// What this computer remembers about packs, apart from the packs themselves (packStore.ts keeps the
// imported pack's bytes; this database is never written from a pack's bytes, only raised): the
// highest packVersion ever in use here, and per root the highest revocation list seen. Both only go
// up, so removing the imported pack or putting an older one in its place is noticed at the next
// start, and an old list carried by an old pack cannot bring a revoked publisher back.

export interface TrustState {
  highestPackVersion: number;
  /** Signed lists, re-verified whenever they are used. */
  revocations: SignedDocument[];
  /** The highest version the person knowingly left ("revenir à la bibliothèque livrée"): not a rollback to report. */
  acknowledged?: number;
}

interface Row extends TrustState {
  key: 'state';
}

class TrustDb extends Dexie {
  state!: Table<Row, string>;
  constructor(name: string, indexedDB?: IDBFactory) {
    super(name, indexedDB ? { indexedDB } : {});
    this.version(1).stores({ state: 'key' });
  }
}

export interface TrustStore {
  read(): Promise<TrustState>;
  /** Raises the highest version and keeps the pack's revocation list if it is newer. */
  recordSeen(pack: LoadedPack): Promise<TrustState>;
  /** The person chose to go back to an older pack: the current highest is not reported as a rollback. */
  acknowledgeRollback(): Promise<void>;
  close(): void;
}

const EMPTY: TrustState = { highestPackVersion: 0, revocations: [] };

/** `roots` verify the revocation lists kept (a list no root of this build signed is dropped). */
export function openTrustStore(
  roots: readonly TrustedKey[],
  name = 'dalili-trust',
  indexedDB?: IDBFactory,
): TrustStore {
  const db = new TrustDb(name, indexedDB);
  const read = async (): Promise<TrustState> => {
    const row = await db.state.get('state');
    if (!row) return EMPTY;
    return {
      highestPackVersion: row.highestPackVersion,
      revocations: row.revocations,
      ...(row.acknowledged !== undefined ? { acknowledged: row.acknowledged } : {}),
    };
  };
  return {
    read,
    recordSeen: async (pack) => {
      // Signatures are checked before the transaction: an await on WebCrypto inside one commits it
      // early. If the stored lists changed in between (another window), it starts again.
      for (;;) {
        const seen = await read();
        const verified = await Promise.all(
          [...seen.revocations, pack.revocations].map((d) => verifyRevocations(d, roots)),
        );
        // Keep, per root, only the highest verified list; unverifiable rows are dropped.
        const best = new Map<string, NonNullable<(typeof verified)[number]>>();
        for (const l of verified) {
          if (!l) continue;
          const known = best.get(l.list.rootId);
          if (!known || l.list.number > known.list.number) best.set(l.list.rootId, l);
        }
        const stored = await db.transaction('rw', db.state, async () => {
          const before = await read();
          if (JSON.stringify(before.revocations) !== JSON.stringify(seen.revocations)) return undefined;
          const next: TrustState = {
            ...before,
            highestPackVersion: Math.max(before.highestPackVersion, pack.manifest.packVersion),
            revocations: [...best.values()].map((l) => l.document),
          };
          await db.state.put({ key: 'state', ...next });
          return next;
        });
        if (stored) return stored;
      }
    },
    acknowledgeRollback: () =>
      db.transaction('rw', db.state, async () => {
        const before = await read();
        await db.state.put({ key: 'state', ...before, acknowledged: before.highestPackVersion });
      }),
    close: () => db.close(),
  };
}

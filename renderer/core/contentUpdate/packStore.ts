import Dexie, { type Table } from 'dexie';

// The imported content pack, kept whole as the signed .dalili-pack bytes: it is verified again at
// every start, so a stick-borne pack damaged on disk later is refused and the bundled one used.
// Content packs hold public legal texts, not case data: they are stored unencrypted.

interface StoredPack {
  slot: 'imported';
  bytes: Uint8Array;
  packVersion: number;
  importedAt: string;
}

class ContentDb extends Dexie {
  packs!: Table<StoredPack, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ packs: 'slot' });
  }
}

export interface PackStore {
  load(): Promise<Uint8Array | undefined>;
  save(bytes: Uint8Array, packVersion: number, importedAt: string): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

export function openPackStore(name = 'dalili-content'): PackStore {
  const db = new ContentDb(name);
  return {
    load: async () => (await db.packs.get('imported'))?.bytes,
    // One put: the previous pack is replaced whole or not at all.
    save: async (bytes, packVersion, importedAt) => {
      await db.packs.put({ slot: 'imported', bytes, packVersion, importedAt });
    },
    clear: async () => {
      await db.packs.delete('imported');
    },
    close: () => db.close(),
  };
}

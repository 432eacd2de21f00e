import Dexie, { type Table } from 'dexie';
import { duplicateKey, withContactDefaults, type Contact, type ContactFields } from './contact';
import { planImport } from './directoryFile';

// Plain Dexie, not the vault: see README.md ("Why the directory is not encrypted").

export const DIRECTORY_DB_NAME = 'dalili-directory';

class DirectoryDb extends Dexie {
  contacts!: Table<Contact, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ contacts: 'id, organisation' });
  }
}

export type SaveResult = { ok: true; contact: Contact } | { ok: false; reason: 'duplicate' | 'not-found' };

export interface DirectoryStore {
  list(): Promise<Contact[]>;
  add(fields: ContactFields): Promise<SaveResult>;
  update(id: string, fields: ContactFields): Promise<SaveResult>;
  remove(id: string): Promise<void>;
  /** All or nothing: one transaction adds every new contact, or none. */
  importContacts(incoming: ContactFields[]): Promise<{ added: number; duplicates: number }>;
  /** Called after every change, for views that show the list. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  close(): void;
}

const byOrganisationThenName = (a: Contact, b: Contact) =>
  a.organisation.localeCompare(b.organisation, 'fr') || a.name.localeCompare(b.name, 'fr');

export function openDirectoryStore(
  name = DIRECTORY_DB_NAME,
  now: () => Date = () => new Date(),
): DirectoryStore {
  const db = new DirectoryDb(name);
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const stamp = (fields: ContactFields, id: string): Contact => ({
    ...fields,
    id,
    updatedAt: now().toISOString(),
  });
  const isDuplicate = (all: Contact[], fields: ContactFields, exceptId?: string) =>
    all.some((c) => c.id !== exceptId && duplicateKey(c) === duplicateKey(fields));

  return {
    list: async () => (await db.contacts.toArray()).map(withContactDefaults).sort(byOrganisationThenName),
    add: async (fields) => {
      const result = await db.transaction('rw', db.contacts, async (): Promise<SaveResult> => {
        if (isDuplicate(await db.contacts.toArray(), fields)) return { ok: false, reason: 'duplicate' };
        const contact = stamp(fields, crypto.randomUUID());
        await db.contacts.add(contact);
        return { ok: true, contact };
      });
      if (result.ok) changed();
      return result;
    },
    update: async (id, fields) => {
      const result = await db.transaction('rw', db.contacts, async (): Promise<SaveResult> => {
        const all = await db.contacts.toArray();
        if (!all.some((c) => c.id === id)) return { ok: false, reason: 'not-found' };
        if (isDuplicate(all, fields, id)) return { ok: false, reason: 'duplicate' };
        const contact = stamp(fields, id);
        await db.contacts.put(contact);
        return { ok: true, contact };
      });
      if (result.ok) changed();
      return result;
    },
    remove: async (id) => {
      await db.contacts.delete(id);
      changed();
    },
    importContacts: async (incoming) => {
      const result = await db.transaction('rw', db.contacts, async () => {
        const plan = planImport(await db.contacts.toArray(), incoming);
        await db.contacts.bulkAdd(plan.toAdd.map((fields) => stamp(fields, crypto.randomUUID())));
        return { added: plan.toAdd.length, duplicates: plan.duplicates };
      });
      if (result.added > 0) changed();
      return result;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => db.close(),
  };
}

import { useEffect, useState } from 'react';
import { type Contact, type DirectoryStore, openDirectoryStore } from '../../core/directory';

// One store for the whole app: the Dexie connection stays open while Dalili runs.
let store: DirectoryStore | undefined;
export function directoryStore(): DirectoryStore {
  store ??= openDirectoryStore();
  return store;
}

/** The office's contacts, reloaded after every change; undefined while the first read runs. */
export function useDirectory(): { contacts: Contact[] | undefined; failed: boolean } {
  const [contacts, setContacts] = useState<Contact[] | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    const s = directoryStore();
    const load = () =>
      s.list().then(
        (list) => live && setContacts(list),
        () => {
          // IndexedDB refused (private window, disk full): say so rather than show an empty directory.
          console.warn('directory-unavailable');
          if (live) setFailed(true);
        },
      );
    void load();
    const unsubscribe = s.subscribe(() => void load());
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return { contacts, failed };
}

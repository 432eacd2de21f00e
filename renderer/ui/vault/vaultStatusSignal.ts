import type { VaultSession } from '../../core/vault';

// A dependency-free mirror of the open notebook, for the banner and the reader's notes. Importing the
// vault store there would pull Argon2id, Dexie and the passphrase dictionaries into the start-up bundle.

type Listener = () => void;

let session: VaultSession | null = null;
let lockRequest: ((immediate: boolean) => void) | null = null;
const listeners = new Set<Listener>();

export const vaultStatusSignal = {
  isOpen: (): boolean => session !== null,
  /** The open session, or null while locked: components must drop whatever they decrypted on null. */
  session: (): VaultSession | null => session,
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  publish(open: VaultSession | null, lock: ((immediate: boolean) => void) | null): void {
    session = open;
    lockRequest = lock;
    for (const listener of [...listeners]) listener();
  },
  /** `immediate`: the panic shortcut, which does not wait for a draft to be written. */
  requestLock(immediate = false): void {
    lockRequest?.(immediate);
  },
};

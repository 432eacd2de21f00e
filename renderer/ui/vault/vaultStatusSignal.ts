// A dependency-free mirror of "is a notebook open?", for the banner. Importing the vault store there
// would pull Argon2id, Dexie and the passphrase dictionaries into the start-up bundle.

type Listener = () => void;

let open = false;
let lockRequest: (() => void) | null = null;
const listeners = new Set<Listener>();

export const vaultStatusSignal = {
  isOpen: (): boolean => open,
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  publish(nextOpen: boolean, lock: (() => void) | null): void {
    open = nextOpen;
    lockRequest = lock;
    for (const listener of [...listeners]) listener();
  },
  requestLock(): void {
    lockRequest?.();
  },
};

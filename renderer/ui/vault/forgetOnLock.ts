// Every module-level place in the renderer that can hold case data or text rendered from it
// registers here, so a lock (any reason) and the panic shortcut empty all of them in one call.
// Dependency-free like vaultStatusSignal: the start-up bundle (SafeHtml, the screening) registers
// without pulling the vault in. test/unit/house/lockForgets.test.ts fails when a module-level
// Map, Set or `let` appears without being registered here or listed there with the reason it holds
// nothing of a case.

export interface Forgettable {
  /** Drops everything held. Must not throw and must not wait. */
  forget(): void;
  /** What is held right now (for the test probe only): empty, null or undefined once forgotten. */
  held(): unknown;
}

const holders = new Map<string, Forgettable>();

export const forgetOnLock = {
  /** Registers a holder under a stable name (a second registration under the same name replaces it). */
  register(name: string, holder: Forgettable): void {
    holders.set(name, holder);
  },
  /** Empties every registered holder; one that throws does not stop the others. */
  forgetAll(): void {
    for (const holder of holders.values()) {
      try {
        holder.forget();
      } catch {
        // Nothing to report: a holder that cannot forget is a bug the lock probe test shows.
      }
    }
  },
  /** Name → what each holder holds, for the lock probe of test builds. */
  snapshot(): Map<string, unknown> {
    return new Map([...holders].map(([name, holder]) => [name, holder.held()]));
  },
};

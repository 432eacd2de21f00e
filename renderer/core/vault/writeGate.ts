/**
 * Lets the re-encryption (reencryptVault.ts) hold every write of a session while it swaps the keys:
 * a write counts from before it encrypts until it is stored, pause() waits for those in flight and
 * makes new ones wait. Without it a record encrypted under the old key could land after the swap and
 * be unreadable.
 */
export class WriteGate {
  private paused: Promise<void> | null = null;
  private inFlight = 0;
  private drained: (() => void) | null = null;

  async run<R>(work: () => Promise<R>): Promise<R> {
    while (this.paused !== null) await this.paused;
    this.inFlight++;
    try {
      return await work();
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) this.drained?.();
    }
  }

  /** Resolves once no write is in flight; returns the function that lets writes go on. */
  async pause(): Promise<() => void> {
    while (this.paused !== null) await this.paused;
    let release!: () => void;
    this.paused = new Promise<void>((resolve) => {
      release = () => {
        this.paused = null;
        resolve();
      };
    });
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    this.drained = null;
    return release;
  }
}

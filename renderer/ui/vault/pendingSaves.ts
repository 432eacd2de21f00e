// Work typed but not yet written to the notebook (a note draft between keystrokes). A lock asked
// for by the person waits for it, briefly, before the keys are dropped; a lock the system forces
// (sleep, hidden window) does not wait. What happened is then said on the locked screen.

type Flush = () => Promise<void>;
export type DraftAtLock = 'kept' | 'lost' | null;

const pending = new Set<Flush>();
let atLastLock: DraftAtLock = null;

export function registerPendingSave(flush: Flush): () => void {
  pending.add(flush);
  return () => pending.delete(flush);
}

export function hasPendingSaves(): boolean {
  return pending.size > 0;
}

/** Runs every pending save, for at most `timeoutMs`; never throws. */
export async function flushPendingSaves(timeoutMs: number): Promise<void> {
  const all = Promise.allSettled([...pending].map((flush) => flush()));
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
}

/** Called at lock by whoever held a draft: kept (encrypted) or lost (the last words were not saved). */
export function noteDraftAtLock(state: Exclude<DraftAtLock, null>): void {
  if (atLastLock !== 'lost') atLastLock = state;
}

export function draftAtLastLock(): DraftAtLock {
  return atLastLock;
}

export function clearDraftAtLock(): void {
  atLastLock = null;
}

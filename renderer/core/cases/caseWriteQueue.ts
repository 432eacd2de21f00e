import type { VaultSession } from '../vault';
import { loadCase, type CaseBundle } from './caseBundle';

// Writes to one case run one after the other, each on a freshly read case: two quick clicks must
// not both extend the audit chain from the same last entry (that would read as tampering).
// This queue is the one way into a case: the functions that write a case (commitChange,
// addAttachment, removeAttachment) accept only a `QueuedCase`, which nothing but this module hands
// out, so a screen holding a stale copy from loadCase cannot save with it: the compiler refuses.

declare const queued: unique symbol;
/** A case read inside its write queue, just before the write: the only kind a change may be committed on. */
export type QueuedCase = CaseBundle & { readonly [queued]: true };

const queues = new WeakMap<VaultSession, Map<string, Promise<unknown>>>();

/** Runs `task` once every earlier write to this case has settled (whether it succeeded or not). */
export function runInCaseQueue<T>(session: VaultSession, caseId: string, task: () => Promise<T>): Promise<T> {
  let perSession = queues.get(session);
  if (!perSession) {
    perSession = new Map();
    queues.set(session, perSession);
  }
  const previous = perSession.get(caseId) ?? Promise.resolve();
  const next = previous.then(task, task);
  // The queue holds only the settled tail, never its result (a decrypted case must not outlive the
  // write in a module-level map); a failed write does not block the next one.
  perSession.set(
    caseId,
    next.then(
      () => undefined,
      () => undefined,
    ),
  );
  return next;
}

export function enqueueCaseWrite<T>(
  session: VaultSession,
  caseId: string,
  write: (fresh: QueuedCase) => Promise<T>,
): Promise<T> {
  return runInCaseQueue(session, caseId, async () => write((await loadCase(session, caseId)) as QueuedCase));
}

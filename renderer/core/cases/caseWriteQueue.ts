import type { VaultSession } from '../vault/vaultSession';
import { loadCase, type CaseBundle } from './caseBundle';

// Writes to one case run one after the other, each on a freshly read case: two quick clicks must
// not both extend the audit chain from the same last entry (that would read as tampering).

const queues = new WeakMap<VaultSession, Map<string, Promise<unknown>>>();

export function enqueueCaseWrite<T>(
  session: VaultSession,
  caseId: string,
  write: (fresh: CaseBundle) => Promise<T>,
): Promise<T> {
  let perSession = queues.get(session);
  if (!perSession) {
    perSession = new Map();
    queues.set(session, perSession);
  }
  const previous = perSession.get(caseId) ?? Promise.resolve();
  const run = async () => write(await loadCase(session, caseId));
  const next = previous.then(run, run);
  // The queue holds only the settled tail; a failed write does not block the next one.
  perSession.set(
    caseId,
    next.catch(() => undefined),
  );
  return next;
}

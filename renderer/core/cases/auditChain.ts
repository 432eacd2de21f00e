import { sha256Hex } from '../text';
import { RECORD_VERSIONS } from './recordVersions';
import type { AuditAction, AuditBinds, AuditEntry, CourtFileIncluded } from './caseSchemas';

// An append-only journal per case. Each entry's hash is SHA-256 over the previous hash and the
// entry itself, and the case record keeps the count and the last hash: a changed entry, a removed
// one (middle or end) or a reordering breaks the chain, and the journal says where.

export const GENESIS = '0'.repeat(64);

type Hashed = Pick<AuditEntry, 'seq' | 'at' | 'action' | 'prev' | 'binds' | 'included'>;

// Entries written before bindings (version 1) keep their hash form; a bound entry hashes its
// bindings too, so a binding cannot be changed without breaking the chain (issue 18, point 3).
function canonical(entry: Hashed): string {
  const head = [entry.seq, entry.at, entry.action, entry.prev];
  // Issue 21: what a court file held is hashed too, so the journal cannot be made to say it held less.
  if (entry.included !== undefined) {
    const { base, wrote, deleted } = entry.binds ?? { wrote: null, deleted: null };
    return JSON.stringify(['dalili-case-audit', 3, ...head, base ?? null, wrote, deleted, entry.included]);
  }
  if (entry.binds === undefined) return JSON.stringify(['dalili-case-audit', 1, ...head]);
  const { base, wrote, deleted } = entry.binds;
  return JSON.stringify(['dalili-case-audit', 2, ...head, base ?? null, wrote, deleted]);
}

export function entryHash(entry: Hashed): Promise<string> {
  return sha256Hex(entry.prev + canonical(entry));
}

export async function nextAuditEntry(
  anchor: { count: number; head: string },
  action: AuditAction,
  at: number,
  binds?: AuditBinds,
  included?: CourtFileIncluded,
): Promise<AuditEntry> {
  const base = {
    v: RECORD_VERSIONS['case-audit'],
    seq: anchor.count,
    at,
    action,
    prev: anchor.head,
    ...(binds ? { binds } : {}),
    ...(included ? { included } : {}),
  };
  return { ...base, hash: await entryHash(base) };
}

export type AuditProblem =
  | { kind: 'changed'; seq: number }
  | { kind: 'missing'; seq: number }
  | { kind: 'unreadable'; count: number }
  | { kind: 'truncated'; expected: number; found: number }
  | { kind: 'anchor-mismatch' };

export interface AuditCheck {
  ok: boolean;
  entries: AuditEntry[];
  problems: AuditProblem[];
}

/** Checks the journal against the case's anchor; `damaged` is how many audit records failed to decrypt. */
export async function verifyAuditChain(
  entries: readonly AuditEntry[],
  anchor: { count: number; head: string },
  damaged = 0,
): Promise<AuditCheck> {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  const problems: AuditProblem[] = [];
  if (damaged > 0) problems.push({ kind: 'unreadable', count: damaged });
  let prev = GENESIS;
  let expectedSeq = 0;
  for (const entry of sorted) {
    const afterGap = entry.seq > expectedSeq;
    for (; expectedSeq < entry.seq; expectedSeq++) problems.push({ kind: 'missing', seq: expectedSeq });
    const recomputed = await entryHash(entry);
    // Right after a gap the link cannot match (its predecessor is gone): only the entry's own hash
    // says whether it was changed, so the report names the removal, not an innocent neighbour.
    if ((!afterGap && entry.prev !== prev) || entry.hash !== recomputed)
      problems.push({ kind: 'changed', seq: entry.seq });
    prev = entry.hash;
    expectedSeq = entry.seq + 1;
  }
  // The anchor lives in the case record (written in the same transaction as each entry).
  if (expectedSeq < anchor.count)
    problems.push({ kind: 'truncated', expected: anchor.count, found: expectedSeq });
  else if (expectedSeq > anchor.count || (anchor.count > 0 && prev !== anchor.head))
    problems.push({ kind: 'anchor-mismatch' });
  return { ok: problems.length === 0, entries: sorted, problems };
}

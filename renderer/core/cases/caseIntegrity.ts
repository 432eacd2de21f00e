import type { VaultSession } from '../vault';
import { expectedLiveSet, presenceOnly, sealMatches, type LiveSet } from './caseSeal';
import type { AuditEntry, CaseFile } from './caseSchemas';
import type { NotebookStateRead } from './notebookState';

// What opening a case checks beyond each record's own AES-GCM tag (issue 18, point 3): that every
// record the journal says was written is there, in the version it was written, and that the case
// itself is the one the notebook's register last saw.

export type IntegrityProblem =
  /** Written at `at` (journal entry time), no longer on disk. */
  | { kind: 'missing'; recordKind: string; at: number }
  /** On disk in the version written at `at`, when the journal says a later one was written at `expectedAt`. */
  | { kind: 'older'; recordKind: string; at: number; expectedAt: number }
  /** On disk in a version the journal never wrote. */
  | { kind: 'changed'; recordKind: string; expectedAt: number }
  /** On disk, but no journal entry wrote it (or one deleted it). */
  | { kind: 'unexpected'; recordKind: string }
  /** The journal's bindings are not the ones the case's seal was made over. */
  | { kind: 'seal-mismatch' }
  /** The register saw a later save of this case: the whole case went back to an older copy. */
  | { kind: 'case-older'; savedAt: number; missingEntries: number }
  /** The case is newer than the notebook's register: the register went back to an older copy. */
  | { kind: 'register-older' }
  /** The case was sealed, but the register is missing, unreadable or does not list it. */
  | { kind: 'register-missing' };

export interface CaseIntegrity {
  /** `unbound`: nothing written since bindings exist; `partly`: older entries are not bound. */
  binding: 'bound' | 'partly' | 'unbound';
  unboundEntries: number;
  problems: IntegrityProblem[];
}

export interface IntegrityInput {
  caseId: string;
  file: CaseFile;
  audit: readonly AuditEntry[];
  /** The live set on disk; unreadable records with digest '' (reported as damaged already, not compared). */
  actual: LiveSet;
  register: NotebookStateRead;
}

export async function checkCaseIntegrity(
  session: VaultSession,
  input: IntegrityInput,
): Promise<CaseIntegrity> {
  const { caseId, file, actual, register } = input;
  const problems: IntegrityProblem[] = [];
  const expected = expectedLiveSet(input.audit);
  const sealCounter = file.seal?.counter ?? 0;
  const seen = register.state.cases[caseId];
  if (seen !== undefined && seen[0] > sealCounter)
    problems.push({
      kind: 'case-older',
      savedAt: seen[1],
      missingEntries: Math.max(0, seen[2] - file.audit.count),
    });
  else if (file.seal && (register.status !== 'ok' || seen === undefined))
    problems.push({ kind: 'register-missing' });
  else if (seen !== undefined && (seen[0] < sealCounter || register.state.counter < sealCounter))
    problems.push({ kind: 'register-older' });
  if (expected === null) {
    // Saved before bindings: nothing to compare, unless the case was sealed (then entries went missing).
    if (file.seal) problems.push({ kind: 'seal-mismatch' });
    return { binding: 'unbound', unboundEntries: input.audit.length, problems };
  }
  const live = new Map([...expected.set].map(([id, r]) => [id, { kind: r.kind, digest: r.digest }]));
  const sealed = file.seal !== undefined && (await sealMatches(session, caseId, file.seal, file.audit, live));
  if (!sealed) problems.push({ kind: 'seal-mismatch' });
  for (const [id, want] of expected.set) {
    const found = actual.get(id);
    if (found === undefined) problems.push({ kind: 'missing', recordKind: want.kind, at: want.at });
    else if (!presenceOnly(want.kind) && found.digest !== '' && found.digest !== want.digest) {
      const earlier = expected.history.get(id)?.find((h) => h.digest === found.digest);
      problems.push(
        earlier
          ? { kind: 'older', recordKind: want.kind, at: earlier.at, expectedAt: want.at }
          : { kind: 'changed', recordKind: want.kind, expectedAt: want.at },
      );
    }
  }
  for (const [id, found] of actual)
    if (!expected.set.has(id)) problems.push({ kind: 'unexpected', recordKind: found.kind });
  return { binding: expected.unbound > 0 ? 'partly' : 'bound', unboundEntries: expected.unbound, problems };
}

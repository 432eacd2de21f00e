import { toHex } from '../text';
import { sha256Sync } from '../text/syncHashFace';
import { decodeCaseRecord } from './decodeCaseRecord';
import { isCaseRecordKind } from './recordVersions';

/**
 * One version of one record: when its row was written and a digest of what it says. Merges compare
 * these for equality only, never for order, so a wrong clock on one laptop cannot make an old
 * version "later" (README, "Which side is later"). The digest is over the decoded payload, so the
 * same version read by the notebook, a merge or a transfer gives the same id.
 */
export function recordVersionId(kind: string, updatedAt: number, payload: unknown): string {
  const decoded = isCaseRecordKind(kind) ? decodeCaseRecord(kind, payload) : null;
  const value = decoded?.ok ? decoded.value : payload;
  return `${Math.trunc(updatedAt)}:${toHex(sha256Sync(JSON.stringify(value) ?? 'null')).slice(0, 32)}`;
}

import { sha256Hex } from '../text';
import { keyedDigest, type RekeyTransform, type VaultSession } from '../vault';
import { KINDS, type AuditBinds, type AuditEntry, type Binding } from './caseSchemas';

// The live set of a case: every record of it but the case record (which carries the seal) and the
// journal entries (which the hash chain covers), each with the digest of its payload. The journal's
// bindings say what it should be; the seal (an HMAC under the vault's journal key) says that the
// bindings are the ones the last commit wrote. Issue 18, point 3; README "Journal bindings".

export interface LiveRecord {
  kind: string;
  /** SHA-256 of the stored payload; '' for attachment bytes (checked by presence) and unreadable records. */
  digest: string;
}
export type LiveSet = ReadonlyMap<string, LiveRecord>;

/** Attachment bytes are never rewritten (a new file gets a new record): checked by presence, not re-hashed at each opening. */
export function presenceOnly(kind: string): boolean {
  return kind === KINDS.attachmentData;
}

export function inLiveSet(kind: string): boolean {
  return kind !== KINDS.case && kind !== KINDS.audit;
}

export interface CaseSeal {
  counter: number;
  /** SHA-256 of the sealed text (absent in seals written before re-encryption could re-sign them). */
  digest?: string;
  mac: string;
}

const SEAL_PURPOSE = 'case-seal';

function canonicalSet(set: LiveSet): [string, string, string][] {
  return [...set]
    .map(([id, r]): [string, string, string] => [id, r.kind, presenceOnly(r.kind) ? '' : r.digest])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The keyed digest of a live set, bound to its case, the notebook counter and the journal's anchor. */
export async function sealLiveSet(
  session: VaultSession,
  caseId: string,
  counter: number,
  anchor: { count: number; head: string },
  set: LiveSet,
): Promise<CaseSeal> {
  const digest = await sha256Hex(sealText(caseId, counter, anchor, set));
  return { counter, digest, mac: await keyedDigest(session, SEAL_PURPOSE, digest) };
}

function sealText(
  caseId: string,
  counter: number,
  anchor: { count: number; head: string },
  set: LiveSet,
): string {
  return JSON.stringify([caseId, counter, anchor.count, anchor.head, canonicalSet(set)]);
}

/** Whether `seal` was made over this live set, counter and anchor, under this notebook's key. */
export async function sealMatches(
  session: VaultSession,
  caseId: string,
  seal: CaseSeal,
  anchor: { count: number; head: string },
  set: LiveSet,
): Promise<boolean> {
  const text = sealText(caseId, seal.counter, anchor, set);
  if (seal.digest === undefined) return (await keyedDigest(session, SEAL_PURPOSE, text)) === seal.mac;
  return (
    seal.digest === (await sha256Hex(text)) &&
    (await keyedDigest(session, SEAL_PURPOSE, seal.digest)) === seal.mac
  );
}

/**
 * Re-encryption gives the notebook a new journal key, so every case's seal is re-signed as it is
 * copied: only a seal that checks under the old key is re-signed (a seal already broken stays broken,
 * so damage found before shows after). The seal's digest is kept; the live set is not re-read.
 * Seals without a digest (written before this) cannot be re-signed and would then show as not
 * matching: none was ever released (README, "Re-encryption and seals").
 */
export const resealForNewKey: RekeyTransform = async (kind, payload, resign) => {
  if (kind !== KINDS.case || typeof payload !== 'object' || payload === null) return payload;
  const seal = (payload as { seal?: CaseSeal }).seal;
  if (seal?.digest === undefined) return payload;
  const mac = await resign(SEAL_PURPOSE, seal.digest, seal.mac);
  return mac === null ? payload : { ...payload, seal: { ...seal, mac } };
};

export function asBindings(set: LiveSet): Binding[] {
  return canonicalSet(set);
}

/** The live set after a commit's bindings. */
export function applyBinds(before: LiveSet, binds: AuditBinds): Map<string, LiveRecord> {
  const next = new Map(binds.base ? binds.base.map(([id, kind, digest]) => [id, { kind, digest }]) : before);
  for (const [id, kind, digest] of binds.wrote) next.set(id, { kind, digest });
  for (const id of binds.deleted) next.delete(id);
  return next;
}

/** What the journal says the live set should be, and every digest each record had, with its time. */
export interface ExpectedSet {
  set: Map<string, LiveRecord & { at: number }>;
  history: Map<string, { digest: string; at: number }[]>;
  /** Entries written before bindings existed (shown as not bound). */
  unbound: number;
}

/** Replays the bound entries in order; null when no entry of this case is bound yet. */
export function expectedLiveSet(entries: readonly AuditEntry[]): ExpectedSet | null {
  let out: ExpectedSet | null = null;
  let unbound = 0;
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    const binds = entry.binds;
    if (binds === undefined) {
      unbound++;
      continue;
    }
    out ??= { set: new Map(), history: new Map(), unbound: 0 };
    const wrote = [...(binds.base ?? []), ...binds.wrote];
    if (binds.base) out.set.clear();
    for (const [id, kind, digest] of wrote) {
      out.set.set(id, { kind, digest, at: entry.at });
      const seen = out.history.get(id) ?? [];
      seen.push({ digest, at: entry.at });
      out.history.set(id, seen);
    }
    for (const id of binds.deleted) out.set.delete(id);
  }
  if (out) out.unbound = unbound;
  return out;
}

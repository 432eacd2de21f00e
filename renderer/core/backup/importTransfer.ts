import { CaseError, loadCase, saveCaseChange, withoutDeletedContent } from '../cases';
import {
  isVaultError,
  newOpaqueId,
  readCaseIdIndex,
  readRecordIds,
  sealRawRecord,
  type StoredRecord,
  type VaultSession,
  writeRawRecords,
} from '../vault';
import { BackupError } from './backupError';
import { canonicalTransferCode } from './transferCode';
import type { TransferContent } from './transferContent';
import { decodeTransfer, type TransferKdfOptions } from './transferFile';
import { sealTransferLog } from './transferLog';
import { validateTransferRecords } from './validateTransfer';

export interface TransferImportSummary {
  caseIds: string[];
  recordCount: number;
  /** Ids (record or case) that already existed here and were given new ones. */
  renamedIds: number;
  /**
   * Cases of the file that are older copies of a case already here (issue 18, point 3): this
   * notebook's journal of that case holds the file's last entry and more after it. Added beside it
   * under a new id, like any collision; nothing here is replaced.
   */
  olderThanHere: number;
}

/**
 * Opens a transfer file with its one-time code and adds its cases to the open vault: every record
 * is checked against its kind's schema and attachments against their bytes (validateTransfer.ts),
 * re-encrypted under this vault's key, keeps its own timestamp unless it lies in the future (then
 * now), and gets a new opaque id only when its id (or its case id) is already used here. All or
 * nothing, with a 'transfer-log' record written in the same transaction.
 */
export async function importTransfer(
  session: VaultSession,
  file: Uint8Array,
  typedCode: string,
  options: TransferKdfOptions & { now?: number } = {},
): Promise<TransferImportSummary> {
  const code = canonicalTransferCode(typedCode);
  const content = await decodeTransfer(file, code, options);
  const at = options.now ?? Date.now();
  // A deletion arrives as its tombstone; an undo copy or old versions of what was deleted never do (issue 18).
  const records = withoutDeletedContent(validateTransferRecords(content, at));
  try {
    const taken = await takenIds(session);
    const olderThanHere = await countOlderCopies(session, content, taken);
    const renames = renameCollisions(content, taken);
    const rows: StoredRecord[] = [];
    for (const record of records) {
      const meta = {
        id: renames.get(record.id) ?? record.id,
        kind: record.kind,
        caseId: renames.get(record.caseId) ?? record.caseId,
        updatedAt: record.updatedAt,
      };
      rows.push(await sealRawRecord(session, meta, renameInPayload(record.payload, renames)));
    }
    const caseIds = content.caseIds.map((id) => renames.get(id) ?? id);
    rows.push(
      await sealTransferLog(session, {
        v: 1,
        direction: 'import',
        at,
        caseIds,
        recordCount: rows.length,
        consent: content.consent,
        renamedIds: renames.size,
      }),
    );
    await writeRawRecords(session, rows);
    await sealImportedCases(session, caseIds, at);
    return { caseIds, recordCount: content.records.length, renamedIds: renames.size, olderThanHere };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(isVaultError(error, 'locked') ? 'locked' : 'storage-failed');
  }
}

/**
 * A transferred case arrives sealed under the sending notebook's key, with bindings to its ids
 * there: each gets an "imported" journal entry that takes its live set as received for the one
 * expected here, and a place in this notebook's register (issue 18, point 3). One transaction per
 * case after the import's own; a case left without it (a crash in between) opens as damaged,
 * never silently as checked.
 */
async function sealImportedCases(
  session: VaultSession,
  caseIds: readonly string[],
  at: number,
): Promise<void> {
  for (const caseId of caseIds) {
    try {
      await saveCaseChange(session, caseId, { action: 'imported', rebind: true }, () => at);
    } catch (error) {
      if (!(error instanceof CaseError)) throw error;
    }
  }
}

/** Cases of the file whose last journal entry this notebook's copy of the same case already has, followed by more. */
async function countOlderCopies(
  session: VaultSession,
  content: TransferContent,
  taken: ReadonlySet<string>,
): Promise<number> {
  let older = 0;
  for (const caseId of content.caseIds.filter((id) => taken.has(id))) {
    const incoming = content.records.find((r) => r.kind === 'case' && r.id === caseId)?.payload as
      { audit?: { count?: unknown; head?: unknown } } | undefined;
    const here = await loadCase(session, caseId).catch(() => null);
    const head = incoming?.audit?.head;
    const count = incoming?.audit?.count;
    if (here === null || typeof head !== 'string' || typeof count !== 'number') continue;
    if (here.file.audit.count > count && here.audit.some((e) => e.hash === head)) older++;
  }
  return older;
}

/** Every record id and case id in use here, from the primary key and the caseId index: no ciphertext is loaded. */
async function takenIds(session: VaultSession): Promise<Set<string>> {
  const ids = await readRecordIds(session);
  return new Set<string>([...ids, ...(await readCaseIdIndex(session))]);
}

/** Old id → new id, for every record id or case id of the file already present in this vault. */
function renameCollisions(content: TransferContent, taken: ReadonlySet<string>): Map<string, string> {
  const renames = new Map<string, string>();
  const ids = [...content.caseIds, ...content.records.map((r) => r.id)];
  for (const id of ids) if (taken.has(id) && !renames.has(id)) renames.set(id, newOpaqueId());
  return renames;
}

/**
 * Records may point at each other (a referral naming a person's record, a case naming its case
 * id). Ids are 128 random bits in hex, so a string equal to a renamed id can only be that id: such
 * strings are replaced wherever they sit in the payload.
 */
function renameInPayload(value: unknown, renames: ReadonlyMap<string, string>): unknown {
  if (renames.size === 0) return value;
  if (typeof value === 'string') return renames.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => renameInPayload(v, renames));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameInPayload(v, renames)]));
  }
  return value;
}

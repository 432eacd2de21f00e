import { type CaseBundle, CaseError, saveCaseChange, withoutDeletedContent } from '../cases';
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
import { existingCopies } from './mergeBackup';
import {
  casesHere,
  checkMergedIds,
  mergeTransferCases,
  previewMerges,
  type TransferMergeCounts,
} from './mergeTransferCases';
import type { TransferContent, TransferRecord } from './transferContent';
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
   * notebook's journal of that case holds the file's last entry and more after it. Merged like any
   * case already here: nothing here goes back to the file's older versions.
   */
  olderThanHere: number;
  /** Cases new to this notebook (added whole) and cases already here (merged record by record). */
  newCases: number;
  mergedCases: number;
  /** What merging the cases already here does, summed (issue 18, point 2). */
  merge: TransferMergeCounts;
}

interface Opened {
  content: TransferContent;
  records: TransferRecord[];
  at: number;
}

async function openTransfer(
  file: Uint8Array,
  typedCode: string,
  options: TransferKdfOptions & { now?: number },
): Promise<Opened> {
  const code = canonicalTransferCode(typedCode);
  const content = await decodeTransfer(file, code, options);
  const at = options.now ?? Date.now();
  // A deletion arrives as its tombstone; an undo copy or old versions of what was deleted never do (issue 18).
  return { content, records: withoutDeletedContent(validateTransferRecords(content, at)), at };
}

/** What the file's cases meet here: the ids in use, the cases already here (loaded), and whether the merge may write them. */
async function survey(session: VaultSession, opened: Opened) {
  const taken = await takenIds(session);
  const here = await casesHere(session, opened.content.caseIds, taken);
  checkMergedIds(opened.records, here, taken);
  const olderThanHere = countOlderCopies(opened.content, here);
  return { taken, here, olderThanHere };
}

/**
 * What importing would do, with nothing written (issue 18, point 2: the person sees it before
 * confirming): how many cases are new here and how many are merged, with the merge's counts.
 */
export async function previewTransferImport(
  session: VaultSession,
  file: Uint8Array,
  typedCode: string,
  options: TransferKdfOptions & { now?: number } = {},
): Promise<TransferImportSummary> {
  const opened = await openTransfer(file, typedCode, options);
  return guardImport(async () => {
    const { taken, here, olderThanHere } = await survey(session, opened);
    const fresh = opened.content.caseIds.filter((id) => !here.has(id));
    const freshRecords = opened.records.filter((r) => !here.has(r.caseId));
    const renames = renameCollisions({ caseIds: fresh, records: freshRecords }, taken);
    return {
      caseIds: opened.content.caseIds.map((id) => renames.get(id) ?? id),
      recordCount: opened.content.records.length,
      renamedIds: renames.size,
      olderThanHere,
      newCases: fresh.length,
      mergedCases: here.size,
      merge: previewMerges(here, opened.records, await existingCopies(session), opened.at),
    };
  });
}

/**
 * Opens a transfer file with its one-time code and brings its cases into the open vault: every
 * record is checked against its kind's schema and attachments against their bytes
 * (validateTransfer.ts). A case new here is re-encrypted under this vault's key, keeps its
 * timestamps unless they lie in the future (then now), gets new opaque ids only where its ids are
 * already used here, and is written in one transaction with a 'transfer-log' record. A case this
 * notebook already holds is merged into it record by record, one journalled commit per case
 * (mergeTransferCases.ts).
 */
export async function importTransfer(
  session: VaultSession,
  file: Uint8Array,
  typedCode: string,
  options: TransferKdfOptions & { now?: number } = {},
): Promise<TransferImportSummary> {
  const opened = await openTransfer(file, typedCode, options);
  const { content, records, at } = opened;
  return guardImport(async () => {
    const { taken, here, olderThanHere } = await survey(session, opened);
    const fresh = content.caseIds.filter((id) => !here.has(id));
    const freshRecords = records.filter((r) => !here.has(r.caseId));
    const renames = renameCollisions({ caseIds: fresh, records: freshRecords }, taken);
    const rows: StoredRecord[] = [];
    for (const record of freshRecords) {
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
    await sealImportedCases(
      session,
      fresh.map((id) => renames.get(id) ?? id),
      at,
    );
    const merged = [...here.keys()];
    const merge = await mergeTransferCases(session, merged, records, await existingCopies(session), at);
    return {
      caseIds,
      recordCount: content.records.length,
      renamedIds: renames.size,
      olderThanHere,
      newCases: fresh.length,
      mergedCases: merged.length,
      merge,
    };
  });
}

async function guardImport<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
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
function countOlderCopies(content: TransferContent, here: ReadonlyMap<string, CaseBundle>): number {
  let older = 0;
  for (const [caseId, bundle] of here) {
    const incoming = content.records.find((r) => r.kind === 'case' && r.id === caseId)?.payload as
      { audit?: { count?: unknown; head?: unknown } } | undefined;
    const head = incoming?.audit?.head;
    const count = incoming?.audit?.count;
    if (typeof head !== 'string' || typeof count !== 'number') continue;
    if (bundle.file.audit.count > count && bundle.audit.some((e) => e.hash === head)) older++;
  }
  return older;
}

/** Every record id and case id in use here, from the primary key and the caseId index: no ciphertext is loaded. */
async function takenIds(session: VaultSession): Promise<Set<string>> {
  const ids = await readRecordIds(session);
  return new Set<string>([...ids, ...(await readCaseIdIndex(session))]);
}

/** Old id → new id, for every record id or case id of the file already present in this vault. */
function renameCollisions(
  content: Pick<TransferContent, 'caseIds' | 'records'>,
  taken: ReadonlySet<string>,
): Map<string, string> {
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

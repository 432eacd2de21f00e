import type { VaultSession } from '../vault';
import {
  KINDS,
  type Attachment,
  type AuditEntry,
  type CaseFile,
  type CaseScreening,
  type Note,
  type Person,
  type Referral,
  type Task,
} from './caseSchemas';
import { CaseError } from './caseError';
import { decodeCaseRecord } from './decodeCaseRecord';
import { isCaseRecordKind } from './recordVersions';
import { checkCaseIntegrity, type CaseIntegrity } from './caseIntegrity';
import { inLiveSet, presenceOnly, type LiveRecord } from './caseSeal';
import { readNotebookState } from './notebookState';
import { recordDigest } from './recordDigest';
import type { Revision, Tombstone } from './recordHistorySchemas';

export interface Item<T> {
  id: string;
  updatedAt: number;
  value: T;
}

/** Everything about one case, decrypted; attachment bytes stay in the vault until opened. */
export interface CaseBundle {
  caseId: string;
  updatedAt: number;
  file: CaseFile;
  persons: Item<Person>[];
  screenings: Item<CaseScreening>[];
  referrals: Item<Referral>[];
  notes: Item<Note>[];
  tasks: Item<Task>[];
  attachments: Item<Attachment>[];
  audit: AuditEntry[];
  /** Previous versions of edited records, newest first (issue 18). */
  revisions: Item<Revision>[];
  /** What deletions left, under the deleted records' ids, newest first. */
  tombstones: Item<Tombstone>[];
  /** Records of this case that could not be read, by kind: shown, never silently dropped. */
  damaged: { kind: string; id: string }[];
  /** Records written by a newer version of Dalili: kept untouched, never rewritten by this one. */
  newer: { kind: string; id: string }[];
  /** Every record of the case on disk but the case record and journal entries, with its payload's digest (issue 18). */
  live: ReadonlyMap<string, LiveRecord>;
  /** What the journal, the case's seal and the notebook's register say about that live set. */
  integrity: CaseIntegrity;
}

export async function loadCase(session: VaultSession, caseId: string): Promise<CaseBundle> {
  // One indexed read of every record of the case; the bytes of attachments are left out.
  const { records, damaged } = await session.listRecords({ caseId });
  let file: Item<CaseFile> | undefined;
  const live = new Map<string, LiveRecord>();
  for (const d of damaged) if (inLiveSet(d.kind)) live.set(d.id, { kind: d.kind, digest: '' });
  await Promise.all(
    records.map(async (r) => {
      if (!inLiveSet(r.kind)) return;
      live.set(r.id, { kind: r.kind, digest: presenceOnly(r.kind) ? '' : await recordDigest(r.payload) });
    }),
  );
  const bundle: Omit<CaseBundle, 'file' | 'updatedAt' | 'live' | 'integrity'> = {
    caseId,
    persons: [],
    screenings: [],
    referrals: [],
    notes: [],
    tasks: [],
    attachments: [],
    audit: [],
    revisions: [],
    tombstones: [],
    damaged: damaged.map((d) => ({ kind: d.kind, id: d.id })),
    newer: [],
  };
  for (const record of records) {
    if (record.kind === KINDS.attachmentData) continue;
    // Kinds this version does not know (a later version's) are kept as they are, like newer records.
    if (!isCaseRecordKind(record.kind)) {
      bundle.newer.push({ kind: record.kind, id: record.id });
      continue;
    }
    const decoded = decodeCaseRecord(record.kind, record.payload);
    if (!decoded.ok) {
      bundle[decoded.reason === 'newer' ? 'newer' : 'damaged'].push({ kind: record.kind, id: record.id });
      continue;
    }
    const item = { id: record.id, updatedAt: record.updatedAt, value: decoded.value };
    if (record.kind === KINDS.case) file = item as Item<CaseFile>;
    else if (record.kind === KINDS.audit) bundle.audit.push(decoded.value as AuditEntry);
    else if (record.kind === KINDS.person) bundle.persons.push(item as Item<Person>);
    else if (record.kind === KINDS.screening) bundle.screenings.push(item as Item<CaseScreening>);
    else if (record.kind === KINDS.referral) bundle.referrals.push(item as Item<Referral>);
    else if (record.kind === KINDS.note) bundle.notes.push(item as Item<Note>);
    else if (record.kind === KINDS.task) bundle.tasks.push(item as Item<Task>);
    else if (record.kind === KINDS.revision) bundle.revisions.push(item as Item<Revision>);
    else if (record.kind === KINDS.tombstone) bundle.tombstones.push(item as Item<Tombstone>);
    else bundle.attachments.push(item as Item<Attachment>);
  }
  if (file === undefined)
    throw new CaseError(
      bundle.newer.some((d) => d.kind === KINDS.case)
        ? 'case-too-new'
        : bundle.damaged.some((d) => d.kind === KINDS.case)
          ? 'case-damaged'
          : 'case-not-found',
    );
  bundle.persons.sort((a, b) => a.value.code.localeCompare(b.value.code));
  bundle.notes.sort((a, b) => b.value.at - a.value.at);
  bundle.tasks.sort(
    (a, b) =>
      Number(a.value.done) - Number(b.value.done) ||
      (a.value.dueOn || '9999').localeCompare(b.value.dueOn || '9999'),
  );
  bundle.screenings.sort((a, b) => b.value.date.localeCompare(a.value.date));
  bundle.referrals.sort((a, b) => b.value.date.localeCompare(a.value.date));
  bundle.attachments.sort((a, b) => b.value.addedAt - a.value.addedAt);
  bundle.audit.sort((a, b) => a.seq - b.seq);
  bundle.revisions.sort((a, b) => b.value.replacedAt - a.value.replacedAt);
  bundle.tombstones.sort((a, b) => b.value.deletedAt - a.value.deletedAt);
  const integrity = await checkCaseIntegrity(session, {
    caseId,
    file: file.value,
    audit: bundle.audit,
    actual: live,
    register: await readNotebookState(session),
  });
  return { ...bundle, file: file.value, updatedAt: file.updatedAt, live, integrity };
}

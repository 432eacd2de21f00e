import type { RecordList, VaultRecord, VaultSession } from '../vault';
import { formatCaseNumber } from './caseNumber';
import { KINDS, type CaseFile, type CaseNumber, type CaseStatus } from './caseSchemas';
import { decodeCaseRecord } from './decodeCaseRecord';
import { isFollowUpDue } from './followUp';

/** One line of the case list: only what the list shows and filters on. */
export interface CaseSummary {
  caseId: string;
  number: CaseNumber;
  label: string;
  status: CaseStatus;
  openedOn: string;
  province: string;
  territory: string;
  site: string;
  followUpOn: string;
  updatedAt: number;
}

export function summariseCase(
  caseId: string,
  file: Pick<CaseFile, 'number' | 'status' | 'openedOn' | 'place' | 'followUpOn'>,
  updatedAt: number,
): CaseSummary {
  return {
    caseId,
    number: file.number,
    label: formatCaseNumber(file.number),
    status: file.status,
    openedOn: file.openedOn,
    province: file.place.province,
    territory: file.place.territory,
    site: file.place.site,
    followUpOn: file.followUpOn,
    updatedAt,
  };
}

/** Case records decoded (migrated, validated); newer ones counted apart from damaged ones. */
export function decodeCaseRecords(list: RecordList<unknown>): {
  records: VaultRecord<CaseFile>[];
  damaged: number;
  newer: number;
} {
  const out = { records: [] as VaultRecord<CaseFile>[], damaged: list.damaged.length, newer: 0 };
  for (const record of list.records) {
    const decoded = decodeCaseRecord(KINDS.case, record.payload);
    if (decoded.ok) out.records.push({ ...record, payload: decoded.value });
    else if (decoded.reason === 'newer') out.newer++;
    else out.damaged++;
  }
  return out;
}

export async function listCaseSummaries(
  session: VaultSession,
): Promise<{ cases: CaseSummary[]; damaged: number; newer: number }> {
  const { records, damaged, newer } = decodeCaseRecords(await session.listRecords({ kind: KINDS.case }));
  return { cases: records.map((r) => summariseCase(r.id, r.payload, r.updatedAt)), damaged, newer };
}

export interface CaseFilter {
  status: CaseStatus | '';
  province: string;
  /** Opened on or after / on or before (ISO days, '' for no bound). */
  from: string;
  to: string;
  followUpDue: boolean;
  /** Cases allowed by a text search, or null for no search. */
  matching: { has(caseId: string): boolean } | null;
}

export const NO_FILTER: CaseFilter = {
  status: '',
  province: '',
  from: '',
  to: '',
  followUpDue: false,
  matching: null,
};

/** Filters then sorts: follow-ups due first when asked, otherwise most recently opened first. */
export function filterCases(cases: readonly CaseSummary[], filter: CaseFilter, today: string): CaseSummary[] {
  const out = cases.filter(
    (c) =>
      (filter.status === '' || c.status === filter.status) &&
      (filter.province === '' || c.province === filter.province) &&
      (filter.from === '' || c.openedOn >= filter.from) &&
      (filter.to === '' || c.openedOn <= filter.to) &&
      (!filter.followUpDue || isFollowUpDue(c.followUpOn, today)) &&
      (filter.matching === null || filter.matching.has(c.caseId)),
  );
  // ISO days sort as plain strings; localeCompare would cost ten times more on 10,000 rows.
  if (filter.followUpDue)
    return out.sort((a, b) => (a.followUpOn < b.followUpOn ? -1 : a.followUpOn > b.followUpOn ? 1 : 0));
  return out.sort((a, b) =>
    a.openedOn < b.openedOn ? 1 : a.openedOn > b.openedOn ? -1 : b.number.seq - a.number.seq,
  );
}

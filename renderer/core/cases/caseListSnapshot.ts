import { CASE_STATUSES, type CaseFile, type CaseStatus } from './caseSchemas';
import type { CaseSummary } from './caseSummary';
import { formatCaseNumber } from './caseNumber';
import { storedCaseWords } from './caseIndex';
import { fromHex, toHex } from '../text';

// Issue 18, point 9: the case list's snapshot. The list and the search index need a few fields of
// every case; reading and decrypting 10,000 case records for them at each unlock cost over a second.
// So the list fields and the search words of every case also live in a few vault records (buckets),
// encrypted and authenticated like every record, each rewritten by the commits of its cases in their
// own transaction. A bucket is a copy, never the truth: each entry names the counter and the IV of the
// stored case record it was made from, and anything missing, stale or unreadable is read from the case
// record instead (caseNotebook.ts). A snapshot deleted or rolled back on disk costs time, never a wrong
// line for long, and a case's damage is still found by its seal when it opens.

export const LIST_BUCKET_KIND = 'case-list';
/** Enough that a commit rewrites ~1/64 of the list (about 160 cases at 10,000), few enough to read at once. */
export const LIST_BUCKETS = 64;
const ID_PREFIX = '000000000000000000000000000002';

/** Fixed ids beside the register's (…0001): random 128-bit ids never meet them. */
export function listBucketId(bucket: number): string {
  return `${ID_PREFIX}${toHex(Uint8Array.of(bucket))}`;
}

export function isListBucketId(id: string): boolean {
  return id.length === 32 && id.startsWith(ID_PREFIX);
}

/**
 * Case ids are 128 random bits already stored in clear beside each row, so their first byte spreads
 * the cases evenly and says nothing new; unkeyed, the bucket of a case survives a re-encryption.
 */
export function bucketOf(caseId: string): number {
  return (fromHex(caseId.slice(0, 2))[0] ?? 0) % LIST_BUCKETS;
}

/** One case as the list and the index need it, with what names the stored copy it came from. */
export interface ListEntry {
  caseId: string;
  /** The seal counter of that copy (0 for a case never saved since issue 18). */
  counter: number;
  /** The IV of that stored copy, in hex: a different IV on disk means a different copy. */
  iv: string;
  updatedAt: number;
  number: CaseFile['number'];
  status: CaseStatus;
  openedOn: string;
  province: string;
  territory: string;
  site: string;
  followUpOn: string;
  /** The words the index holds for the case (storedCaseWords); none for a case deleted whole. */
  words: readonly string[];
  /** A case deleted whole (issue 18, point 1): listed under « Dossiers supprimés », not in the index. */
  deleted?: { at: number; reason: string };
}

type Row = [
  number,
  string,
  number,
  string,
  number,
  number,
  CaseStatus,
  string,
  string,
  string,
  string,
  string,
  [number, string] | null,
];

/** The stored form: list fields as rows, and the words inverted (word → positions), as the index wants them. */
export interface ListBucket {
  /** 2: rows carry the whole-case deletion. A bucket of another version is ignored and rewritten. */
  v: 2;
  ids: string[];
  rows: Row[];
  vocab: string[];
  posts: number[][];
}

export function encodeBucket(entries: Iterable<ListEntry>): ListBucket {
  const out: ListBucket = { v: 2, ids: [], rows: [], vocab: [], posts: [] };
  const at = new Map<string, number[]>();
  for (const e of entries) {
    const p = out.ids.length;
    out.ids.push(e.caseId);
    out.rows.push([
      e.counter,
      e.iv,
      e.updatedAt,
      e.number.prefix,
      e.number.year,
      e.number.seq,
      e.status,
      e.openedOn,
      e.province,
      e.territory,
      e.site,
      e.followUpOn,
      e.deleted ? [e.deleted.at, e.deleted.reason] : null,
    ]);
    for (const word of new Set(e.words)) {
      const list = at.get(word);
      if (list) list.push(p);
      else at.set(word, [p]);
    }
  }
  for (const [word, list] of at) {
    out.vocab.push(word);
    out.posts.push(list);
  }
  return out;
}

const isStatus = (v: unknown): v is CaseStatus => (CASE_STATUSES as readonly unknown[]).includes(v);
const ID = /^[0-9a-f]{32}$/;
const str = (v: unknown): v is string => typeof v === 'string';
const int = (v: unknown): v is number => Number.isSafeInteger(v);

function isRow(r: unknown): r is Row {
  return (
    Array.isArray(r) &&
    r.length === 13 &&
    int(r[0]) &&
    str(r[1]) &&
    typeof r[2] === 'number' &&
    str(r[3]) &&
    int(r[4]) &&
    int(r[5]) &&
    isStatus(r[6]) &&
    str(r[7]) &&
    str(r[8]) &&
    str(r[9]) &&
    str(r[10]) &&
    str(r[11]) &&
    (r[12] === null ||
      (Array.isArray(r[12]) && r[12].length === 2 && Number.isFinite(r[12][0]) && str(r[12][1])))
  );
}

/**
 * A decrypted bucket payload, checked by hand (a zod pass over 10,000 entries costs more than the rest
 * of the list): anything unexpected, including a version this app does not know, makes the whole
 * bucket unusable, and its cases are then read from their own records.
 */
export function decodeBucket(payload: unknown): ListBucket | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const b = payload as Partial<Record<keyof ListBucket, unknown>>;
  if (b.v !== 2 || !Array.isArray(b.ids) || !Array.isArray(b.rows) || !Array.isArray(b.vocab)) return null;
  if (!Array.isArray(b.posts) || b.ids.length !== b.rows.length || b.vocab.length !== b.posts.length)
    return null;
  const n = b.ids.length;
  if (!b.ids.every((id) => str(id) && ID.test(id)) || !b.rows.every(isRow) || !b.vocab.every(str))
    return null;
  for (const list of b.posts as unknown[]) {
    if (!Array.isArray(list)) return null;
    for (const p of list) if (!int(p) || p < 0 || p >= n) return null;
  }
  return b as ListBucket;
}

export function entryAt(bucket: ListBucket, p: number, words: readonly string[] = []): ListEntry {
  const r = bucket.rows[p]!;
  return {
    caseId: bucket.ids[p]!,
    counter: r[0],
    iv: r[1],
    updatedAt: r[2],
    number: { prefix: r[3], year: r[4], seq: r[5] },
    status: r[6],
    openedOn: r[7],
    province: r[8],
    territory: r[9],
    site: r[10],
    followUpOn: r[11],
    words,
    ...(r[12] ? { deleted: { at: r[12][0], reason: r[12][1] } } : {}),
  };
}

/** Every entry of a bucket with its words (the inverse of encodeBucket), for a bucket being rewritten. */
export function bucketEntries(bucket: ListBucket): Map<string, ListEntry> {
  const words = bucket.ids.map((): string[] => []);
  bucket.posts.forEach((list, k) => {
    for (const p of list) words[p]!.push(bucket.vocab[k]!);
  });
  return new Map(bucket.ids.map((id, p) => [id, entryAt(bucket, p, words[p])]));
}

export function entrySummary(e: ListEntry): CaseSummary {
  return {
    caseId: e.caseId,
    number: e.number,
    label: formatCaseNumber(e.number),
    status: e.status,
    openedOn: e.openedOn,
    province: e.province,
    territory: e.territory,
    site: e.site,
    followUpOn: e.followUpOn,
    updatedAt: e.updatedAt,
  };
}

/** The entry for a case record as stored: its list fields, its index words, its seal counter, its copy. */
export function listEntryOf(
  caseId: string,
  file: Pick<
    CaseFile,
    | 'number'
    | 'status'
    | 'openedOn'
    | 'place'
    | 'followUpOn'
    | 'summary'
    | 'searchWords'
    | 'searchWordsVersion'
    | 'seal'
    | 'deleted'
  >,
  row: { updatedAt: number; iv: Uint8Array },
): ListEntry {
  return {
    caseId,
    counter: file.seal?.counter ?? 0,
    iv: toHex(row.iv),
    updatedAt: row.updatedAt,
    number: file.number,
    status: file.status,
    openedOn: file.openedOn,
    province: file.place.province,
    territory: file.place.territory,
    site: file.place.site,
    followUpOn: file.followUpOn,
    // A case deleted whole leaves the index, as refreshCase does on screen.
    words: file.deleted ? [] : storedCaseWords(file),
    ...(file.deleted ? { deleted: { at: file.deleted.at, reason: file.deleted.reason } } : {}),
  };
}

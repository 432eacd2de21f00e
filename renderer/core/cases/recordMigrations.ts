import { normalisePhone } from '../directory';
import type { CaseRecordKind } from './recordVersions';

// Pure steps that lift a stored payload from version n to n + 1, chained on read, after decryption
// and before the schema checks it (decodeCaseRecord.ts). Nothing here touches storage: an old record
// stays as it is on disk until the next change to it is written, at the current version.
// A step never throws and never drops a value the person typed: what no longer has a field of its
// own goes into one that is shown. Each step is tested on payloads frozen from the version it reads.

export type Payload = Readonly<Record<string, unknown>>;
export type Migration = (payload: Payload) => Payload;

/**
 * Person, version 1 → 2: the free-text `contact` becomes `phone` when it is exactly one valid number
 * (stored in E.164, shown grouped), otherwise it stays word for word in `contactNote`.
 */
export function personV1ToV2(payload: Payload): Payload {
  const { contact, ...rest } = payload;
  const text = typeof contact === 'string' ? contact.trim() : '';
  const phone = text === '' ? null : normalisePhone(text);
  return {
    ...rest,
    v: 2,
    phone: phone?.ok ? phone.e164 : '',
    phone2: '',
    email: '',
    contactNote: phone?.ok ? '' : text,
  };
}

/**
 * Case, version 1 → 2: version 2 may carry `searchWordsVersion` (how its search words were folded, issue 17).
 * A version-1 case has none, which reads as the old folding: the words are folded anew at unlock.
 */
export function caseV1ToV2(payload: Payload): Payload {
  return { ...payload, v: 2 };
}

/**
 * Case, version 2 → 3 (issue 18, point 3): version 3 may carry `seal`, the keyed digest of its live set.
 * A case without one reads as not yet sealed and is sealed at its next save.
 */
export function caseV2ToV3(payload: Payload): Payload {
  return { ...payload, v: 3 };
}

/**
 * Journal entry, version 1 → 2 (issue 18, point 3): version 2 may carry `binds`, the records its commit
 * wrote and deleted. An entry without them is shown as not bound; its hash keeps the version-1 form.
 */
export function auditV1ToV2(payload: Payload): Payload {
  return { ...payload, v: 2 };
}

/**
 * Journal entry, version 2 → 3 (issue 18, point 1): version 3 may name four more actions (an undo, a
 * rename, a case deleted or restored). The step only raises `v`: the hash never covered it.
 */
export function auditV2ToV3(payload: Payload): Payload {
  return { ...payload, v: 3 };
}

/**
 * Attachment, version 1 → 2 (issue 18, point 1): an attachment can be renamed and described; a
 * version-1 attachment has no description yet.
 */
export function attachmentV1ToV2(payload: Payload): Payload {
  return { ...payload, v: 2, description: '' };
}

/**
 * Case, version 3 → 4 (issue 18, point 1): version 4 may carry `deleted` (the whole case deleted,
 * restorable for a while). A case without it is live.
 */
export function caseV3ToV4(payload: Payload): Payload {
  return { ...payload, v: 4 };
}

/**
 * Tombstone, version 1 → 2 (issue 18, point 1): version 2 may say `kind: 'case'`, what a whole case
 * leaves once its deletion is final. A version-1 tombstone is one record's, unchanged.
 */
export function tombstoneV1ToV2(payload: Payload): Payload {
  return { ...payload, v: 2 };
}

/**
 * Journal entry, version 3 → 4 (issue 21, point 1): version 4 may name `court-file` and carry
 * `included`, what a court file held (sections, person codes, identities shown), never its content.
 * The step only raises `v`: an entry without `included` keeps its hash form.
 */
export function auditV3ToV4(payload: Payload): Payload {
  return { ...payload, v: 4 };
}

/**
 * Case 4 → 5, person 2 → 3, referral 1 → 2 (issue 21, statistics): each may carry new optional fields
 * (site type and forms of exploitation; nationality code; service type and outcome). An older record has
 * none: it is counted as « non renseigné ». The steps only raise `v`, so that an older Dalili reading a
 * newer record says "newer version" instead of "damaged".
 */
export function raiseVersion(to: number): Migration {
  return (payload) => ({ ...payload, v: to });
}

/** RECORD_MIGRATIONS[kind][n] lifts version n to n + 1. Only ever add steps; never edit a published one. */
export const RECORD_MIGRATIONS: { readonly [K in CaseRecordKind]?: Readonly<Record<number, Migration>> } = {
  case: { 1: caseV1ToV2, 2: caseV2ToV3, 3: caseV3ToV4, 4: raiseVersion(5) },
  'case-person': { 1: personV1ToV2, 2: raiseVersion(3) },
  'case-referral': { 1: raiseVersion(2) },
  'case-audit': { 1: auditV1ToV2, 2: auditV2ToV3, 3: auditV3ToV4 },
  'case-attachment': { 1: attachmentV1ToV2 },
  'case-tombstone': { 1: tombstoneV1ToV2 },
};

/** The payload lifted from `from` to `to`, or null when a step is missing (then it is unreadable, not guessed). */
export function migrateRecord(
  kind: CaseRecordKind,
  payload: Payload,
  from: number,
  to: number,
): Payload | null {
  let current = payload;
  for (let version = from; version < to; version++) {
    const step = RECORD_MIGRATIONS[kind]?.[version];
    if (step === undefined) return null;
    current = step(current);
  }
  return current;
}

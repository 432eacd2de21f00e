import { aesGcmDecrypt, aesGcmEncrypt } from '../crypto';
import { utf8Bytes, utf8Text } from '../text';

/** Record format written by this version. Readers keep accepting every older value. */
export const RECORD_FORMAT = 1;
export const RECORDS_STORE = 'records';
/** Plaintext is padded to a multiple of this, so ciphertext length says little about content length. */
export const RECORD_PAD_BYTES = 256;

/** What sits in IndexedDB. Only id, kind, caseId and updatedAt are readable, and all four are authenticated. */
export interface StoredRecord {
  id: string;
  kind: string;
  caseId: string | null;
  updatedAt: number;
  format: number;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

export type RecordMeta = Pick<StoredRecord, 'id' | 'kind' | 'caseId' | 'updatedAt'>;

/**
 * Additional data binds the ciphertext to its store, vault, id, kind, case, time and format:
 * moving a ciphertext to another record, case or vault, or editing a plaintext field, makes it fail
 * authentication.
 */
export function recordContext(vaultId: string, meta: RecordMeta, format: number): Uint8Array<ArrayBuffer> {
  return utf8Bytes(
    JSON.stringify([
      'dalili-vault-record',
      format,
      RECORDS_STORE,
      vaultId,
      meta.id,
      meta.kind,
      meta.caseId,
      meta.updatedAt,
    ]),
  );
}

/** JSON ignores trailing whitespace, so spaces are a padding that needs no length field. */
function pad(json: string): Uint8Array<ArrayBuffer> {
  const bytes = utf8Bytes(json);
  const padded = new Uint8Array(Math.ceil((bytes.length + 1) / RECORD_PAD_BYTES) * RECORD_PAD_BYTES).fill(
    0x20,
  );
  padded.set(bytes);
  return padded;
}

export async function encryptRecord(
  recordKey: CryptoKey,
  vaultId: string,
  meta: RecordMeta,
  payload: unknown,
): Promise<StoredRecord> {
  // Checked on its own: inside an object, JSON.stringify would silently drop a function or undefined.
  const inner = JSON.stringify(payload) as string | undefined;
  if (inner === undefined) throw new TypeError('payload is not JSON');
  const plaintext = pad(`{"p":${inner}}`);
  const sealed = await aesGcmEncrypt(recordKey, plaintext, recordContext(vaultId, meta, RECORD_FORMAT));
  plaintext.fill(0);
  return { ...meta, format: RECORD_FORMAT, iv: sealed.iv, ciphertext: sealed.ciphertext };
}

export type DecodeOutcome =
  { ok: true; payload: unknown } | { ok: false; reason: 'unknown-format' | 'decrypt-failed' | 'malformed' };

/** Never throws: a damaged record is a result to report, not a reason to stop reading the others. */
export async function decryptRecord(
  recordKey: CryptoKey,
  vaultId: string,
  row: StoredRecord,
): Promise<DecodeOutcome> {
  if (row.format !== 1) return { ok: false, reason: 'unknown-format' };
  if (!(row.iv instanceof Uint8Array) || !(row.ciphertext instanceof Uint8Array))
    return { ok: false, reason: 'malformed' };
  let plaintext: Uint8Array;
  try {
    plaintext = await aesGcmDecrypt(
      recordKey,
      { iv: row.iv, ciphertext: row.ciphertext },
      recordContext(vaultId, row, row.format),
    );
  } catch {
    return { ok: false, reason: 'decrypt-failed' };
  }
  try {
    const envelope: unknown = JSON.parse(utf8Text(plaintext));
    if (typeof envelope !== 'object' || envelope === null || !('p' in envelope))
      return { ok: false, reason: 'malformed' };
    return { ok: true, payload: envelope.p };
  } catch {
    return { ok: false, reason: 'malformed' };
  } finally {
    plaintext.fill(0);
  }
}

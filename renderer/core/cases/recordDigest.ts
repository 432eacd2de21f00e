import { sha256Hex } from '../text';
import { CaseError } from './caseError';

/**
 * SHA-256 of a record's payload as it is stored (its JSON): what a journal entry binds and what the
 * case's seal covers. Computed on the raw decrypted payload, before any migration or default, so a
 * record reads back to the digest it was written with until someone writes it again.
 */
export function recordDigest(payload: unknown): Promise<string> {
  let json: string | undefined;
  try {
    json = JSON.stringify(payload);
  } catch {
    json = undefined;
  }
  // What JSON cannot hold, the vault cannot store either: refused before anything is written.
  if (json === undefined) throw new CaseError('record-invalid');
  return sha256Hex(json);
}

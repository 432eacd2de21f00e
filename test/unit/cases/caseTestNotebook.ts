// The set-up the case tests share: a notebook on fake IndexedDB with cases created the way the app
// creates them, and the at-rest check that a secret appears in no stored byte.
import { createCase } from '../../../renderer/core/cases/caseCommit';
import type { CaseNumber } from '../../../renderer/core/cases/caseSchemas';
import type { CaseFields } from '../../../renderer/core/cases/validateCase';
import { createVault } from '../../../renderer/core/vault/createVault';
import { newOpaqueId } from '../../../renderer/core/vault/opaqueId';
import {
  containsBytes,
  dumpIndexedDb,
  PASSPHRASE,
  storedBytes,
  TEST_KDF,
  testEnv,
  utf16,
  type TestEnv,
} from '../vault/vaultTestEnv';

/** A case opened at Masisi; tests override what they look at. */
export const CASE_FIELDS: CaseFields = {
  prefix: 'GOM',
  openedOn: '2026-11-02',
  incidentOn: '',
  place: { province: 'Nord-Kivu', territory: 'Masisi', site: '', lat: null, lon: null },
  summary: '',
};

/** A new notebook (PASSPHRASE, cheap test KDF) holding one case per entry, created at time 1000. */
export async function notebookWithCases(
  cases: { number: CaseNumber; fields?: CaseFields }[],
  name = 'Bureau',
) {
  const env = testEnv();
  const { session, profile } = await createVault({ name, passphrase: PASSPHRASE, kdf: TEST_KDF, env });
  const caseIds: string[] = [];
  for (const { number, fields } of cases) {
    const caseId = newOpaqueId();
    await createCase(session, caseId, number, fields ?? CASE_FIELDS, 1000);
    caseIds.push(caseId);
  }
  return { env, session, profile, caseIds };
}

/** The secrets found in any stored IndexedDB byte, as UTF-8 or UTF-16 (either byte order). */
export async function secretsAtRest(env: TestEnv, secrets: readonly string[]): Promise<string[]> {
  const bytes = storedBytes(await dumpIndexedDb(env.indexedDB));
  return secrets.filter((secret) =>
    [new TextEncoder().encode(secret), utf16(secret, true), utf16(secret, false)].some((needle) =>
      containsBytes(bytes, needle),
    ),
  );
}

/**
 * Issue 18, point 7: bytes as they would sit in clear: raw, and as base64 at each of the three
 * alignments a larger base64 text could give them (the inner characters only).
 */
export function byteNeedles(bytes: Uint8Array): Uint8Array[] {
  const base64 = [0, 1, 2].map((skip) => {
    const part = bytes.subarray(skip);
    const encoded = btoa(String.fromCharCode(...part));
    return new TextEncoder().encode(encoded.slice(0, Math.floor(part.length / 3) * 4));
  });
  return [bytes, ...base64];
}

/** Which of the labelled byte needles appear in any stored IndexedDB byte (keys, values, names). */
export async function bytesAtRest(env: TestEnv, needles: Record<string, Uint8Array[]>): Promise<string[]> {
  const bytes = storedBytes(await dumpIndexedDb(env.indexedDB));
  return Object.entries(needles)
    .filter(([, forms]) => forms.some((needle) => containsBytes(bytes, needle)))
    .map(([label]) => label);
}

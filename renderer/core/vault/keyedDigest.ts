import { hmacSign, hmacVerify } from '../crypto';
import { parseHex, toHex, utf8Bytes } from '../text';
import { internalsOf, type VaultSession } from './vaultSession';

const message = (purpose: string, text: string) =>
  utf8Bytes(JSON.stringify(['dalili-keyed-digest', purpose, text]));

/**
 * HMAC-SHA-256 of `text` under this vault's journal key (HKDF from the data key, label
 * "journal-mac"), as hex. `purpose` separates uses (the case notebook seals a case's live set with
 * "case-seal"), so one digest can never stand for another. The key never leaves the vault: callers
 * get the digest only, and only while the session is open (`locked` otherwise).
 */
export async function keyedDigest(session: VaultSession, purpose: string, text: string): Promise<string> {
  const { keys } = internalsOf(session);
  return toHex(await hmacSign(keys.journalMacKey, message(purpose, text)));
}

/**
 * Re-encryption's answer to "re-sign this keyed digest under the new key": the new keyed digest of
 * `text` when `mac` is its keyed digest under the old key, null otherwise (a digest that did not
 * check before must not start checking after).
 */
export type Resign = (purpose: string, text: string, mac: string) => Promise<string | null>;

/** A record's payload rewritten while it is re-encrypted (the case notebook re-signs its seals). */
export type RekeyTransform = (kind: string, payload: unknown, resign: Resign) => Promise<unknown>;

export function resigner(oldKey: CryptoKey, newKey: CryptoKey): Resign {
  return async (purpose, text, mac) => {
    const given = parseHex(mac);
    if (given === undefined || !(await hmacVerify(oldKey, given, message(purpose, text)))) return null;
    return toHex(await hmacSign(newKey, message(purpose, text)));
  };
}
